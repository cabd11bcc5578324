import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { describe, test } from 'node:test';
import {
  FrameReader,
  MAX_FRAME_BYTES,
  readFrames,
  SIDE_BYTES_MIN,
  writeFrame,
} from '../../../engine/sandbox/channel.ts';

/** What writeFrame hands a socket, one entry per write (a cork collects them into one writev). */
function capture() {
  const writes: Uint8Array[] = [];
  let corked = 0;
  const socket = {
    cork: () => corked++,
    uncork: () => corked--,
    write: (b: Uint8Array) => {
      assert.ok(corked > 0, 'every write of a frame happens under one cork');
      writes.push(b);
      return true;
    },
  } as unknown as Socket;
  return { socket, writes, bytes: () => Buffer.concat(writes) };
}

const big = new Uint8Array(64 * 1024).map((_, i) => i % 251);
const message = () => ({
  t: 'run',
  key: 'p1',
  text: 'héllo',
  items: [
    {
      bytes: big,
      buf: Buffer.from('a buffer of its own kind'),
      layout: Int32Array.from([1, 0, 5, 2, 5, 64]),
      ts: Float64Array.from([1.5, 1733300000000]),
      big64: BigInt64Array.from([-1n]),
    },
  ],
});

describe('sandbox message channel (frames over a socket pair)', () => {
  test('Given a message with a 64 KiB byte array, When written, Then the array is written as it is (no copy) in the same cork as the head', () => {
    const c = capture();
    writeFrame(c.socket, message());
    assert.equal(c.writes.length, 3, 'head, serialized part, one side array');
    assert.equal(c.writes[2].buffer, big.buffer, 'the side array is the sender’s own memory');
    assert.equal(c.writes[2].byteLength, big.byteLength);
  });

  test('Given frames cut at every byte, or several in one chunk, When read, Then the messages come out whole, in order, with their types', () => {
    const c = capture();
    writeFrame(c.socket, message());
    writeFrame(c.socket, { t: 'ready' });
    writeFrame(c.socket, message());
    const bytes = c.bytes();
    for (const cut of [1, 7, 4096, bytes.length]) {
      const reader = new FrameReader();
      const got: unknown[] = [];
      for (let at = 0; at < bytes.length; at += cut)
        reader.push(bytes.subarray(at, at + cut), (m) => got.push(m));
      assert.equal(got.length, 3, `cut every ${cut} bytes`);
      assert.deepEqual(got[1], { t: 'ready' });
      for (const m of [got[0], got[2]] as ReturnType<typeof message>[]) {
        const item = m.items[0];
        assert.equal(m.text, 'héllo');
        assert.ok(item.bytes instanceof Uint8Array && !Buffer.isBuffer(item.bytes));
        assert.deepEqual([...item.bytes], [...big]);
        assert.ok(Buffer.isBuffer(item.buf), 'a Buffer stays a Buffer');
        assert.equal(item.buf.toString(), 'a buffer of its own kind');
        assert.deepEqual([...item.layout], [1, 0, 5, 2, 5, 64]);
        assert.deepEqual([...item.ts], [1.5, 1733300000000]);
        assert.deepEqual([...item.big64], [-1n]);
        // Small arrays own exactly their bytes: an isolate copies a view's whole buffer.
        assert.equal(item.layout.buffer.byteLength, item.layout.byteLength);
        assert.equal(item.ts.buffer.byteLength, item.ts.byteLength);
      }
    }
  });

  test('Given one array referenced twice in a message, When read, Then both references are one array', () => {
    const c = capture();
    const shared = new Uint8Array(SIDE_BYTES_MIN * 2).fill(7);
    writeFrame(c.socket, { a: shared, b: shared });
    const got: { a: Uint8Array; b: Uint8Array }[] = [];
    new FrameReader().push(c.bytes(), (m) => got.push(m as (typeof got)[number]));
    const [m] = got;
    assert.equal(m.a, m.b);
    assert.equal(c.writes.length, 3, 'sent once');
  });

  test('Given a message that cannot be serialized, When written, Then it throws and nothing is written', () => {
    const c = capture();
    assert.throws(() => writeFrame(c.socket, { t: 'x', f: () => 1 }));
    assert.equal(c.writes.length, 0);
  });

  test('Given bytes that are not frames, When read, Then the reader throws rather than waiting for gigabytes', () => {
    const huge = Buffer.alloc(4);
    huge.writeUInt32LE(MAX_FRAME_BYTES + 1);
    assert.throws(() => new FrameReader().push(huge, () => {}), RangeError);
    const liar = Buffer.alloc(4 + 12);
    liar.writeUInt32LE(12, 0);
    liar.writeUInt32LE(1000, 4); // serialized part longer than the frame
    assert.throws(() => new FrameReader().push(liar, () => {}), RangeError);
  });

  test('Given a real socket, When a broken peer writes garbage, Then readFrames reports it and closes the socket', async () => {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as { port: number }).port;
    const accepted = once(server, 'connection') as Promise<[Socket]>;
    const client = connect(port, '127.0.0.1');
    const [side] = await accepted;
    try {
      const got: unknown[] = [];
      const broken = new Promise<Error>((resolve) => readFrames(side, (m) => got.push(m), resolve));
      writeFrame(client, message());
      client.write(Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0]));
      const err = await broken;
      assert.match(err.message, /frame of \d+ bytes/);
      assert.equal(got.length, 1, 'the frame before the garbage was delivered');
      assert.ok(side.destroyed);
    } finally {
      client.destroy();
      side.destroy();
      server.close();
    }
  });
});
