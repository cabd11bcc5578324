import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeWireBatch, toWireBatch } from '../../../sdk/host/batch.ts';
import { type CheckedRecord, checkVerdict } from '../../../sdk/host/validate.ts';
import { definePolicy, modify } from '../../../sdk/index.ts';
import { createRuntime } from '../../../sdk/runtime/runtime.ts';
import type { RecordOutput } from '../../../sdk/types.ts';

const wctx = {
  topic: 't',
  partition: 0,
  principal: 'User:a',
  clientId: 'c',
  listener: 'l',
  apiKey: 0,
  apiVersion: 11,
};
const utf8 = (b: Uint8Array | null) => (b === null ? null : Buffer.from(b).toString('utf8'));
const input = [
  { key: null, value: Buffer.from('{"a":1}'), headers: [], timestamp: 1000, offsetDelta: 0 },
  { key: Buffer.from('k'), value: null, headers: [], timestamp: 1001, offsetDelta: 1 },
];

/** What a policy returning `out` for `input` looks like once the host has checked it. */
async function roundTrip(out: (records: readonly unknown[]) => unknown[]): Promise<CheckedRecord[]> {
  const policy = definePolicy({
    name: 'p',
    onProduce: (b) => modify({ records: out(b.records) as RecordOutput[] }),
  });
  const runtime = createRuntime(policy, async () => ({ ok: false, error: 'none' }));
  runtime.init({});
  const { batch, text } = decodeWireBatch(toWireBatch(input, 'text'));
  const payload = {
    topic: 't',
    partition: 0,
    records: batch,
    producerId: -1,
    transactional: false,
    acks: -1,
  };
  const result = await runtime.run('onProduce', wctx, payload, text);
  const checked = checkVerdict('onProduce', result.verdict, input.length);
  assert.ok(checked.ok, checked.ok ? '' : checked.problem);
  assert.ok(checked.verdict.kind === 'modify' && checked.verdict.records);
  return checked.verdict.records;
}

/** A packed modify verdict over one record, with one field replaced. */
function packed(change: Record<string, unknown>) {
  const text = 'kv';
  return {
    kind: 'modify',
    records: {
      n: 1,
      text,
      bytes: new Uint8Array([1, 2, 3]),
      layout: Int32Array.from([1, 0, 1, 2, 0, 3]),
      src: Int32Array.from([0]),
      ts: Float64Array.from([5]),
      h: null,
      ...change,
    },
  };
}

describe('modify verdicts leave the sandbox packed', () => {
  test('Given records changed to ASCII, non-ASCII, binary and null values with headers, When checked on the host, Then each arrives byte-exact', async () => {
    const lone = '\ud800';
    const records = await roundTrip((rs) => [
      (rs[0] as { with: (c: object) => unknown }).with({
        value: '{"a":"é😀"}',
        headers: [{ key: 'h', value: 'x' }],
      }),
      (rs[1] as { with: (c: object) => unknown }).with({ key: new Uint8Array([0, 255]), value: `a${lone}` }),
      { sourceIndex: -1, key: 'new', value: null, headers: [], timestamp: 7 },
      rs[0],
    ]);
    assert.deepEqual(
      records.map((r) => [r.sourceIndex, r.key && [...r.key], utf8(r.value), r.timestamp]),
      [
        [0, null, '{"a":"é😀"}', 1000],
        [1, [0, 255], 'a\ufffd', 1001],
        [-1, [...Buffer.from('new')], null, 7],
        [0, null, '{"a":1}', 1000],
      ],
    );
    assert.deepEqual(
      records[0].headers.map((h) => [h.key, utf8(h.value)]),
      [['h', 'x']],
    );
    assert.deepEqual(records[1].headers, []);
  });

  test('Given records changed to ASCII text only, When checked, Then keys and values are exact', async () => {
    const records = await roundTrip((rs) =>
      rs.map((r, i) => (r as { with: (c: object) => unknown }).with({ key: `k${i}`, value: `{"i":${i}}` })),
    );
    assert.deepEqual(
      records.map((r) => [utf8(r.key), utf8(r.value)]),
      [
        ['k0', '{"i":0}'],
        ['k1', '{"i":1}'],
      ],
    );
  });

  test('Given a record the runtime cannot pack, When checked, Then the host refuses it naming the field', async () => {
    const policy = definePolicy({
      name: 'p',
      onProduce: () =>
        modify({ records: [{ sourceIndex: 0, key: 5, value: null, headers: [], timestamp: 1 }] as never }),
    });
    const runtime = createRuntime(policy, async () => ({ ok: false, error: 'none' }));
    runtime.init({});
    const { batch, text } = decodeWireBatch(toWireBatch(input, 'text'));
    const result = await runtime.run('onProduce', wctx, { topic: 't', partition: 0, records: batch }, text);
    assert.deepEqual(checkVerdict('onProduce', result.verdict, 2), {
      ok: false,
      problem: 'records[0].key must be a string, a Uint8Array or null',
    });
  });

  test('Given the array form of bundles built before packing, When checked, Then it is still accepted', () => {
    const r = checkVerdict(
      'onProduce',
      { kind: 'modify', records: [{ src: 0, k: null, v: 'x', h: [['h', null]], ts: 3 }] },
      1,
    );
    assert.ok(r.ok && r.verdict.kind === 'modify');
    assert.deepEqual(
      r.verdict.records?.map((x) => [x.sourceIndex, utf8(x.value), x.headers]),
      [[0, 'x', [{ key: 'h', value: null }]]],
    );
  });

  test('Given a well-formed packed verdict, When checked, Then slots are read from text and bytes', () => {
    const r = checkVerdict('onProduce', packed({}), 1);
    assert.ok(r.ok && r.verdict.kind === 'modify');
    assert.deepEqual(
      r.verdict.records?.map((x) => [utf8(x.key), x.value && [...x.value], x.timestamp]),
      [['k', [1, 2, 3], 5]],
    );
  });

  for (const [what, change, problem] of [
    [
      'an offset past the text',
      { layout: Int32Array.from([1, 0, 3, 0, 0, 0]) },
      'records[0].key is out of bounds',
    ],
    [
      'a start after its end',
      { layout: Int32Array.from([2, 2, 1, 0, 0, 0]) },
      'records[0].key is out of bounds',
    ],
    [
      'a negative start',
      { layout: Int32Array.from([0, 0, 0, 2, -1, 1]) },
      'records[0].value is out of bounds',
    ],
    ['an unknown kind', { layout: Int32Array.from([9, 0, 0, 0, 0, 0]) }, 'records[0].key is out of bounds'],
    [
      'a source index past the batch',
      { src: Int32Array.from([1]) },
      'records[0] has an invalid source index',
    ],
    [
      'a timestamp that is not a number',
      { ts: Float64Array.from([Number.NaN]) },
      'records[0].timestamp must be a number',
    ],
    [
      'a layout of the wrong length',
      { layout: new Int32Array(5) },
      'modify records must be an array of records',
    ],
    ['a count that does not match', { n: 2 }, 'modify records must be an array of records'],
    [
      'a plain array for the layout',
      { layout: [1, 0, 1, 2, 0, 3] },
      'modify records must be an array of records',
    ],
    ['headers that are not arrays', { h: [[{ key: 'x' }]] }, 'records[0].headers[0] needs a string key'],
  ] as const) {
    test(`Given a packed verdict with ${what}, When checked, Then it is refused`, () => {
      assert.deepEqual(checkVerdict('onProduce', packed(change), 1), { ok: false, problem });
    });
  }
});
