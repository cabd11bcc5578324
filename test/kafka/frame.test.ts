import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ProtocolError } from '../../kafka/errors.ts';
import { encodeFrame, FrameDecoder, frameSizePrefix } from '../../kafka/frame.ts';

function payload(n: number, seed: number): Buffer {
  const out = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

describe('FrameDecoder', () => {
  test('Given several whole frames in one chunk, when pushed, then each comes back as a view of the chunk', () => {
    const a = payload(10, 1);
    const b = payload(0, 2);
    const c = payload(300, 3);
    const chunk = Buffer.concat([encodeFrame(a), encodeFrame(b), encodeFrame(c)]);
    const frames = new FrameDecoder().push(chunk);
    assert.deepEqual(frames, [a, b, c]);
    assert.equal(frames[0].buffer, chunk.buffer, 'no copy for a frame inside one chunk');
  });

  test('Given a stream cut at every possible byte boundary, when pushed in pieces, then the same frames come out', () => {
    const originals = [payload(5, 1), payload(70, 2), payload(1, 3), payload(0, 4), payload(9, 5)];
    const stream = Buffer.concat(originals.map((p) => encodeFrame(p)));
    for (let cut1 = 0; cut1 <= stream.length; cut1++) {
      for (let cut2 = cut1; cut2 <= stream.length; cut2 += 7) {
        const decoder = new FrameDecoder();
        const frames = [
          ...decoder.push(stream.subarray(0, cut1)),
          ...decoder.push(stream.subarray(cut1, cut2)),
          ...decoder.push(stream.subarray(cut2)),
        ];
        assert.deepEqual(frames, originals, `cuts at ${cut1}/${cut2}`);
        assert.equal(decoder.bufferedBytes, 0);
        decoder.end();
      }
    }
  });

  test('Given one byte at a time, when a frame completes, then it is returned exactly once', () => {
    const p = payload(33, 9);
    const stream = encodeFrame(p);
    const decoder = new FrameDecoder();
    const frames: Buffer[] = [];
    for (const byte of stream) frames.push(...decoder.push(Buffer.from([byte])));
    assert.deepEqual(frames, [p]);
  });

  test('Given a negative size, when pushed, then INVALID_LENGTH, and the decoder stays failed', () => {
    const decoder = new FrameDecoder();
    assert.throws(() => decoder.push(Buffer.from([0xff, 0xff, 0xff, 0xfe, 1])), {
      code: 'SLUICE_PROTOCOL_INVALID_LENGTH',
    });
    assert.throws(() => decoder.push(encodeFrame(payload(1, 1))), { code: 'SLUICE_PROTOCOL_INVALID_LENGTH' });
  });

  test('Given a size above the limit split across chunks, when its prefix completes, then FRAME_TOO_LARGE before buffering the body', () => {
    const decoder = new FrameDecoder({ maxFrameSize: 1000 });
    assert.deepEqual(decoder.push(Buffer.from([0x7f, 0xff])), []);
    let caught: unknown;
    try {
      decoder.push(Buffer.from([0xff, 0xff, 0, 0, 0]));
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof ProtocolError);
    assert.equal(caught.code, 'SLUICE_PROTOCOL_FRAME_TOO_LARGE');
    assert.equal(caught.details.length, 0x7fffffff);
    assert.equal(caught.details.max, 1000);
  });

  test('Given a frame exactly at the limit, when pushed, then it is accepted', () => {
    const p = payload(1000, 4);
    assert.deepEqual(new FrameDecoder({ maxFrameSize: 1000 }).push(encodeFrame(p)), [p]);
  });

  test('Given a stream that ends inside a frame, when end() is called, then TRUNCATED says how much was buffered', () => {
    const decoder = new FrameDecoder();
    decoder.push(encodeFrame(payload(20, 1)).subarray(0, 10));
    assert.throws(
      () => decoder.end(),
      (error: unknown) => {
        assert.ok(error instanceof ProtocolError);
        assert.equal(error.code, 'SLUICE_PROTOCOL_TRUNCATED');
        assert.equal(error.details.buffered, 10);
        assert.equal(error.details.expected, 24);
        return true;
      },
    );
  });

  test('Given frameSizePrefix, when written before a payload, then it matches encodeFrame', () => {
    const p = payload(12, 7);
    assert.deepEqual(Buffer.concat([frameSizePrefix(p.length), p]), encodeFrame(p));
  });
});
