import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, createServer, type Server } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { READ_BUFFER_BYTES, UpstreamReader } from '../../../gateway/upstream/pooled-reader.ts';

// Bytes whose value depends on their position, so a reused buffer overwriting data still
// in use shows up as a mismatch.
function pattern(bytes: number): Buffer {
  const b = Buffer.allocUnsafe(bytes);
  for (let i = 0; i < bytes; i++) b[i] = (i * 7 + (i >> 12)) & 0xff;
  return b;
}

describe('UpstreamReader (pooled reads of a PLAINTEXT upstream)', () => {
  let server: Server;
  const sent = pattern(6 * 1024 * 1024);
  before(async () => {
    server = createServer((s) => s.end(sent));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });
  after(() => server.close());

  test('Given a sink that keeps every other chunk, When 6 MiB arrive, Then every kept chunk still holds its own bytes and free buffers are read into again', async () => {
    const reader = new UpstreamReader();
    const kept: Buffer[] = [];
    const buffers = new Set<Buffer>();
    let received = 0;
    let n = 0;
    reader.attach((chunk) => {
      received += chunk.length;
      const keep = n++ % 2 === 0;
      // A kept chunk is checked at the end, after later reads had every chance to overwrite it.
      if (keep) kept.push(chunk);
      else kept.push(Buffer.from(chunk));
      return keep;
    });
    const socket = connect({
      port: (server.address() as { port: number }).port,
      host: '127.0.0.1',
      onread: {
        buffer: () => {
          const b = reader.buffer();
          buffers.add(b);
          return b;
        },
        callback: (read: number, buf: Uint8Array) => {
          reader.onRead(read, buf as Buffer);
          return true;
        },
      },
    });
    await once(socket, 'end');
    socket.destroy();
    assert.equal(received, sent.length);
    assert.deepEqual(Buffer.concat(kept), sent);
    for (const b of buffers) assert.equal(b.length, READ_BUFFER_BYTES);
    assert.ok(buffers.size < n, `${buffers.size} buffers for ${n} reads: some were reused`);
  });
});
