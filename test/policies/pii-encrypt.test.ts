import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import policy from '../../policies/pii-encrypt.ts';
import { testPolicy } from '../../sdk/host/testing.ts';

const config = { keyName: 'customers', fields: ['ssn', 'card.number'], decryptOnFetch: true };
const dec = (b: Uint8Array | null) => JSON.parse(new TextDecoder().decode(b ?? new Uint8Array()));

describe('pii-encrypt policy', () => {
  test('Given PII fields, When produced, Then they are replaced by ciphertext and other fields stay', async () => {
    const r = await testPolicy(policy, { config }).produce({
      records: [{ value: { ssn: '123', card: { number: '4111' }, name: 'ann' } }, { value: null }],
    });
    assert.equal(r.verdict?.kind, 'modify');
    const recs = r.verdict?.kind === 'modify' ? (r.verdict.records ?? []) : [];
    const doc = dec(recs[0].value);
    assert.notEqual(doc.ssn, '123');
    assert.match(doc.ssn, /^enc:customers:/);
    assert.match(doc.card.number, /^enc:customers:/);
    assert.equal(doc.name, 'ann');
    assert.equal(recs[1].value, null, 'tombstones pass unchanged');
    assert.deepEqual(r.metrics, { fields_encrypted: 2 });
  });

  test('Given encrypted values, When fetched, Then the fields are decrypted back', async () => {
    const t = testPolicy(policy, { config });
    const produced = await t.produce({ records: [{ value: { ssn: '123' } }] });
    const cipher = produced.verdict?.kind === 'modify' ? produced.verdict.records?.[0].value : null;
    const fetched = await t.fetch({ records: [{ value: cipher ?? null }] });
    const out = fetched.verdict?.kind === 'modify' ? fetched.verdict.records?.[0].value : null;
    assert.deepEqual(dec(out ?? null), { ssn: '123' });
  });

  test('Given records without PII fields, When produced, Then the batch is accepted unchanged', async () => {
    const r = await testPolicy(policy, { config }).produce({ records: [{ value: { name: 'x' } }] });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });
});
