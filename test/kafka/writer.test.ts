import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ProtocolError } from '../../kafka/errors.ts';
import { Writer } from '../../kafka/writer.ts';

describe('Writer', () => {
  test('Given many appends past the initial capacity, when done, then the buffer holds every byte in order', () => {
    const w = new Writer(16);
    for (let i = 0; i < 10_000; i++) w.appendInt32(i);
    assert.equal(w.length, 40_000);
    const buf = w.buffer;
    for (let i = 0; i < 10_000; i++) assert.equal(buf.readInt32BE(i * 4), i);
  });

  test('Given a reserved int32, when patched after the body is written, then it holds the body size', () => {
    const w = new Writer();
    const sizeAt = w.reserveInt32();
    w.appendString('abc').appendBytes(Buffer.alloc(3000, 1));
    w.setInt32At(sizeAt, w.length - 4);
    assert.equal(w.buffer.readInt32BE(0), 3005);
    w.setUInt32At(sizeAt, 0xffffffff);
    assert.equal(w.buffer.readUInt32BE(0), 0xffffffff);
  });

  test('Given a patch outside the written bytes, when applied, then it is refused', () => {
    const w = new Writer().appendInt16(1);
    assert.throws(() => w.setInt32At(0, 1), ProtocolError);
  });

  test('Given unsigned varints, when written, then the bytes are LEB128', () => {
    assert.deepEqual(new Writer().appendUnsignedVarInt(300).buffer, Buffer.from([0xac, 0x02]));
    assert.deepEqual(
      new Writer().appendUnsignedVarInt(0xffffffff).buffer,
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]),
    );
    assert.deepEqual(new Writer().appendVarInt(-1).buffer, Buffer.from([0x01]));
    assert.deepEqual(new Writer().appendVarLong(-1n).buffer, Buffer.from([0x01]));
  });

  test('Given toBuffer, when the writer is reset and reused, then the copy keeps the old bytes', () => {
    const w = new Writer().appendInt8(5);
    const copy = w.toBuffer();
    w.reset().appendInt8(6);
    assert.deepEqual(copy, Buffer.from([5]));
    assert.deepEqual(w.buffer, Buffer.from([6]));
  });

  test('Given a malformed uuid or an over-long string, when appended, then a ProtocolError names the value', () => {
    assert.throws(() => new Writer().appendUuid('nope'), { code: 'SLUICE_PROTOCOL_INVALID_VALUE' });
    assert.throws(() => new Writer().appendString('x'.repeat(40_000)), {
      code: 'SLUICE_PROTOCOL_INVALID_VALUE',
    });
  });

  test('Given inspect, when called, then it shows the bytes in hex', () => {
    assert.equal(new Writer().appendInt16(258).inspect(), 'Writer(length=2) 0102');
  });

  test('Given values Buffer would silently write as 0 or truncate, when appended, then INVALID_VALUE names the type', () => {
    const w = new Writer();
    const bad: Array<[() => unknown, string]> = [
      [() => w.appendInt32(undefined as unknown as number), 'int32'],
      [() => w.appendInt16(1.5), 'int16'],
      [() => w.appendInt8(128), 'int8'],
      [() => w.appendUInt16(-1), 'uint16'],
      [() => w.appendInt32(2 ** 31), 'int32'],
      [() => w.appendInt64(1 as unknown as bigint), 'int64'],
      [() => w.appendInt64(2n ** 63n), 'int64'],
      [() => w.appendBoolean(1 as unknown as boolean), 'boolean'],
      [() => w.appendVarInt(Number.NaN), 'varint'],
      [() => w.appendVarLong(5 as unknown as bigint), 'varlong'],
      [() => w.appendString(null as unknown as string), 'string'],
      [() => w.appendCompactBytes('ab' as unknown as Buffer), 'bytes'],
    ];
    for (const [append, field] of bad) {
      assert.throws(append, (error: unknown) => {
        assert.ok(error instanceof ProtocolError);
        assert.equal(error.code, 'SLUICE_PROTOCOL_INVALID_VALUE');
        assert.equal(error.details.field, field);
        return true;
      });
    }
    assert.equal(w.length, 0, 'nothing was written');
  });
});
