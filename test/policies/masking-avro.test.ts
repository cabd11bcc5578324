import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import avro from 'avsc';
import policy from '../../policies/masking-avro.ts';
import { type HarnessResult, testPolicy } from '../../sdk/host/testing.ts';

const SALT = 'avro-deployment-salt-42';
const schema = {
  type: 'record',
  name: 'Customer',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'email', type: 'string' },
    { name: 'ssn', type: ['null', 'string'], default: null },
    {
      name: 'cards',
      type: {
        type: 'array',
        items: { type: 'record', name: 'Card', fields: [{ name: 'number', type: 'string' }] },
      },
    },
    { name: 'tags', type: { type: 'map', values: 'string' } },
  ],
};
const type = avro.Type.forSchema(schema as avro.Schema);
const customer = {
  id: 7,
  email: 'ann@example.com',
  ssn: '123-45-6789',
  cards: [{ number: '4111111111111111' }, { number: '5500000000000004' }],
  tags: { tier: 'gold', region: 'eu' },
};

/** Confluent wire format: magic 0, schema id, Avro binary. */
function framed(id: number, value: unknown, t = type): Uint8Array {
  const body = t.toBuffer(value);
  const out = new Uint8Array(5 + body.length);
  new DataView(out.buffer).setUint32(1, id);
  out.set(body, 5);
  return out;
}
function unframed(v: Uint8Array | string | null, id = 12): unknown {
  assert.ok(v instanceof Uint8Array, 'bytes come back');
  assert.deepEqual([...v.subarray(0, 5)], [0, 0, 0, 0, id], 'the framing is kept');
  // Plain objects (avsc decodes records into classes named after them).
  return JSON.parse(JSON.stringify(type.fromBuffer(Buffer.from(v.subarray(5)))));
}
const outValues = (r: HarnessResult) =>
  r.verdict?.kind === 'modify'
    ? (r.verdict.records ?? []).map((x) => x.value)
    : assert.fail(JSON.stringify(r));

const rules = [
  { path: 'cards[*].number', rule: 'keepLast', n: 4 },
  { path: 'ssn', rule: 'mask' },
  { path: 'email', rule: 'hash' },
  { path: 'tags.region', rule: 'replace', value: 'xx' },
  { path: 'id', rule: 'replace', value: 0 },
];

describe('masking-avro policy', () => {
  test('Given Confluent-framed Avro values, When fetched, Then fields are masked by name, the value stays valid for the writer schema and keeps its framing', async () => {
    const r = await testPolicy(policy, { config: { schema, salt: SALT, rules } }).fetch({
      records: [
        { value: framed(12, customer) },
        { value: framed(12, { ...customer, ssn: null, cards: [] }) },
      ],
    });
    const [a, b] = outValues(r);
    assert.deepEqual(unframed(a), {
      id: 0,
      email: createHmac('sha256', SALT).update('ann@example.com').digest('hex'),
      ssn: '****',
      cards: [{ number: '************1111' }, { number: '************0004' }],
      tags: { tier: 'gold', region: 'xx' },
    });
    assert.deepEqual(unframed(b), {
      id: 0,
      email: createHmac('sha256', SALT).update('ann@example.com').digest('hex'),
      ssn: null,
      cards: [],
      tags: { tier: 'gold', region: 'xx' },
    });
    assert.equal(r.metrics.fields_masked, 6 + 3);
  });

  test('Given unframed Avro (framing none), When fetched, Then the bare binary is masked', async () => {
    const r = await testPolicy(policy, {
      config: { schema, framing: 'none', rules: [{ path: 'ssn', rule: 'keepLast', n: 4 }] },
    }).fetch({ records: [{ value: new Uint8Array(type.toBuffer(customer)) }] });
    const [v] = outValues(r);
    assert.equal((type.fromBuffer(Buffer.from(v as Uint8Array)) as typeof customer).ssn, '*******6789');
  });

  test('Given a tombstone, a value that is not framed, one with another schema id and one written with another schema, When fetched, Then the tombstone passes and each other one refuses the partition (or passes with undecodable: pass)', async () => {
    const other = avro.Type.forSchema({
      type: 'record',
      name: 'Customer',
      fields: [...schema.fields, { name: 'extra', type: 'string' }],
    } as avro.Schema);
    const config = { schema, rules: [{ path: 'ssn', rule: 'mask' }], schemaIds: [12] };
    const t = testPolicy(policy, { config });
    const tomb = await t.fetch({ records: [{ value: null }, { value: framed(12, customer) }] });
    assert.equal(outValues(tomb)[0], null);
    for (const [value, why] of [
      [new TextEncoder().encode('{"ssn":"1"}'), /record 0 is not Confluent-framed/],
      [framed(13, customer), /record 0 has schema id 13, not one of the configured schemaIds/],
      [
        framed(12, { ...customer, extra: 'x'.repeat(40) }, other),
        /record 0 does not decode with the configured schema/,
      ],
    ] as const) {
      const r = await t.fetch({ records: [{ value }] });
      assert.equal(r.verdict?.kind, 'reject', JSON.stringify(r));
      assert.match(r.verdict?.kind === 'reject' ? r.verdict.message : '', why);
    }
    const passing = testPolicy(policy, { config: { ...config, undecodable: 'pass' } });
    const p = await passing.fetch({
      records: [{ value: framed(13, customer) }, { value: framed(12, customer) }],
    });
    const [kept, masked] = outValues(p);
    assert.deepEqual(kept, framed(13, customer));
    assert.equal((unframed(masked) as typeof customer).ssn, '****');
  });

  test('Given admin on the allow-list, When admin fetches, Then the batch is accepted unchanged', async () => {
    const r = await testPolicy(policy, {
      config: { schema, rules, salt: SALT, allow: ['admin'] },
      context: { principal: 'admin' },
    }).fetch({ records: [{ value: framed(12, customer) }] });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });

  test('Given rules the schema cannot hold, When the policy loads, Then the error names the rule, the path and the type', () => {
    assert.throws(
      () =>
        testPolicy(policy, {
          config: {
            schema,
            rules: [
              { path: 'id', rule: 'mask' },
              { path: 'cards[*].cvv', rule: 'mask' },
              { path: 'ssn', rule: 'replace', value: 5 },
            ],
          },
        }),
      (e: Error) => {
        assert.match(
          e.message,
          /rules\[0\]: rule mask gives "\*\*\*\*", which the Avro type "long" at id cannot hold/,
        );
        assert.match(e.message, /rules\[1\]: path cards\[\*\]\.cvv names no field of the schema/);
        assert.match(
          e.message,
          /rules\[2\]: rule replace gives 5, which the Avro type \["null","string"\] at ssn cannot hold/,
        );
        return true;
      },
    );
    assert.throws(() => testPolicy(policy, { config: { schema: { type: 'recrd' }, rules: [] } }), /schema: /);
  });
});
