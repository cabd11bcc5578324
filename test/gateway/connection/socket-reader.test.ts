import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, createServer, type Server } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { MAX_READ_BYTES, MIN_READ_BYTES, SocketReader } from '../../../gateway/connection/socket-reader.ts';

// Bytes whose value depends on their position, so a reused buffer overwriting data still
// in use shows up as a mismatch.
function pattern(bytes: number): Buffer {
  const b = Buffer.allocUnsafe(bytes);
  for (let i = 0; i < bytes; i++) b[i] = (i * 7 + (i >> 12)) & 0xff;
  return b;
}

/** Connects to `port` reading through `reader`, noting every buffer it lends. */
function readThrough(port: number, reader: SocketReader, buffers: Buffer[]) {
  const { buffer, callback } = reader.onread;
  return connect({
    port,
    host: '127.0.0.1',
    onread: {
      buffer: () => {
        const b = buffer();
        if (buffers.at(-1) !== b) buffers.push(b);
        return b;
      },
      callback,
    },
  });
}

describe('SocketReader (reused, adaptive read buffers)', () => {
  let server: Server;
  const sent = pattern(6 * 1024 * 1024);
  before(async () => {
    server = createServer((s) => s.end(sent));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });
  after(() => server.close());

  test('Given a sink that keeps every other chunk, When 6 MiB arrive, Then every kept chunk still holds its own bytes, free buffers are read into again, and bulk reads grow the buffer to its maximum', async () => {
    const reader = new SocketReader();
    const kept: Buffer[] = [];
    const buffers: Buffer[] = [];
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
    const socket = readThrough((server.address() as { port: number }).port, reader, buffers);
    await once(socket, 'end');
    socket.destroy();
    assert.equal(received, sent.length);
    assert.deepEqual(Buffer.concat(kept), sent);
    assert.equal(buffers[0].length, MIN_READ_BYTES, 'a new socket starts small');
    assert.ok(
      buffers.some((b) => b.length === MAX_READ_BYTES),
      'bulk reads grow the buffer',
    );
    assert.ok(new Set(buffers).size < n, `${new Set(buffers).size} buffers for ${n} reads: some were reused`);
  });

  test('Given a grown buffer, When only small reads follow, Then the buffer shrinks back to the minimum', () => {
    const reader = new SocketReader();
    reader.attach(() => false);
    // Reads that fill the buffer: it grows to the maximum.
    for (let i = 0; i < 10; i++) {
      const b = reader.buffer();
      reader.onRead(b.length, b);
    }
    assert.equal(reader.buffer().length, MAX_READ_BYTES);
    for (let i = 0; i < 100; i++) {
      const b = reader.buffer();
      reader.onRead(100, b);
    }
    assert.equal(reader.buffer().length, MIN_READ_BYTES);
  });

  test('Given a small read into a large buffer that the sink keeps, When the next read comes, Then it goes to the same buffer (the small chunk was copied out)', () => {
    const reader = new SocketReader();
    const kept: Buffer[] = [];
    reader.attach((chunk) => {
      kept.push(chunk);
      return true;
    });
    const big = reader.buffer();
    big.fill(1, 0, MIN_READ_BYTES);
    reader.onRead(MIN_READ_BYTES, big);
    const grown = reader.buffer();
    assert.notEqual(grown, big, 'a kept in-place chunk is never read into again');
    grown.fill(2, 0, 10);
    reader.onRead(10, grown);
    assert.equal(reader.buffer(), grown, 'a 10-byte chunk was copied, so its buffer is free');
    grown.fill(3);
    assert.deepEqual(kept[1], Buffer.alloc(10, 2));
    assert.deepEqual(kept[0], Buffer.alloc(MIN_READ_BYTES, 1));
  });

  test('Given two sockets that have not read yet, Then they share one first buffer, and what one read there survives the other reading there next', () => {
    const a = new SocketReader();
    const b = new SocketReader();
    assert.equal(a.buffer(), b.buffer(), 'an idle connection holds no read buffer of its own');
    const got: Buffer[] = [];
    a.attach((chunk) => {
      got.push(chunk);
      return true;
    });
    b.attach(() => true);
    const shared = a.buffer();
    shared.fill(0xaa, 0, 3000);
    a.onRead(3000, shared);
    shared.fill(0xbb, 0, 3000);
    b.onRead(3000, shared);
    assert.deepEqual(got[0], Buffer.alloc(3000, 0xaa));
    assert.notEqual(a.buffer(), shared, 'after its first read a socket reads into its own buffer');
  });
});
