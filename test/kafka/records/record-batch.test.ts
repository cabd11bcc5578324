import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ProtocolError } from '../../../kafka/errors.ts';
import { COMPRESSION, COMPRESSION_NAMES } from '../../../kafka/records/compression.ts';
import { crc32c } from '../../../kafka/records/crc32c.ts';
import {
  ATTRIBUTE,
  encodeRecordBatch,
  type KafkaRecord,
  RecordBatch,
  type RecordBatchFields,
  varIntSize,
  varLongSize,
} from '../../../kafka/records/record-batch.ts';

function fields(overrides: Partial<RecordBatchFields> = {}): RecordBatchFields {
  return {
    baseOffset: 0n,
    partitionLeaderEpoch: -1,
    attributes: 0,
    lastOffsetDelta: 2,
    baseTimestamp: 1_700_000_000_000n,
    maxTimestamp: 1_700_000_000_020n,
    producerId: -1n,
    producerEpoch: -1,
    baseSequence: -1,
    ...overrides,
  };
}

function record(offsetDelta: number, value: string | null, extra: Partial<KafkaRecord> = {}): KafkaRecord {
  return {
    attributes: 0,
    timestampDelta: BigInt(offsetDelta * 10),
    offsetDelta,
    key: Buffer.from(`key-${offsetDelta}`),
    value: value === null ? null : Buffer.from(value),
    headers: [],
    ...extra,
  };
}

const threeRecords: KafkaRecord[] = [
  record(0, 'first value'),
  record(1, null, { key: null, headers: [{ key: 'trace-id', value: Buffer.from('abc') }] }),
  record(2, '', {
    headers: [
      { key: 'ключ', value: null },
      { key: '', value: Buffer.alloc(0) },
    ],
  }),
];

function assertCode(fn: () => unknown, code: string): ProtocolError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof ProtocolError, `expected ProtocolError ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  return caught;
}

/** Mulberry32: a small seeded PRNG so the fuzz cases are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('RecordBatch', () => {
  test('Given bytes laid out by hand from the Kafka grammar, When decoded, Then every field and the record are read exactly', () => {
    // One record: key "k", value "v", one header h=null; offsets/timestamps chosen to be distinct.
    const recordBody = Buffer.from([
      0x00, // attributes
      0x04, // timestampDelta 2 (zig-zag)
      0x00, // offsetDelta 0
      0x02,
      0x6b, // key length 1, "k"
      0x02,
      0x76, // value length 1, "v"
      0x02, // 1 header
      0x02,
      0x68, // header key length 1, "h"
      0x01, // header value length -1 (null)
    ]);
    const records = Buffer.concat([Buffer.from([recordBody.length * 2]), recordBody]);
    const header = Buffer.alloc(61);
    header.writeBigInt64BE(42n, 0); // baseOffset
    header.writeInt32BE(61 - 12 + records.length, 8); // batchLength
    header.writeInt32BE(7, 12); // partitionLeaderEpoch
    header.writeInt8(2, 16); // magic
    header.writeInt16BE(ATTRIBUTE.transactional | ATTRIBUTE.logAppendTime, 21);
    header.writeInt32BE(0, 23); // lastOffsetDelta
    header.writeBigInt64BE(1000n, 27); // baseTimestamp
    header.writeBigInt64BE(1002n, 35); // maxTimestamp
    header.writeBigInt64BE(9001n, 43); // producerId
    header.writeInt16BE(3, 51); // producerEpoch
    header.writeInt32BE(17, 53); // baseSequence
    header.writeInt32BE(1, 57); // recordCount
    const bytes = Buffer.concat([header, records]);
    bytes.writeUInt32BE(crc32c(bytes.subarray(21)), 17);

    const batch = RecordBatch.decode(bytes);
    assert.equal(batch.baseOffset, 42n);
    assert.equal(batch.batchLength, bytes.length - 12);
    assert.equal(batch.partitionLeaderEpoch, 7);
    assert.equal(batch.magic, 2);
    assert.equal(batch.crc, bytes.readUInt32BE(17));
    assert.equal(batch.compression, 'none');
    assert.equal(batch.timestampType, 'log-append-time');
    assert.equal(batch.isTransactional, true);
    assert.equal(batch.isControl, false);
    assert.equal(batch.hasDeleteHorizon, false);
    assert.equal(batch.lastOffsetDelta, 0);
    assert.equal(batch.baseTimestamp, 1000n);
    assert.equal(batch.maxTimestamp, 1002n);
    assert.equal(batch.producerId, 9001n);
    assert.equal(batch.producerEpoch, 3);
    assert.equal(batch.baseSequence, 17);
    assert.equal(batch.recordCount, 1);
    assert.deepEqual(batch.records(), [
      {
        attributes: 0,
        timestampDelta: 2n,
        offsetDelta: 0,
        key: Buffer.from('k'),
        value: Buffer.from('v'),
        headers: [{ key: 'h', value: null }],
      },
    ]);
    assert.deepEqual(encodeRecordBatch(batch.fields(), batch.records()), bytes);
  });

  for (const name of COMPRESSION_NAMES) {
    test(`Given records with null keys, null values and headers, When encoded with ${name} and decoded, Then all fields come back`, () => {
      const encoded = encodeRecordBatch(fields({ attributes: COMPRESSION[name] }), threeRecords);
      const batch = RecordBatch.decode(encoded);
      assert.equal(batch.compression, name);
      assert.equal(batch.recordCount, 3);
      assert.equal(batch.batchLength, encoded.length - 12);
      assert.deepEqual(batch.fields(), fields({ attributes: COMPRESSION[name] }));
      assert.deepEqual(batch.records(), threeRecords);
      assert.deepEqual(batch.bytes, encoded);
    });

    test(`Given a ${name} batch, When its decoded records are re-encoded unchanged, Then the uncompressed record bytes are identical`, () => {
      const encoded = encodeRecordBatch(fields({ attributes: COMPRESSION[name] }), threeRecords);
      const batch = RecordBatch.decode(encoded);
      const again = RecordBatch.decode(encodeRecordBatch(batch.fields(), batch.records()));
      const plainA = encodeRecordBatch({ ...batch.fields(), attributes: 0 }, batch.records());
      const plainB = encodeRecordBatch({ ...again.fields(), attributes: 0 }, again.records());
      assert.deepEqual(plainA, plainB);
    });
  }

  test('Given an uncompressed batch, When decoded and re-encoded unchanged, Then the bytes are identical', () => {
    const encoded = encodeRecordBatch(fields(), threeRecords);
    const batch = RecordBatch.decode(Buffer.from(encoded));
    assert.deepEqual(encodeRecordBatch(batch.fields(), batch.records()), encoded);
  });

  test('Given a batch inside a larger buffer, When decoded at its offset, Then bytes is a view of exactly that batch', () => {
    const encoded = encodeRecordBatch(fields(), threeRecords);
    const framed = Buffer.concat([Buffer.from('prefix'), encoded, Buffer.from('suffix')]);
    const batch = RecordBatch.decode(framed, 6);
    assert.deepEqual(batch.bytes, encoded);
    assert.equal(batch.bytes.buffer, framed.buffer, 'no copy');
    assert.deepEqual(batch.records(), threeRecords);
  });

  test('Given a transactional commit marker (control batch), When decoded and re-encoded, Then every field is preserved', () => {
    // A control record: key = version int16 0 + type int16 (1 = COMMIT); value = version int16 0 + coordinator epoch int32.
    const marker: KafkaRecord = {
      attributes: 0,
      timestampDelta: 0n,
      offsetDelta: 0,
      key: Buffer.from([0, 0, 0, 1]),
      value: Buffer.from([0, 0, 0, 0, 0, 5]),
      headers: [],
    };
    const controlFields = fields({
      baseOffset: 1234n,
      partitionLeaderEpoch: 12,
      attributes: ATTRIBUTE.transactional | ATTRIBUTE.control,
      lastOffsetDelta: 0,
      baseTimestamp: 1_700_000_000_555n,
      maxTimestamp: 1_700_000_000_555n,
      producerId: 4000n,
      producerEpoch: 2,
      baseSequence: -1,
    });
    const encoded = encodeRecordBatch(controlFields, [marker]);
    const batch = RecordBatch.decode(encoded);
    assert.equal(batch.isControl, true);
    assert.equal(batch.isTransactional, true);
    assert.deepEqual(batch.fields(), controlFields);
    assert.deepEqual(batch.records(), [marker]);
    assert.deepEqual(encodeRecordBatch(batch.fields(), batch.records()), encoded);
  });

  test('Given an idempotent batch with log-append time and a delete horizon, When decoded, Then the flags and producer fields read back', () => {
    const f = fields({
      attributes: COMPRESSION.zstd | ATTRIBUTE.logAppendTime | ATTRIBUTE.deleteHorizon,
      producerId: 0x7fff_ffff_ffff_fffen,
      producerEpoch: 32767,
      baseSequence: 2_147_483_000,
      baseOffset: -1n,
    });
    const batch = RecordBatch.decode(encodeRecordBatch(f, threeRecords));
    assert.equal(batch.timestampType, 'log-append-time');
    assert.equal(batch.hasDeleteHorizon, true);
    assert.equal(batch.isTransactional, false);
    assert.equal(batch.compression, 'zstd');
    assert.deepEqual(batch.fields(), f);
  });

  test('Given extreme deltas, When encoded and decoded, Then varint and varlong edges survive', () => {
    const edges = [
      0n,
      -1n,
      1n,
      63n,
      -64n,
      64n,
      2n ** 30n,
      -(2n ** 30n) - 1n,
      2n ** 62n,
      -(2n ** 63n),
      2n ** 63n - 1n,
    ];
    const records = edges.map((ts, i) =>
      record(i === 0 ? 0 : [2_147_483_647, -2_147_483_648, 1][i % 3], 'x', { timestampDelta: ts }),
    );
    const batch = RecordBatch.decode(encodeRecordBatch(fields(), records));
    assert.deepEqual(batch.records(), records);
  });

  test('Given a create-time batch and a log-append-time batch, When asking for offsets and timestamps, Then they follow the timestamp type', () => {
    const create = RecordBatch.decode(encodeRecordBatch(fields({ baseOffset: 100n }), threeRecords));
    const [, second] = create.records();
    assert.equal(create.offsetOf(second), 101n);
    assert.equal(create.timestampOf(second), 1_700_000_000_010n);
    const append = RecordBatch.decode(
      encodeRecordBatch(fields({ attributes: ATTRIBUTE.logAppendTime, maxTimestamp: 5n }), threeRecords),
    );
    assert.equal(append.timestampOf(append.records()[0]), 5n);
  });

  test('Given an empty record list, When encoded and decoded, Then it is a valid batch with zero records', () => {
    const batch = RecordBatch.decode(encodeRecordBatch(fields({ attributes: COMPRESSION.gzip }), []));
    assert.equal(batch.recordCount, 0);
    assert.deepEqual(batch.records(), []);
  });

  test('Given varIntSize and varLongSize, When compared with the writer, Then they agree on edge values', () => {
    for (const v of [0, -1, 63, -64, 64, 8191, -8192, 8192, 2 ** 30, -(2 ** 31), 2 ** 31 - 1]) {
      const n = v | 0;
      const batch = encodeRecordBatch(fields(), [
        record(0, null, { offsetDelta: n, key: null, timestampDelta: 0n }),
      ]);
      // record length varint (1 byte here) + attributes + ts(1) + offsetDelta + key(-1) + value(-1) + headers(0)
      assert.equal(batch.length - 61, 1 + 1 + 1 + varIntSize(n) + 3, `varint ${n}`);
    }
    assert.equal(varLongSize(2n ** 63n - 1n), 10);
    assert.equal(varLongSize(-(2n ** 63n)), 10);
    assert.equal(varLongSize(2n ** 31n), 5);
  });

  describe('bad input', () => {
    const good = encodeRecordBatch(fields(), threeRecords);

    test('Given one flipped bit in a value, When records are read, Then SLUICE_RECORDS_CRC_MISMATCH with both CRCs', () => {
      const bad = Buffer.from(good);
      bad[bad.length - 5] ^= 0x01;
      const batch = RecordBatch.decode(bad);
      const err = assertCode(() => batch.records(), 'SLUICE_RECORDS_CRC_MISMATCH');
      assert.equal(err.details.stored, good.readUInt32BE(17));
      assert.notEqual(err.details.computed, err.details.stored);
      assertCode(() => batch.verifyCrc(), 'SLUICE_RECORDS_CRC_MISMATCH');
    });

    test('Given a wrong stored CRC, When records are read, Then SLUICE_RECORDS_CRC_MISMATCH', () => {
      const bad = Buffer.from(good);
      bad.writeUInt32BE((bad.readUInt32BE(17) + 1) >>> 0, 17);
      assertCode(() => RecordBatch.decode(bad).records(), 'SLUICE_RECORDS_CRC_MISMATCH');
    });

    test('Given every truncation of a batch, When decoded, Then SLUICE_PROTOCOL_TRUNCATED', () => {
      for (let cut = 0; cut < good.length; cut++) {
        assertCode(() => RecordBatch.decode(good.subarray(0, cut)), 'SLUICE_PROTOCOL_TRUNCATED');
      }
    });

    test('Given magic 0, 1 and 3, When decoded as a v2 batch, Then SLUICE_RECORDS_UNSUPPORTED_MAGIC', () => {
      for (const magic of [0, 1, 3, -1]) {
        const bad = Buffer.from(good);
        bad.writeInt8(magic, 16);
        assertCode(() => RecordBatch.decode(bad), 'SLUICE_RECORDS_UNSUPPORTED_MAGIC');
      }
    });

    test('Given codec ids 5, 6, 7 in the attributes, When decoded or encoded, Then SLUICE_RECORDS_UNKNOWN_CODEC', () => {
      for (const codec of [5, 6, 7]) {
        const bad = Buffer.from(good);
        bad.writeInt16BE(codec, 21);
        assertCode(() => RecordBatch.decode(bad), 'SLUICE_RECORDS_UNKNOWN_CODEC');
        assertCode(
          () => encodeRecordBatch(fields({ attributes: codec }), threeRecords),
          'SLUICE_RECORDS_UNKNOWN_CODEC',
        );
      }
    });

    test('Given a batch length too short for a v2 header, When decoded, Then SLUICE_RECORDS_CORRUPT', () => {
      const bad = Buffer.from(good);
      bad.writeInt32BE(20, 8);
      assertCode(() => RecordBatch.decode(bad), 'SLUICE_RECORDS_CORRUPT');
      bad.writeInt32BE(-5, 8);
      assertCode(() => RecordBatch.decode(bad), 'SLUICE_RECORDS_CORRUPT');
    });

    /** Rewrites header fields of a valid batch and fixes its CRC, so only the intended flaw remains. */
    function withCrc(bytes: Buffer): Buffer {
      bytes.writeUInt32BE(crc32c(bytes.subarray(21)), 17);
      return bytes;
    }

    test('Given a record count larger than the records present, When records are read, Then SLUICE_RECORDS_CORRUPT', () => {
      const bad = Buffer.from(good);
      bad.writeInt32BE(4, 57);
      assertCode(() => RecordBatch.decode(withCrc(bad)).records(), 'SLUICE_RECORDS_CORRUPT');
      bad.writeInt32BE(-1, 57);
      assertCode(() => RecordBatch.decode(withCrc(bad)), 'SLUICE_RECORDS_CORRUPT');
    });

    test('Given a record count smaller than the records present, When records are read, Then SLUICE_RECORDS_CORRUPT (trailing bytes)', () => {
      const bad = Buffer.from(good);
      bad.writeInt32BE(2, 57);
      assertCode(() => RecordBatch.decode(withCrc(bad)).records(), 'SLUICE_RECORDS_CORRUPT');
    });

    test('Given a huge record count with a 2^31-1 header count, When records are read, Then a typed error and no allocation', () => {
      const hostile = Buffer.concat([
        good.subarray(0, 61),
        Buffer.from([0x14, 0x00, 0x00, 0x00, 0x01, 0x01, 0xfe, 0xff, 0xff, 0xff, 0x0f]),
      ]);
      hostile.writeInt32BE(hostile.length - 12, 8);
      hostile.writeInt32BE(0x7fffffff, 57);
      assertCode(() => RecordBatch.decode(withCrc(hostile)).records(), 'SLUICE_RECORDS_CORRUPT');
    });

    test('Given a record whose key length runs past the record, When records are read, Then a typed error', () => {
      const one = encodeRecordBatch(fields(), [record(0, 'v')]);
      // record starts at 61: length, attributes, ts, offsetDelta, then key length at 65
      one.writeUInt8(0x7e, 65); // key length 63
      const err = assertCode(() => RecordBatch.decode(withCrc(one)).records(), 'SLUICE_PROTOCOL_TRUNCATED');
      assert.equal(typeof err.details.offset, 'number');
    });

    test('Given a compressed batch whose payload is garbage, When records are read, Then SLUICE_RECORDS_CORRUPT', () => {
      for (const name of ['gzip', 'snappy', 'lz4', 'zstd'] as const) {
        const bad = Buffer.from(encodeRecordBatch(fields({ attributes: COMPRESSION[name] }), threeRecords));
        bad.fill(0x41, 61 + 4, bad.length);
        assertCode(() => RecordBatch.decode(withCrc(bad)).records(), 'SLUICE_RECORDS_CORRUPT');
      }
    });

    test('Given a compressed batch that inflates past the cap, When records are read, Then SLUICE_RECORDS_TOO_LARGE', () => {
      const big = [record(0, 'a'.repeat(2 * 1024 * 1024))];
      for (const name of ['gzip', 'snappy', 'lz4', 'zstd'] as const) {
        const batch = RecordBatch.decode(encodeRecordBatch(fields({ attributes: COMPRESSION[name] }), big));
        assert.ok(batch.bytes.length < 200_000, `${name} compresses the run`);
        assertCode(() => batch.records({ maxDecompressedBytes: 1024 * 1024 }), 'SLUICE_RECORDS_TOO_LARGE');
      }
    });
  });

  describe('bounded fuzz', () => {
    // Mutates valid batches of every codec. With the CRC left stale the decoder must say so;
    // with the CRC fixed up, the mutation reaches the record parser and the decompressors.
    // Every outcome must be a value or a ProtocolError: never another exception, hang or crash.
    for (const name of COMPRESSION_NAMES) {
      test(`Given 1500 random mutations of a ${name} batch, When decoded, Then each result is records or a ProtocolError`, () => {
        const rand = prng(0x5eed + COMPRESSION[name]);
        const base = encodeRecordBatch(fields({ attributes: COMPRESSION[name] }), threeRecords);
        const outcomes = { ok: 0, typed: 0 };
        for (let i = 0; i < 1500; i++) {
          const bytes = Buffer.from(base);
          const flips = 1 + Math.floor(rand() * 4);
          for (let f = 0; f < flips; f++) {
            const at = Math.floor(rand() * bytes.length);
            bytes[at] = Math.floor(rand() * 256);
          }
          const cut = rand() < 0.2 ? Math.floor(rand() * bytes.length) : bytes.length;
          const input = bytes.subarray(0, cut);
          if (rand() < 0.7 && input.length > 21) input.writeUInt32BE(crc32c(input.subarray(21)), 17);
          try {
            const batch = RecordBatch.decode(input);
            batch.records({ maxDecompressedBytes: 1024 * 1024 });
            outcomes.ok++;
          } catch (err) {
            if (!(err instanceof ProtocolError)) throw err;
            outcomes.typed++;
          }
        }
        assert.equal(outcomes.ok + outcomes.typed, 1500);
        assert.ok(outcomes.typed > 0);
      });
    }

    test('Given 3000 buffers of random bytes, When decoded, Then each is a ProtocolError', () => {
      const rand = prng(99);
      for (let i = 0; i < 3000; i++) {
        const bytes = Buffer.alloc(Math.floor(rand() * 200));
        for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rand() * 256);
        try {
          RecordBatch.decode(bytes).records();
        } catch (err) {
          if (!(err instanceof ProtocolError)) throw err;
        }
      }
    });
  });
});
