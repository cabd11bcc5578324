import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FrameStream } from '../../../gateway/connection/frame-stream.ts';
import type { StreamedRewrite } from '../../../gateway/pipeline/filter.ts';
import type { ProtocolError } from '../../../kafka/errors.ts';

function frame(payload: Buffer): Buffer {
  const p = Buffer.alloc(4);
  p.writeInt32BE(payload.length);
  return Buffer.concat([p, payload]);
}

// Frames whose first payload byte says how to treat them: 1 = whole, anything else = stream.
const payloads = [
  Buffer.from([1, 2, 3]),
  Buffer.alloc(3000, 7),
  Buffer.from([1, ...Buffer.alloc(500, 9)]),
  Buffer.from([5]),
];
const wire = Buffer.concat(payloads.map(frame));

function run(chunkSize: number) {
  const streamed: Buffer[] = [];
  const whole: Buffer[] = [];
  const heads: number[] = [];
  const s = new FrameStream({
    maxFrameSize: 10_000,
    headBytes: 2,
    decide: (head, size) => {
      heads.push(size);
      return head[0] === 1 ? 'whole' : 'stream';
    },
    onBytes: (raw) => streamed.push(Buffer.from(raw)),
    onFrame: (payload) => whole.push(Buffer.from(payload)),
  });
  for (let i = 0; i < wire.length; i += chunkSize) s.push(wire.subarray(i, i + chunkSize));
  return { streamed: Buffer.concat(streamed), whole, heads, buffered: s.bufferedBytes };
}

describe('FrameStream (cut-through framing)', () => {
  for (const chunkSize of [1, 2, 3, 5, 7, 64, 1000, wire.length]) {
    test(`Given frames cut into ${chunkSize}-byte chunks, when pushed, then streamed frames come out byte-exact and whole frames intact`, () => {
      const r = run(chunkSize);
      assert.deepEqual(r.heads, [3, 3000, 501, 1]);
      assert.deepEqual(r.whole, [payloads[0], payloads[2]]);
      assert.deepEqual(r.streamed, Buffer.concat([frame(payloads[1]), frame(payloads[3])]));
      assert.equal(r.buffered, 0);
    });
  }

  test('Given a stream frame, when only its head has arrived, then its first bytes are already forwarded', () => {
    const out: Buffer[] = [];
    const s = new FrameStream({
      maxFrameSize: 1 << 20,
      headBytes: 4,
      decide: () => 'stream',
      onBytes: (b) => out.push(b),
      onFrame: () => undefined,
    });
    const big = frame(Buffer.alloc(100_000, 1));
    s.push(big.subarray(0, 1000));
    assert.equal(Buffer.concat(out).length, 1000, 'cut-through: nothing held back');
  });

  for (const chunkSize of [1, 3, 7, 600, wire.length]) {
    test(`Given ${chunkSize}-byte chunks overwritten as soon as push returns (a reused read buffer), then whole frames kept by reference stay intact`, () => {
      const whole: Buffer[] = [];
      const streamed: Buffer[] = [];
      const s = new FrameStream({
        maxFrameSize: 10_000,
        headBytes: 2,
        decide: (head) => (head[0] === 1 ? 'whole' : 'stream'),
        // Streamed bytes go out before push returns (the pair writes them to the socket).
        onBytes: (raw) => streamed.push(Buffer.from(raw)),
        onFrame: (payload) => whole.push(payload),
      });
      const readBuffer = Buffer.alloc(chunkSize);
      for (let i = 0; i < wire.length; i += chunkSize) {
        const n = wire.copy(readBuffer, 0, i, i + chunkSize);
        s.push(readBuffer.subarray(0, n));
        readBuffer.fill(0xee);
      }
      assert.deepEqual(whole, [payloads[0], payloads[2]]);
      assert.deepEqual(Buffer.concat(streamed), Buffer.concat([frame(payloads[1]), frame(payloads[3])]));
    });
  }

  test('Given streamed frames inside one chunk, then they go on as slices of that chunk, size prefixes included (no copy)', () => {
    const out: Buffer[] = [];
    const s = new FrameStream({
      maxFrameSize: 10_000,
      headBytes: 2,
      decide: () => 'stream',
      onBytes: (raw) => out.push(raw),
      onFrame: () => assert.fail('nothing is collected whole'),
    });
    const chunk = Buffer.concat([frame(payloads[1]), frame(payloads[3]), frame(Buffer.alloc(0))]);
    s.push(chunk);
    assert.deepEqual(Buffer.concat(out), chunk);
    for (const raw of out) assert.equal(raw.buffer, chunk.buffer, 'a view of the chunk, not a copy');
  });

  // Keeps the first 3 bytes of each frame, upper-cases the rest at the end, adds one byte '!'.
  function shout(): StreamedRewrite {
    let seen = 0;
    const held: Buffer[] = [];
    return {
      extraBytes: 1,
      pass(bytes) {
        const keep = Math.max(0, Math.min(bytes.length, 3 - seen));
        seen += bytes.length;
        held.push(Buffer.from(bytes.subarray(keep)));
        return keep;
      },
      end: () => Buffer.from(`${Buffer.concat(held).toString().toUpperCase()}!`),
    };
  }

  for (const chunkSize of [1, 2, 5, 9, 1000]) {
    test(`Given a streamed rewrite and ${chunkSize}-byte chunks, then the frame comes out rewritten with the size it announced`, () => {
      const out: Buffer[] = [];
      const s = new FrameStream({
        maxFrameSize: 10_000,
        headBytes: 4,
        decide: () => shout(),
        onBytes: (raw) => out.push(Buffer.from(raw)),
        onFrame: () => assert.fail('nothing is collected whole'),
      });
      const input = Buffer.concat([
        frame(Buffer.from('abcdefgh')),
        frame(Buffer.alloc(0)),
        frame(Buffer.from('xyz1')),
      ]);
      for (let i = 0; i < input.length; i += chunkSize) s.push(input.subarray(i, i + chunkSize));
      const expected = Buffer.concat([
        frame(Buffer.from('abcDEFGH!')),
        frame(Buffer.from('!')),
        frame(Buffer.from('xyz1!')),
      ]);
      assert.deepEqual(Buffer.concat(out), expected);
      assert.equal(s.bufferedBytes, 0);
    });
  }

  test('Given frames that claim 64 MiB each and send only their head, then the memory held follows the bytes sent, not the claim', () => {
    const claimed = 64 * 1024 * 1024;
    const head = Buffer.alloc(1024, 1);
    head.writeInt32BE(claimed, 0);
    const before = process.memoryUsage().arrayBuffers;
    const streams = Array.from({ length: 16 }, () => {
      const s = new FrameStream({
        maxFrameSize: claimed,
        headBytes: 16,
        decide: () => 'whole',
        onBytes: () => undefined,
        onFrame: () => assert.fail('the frame is not complete'),
      });
      s.push(head);
      return s;
    });
    const grown = process.memoryUsage().arrayBuffers - before;
    assert.equal(streams[0].bufferedBytes, head.length);
    assert.ok(grown < 16 * 1024 * 1024, `${grown} bytes held for 16 KiB received`);
  });

  test('Given a negative or oversized frame size, when pushed, then a typed protocol error is thrown', () => {
    const mk = () =>
      new FrameStream({
        maxFrameSize: 100,
        headBytes: 4,
        decide: () => 'stream',
        onBytes: () => undefined,
        onFrame: () => undefined,
      });
    assert.throws(
      () => mk().push(Buffer.from([0xff, 0xff, 0xff, 0xff])),
      (e: ProtocolError) => e.code === 'SLUICE_PROTOCOL_INVALID_LENGTH',
    );
    assert.throws(
      () => mk().push(Buffer.from([0, 0, 1, 0])),
      (e: ProtocolError) => e.code === 'SLUICE_PROTOCOL_FRAME_TOO_LARGE',
    );
  });
});
