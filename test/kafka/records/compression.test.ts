import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import { compressFrameSync } from 'lz4-napi';
import { compressSync as rawSnappy } from 'snappy';
import { ProtocolError } from '../../../kafka/errors.ts';
import {
  COMPRESSION,
  COMPRESSION_NAMES,
  type CompressionId,
  compress,
  compressionName,
  decompress,
  isXerialSnappy,
} from '../../../kafka/records/compression.ts';

function sample(size: number): Buffer {
  // Text-like, partly repetitive bytes: compressible, but not a single run.
  const out = Buffer.alloc(size);
  let seed = 12345;
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = i % 7 === 0 ? 0x61 + ((seed >>> 16) % 26) : 0x20 + (i % 50);
  }
  return out;
}

function assertCode(fn: () => unknown, code: string): ProtocolError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof ProtocolError, `expected a ProtocolError, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  return caught;
}

const codecs = COMPRESSION_NAMES.map((name) => [name, COMPRESSION[name]] as const);

describe('compression', () => {
  for (const [name, id] of codecs) {
    for (const size of [0, 1, 1000, 300_000]) {
      test(`Given ${size} bytes, When compressed and decompressed with ${name}, Then the bytes come back`, () => {
        const data = sample(size);
        const packed = compress(id, data);
        assert.deepEqual(decompress(id, packed), data);
      });
    }
  }

  test('Given gzip and zstd levels, When compressing, Then the level is applied and the output still decodes', () => {
    const data = sample(200_000);
    for (const id of [COMPRESSION.gzip, COMPRESSION.zstd] as const) {
      const fast = compress(id, data, { level: 1 });
      const best = compress(id, data, { level: 9 });
      assert.notEqual(best.length, fast.length, `${compressionName(id)} ignored the level`);
      assert.deepEqual(decompress(id, fast), data);
      assert.deepEqual(decompress(id, best), data);
    }
  });

  test('Given snappy output of ours, When inspected, Then it uses the Java (xerial) framing with 32 KiB chunks', () => {
    const data = sample(100_000);
    const packed = compress(COMPRESSION.snappy, data);
    assert.ok(isXerialSnappy(packed));
    assert.deepEqual(packed.subarray(0, 16), Buffer.from('82534e41505059000000000100000001', 'hex'));
    // 100 000 bytes = 3 full 32 KiB chunks + 1 partial
    let chunks = 0;
    for (let at = 16; at < packed.length; at += 4 + packed.readInt32BE(at)) chunks++;
    assert.equal(chunks, 4);
  });

  test('Given a raw snappy block as librdkafka writes it, When decompressed, Then the bytes come back', () => {
    const data = sample(50_000);
    const raw = rawSnappy(data);
    assert.ok(!isXerialSnappy(raw));
    assert.deepEqual(decompress(COMPRESSION.snappy, raw), data);
  });

  test('Given an lz4 frame of ours, When its descriptor is read, Then it is version 1 with independent blocks as Kafka requires', () => {
    const packed = compress(COMPRESSION.lz4, sample(10_000));
    assert.equal(packed.readUInt32LE(0), 0x184d2204);
    const flg = packed[4];
    assert.equal(flg >>> 6, 1, 'version 01');
    assert.equal((flg >>> 5) & 1, 1, 'block independence');
    assert.equal(flg & 3, 0, 'no dictionary id, reserved bit clear');
    assert.ok(((packed[5] >>> 4) & 7) >= 4, 'block max size code 4..7');
  });

  test('Given an lz4 frame with block and content checksums, When decompressed, Then the bytes come back', () => {
    const data = sample(200_000);
    const packed = compressFrameSync(data, { blockChecksums: true, contentChecksum: true });
    assert.deepEqual(decompress(COMPRESSION.lz4, packed), data);
  });

  test('Given incompressible bytes, When lz4 stores them as raw blocks, Then they decompress exactly', () => {
    const random = Buffer.alloc(300_000);
    let seed = 7;
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      random[i] = seed >>> 24;
    }
    const packed = compress(COMPRESSION.lz4, random);
    assert.ok((packed.readUInt32LE(7) & 0x80000000) !== 0, 'first block is stored uncompressed');
    assert.deepEqual(decompress(COMPRESSION.lz4, packed), random);
  });

  test("Given two lz4 frames back to back, When decompressed, Then both frames' bytes come back in order", () => {
    const a = sample(70_000);
    const b = Buffer.from('second frame');
    const packed = Buffer.concat([compress(COMPRESSION.lz4, a), compress(COMPRESSION.lz4, b)]);
    assert.deepEqual(decompress(COMPRESSION.lz4, packed), Buffer.concat([a, b]));
  });

  describe('decompression bombs', () => {
    const zeros = Buffer.alloc(4 * 1024 * 1024);
    const cap = 1024 * 1024;
    const bombs: Array<[string, CompressionId, Buffer]> = [
      ['gzip', COMPRESSION.gzip, gzipSync(zeros)],
      ['zstd', COMPRESSION.zstd, zstdCompressSync(zeros)],
      ['raw snappy', COMPRESSION.snappy, rawSnappy(zeros)],
      ['xerial snappy', COMPRESSION.snappy, compress(COMPRESSION.snappy, zeros)],
      ['lz4', COMPRESSION.lz4, compressFrameSync(zeros)],
    ];
    for (const [name, id, bomb] of bombs) {
      test(`Given ${bomb.length} bytes of ${name} that inflate to 4 MiB, When decompressed with a 1 MiB cap, Then SLUICE_RECORDS_TOO_LARGE`, () => {
        const err = assertCode(() => decompress(id, bomb, cap), 'SLUICE_RECORDS_TOO_LARGE');
        assert.equal(err.details.maxBytes, cap);
      });
    }

    test('Given codec none, When decompressed with a cap smaller than the data, Then the data comes back as a view (nothing allocated)', () => {
      const out = decompress(COMPRESSION.none, zeros, cap);
      assert.equal(out.buffer, zeros.buffer);
      assert.equal(out.length, zeros.length);
    });

    test('Given a raw snappy preamble claiming 4 GiB, When decompressed, Then it is refused before inflating', () => {
      const liar = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]);
      assertCode(() => decompress(COMPRESSION.snappy, liar), 'SLUICE_RECORDS_TOO_LARGE');
    });

    test('Given the same bombs, When the cap is large enough, Then they decompress', () => {
      for (const [, id, bomb] of bombs) assert.equal(decompress(id, bomb, zeros.length).length, zeros.length);
    });
  });

  describe('bad input', () => {
    const garbage = Buffer.from('this is not compressed data at all, honestly');
    for (const [name, id] of codecs.filter(([, id]) => id !== COMPRESSION.none)) {
      test(`Given garbage, When decompressed as ${name}, Then SLUICE_RECORDS_CORRUPT naming the codec`, () => {
        const err = assertCode(() => decompress(id, garbage), 'SLUICE_RECORDS_CORRUPT');
        assert.match(err.message, new RegExp(name));
      });
      test(`Given a truncated ${name} stream, When decompressed, Then SLUICE_RECORDS_CORRUPT`, () => {
        const packed = compress(id, sample(100_000));
        assertCode(() => decompress(id, packed.subarray(0, packed.length - 10)), 'SLUICE_RECORDS_CORRUPT');
      });
    }

    test('Given codec ids 5, 6, 7, When used, Then SLUICE_RECORDS_UNKNOWN_CODEC', () => {
      for (const id of [5, 6, 7]) {
        assertCode(() => decompress(id as CompressionId, Buffer.alloc(4)), 'SLUICE_RECORDS_UNKNOWN_CODEC');
        assertCode(() => compress(id as CompressionId, Buffer.alloc(4)), 'SLUICE_RECORDS_UNKNOWN_CODEC');
        assertCode(() => compressionName(id), 'SLUICE_RECORDS_UNKNOWN_CODEC');
      }
    });

    test('Given an xerial chunk whose length runs past the data, When decompressed, Then SLUICE_RECORDS_CORRUPT', () => {
      const packed = compress(COMPRESSION.snappy, sample(1000));
      packed.writeInt32BE(1_000_000, 16);
      assertCode(() => decompress(COMPRESSION.snappy, packed), 'SLUICE_RECORDS_CORRUPT');
    });

    test('Given an lz4 frame with an unknown version, When decompressed, Then SLUICE_RECORDS_CORRUPT', () => {
      const packed = compress(COMPRESSION.lz4, sample(1000));
      packed[4] = (packed[4] & 0x3f) | 0x80;
      assertCode(() => decompress(COMPRESSION.lz4, packed), 'SLUICE_RECORDS_CORRUPT');
    });
  });
});
