import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { writeTaggedFields } from '../../kafka/codec-support.ts';
import { ProtocolError } from '../../kafka/errors.ts';
import { Reader } from '../../kafka/reader.ts';
import { Writer } from '../../kafka/writer.ts';

function fails(fn: () => unknown, code: string): ProtocolError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof ProtocolError, `expected ProtocolError, got ${String(caught)}`);
  assert.equal(caught.code, code);
  assert.equal(typeof caught.details.offset, 'number');
  return caught;
}

describe('Reader', () => {
  test('Given fixed-width integers written by Writer, when read back, then every value matches', () => {
    const w = new Writer(8)
      .appendInt8(-128)
      .appendUInt8(255)
      .appendInt16(-32768)
      .appendUInt16(65535)
      .appendInt32(-2147483648)
      .appendUInt32(4294967295)
      .appendInt64(-9223372036854775808n)
      .appendFloat64(-1.5)
      .appendBoolean(true)
      .appendBoolean(false);
    const r = new Reader(w.buffer);
    assert.equal(r.readInt8(), -128);
    assert.equal(r.readUInt8(), 255);
    assert.equal(r.readInt16(), -32768);
    assert.equal(r.readUInt16(), 65535);
    assert.equal(r.readInt32(), -2147483648);
    assert.equal(r.readUInt32(), 4294967295);
    assert.equal(r.readInt64(), -9223372036854775808n);
    assert.equal(r.readFloat64(), -1.5);
    assert.equal(r.readBoolean(), true);
    assert.equal(r.readBoolean(), false);
    assert.equal(r.remaining, 0);
  });

  test('Given signed varints at the edges, when round-tripped, then values and byte lengths match Kafka', () => {
    const cases: Array<[number, number]> = [
      [0, 1],
      [-1, 1],
      [1, 1],
      [63, 1],
      [-64, 1],
      [64, 2],
      [-65, 2],
      [2147483647, 5],
      [-2147483648, 5],
    ];
    for (const [value, size] of cases) {
      const w = new Writer().appendVarInt(value);
      assert.equal(w.length, size, `size of ${value}`);
      const r = new Reader(w.buffer);
      assert.equal(r.readVarInt(), value);
      assert.equal(r.remaining, 0);
    }
  });

  test('Given zig-zag bytes from the Kafka spec, when read, then they decode to the documented values', () => {
    assert.equal(new Reader(Buffer.from([0x01])).readVarInt(), -1);
    assert.equal(new Reader(Buffer.from([0x02])).readVarInt(), 1);
    assert.equal(new Reader(Buffer.from([0x03])).readVarInt(), -2);
    assert.equal(new Reader(Buffer.from([0xac, 0x02])).readUnsignedVarInt(), 300);
    assert.equal(new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])).readUnsignedVarInt(), 4294967295);
  });

  test('Given signed varlongs at the edges, when round-tripped, then values and byte lengths match', () => {
    const cases: Array<[bigint, number]> = [
      [0n, 1],
      [-1n, 1],
      [1n, 1],
      [1700000000000n, 6],
      [-1700000000000n, 6],
      [2n ** 52n, 8],
      [9223372036854775807n, 10],
      [-9223372036854775808n, 10],
    ];
    for (const [value, size] of cases) {
      const w = new Writer().appendVarLong(value);
      assert.equal(w.length, size, `size of ${value}`);
      const r = new Reader(w.buffer);
      assert.equal(r.readVarLong(), value);
      assert.equal(r.remaining, 0);
    }
  });

  test('Given a varint longer than 5 bytes, when read, then it fails with INVALID_VARINT', () => {
    fails(
      () => new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01])).readVarInt(),
      'SLUICE_PROTOCOL_INVALID_VARINT',
    );
    fails(
      () => new Reader(Buffer.from([0x80, 0x80, 0x80, 0x80, 0x10])).readUnsignedVarInt(),
      'SLUICE_PROTOCOL_INVALID_VARINT',
    );
  });

  test('Given a varlong longer than 10 bytes, when read, then it fails with INVALID_VARINT', () => {
    const eleven = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    fails(() => new Reader(eleven).readVarLong(), 'SLUICE_PROTOCOL_INVALID_VARINT');
    const tooBig = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]);
    fails(() => new Reader(tooBig).readVarLong(), 'SLUICE_PROTOCOL_INVALID_VARINT');
  });

  test('Given a varint cut short, when read, then it fails with TRUNCATED at its start offset', () => {
    const error = fails(
      () => new Reader(Buffer.from([0x00, 0x80, 0x80]), 1).readVarInt(),
      'SLUICE_PROTOCOL_TRUNCATED',
    );
    assert.equal(error.details.offset, 1);
    fails(
      () => new Reader(Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80])).readVarLong(),
      'SLUICE_PROTOCOL_TRUNCATED',
    );
  });

  test('Given an end bound, when a read crosses it, then it fails even though the buffer has more bytes', () => {
    const buf = Buffer.from([0, 0, 0, 1, 0, 0, 0, 2]);
    const r = new Reader(buf, 0, 6);
    assert.equal(r.readInt32(), 1);
    const error = fails(() => r.readInt32(), 'SLUICE_PROTOCOL_TRUNCATED');
    assert.equal(error.details.offset, 4);
    assert.equal(error.details.remaining, 2);
    assert.equal(r.offset, 4, 'a failed read does not move the reader');
  });

  test('Given bounds outside the buffer, when a Reader is made, then it refuses', () => {
    fails(() => new Reader(Buffer.alloc(4), 0, 5), 'SLUICE_PROTOCOL_INVALID_LENGTH');
    fails(() => new Reader(Buffer.alloc(4), 3, 2), 'SLUICE_PROTOCOL_INVALID_LENGTH');
  });

  test('Given Kafka strings and bytes in all four encodings, when round-tripped, then values match', () => {
    const w = new Writer()
      .appendString('héllo')
      .appendNullableString(null)
      .appendCompactString('')
      .appendCompactNullableString(null)
      .appendCompactNullableString('ü')
      .appendSizedBytes(Buffer.from([1, 2]))
      .appendNullableSizedBytes(null)
      .appendCompactBytes(Buffer.from([3]))
      .appendCompactNullableBytes(null)
      .appendUuid('0123abcd-0000-4000-8000-00000000ffff');
    const r = new Reader(w.buffer);
    assert.equal(r.readString(), 'héllo');
    assert.equal(r.readNullableString(), null);
    assert.equal(r.readCompactString(), '');
    assert.equal(r.readCompactNullableString(), null);
    assert.equal(r.readCompactNullableString(), 'ü');
    assert.deepEqual(r.readSizedBytes(), Buffer.from([1, 2]));
    assert.equal(r.readNullableSizedBytes(), null);
    assert.deepEqual(r.readCompactBytes(), Buffer.from([3]));
    assert.equal(r.readCompactNullableBytes(), null);
    assert.equal(r.readUuid(), '0123abcd-0000-4000-8000-00000000ffff');
    r.expectEnd('test');
  });

  test('Given readBytes, when the view is taken, then it shares memory with the frame (no copy)', () => {
    const frame = Buffer.from([9, 8, 7, 6]);
    const view = new Reader(frame, 1).readBytes(2);
    frame[1] = 42;
    assert.equal(view[0], 42);
  });

  test('Given a null where the field is not nullable, when read, then it fails with INVALID_LENGTH', () => {
    fails(() => new Reader(Buffer.from([0xff, 0xff])).readString(), 'SLUICE_PROTOCOL_INVALID_LENGTH');
    fails(() => new Reader(Buffer.from([0x00])).readCompactString(), 'SLUICE_PROTOCOL_INVALID_LENGTH');
    fails(
      () => new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff])).readSizedBytes(),
      'SLUICE_PROTOCOL_INVALID_LENGTH',
    );
    fails(
      () => new Reader(Buffer.from([0xff, 0xff, 0xff, 0xfe])).readNullableSizedBytes(),
      'SLUICE_PROTOCOL_INVALID_LENGTH',
    );
    fails(
      () => new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff])).readArrayLength(),
      'SLUICE_PROTOCOL_INVALID_LENGTH',
    );
  });

  test('Given a huge length, when read, then it fails before allocating anything', () => {
    const error = fails(
      () => new Reader(Buffer.from([0x7f, 0xff, 0xff, 0xff, 0])).readSizedBytes(),
      'SLUICE_PROTOCOL_TRUNCATED',
    );
    assert.equal(error.details.needed, 0x7fffffff);
    fails(
      () => new Reader(Buffer.from([0x7f, 0xff, 0xff, 0xff, 0])).readArrayLength(),
      'SLUICE_PROTOCOL_INVALID_LENGTH',
    );
    fails(
      () => new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])).readCompactArrayLength(),
      'SLUICE_PROTOCOL_INVALID_LENGTH',
    );
    fails(() => new Reader(Buffer.from([0x7f, 0xff])).readString(), 'SLUICE_PROTOCOL_TRUNCATED');
  });

  test('Given array helpers, when round-tripped, then elements and null arrays match', () => {
    const w = new Writer()
      .appendArray([1, 2, 3], (wr, v) => wr.appendInt16(v))
      .appendArray(null, (wr, v: number) => wr.appendInt16(v), true)
      .appendArray([7], (wr, v) => wr.appendInt32(v), true);
    const r = new Reader(w.buffer);
    assert.deepEqual(
      r.readArray((rd) => rd.readInt16()),
      [1, 2, 3],
    );
    assert.equal(
      r.readNullableArray((rd) => rd.readInt16(), true),
      null,
    );
    assert.deepEqual(
      r.readArray((rd) => rd.readInt32(), true),
      [7],
    );
  });

  test('Given leftover bytes, when expectEnd is called, then it fails with TRAILING_BYTES', () => {
    const r = new Reader(Buffer.from([1, 2]));
    r.skip(1);
    fails(() => r.expectEnd('body'), 'SLUICE_PROTOCOL_TRAILING_BYTES');
  });

  test('Given a tagged-field section written by writeTaggedFields, when read raw, then tags and bytes come back in order', () => {
    const w = new Writer();
    writeTaggedFields(w, [{ tag: 0, data: Buffer.from([1]) }], [{ tag: 5, data: Buffer.from([2, 3]) }]);
    w.appendUnsignedVarInt(0);
    const r = new Reader(w.buffer);
    assert.deepStrictEqual(r.readTaggedFields(), [
      { tag: 0, data: Buffer.from([1]) },
      { tag: 5, data: Buffer.from([2, 3]) },
    ]);
    assert.equal(r.readTaggedFields(), undefined);
    fails(
      () => new Reader(Buffer.from([0x01, 0x00, 0x05, 0x00])).readTaggedFields(),
      'SLUICE_PROTOCOL_TRUNCATED',
    );
  });
});
