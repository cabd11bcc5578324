// The Avro field-encryption policy through the policy harness, with the real envelope format
// (AES-256-GCM, topic-bound) behind a one-key KMS stand-in: values stay valid for their writer
// schema, no plaintext is left in them, and an allowed principal reads the original bytes back.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import avro from 'avsc';
import { open, parseEnvelope, seal } from '../../gateway/kms/envelope.ts';
import policy, { HEADER_PREFIX } from '../../policies/field-encryption-avro.ts';
import { type HarnessResult, type MockKms, testPolicy } from '../../sdk/host/testing.ts';

const dataKey = randomBytes(32);
const kms: MockKms = {
  encrypt: (key, values, context) =>
    values.map((v) => seal(v, key, dataKey, Buffer.from(`wrapped-${key}`), context)),
  decrypt: (_key, values, context) => values.map((v) => open(parseEnvelope(v), dataKey, context)),
};

const schema = {
  type: 'record',
  name: 'Customer',
  fields: [
    { name: 'id', type: 'string' },
    { name: 'ssn', type: 'string' },
    { name: 'iban', type: ['null', 'string'], default: null },
    { name: 'photo', type: 'bytes' },
    { name: 'score', type: 'int' },
    { name: 'balance', type: ['null', 'double'], default: null },
    { name: 'tier', type: { type: 'enum', name: 'Tier', symbols: ['BRONZE', 'GOLD'] } },
    {
      name: 'address',
      type: {
        type: 'record',
        name: 'Address',
        fields: [
          { name: 'street', type: 'string' },
          { name: 'zip', type: 'int' },
        ],
      },
    },
    { name: 'cards', type: { type: 'array', items: 'string' } },
    { name: 'pins', type: { type: 'array', items: ['null', 'int'] } },
  ],
};
const type = avro.Type.forSchema(schema as avro.Schema);
const customer = {
  id: 'c-42',
  ssn: '123-45-6789',
  iban: 'DE44500105175407324931',
  photo: Buffer.from('secret-photo-bytes'),
  score: 977,
  balance: 1234.5,
  tier: 'GOLD',
  address: { street: 'Secret Street 1', zip: 10115 },
  cards: ['4111111111111111', '4222222222222'],
  pins: [null, 7777, null, 8888],
};

/** Confluent wire format: magic 0, schema id 7, the Avro body. */
function framed(value: unknown): Uint8Array {
  const body = type.toBuffer(value);
  const out = new Uint8Array(5 + body.length);
  new DataView(out.buffer).setUint32(1, 7);
  out.set(body, 5);
  return out;
}
const bodyOf = (v: Uint8Array) => type.fromBuffer(Buffer.from(v.subarray(5)));

const config = {
  schema,
  keySecretId: 'aws-kms://alias/customers-{{record.value.id}}',
  recordValue: {
    fields: [
      'ssn',
      'iban',
      'photo',
      'score',
      'balance',
      'tier',
      'address.street',
      'address.zip',
      'cards[*]',
      'pins[*]',
    ].map((fieldName) => ({ fieldName })),
  },
  decrypt: { principals: ['User:billing'] },
};

const out = (r: HarnessResult) => (r.verdict?.kind === 'modify' ? (r.verdict.records ?? []) : []);
const bytes = (v: Uint8Array | string | null | undefined) =>
  v === null || v === undefined ? null : typeof v === 'string' ? Buffer.from(v) : Buffer.from(v);
const headersOf = (r: { headers: readonly { key: string; value: Uint8Array | string | null }[] }) =>
  Object.fromEntries(r.headers.map((h) => [h.key, bytes(h.value)?.toString('utf8') ?? '']));

describe('field-encryption-avro policy', () => {
  test('Given Confluent-framed Avro values, when produced, then they still decode with the writer schema, strings and bytes carry envelopes in place, other types are zeroed with their envelope in a header, and no plaintext is left', async () => {
    const r = await testPolicy(policy, { config, kms }).produce({
      topic: 'customers',
      records: [{ value: framed(customer) }],
    });
    const [rec] = out(r);
    const value = bytes(rec.value)!;
    assert.equal(value[0], 0, 'the framing is kept');
    assert.equal(value.readUInt32BE(1), 7);
    const doc = bodyOf(value);
    for (const s of [doc.ssn, doc.iban, doc.address.street, ...doc.cards])
      assert.match(s, /^SLE2\.t\.alias\/customers-c-42\./);
    assert.match(doc.photo.toString('utf8'), /^SLE2\./);
    assert.deepEqual(
      [doc.id, doc.score, doc.balance, doc.tier, doc.address.zip, doc.pins],
      ['c-42', 0, null, 'BRONZE', 0, [null, null, null, null]],
    );
    const h = headersOf(rec);
    for (const f of ['score', 'balance', 'tier', 'address.zip', 'pins[*]'])
      assert.match(h[`${HEADER_PREFIX}${f}`], /^SLE2\./);
    const everything = Buffer.concat([value, ...Object.values(h).map((x) => Buffer.from(x))]).toString(
      'latin1',
    );
    for (const secret of ['123-45-6789', 'DE4450010', 'Secret Street', '4111111111', 'secret-photo']) {
      assert.ok(!everything.includes(secret), `${secret} is not in the record`);
    }
  });

  test('Given encrypted values, when the allowed principal fetches, then each value is byte-identical to what was produced and the headers are gone; another principal reads them as stored, or masked', async () => {
    const t = testPolicy(policy, { config, kms, context: { principal: 'User:billing' } });
    const original = framed(customer);
    const [rec] = out(
      await t.produce({ topic: 'customers', records: [{ value: original }, { value: null }] }),
    );
    const stored = { value: bytes(rec.value)!, headers: { ...headersOf(rec), trace: 'abc' } };
    const [back, tombstone] = out(await t.fetch({ topic: 'customers', records: [stored, { value: null }] }));
    assert.deepEqual(bytes(back.value), Buffer.from(original));
    assert.deepEqual(headersOf(back), { trace: 'abc' });
    assert.equal(tombstone.value, null);

    const other = testPolicy(policy, { config, kms, context: { principal: 'User:mallory' } });
    assert.deepEqual((await other.fetch({ topic: 'customers', records: [stored] })).verdict, {
      kind: 'accept',
    });
    const masking = testPolicy(policy, {
      config: { ...config, decrypt: { principals: [], otherwise: 'mask', mask: 'XXX' } },
      kms,
      context: { principal: 'User:mallory' },
    });
    const [masked] = out(await masking.fetch({ topic: 'customers', records: [stored] }));
    const doc = bodyOf(bytes(masked.value)!);
    assert.deepEqual([doc.ssn, doc.cards, doc.photo.toString()], ['XXX', ['XXX', 'XXX'], 'XXX']);
  });

  test('Given a value the schema does not decode, when produced, then its partition is refused naming the record; a config naming a field the schema lacks is refused at load', async () => {
    const r = await testPolicy(policy, { config, kms }).produce({
      topic: 'customers',
      records: [{ value: framed(customer) }, { value: new Uint8Array([0, 0, 0, 0, 7, 0xff]) }],
    });
    assert.equal(r.verdict?.kind, 'reject');
    assert.match(r.verdict?.kind === 'reject' ? r.verdict.message : '', /record 1: value does not decode/);
    assert.throws(
      () =>
        testPolicy(policy, { config: { ...config, recordValue: { fields: [{ fieldName: 'nope' }] } }, kms }),
      /recordValue\.fields\[0\]: path nope names no field of the schema/,
    );
  });
});
