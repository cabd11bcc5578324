import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crc32 } from 'node:zlib';
import { ProtocolError } from '../../../kafka/errors.ts';
import { COMPRESSION } from '../../../kafka/records/compression.ts';
import {
  encodeRecordBatch,
  type KafkaRecord,
  RecordBatch,
  type RecordBatchFields,
} from '../../../kafka/records/record-batch.ts';
import { joinRecords, splitRecords } from '../../../kafka/records/records-field.ts';

function batch(baseOffset: bigint, values: string[], codec = 0): Buffer {
  const fields: RecordBatchFields = {
    baseOffset,
    partitionLeaderEpoch: 0,
    attributes: codec,
    lastOffsetDelta: values.length - 1,
    baseTimestamp: 1_700_000_000_000n,
    maxTimestamp: 1_700_000_000_000n,
    producerId: 77n,
    producerEpoch: 0,
    baseSequence: Number(baseOffset),
  };
  const records: KafkaRecord[] = values.map((v, i) => ({
    attributes: 0,
    timestampDelta: 0n,
    offsetDelta: i,
    key: null,
    value: Buffer.from(v),
    headers: [],
  }));
  return encodeRecordBatch(fields, records);
}

/** A pre-0.11 message (magic 0 or 1) with its log offset and size prefix, as old brokers store it. */
function legacyMessage(offset: bigint, magic: 0 | 1, value: string): Buffer {
  const body = Buffer.concat([
    Buffer.from([magic, 0]), // magic, attributes
    magic === 1 ? Buffer.from('0000018bcfe56800', 'hex') : Buffer.alloc(0), // v1 timestamp
    Buffer.from('ffffffff', 'hex'), // null key
    Buffer.from([0, 0, 0, value.length]),
    Buffer.from(value),
  ]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  const prefix = Buffer.alloc(12);
  prefix.writeBigInt64BE(offset);
  prefix.writeInt32BE(4 + body.length, 8);
  return Buffer.concat([prefix, crc, body]);
}

function assertCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (err: unknown) => err instanceof ProtocolError && err.code === code);
}

describe('records field', () => {
  test('Given three batches of different codecs back to back, When split, Then three batches in order and join gives the input', () => {
    const input = Buffer.concat([
      batch(0n, ['a', 'b']),
      batch(2n, ['c'], COMPRESSION.zstd),
      batch(3n, ['d', 'e', 'f'], COMPRESSION.lz4),
    ]);
    const pieces = splitRecords(input);
    assert.deepEqual(
      pieces.map((p) => (p instanceof RecordBatch ? [p.baseOffset, p.compression, p.recordCount] : p.kind)),
      [
        [0n, 'none', 2],
        [2n, 'zstd', 1],
        [3n, 'lz4', 3],
      ],
    );
    assert.deepEqual(joinRecords(pieces), input);
    const values = pieces.flatMap((p) =>
      p instanceof RecordBatch ? p.records().map((r) => String(r.value)) : [],
    );
    assert.deepEqual(values, ['a', 'b', 'c', 'd', 'e', 'f']);
  });

  test('Given one untouched batch, When split and joined, Then the very same bytes are forwarded (no copy)', () => {
    const input = batch(5n, ['only']);
    const joined = joinRecords(splitRecords(input));
    assert.equal(joined.buffer, input.buffer);
    assert.deepEqual(joined, input);
  });

  test('Given magic v0 and v1 messages among v2 batches, When split, Then they are opaque legacy pieces kept byte for byte', () => {
    const v0 = legacyMessage(0n, 0, 'old');
    const v1 = legacyMessage(1n, 1, 'older-ish');
    const v2 = batch(2n, ['new']);
    const input = Buffer.concat([v0, v1, v2]);
    const pieces = splitRecords(input);
    assert.deepEqual(
      pieces.map((p) => [p.kind, p.kind === 'legacy' ? p.magic : 2]),
      [
        ['legacy', 0],
        ['legacy', 1],
        ['batch', 2],
      ],
    );
    assert.deepEqual(pieces[0].bytes, v0);
    assert.deepEqual(pieces[1].bytes, v1);
    assert.deepEqual(joinRecords(pieces), input);
  });

  test('Given a Fetch response cut inside its last batch at every position, When split allowing a partial tail, Then the tail is kept as is', () => {
    const whole = batch(0n, ['x', 'y']);
    const last = batch(2n, ['z'.repeat(100)]);
    for (let cut = 1; cut < last.length; cut++) {
      const input = Buffer.concat([whole, last.subarray(0, cut)]);
      const pieces = splitRecords(input, { allowPartialTail: true });
      assert.equal(pieces.length, 2, `cut at ${cut}`);
      assert.equal(pieces[1].kind, 'partial');
      assert.deepEqual(pieces[1].bytes, last.subarray(0, cut));
      assert.deepEqual(joinRecords(pieces), input);
    }
  });

  test('Given a Produce records field cut short, When split without allowing a partial tail, Then SLUICE_PROTOCOL_TRUNCATED', () => {
    const input = Buffer.concat([batch(0n, ['x']), batch(1n, ['y']).subarray(0, 30)]);
    assertCode(() => splitRecords(input), 'SLUICE_PROTOCOL_TRUNCATED');
  });

  test('Given null or empty records, When split, Then there are no pieces', () => {
    assert.deepEqual(splitRecords(null), []);
    assert.deepEqual(splitRecords(Buffer.alloc(0)), []);
    assert.equal(joinRecords([]).length, 0);
  });

  test('Given a batch with magic 3, When split, Then SLUICE_RECORDS_UNSUPPORTED_MAGIC', () => {
    const input = batch(0n, ['x']);
    input.writeInt8(3, 16);
    assertCode(() => splitRecords(input), 'SLUICE_RECORDS_UNSUPPORTED_MAGIC');
  });

  test('Given one batch of three is modified, When joined, Then only that batch changes and the result decodes', () => {
    const a = batch(0n, ['a']);
    const b = batch(1n, ['secret'], COMPRESSION.gzip);
    const c = batch(2n, ['c']);
    const pieces = splitRecords(Buffer.concat([a, b, c]));
    const target = pieces[1] as RecordBatch;
    const changed = target.records().map((r) => ({ ...r, value: Buffer.from('redacted') }));
    pieces[1] = RecordBatch.decode(encodeRecordBatch(target.fields(), changed));
    const joined = joinRecords(pieces);
    assert.deepEqual(joined.subarray(0, a.length), a);
    assert.deepEqual(joined.subarray(joined.length - c.length), c);
    const again = splitRecords(joined);
    assert.equal((again[1] as RecordBatch).compression, 'gzip');
    assert.equal(String((again[1] as RecordBatch).records()[0].value), 'redacted');
    assert.equal((again[1] as RecordBatch).baseSequence, 1);
  });

  test('Given 3000 random mutations of a mixed records field, When split, Then pieces that join to the input or a ProtocolError', () => {
    let seed = 2024;
    const rand = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    const base = Buffer.concat([
      legacyMessage(0n, 1, 'old'),
      batch(1n, ['a', 'b'], COMPRESSION.snappy),
      batch(3n, ['c'], COMPRESSION.gzip),
      batch(4n, ['d']),
    ]);
    let split = 0;
    for (let i = 0; i < 3000; i++) {
      const bytes = Buffer.from(base);
      for (let f = 0; f < 1 + Math.floor(rand() * 3); f++)
        bytes[Math.floor(rand() * bytes.length)] = rand() * 256;
      const input = bytes.subarray(0, rand() < 0.3 ? Math.floor(rand() * bytes.length) : bytes.length);
      try {
        const pieces = splitRecords(input, { allowPartialTail: rand() < 0.5 });
        assert.deepEqual(joinRecords(pieces), input);
        split++;
      } catch (err) {
        if (!(err instanceof ProtocolError)) throw err;
      }
    }
    assert.ok(split > 0);
  });
});
