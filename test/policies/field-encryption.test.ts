import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { open, parseEnvelope, seal } from '../../gateway/kms/envelope.ts';
import policy from '../../policies/field-encryption.ts';
import { type HarnessResult, type MockKms, testPolicy } from '../../sdk/host/testing.ts';

// A narrow stand-in for KMS: one data key, but the real envelope format (the integration test
// runs the real provider against moto).
const dataKey = randomBytes(32);
const calls: { op: string; key: string; n: number }[] = [];
const kms: MockKms = {
  encrypt: (key, values, context) => {
    calls.push({ op: 'encrypt', key, n: values.length });
    return values.map((v) => seal(v, key, dataKey, Buffer.from(`wrapped-${key}`), context));
  },
  decrypt: (key, values, context) => {
    calls.push({ op: 'decrypt', key, n: values.length });
    return values.map((v) => open(parseEnvelope(v), dataKey, context));
  },
};
const down: MockKms = {
  encrypt: () => Promise.reject(new Error('connect ECONNREFUSED')),
  decrypt: () => Promise.reject(new Error('connect ECONNREFUSED')),
};

const text = (b: Uint8Array | string | null | undefined) =>
  b === null || b === undefined ? null : typeof b === 'string' ? b : new TextDecoder().decode(b);
const records = (r: HarnessResult) => (r.verdict?.kind === 'modify' ? (r.verdict.records ?? []) : []);
const values = (r: HarnessResult) => records(r).map((x) => text(x.value));

const customer = {
  customerId: 'c-42',
  name: 'Ann',
  ssn: '123-45-6789',
  banks: [{ accountNo: 'DE001', bic: 'B1' }, { accountNo: 'DE002' }],
  items: [{ card: '4111111111111111', qty: 1 }, { card: 4222, qty: 2 }, { card: null }],
  age: 41,
};
const config = {
  recordValue: {
    fields: [
      { fieldName: 'ssn', keySecretId: 'aws-kms://alias/pii', algorithm: 'AES256_GCM' },
      { fieldName: 'banks[0].accountNo', keySecretId: 'aws-kms://alias/pii' },
      { fieldName: 'items[*].card', keySecretId: 'aws-kms://alias/cust-{{record.value.customerId}}' },
      { fieldName: 'age', keySecretId: 'aws-kms://alias/{{record.topic}}' },
    ],
  },
  decrypt: { principals: ['User:reader', 'User:svc-*'] },
};

describe('field-encryption policy', () => {
  test('Given dotted paths with an index and [*], when produced, then exactly those fields are envelopes, null fields and the rest untouched, one KMS call per key', async () => {
    calls.length = 0;
    const r = await testPolicy(policy, { config, kms }).produce({
      topic: 'people',
      records: [{ value: customer }],
    });
    const [v] = values(r);
    const doc = JSON.parse(v ?? 'null');
    for (const c of [doc.ssn, doc.banks[0].accountNo, doc.items[0].card, doc.items[1].card, doc.age]) {
      assert.match(c, /^SLE2\./);
    }
    assert.equal(doc.banks[0].accountNo.split('.')[2], 'alias/pii');
    assert.equal(doc.items[0].card.split('.')[2], 'alias/cust-c-42');
    assert.equal(doc.age.split('.').slice(1, 3).join(' '), 'n alias/people');
    assert.equal(doc.banks[1].accountNo, 'DE002');
    assert.equal(doc.items[2].card, null);
    assert.equal(doc.name, 'Ann');
    assert.ok(!v?.includes('123-45-6789') && !v?.includes('4111111111111111') && !v?.includes('DE001'));
    assert.deepEqual(calls.map((c) => `${c.key}:${c.n}`).sort(), [
      'alias/cust-c-42:2',
      'alias/people:1',
      'alias/pii:2',
    ]);
  });

  test('Given encrypted records, when an allowed principal fetches, then the values are the originals, types included', async () => {
    const t = testPolicy(policy, { config, kms, context: { principal: 'User:svc-billing' } });
    const produced = await t.produce({ topic: 'people', records: [{ value: customer }, { value: null }] });
    const fetched = await t.fetch({
      topic: 'people',
      records: records(produced).map((x) => ({ value: text(x.value) })),
    });
    assert.equal(values(fetched)[0], JSON.stringify(customer));
    assert.equal(values(fetched)[1], null, 'tombstone untouched');
  });

  test('Given encrypted records, when another principal fetches, then it reads ciphertext, or the mask when configured', async () => {
    const t = testPolicy(policy, { config, kms, context: { principal: 'User:mallory' } });
    const produced = await t.produce({ topic: 'people', records: [{ value: customer }] });
    const stored = records(produced).map((x) => ({ value: text(x.value) }));
    assert.deepEqual((await t.fetch({ topic: 'people', records: stored })).verdict, { kind: 'accept' });
    const masked = testPolicy(policy, {
      config: { ...config, decrypt: { principals: [], otherwise: 'mask', mask: 'XXX' } },
      kms,
      context: { principal: 'User:mallory' },
    });
    const doc = JSON.parse(values(await masked.fetch({ topic: 'people', records: stored }))[0] ?? 'null');
    assert.equal(doc.ssn, 'XXX');
    assert.equal(doc.items[1].card, 'XXX');
    assert.equal(doc.name, 'Ann');
  });

  test('Given a stored value written with its own spacing, when an allowed principal fetches, then only the encrypted fields change and every other byte reads as stored', async () => {
    const t = testPolicy(policy, { config, kms, context: { principal: 'User:reader' } });
    const produced = await t.produce({
      topic: 'people',
      records: [{ value: { ssn: '123-45-6789', age: 41 } }],
    });
    const doc = JSON.parse(values(produced)[0] ?? 'null');
    // The same envelopes in a text no JSON.stringify writes: spaces, 1.50, keys in another order.
    const stored = `{ "age" : ${JSON.stringify(doc.age)},\n  "n": 1.50, "ssn":${JSON.stringify(doc.ssn)} }`;
    const fetched = await t.fetch({ topic: 'people', records: [{ value: stored }] });
    assert.equal(values(fetched)[0], '{ "age" : 41,\n  "n": 1.50, "ssn":"123-45-6789" }');
  });

  test('Given a value written with its own spacing, when produced and fetched by an allowed principal, then Kafka holds it changed only at the encrypted field and the reader gets it back byte-identical', async () => {
    const t = testPolicy(policy, { config, kms, context: { principal: 'User:reader' } });
    const raw = '{ "ssn" : "123-45-6789",  "n": 1.50, "nested": {"ssn": "123-45-6789x"} }';
    const produced = await t.produce({ topic: 'people', records: [{ value: raw }] });
    const [stored] = values(produced);
    assert.match(
      stored ?? '',
      /^\{ "ssn" : "SLE2\.s\.alias\/pii\.[^"]+", {2}"n": 1\.50, "nested": \{"ssn": "123-45-6789x"\} \}$/,
    );
    const fetched = await t.fetch({ topic: 'people', records: [{ value: stored }] });
    assert.equal(values(fetched)[0], raw);
  });

  test('Given two rules that lead to the same field, when produced and fetched by an allowed principal, then the stored value is valid JSON with one envelope there and reads back as the original', async () => {
    const cfg = {
      keySecretId: 'aws-kms://alias/pii',
      recordValue: {
        fields: [
          { fieldName: 'ssn' },
          { fieldName: 'ssn' },
          { fieldName: 'items[*].card' },
          { fieldName: 'items[0].card' },
        ],
      },
      decrypt: { principals: ['User:reader'] },
    };
    const t = testPolicy(policy, { config: cfg, kms, context: { principal: 'User:reader' } });
    const original = { ssn: '123-45-6789', items: [{ card: '4111' }, { card: '4222' }] };
    const produced = await t.produce({ topic: 'people', records: [{ value: original }] });
    const stored = JSON.parse(values(produced)[0] ?? 'null');
    assert.match(stored.ssn, /^SLE2\./);
    assert.match(stored.items[0].card, /^SLE2\./);
    const fetched = await t.fetch({ topic: 'people', records: [{ value: values(produced)[0] }] });
    assert.deepEqual(JSON.parse(values(fetched)[0] ?? 'null'), original);
  });

  test('Given an envelope also copied into a field the config does not name, or a value with escapes, when fetched, then only the named fields are decrypted', async () => {
    const t = testPolicy(policy, { config, kms, context: { principal: 'User:reader' } });
    const produced = await t.produce({
      topic: 'people',
      records: [{ value: { ssn: '123-45-6789' } }, { value: { ssn: '987-65-4321', name: 'Ann "A" \u00e9' } }],
    });
    const [copied, escaped] = values(produced).map((v) => JSON.parse(v ?? 'null'));
    const fetched = await t.fetch({
      topic: 'people',
      records: [
        { value: JSON.stringify({ note: copied.ssn, ssn: copied.ssn }) },
        { value: JSON.stringify(escaped) },
      ],
    });
    assert.deepEqual(JSON.parse(values(fetched)[0] ?? 'null'), { note: copied.ssn, ssn: '123-45-6789' });
    assert.deepEqual(JSON.parse(values(fetched)[1] ?? 'null'), {
      ssn: '987-65-4321',
      name: 'Ann "A" \u00e9',
    });
  });

  test('Given payload and a header rule, when produced and fetched by an allowed principal, then value and header come back byte-identical', async () => {
    const cfg = {
      keySecretId: 'aws-kms://alias/whole',
      recordValue: { payload: {} },
      recordHeader: { fields: [{ fieldName: 'x-card' }] },
      decrypt: { principals: ['User:reader'] },
    };
    const t = testPolicy(policy, { config: cfg, kms, context: { principal: 'User:reader' } });
    const raw = '{ "not":  "compact" ,"n":1.50 }';
    const produced = await t.produce({
      records: [{ value: raw, headers: { 'x-card': 'card 4111', other: 'keep' } }],
    });
    const [out] = records(produced);
    assert.match(text(out.value) ?? '', /^SLE2\.o\.alias\/whole\./);
    const hs = out.headers.map((h) => [h.key, text(h.value)]);
    assert.match(String(hs[0][1]), /^SLE2\.t\./);
    assert.deepEqual(hs[1], ['other', 'keep']);
    const fetched = await t.fetch({
      records: [{ value: text(out.value), headers: Object.fromEntries(hs) as Record<string, string> }],
    });
    const [back] = records(fetched);
    assert.equal(text(back.value), raw);
    assert.deepEqual(
      back.headers.map((h) => [h.key, text(h.value)]),
      [
        ['x-card', 'card 4111'],
        ['other', 'keep'],
      ],
    );
  });

  test('Given a recordKey rule, when produced and fetched, then the key is an envelope in Kafka, comes back as the original to an allowed principal, stays ciphertext for others, and null keys are untouched', async () => {
    const cfg = {
      recordKey: { keySecretId: 'aws-kms://alias/keys-{{record.topic}}' },
      decrypt: { principals: ['User:reader'] },
    };
    const t = testPolicy(policy, { config: cfg, kms, context: { principal: 'User:reader' } });
    const produced = await t.produce({
      topic: 'accounts',
      records: [
        { key: 'customer-42', value: 'v1' },
        { key: null, value: 'v2' },
      ],
    });
    const [first, second] = records(produced);
    assert.match(text(first.key) ?? '', /^SLE2\.t\.alias\/keys-accounts\./);
    assert.equal(text(first.value), 'v1', 'the value is not touched');
    assert.equal(text(second.key), null);
    const stored = records(produced).map((x) => ({ key: text(x.key), value: text(x.value) }));
    const fetched = await t.fetch({ topic: 'accounts', records: stored });
    assert.deepEqual(
      records(fetched).map((x) => text(x.key)),
      ['customer-42', null],
    );
    const other = testPolicy(policy, { config: cfg, kms, context: { principal: 'User:mallory' } });
    assert.deepEqual((await other.fetch({ topic: 'accounts', records: stored })).verdict, { kind: 'accept' });
  });

  test('Given recordKey with {{record.key}} in its own key id, when loaded, then it is refused', () => {
    assert.throws(
      () =>
        testPolicy(policy, { config: { recordKey: { keySecretId: 'aws-kms://alias/{{record.key}}' } }, kms }),
      /cannot name the key that encrypts the record key/,
    );
  });

  test('Given values encrypted on topic people, when copied to another topic and fetched there by an allowed principal, then they do not decrypt; with bindToTopic off they do', async () => {
    const reader = { principal: 'User:reader' };
    const t = testPolicy(policy, { config, kms, context: reader });
    const produced = await t.produce({ topic: 'people', records: [{ value: customer }] });
    const stored = records(produced).map((x) => ({ value: text(x.value) }));
    const elsewhere = await t.fetch({ topic: 'people-copy', records: stored });
    assert.equal(elsewhere.verdict, undefined, 'no verdict: the decryption failed');
    assert.match(JSON.stringify(elsewhere), /sealed for another topic|failed/);
    const loose = testPolicy(policy, { config: { ...config, bindToTopic: false }, kms, context: reader });
    const unbound = records(await loose.produce({ topic: 'people', records: [{ value: customer }] })).map(
      (x) => ({ value: text(x.value) }),
    );
    assert.equal(
      values(await loose.fetch({ topic: 'people-copy', records: unbound }))[0],
      JSON.stringify(customer),
    );
  });

  test('Given KMS unreachable, when produced, then the batch is refused with the retriable REQUEST_TIMED_OUT even with onError open', async () => {
    const r = await testPolicy(policy, { config, kms: down }).produce({
      topic: 'people',
      records: [{ value: customer }],
    });
    assert.equal(r.verdict?.kind, 'reject');
    if (r.verdict?.kind !== 'reject') return;
    assert.equal(r.verdict.errorCode, 7);
    assert.match(r.verdict.message, /field encryption unavailable/);
  });

  test('Given a value that is not JSON or a key template without its field, when produced, then the record is refused with its index', async () => {
    const r = await testPolicy(policy, { config, kms }).produce({
      topic: 'people',
      records: [
        { value: { ssn: '1', customerId: 'c' } },
        { value: 'plain text' },
        { value: { items: [{ card: 'x' }] } },
      ],
    });
    assert.equal(r.verdict?.kind, 'reject');
    if (r.verdict?.kind !== 'reject') return;
    assert.deepEqual(
      r.verdict.recordErrors?.map((e) => e.index),
      [1, 2],
    );
    assert.match(r.verdict.recordErrors?.[0].message ?? '', /not JSON/);
    assert.match(r.verdict.recordErrors?.[1].message ?? '', /value\.customerId/);
  });

  test('Given a config with a non-AWS key or a bad path, when loaded, then it is refused naming the rule', async () => {
    assert.throws(
      () =>
        testPolicy(policy, {
          config: { recordValue: { fields: [{ fieldName: 'a', keySecretId: 'vault-kms://x' }] } },
          kms,
        }),
      /recordValue\.fields\[0\].*only aws-kms/,
    );
    assert.throws(
      () =>
        testPolicy(policy, {
          config: { keySecretId: 'k', recordValue: { fields: [{ fieldName: 'a[x]' }] } },
          kms,
        }),
      /bad field path/,
    );
    assert.throws(
      () => testPolicy(policy, { config: { recordValue: { fields: [{ fieldName: 'a' }] } }, kms }),
      /keySecretId is required/,
    );
  });
});
