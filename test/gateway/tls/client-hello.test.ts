// The SNI name read from a real ClientHello (Node's own TLS client), whole, in pieces, and
// fragmented over several TLS records.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, test } from 'node:test';
import { connect } from 'node:tls';
import { peekClientHello, UNRECOGNIZED_NAME_ALERT } from '../../../gateway/tls/client-hello.ts';

/** The first flight of bytes a Node TLS client sends (its ClientHello record). */
function captureClientHello(servername?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      socket.once('data', (chunk: Buffer) => {
        resolve(chunk);
        socket.destroy();
        server.close();
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      const client = connect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false });
      client.on('error', () => {});
    });
    server.on('error', reject);
  });
}

/** The same handshake message split over two TLS records. */
function refragment(record: Buffer, at: number): Buffer {
  const body = record.subarray(5);
  const header = (len: number) => Buffer.from([22, record[1]!, record[2]!, len >> 8, len & 0xff]);
  return Buffer.concat([header(at), body.subarray(0, at), header(body.length - at), body.subarray(at)]);
}

describe('ClientHello SNI peek', () => {
  test('Given a ClientHello with an SNI name, when it is read whole, then the name comes back', async () => {
    const hello = await captureClientHello('brokermain3-gateway.example.test');
    assert.deepEqual(peekClientHello(hello), {
      kind: 'hello',
      serverName: 'brokermain3-gateway.example.test',
    });
  });

  test('Given the first bytes of a ClientHello only, when they are read, then more are asked for', async () => {
    const hello = await captureClientHello('gateway.example.test');
    for (const n of [1, 4, 5, 9, 60, hello.length - 1]) {
      assert.deepEqual(peekClientHello(hello.subarray(0, n)), { kind: 'incomplete' }, `at ${n} bytes`);
    }
  });

  test('Given a ClientHello fragmented over two records, when both arrive, then the name comes back', async () => {
    const hello = await captureClientHello('gateway.example.test');
    for (const at of [2, 40, hello.length - 10]) {
      const split = refragment(hello, at);
      assert.deepEqual(
        peekClientHello(split),
        { kind: 'hello', serverName: 'gateway.example.test' },
        `split at ${at}`,
      );
      assert.deepEqual(peekClientHello(split.subarray(0, split.length - 1)), { kind: 'incomplete' });
    }
  });

  test('Given a ClientHello without SNI, when it is read, then there is no name', async () => {
    const hello = await captureClientHello(undefined);
    assert.deepEqual(peekClientHello(hello), { kind: 'hello', serverName: undefined });
  });

  test('Given bytes that are not a TLS handshake (a Kafka request on the TLS port), when they are read, then they are unreadable', () => {
    assert.deepEqual(peekClientHello(Buffer.from('000000120012000400000001', 'hex')), { kind: 'unreadable' });
  });

  test('Given the alert Sluice sends, then it is a fatal unrecognized_name alert record', () => {
    assert.deepEqual([...UNRECOGNIZED_NAME_ALERT], [21, 3, 3, 0, 2, 2, 112]);
  });
});
