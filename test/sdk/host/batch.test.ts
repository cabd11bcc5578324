// Records decoded from a real record batch go to the sandbox without a copy on the gateway's
// side (the stretch of the batch they sit in), and still read back exactly: as text for a
// text policy (valid UTF-8 slots), as bytes otherwise, null stays null.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toBatchRecords } from '../../../gateway/policy/records.ts';
import { RecordBatch } from '../../../kafka/records/record-batch.ts';
import { splitRecords } from '../../../kafka/records/records-field.ts';
import { type BatchRecord, decodeWireBatch, toWireBatch } from '../../../sdk/host/batch.ts';
import { WIRE_BYTES, WIRE_TEXT } from '../../../sdk/runtime/wire.ts';
import { batchOf } from '../../kit/frames.ts';

const VALUES = ['{"id":1}', 'x'.repeat(300), 'é ünïcode ✓', '', '{"id":5,"note":"last"}'];

function decoded(
  codec: 'none' | 'lz4',
  values: readonly string[] = VALUES,
): { records: BatchRecord[]; source: Uint8Array } {
  const [piece] = splitRecords(batchOf([...values], codec));
  assert.ok(piece instanceof RecordBatch);
  const records = toBatchRecords(piece);
  const source = piece.recordBytes();
  assert.ok(source);
  return { records, source };
}

function slotText(text: string, layout: Int32Array, at: number): string {
  assert.equal(layout[at], WIRE_TEXT);
  return text.slice(layout[at + 1], layout[at + 2]);
}

for (const codec of ['none', 'lz4'] as const) {
  test(`a decoded ${codec} batch goes as the stretch it sits in, and reads back as text`, () => {
    const { records, source } = decoded(codec);
    const wire = toWireBatch(records, 'text', source);
    assert.equal(wire.bytes.buffer, records[0].value?.buffer, 'no copy of the keys and values');
    const { batch, text } = decodeWireBatch(wire);
    VALUES.forEach((v, i) => {
      assert.equal(slotText(text, batch.layout, i * 6), `k${i}`);
      assert.equal(slotText(text, batch.layout, i * 6 + 3), v);
    });
  });
}

test('an all-ASCII batch (JSON) is read as text where it lies: the same offsets, no packed copy, and the same text as the UTF-8 path', () => {
  const ascii = ['{"id":1}', 'y'.repeat(300), '', '{"id":4,"note":"last"}'];
  const { records, source } = decoded('none', ascii);
  const wire = toWireBatch(records, 'text', source);
  const { batch, text } = decodeWireBatch(wire);
  assert.equal(text.length, wire.bytes.length, 'the whole stretch, framing included, as one string');
  assert.deepEqual([...batch.layout.subarray(4, 6)], [...wire.layout.subarray(4, 6)], 'offsets unchanged');
  ascii.forEach((v, i) => {
    assert.equal(slotText(text, batch.layout, i * 6), `k${i}`);
    assert.equal(slotText(text, batch.layout, i * 6 + 3), v);
  });
  // One non-ASCII value sends the batch down the UTF-8 path: packed, decoded slot by slot.
  const mixed = decoded('none', [...ascii, 'naïve']);
  const slow = decodeWireBatch(toWireBatch(mixed.records, 'text', mixed.source));
  assert.ok(slow.text.length < mixed.source.length);
  assert.equal(slotText(slow.text, slow.batch.layout, 4 * 6 + 3), 'naïve');
});

test('bytes slots of a shared stretch slice to the exact key and value', () => {
  const { records, source } = decoded('none');
  const wire = toWireBatch(records, 'bytes', source);
  VALUES.forEach((v, i) => {
    const at = i * 6 + 3;
    assert.equal(wire.layout[at], WIRE_BYTES);
    assert.equal(Buffer.from(wire.bytes.subarray(wire.layout[at + 1], wire.layout[at + 2])).toString(), v);
  });
});

test('a batch with a record from elsewhere (a policy changed it) is copied, not sent as the source', () => {
  const { records, source } = decoded('none');
  const changed = [...records.slice(0, 2), { ...records[2], value: Buffer.from('changed') }];
  const wire = toWireBatch(changed, 'text', source);
  assert.notEqual(wire.bytes.buffer, source.buffer);
  const { batch, text } = decodeWireBatch(wire);
  assert.equal(slotText(text, batch.layout, 2 * 6 + 3), 'changed');
  assert.equal(slotText(text, batch.layout, 3), VALUES[0]);
});

test('records without a source are copied together; null and non-UTF-8 slots survive', () => {
  const records: BatchRecord[] = [
    { key: null, value: Buffer.from('plain'), headers: [], timestamp: 1, offsetDelta: 0 },
    {
      key: Buffer.from('k'),
      value: Uint8Array.of(0xff, 0xfe, 0x41),
      headers: [],
      timestamp: 2,
      offsetDelta: 1,
    },
  ];
  const wire = toWireBatch(records, 'text');
  assert.notEqual(wire.bytes.buffer, records[1].value?.buffer);
  const { batch, text } = decodeWireBatch(wire);
  assert.equal(batch.layout[0], 0, 'a null key stays null');
  assert.equal(slotText(text, batch.layout, 3), 'plain');
  assert.equal(slotText(text, batch.layout, 6), 'k');
  const at = 9;
  assert.equal(batch.layout[at], WIRE_BYTES, 'invalid UTF-8 stays bytes');
  assert.deepEqual([...batch.bytes.subarray(batch.layout[at + 1], batch.layout[at + 2])], [0xff, 0xfe, 0x41]);
});
