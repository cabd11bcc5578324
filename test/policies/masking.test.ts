import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import policy from '../../policies/masking.ts';
import { type HarnessResult, testPolicy } from '../../sdk/host/testing.ts';

const SALT = 'per-deployment-salt-0123';
const text = (b: Uint8Array | string | null) =>
  b === null ? null : typeof b === 'string' ? b : new TextDecoder().decode(b);
const values = (r: HarnessResult) =>
  r.verdict?.kind === 'modify'
    ? (r.verdict.records ?? []).map((x) => text(x.value))
    : assert.fail(JSON.stringify(r));
const docs = (r: HarnessResult) => values(r).map((v) => (v === null ? null : JSON.parse(v)));

const order = {
  id: 7,
  customer: { name: 'Ann Lee', email: 'ann@example.com', ssn: '123-45-6789' },
  cards: [
    { number: '4111111111111111', cvv: '123' },
    { number: '5500000000000004', cvv: '999' },
  ],
  phones: ['+44 20 7946 0000', '+44 20 7946 0001'],
};

describe('masking policy', () => {
  test('Given one rule of each kind, When a record is fetched, Then each field is masked by its rule and the rest is untouched', async () => {
    const r = await testPolicy(policy, {
      config: {
        salt: SALT,
        rules: [
          { path: 'customer.ssn', rule: 'mask' },
          { path: 'cards[*].number', rule: 'keepLast', n: 4 },
          { path: 'cards[*].cvv', rule: 'replace', value: null },
          { path: 'customer.name', rule: 'keepFirst', n: 1, char: '#' },
          { path: 'customer.email', rule: 'hash' },
          { path: 'phones[0]', rule: 'keepFirst', n: 3 },
        ],
      },
    }).fetch({ records: [{ value: order }] });
    const [doc] = docs(r);
    assert.deepEqual(doc, {
      id: 7,
      customer: {
        name: 'A######',
        email: createHmac('sha256', SALT).update('ann@example.com').digest('hex'),
        ssn: '****',
      },
      cards: [
        { number: '************1111', cvv: null },
        { number: '************0004', cvv: null },
      ],
      phones: ['+44*************', '+44 20 7946 0001'],
    });
    assert.equal(r.metrics.fields_masked, 8);
  });

  test('Given the hash rule, When the same value is fetched in two records and under two salts, Then the hashes join within a deployment and differ across deployments', async () => {
    const rules = [{ path: 'email', rule: 'hash' }];
    const a = docs(
      await testPolicy(policy, { config: { salt: SALT, rules } }).fetch({
        records: [
          { value: { email: 'x@y.z' } },
          { value: { email: 'x@y.z' } },
          { value: { email: 'w@y.z' } },
        ],
      }),
    );
    assert.equal(a[0].email, a[1].email);
    assert.notEqual(a[0].email, a[2].email);
    assert.match(a[0].email, /^[0-9a-f]{64}$/);
    const b = docs(
      await testPolicy(policy, { config: { salt: 'another-salt-of-length', rules } }).fetch({
        records: [{ value: { email: 'x@y.z' } }],
      }),
    );
    assert.notEqual(a[0].email, b[0].email);
  });

  test('Given short values, numbers and objects, When keepLast 4 applies, Then short values are hidden entirely, numbers become masked strings, objects are masked whole', async () => {
    const r = await testPolicy(policy, {
      config: { rules: [{ path: 'v', rule: 'keepLast', n: 4 }] },
    }).fetch({
      records: [
        { value: { v: '123' } },
        { value: { v: 4111222233334444 } },
        { value: { v: { a: 1 } } },
        { value: { v: 'a😀b😀c' } },
      ],
    });
    assert.deepEqual(
      docs(r).map((d) => d.v),
      ['***', '************4444', '****', '*😀b😀c'],
    );
  });

  test('Given tombstones, null fields, missing fields and non-object JSON, When fetched, Then they pass unchanged', async () => {
    const r = await testPolicy(policy, { config: { rules: [{ path: 'ssn', rule: 'mask' }] } }).fetch({
      records: [
        { value: null },
        { value: { ssn: null } },
        { value: { name: 'x' } },
        { value: '42' },
        { value: { ssn: '1' } },
      ],
    });
    assert.deepEqual(values(r), [null, '{"ssn":null}', '{"name":"x"}', '42', '{"ssn":"****"}']);
  });

  test('Given no record has a masked field, When fetched, Then the batch is accepted unchanged (no re-encoding)', async () => {
    const r = await testPolicy(policy, { config: { rules: [{ path: 'ssn', rule: 'mask' }] } }).fetch({
      records: [{ value: { name: 'x' } }, { value: null }],
    });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });

  test('Given a value that is not JSON, When nonJson is mask (default), pass, or reject, Then it is replaced by ****, kept, or the partition is refused', async () => {
    const records = [{ value: 'card 4111111111111111' }, { value: { ssn: '1' } }];
    const rules = [{ path: 'ssn', rule: 'mask' }];
    const masked = await testPolicy(policy, { config: { rules } }).fetch({ records });
    assert.deepEqual(values(masked), ['****', '{"ssn":"****"}']);
    assert.equal(masked.metrics.values_not_json, 1);
    const passed = await testPolicy(policy, { config: { rules, nonJson: 'pass' } }).fetch({ records });
    assert.deepEqual(values(passed), ['card 4111111111111111', '{"ssn":"****"}']);
    const refused = await testPolicy(policy, { config: { rules, nonJson: 'reject' } }).fetch({ records });
    assert.equal(refused.verdict?.kind, 'reject');
    assert.match(refused.verdict?.kind === 'reject' ? refused.verdict.message : '', /record 0 is not JSON/);
  });

  test('Given an allow-list and a per-principal rule set, When three principals fetch, Then the allowed one reads originals, the listed one its own rules, the others the default rules', async () => {
    const config = {
      rules: [{ path: 'ssn', rule: 'mask' }],
      allow: ['User:auditor', '/^User:svc-billing-\\d+$/'],
      principals: [{ principals: ['User:support-*'], rules: [{ path: 'ssn', rule: 'keepLast', n: 4 }] }],
    };
    const fetchAs = (principal: string) =>
      testPolicy(policy, { config, context: { principal } }).fetch({
        records: [{ value: { ssn: '123-45-6789' } }],
      });
    assert.deepEqual((await fetchAs('User:auditor')).verdict, { kind: 'accept' });
    assert.deepEqual((await fetchAs('User:svc-billing-2')).verdict, { kind: 'accept' });
    assert.deepEqual(docs(await fetchAs('User:support-eu')), [{ ssn: '*******6789' }]);
    assert.deepEqual(docs(await fetchAs('User:alice')), [{ ssn: '****' }]);
    assert.deepEqual(docs(await fetchAs('User:svc-billing-x')), [{ ssn: '****' }]);
  });

  test('Given two loads with different rules in one process, When each fetches, Then each uses its own rules', async () => {
    const a = testPolicy(policy, { config: { rules: [{ path: 'a', rule: 'mask' }] } });
    const b = testPolicy(policy, { config: { rules: [{ path: 'b', rule: 'mask' }] } });
    assert.deepEqual(docs(await a.fetch({ records: [{ value: { a: 1, b: 2 } }] })), [{ a: '****', b: 2 }]);
    assert.deepEqual(docs(await b.fetch({ records: [{ value: { a: 1, b: 2 } }] })), [{ a: 1, b: '****' }]);
  });

  test('Given bad rules, When the policy loads, Then the config error names every key at fault', () => {
    assert.throws(
      () =>
        testPolicy(policy, {
          config: {
            rules: [
              { path: 'cards[x].number', rule: 'mask' },
              { path: 'ssn', rule: 'scramble' },
              { path: 'email', rule: 'hash' },
              { path: 'pan', rule: 'keepLast', n: -1, char: '**' },
              { path: 'x', rule: 'replace' },
            ],
            principals: [{ principals: ['/(/'], rules: [] }],
          },
        }),
      (e: Error) => {
        assert.equal((e as { code?: string }).code, 'SLUICE_POLICY_CONFIG_INVALID');
        for (const want of [
          /rules\[0\]\.path: path "cards\[x\]\.number" at 5: expected \[\*\] or \[number\]/,
          /rules\[1\]\.rule must be one of mask, keepFirst, keepLast, hash, replace/,
          /rules\[2\]: rule hash needs salt \(at least 16 characters\)/,
          /rules\[3\]\.n must be an integer >= 0/,
          /rules\[3\]\.char must be one character/,
          /rules\[4\]\.value is required for rule replace/,
          /principals\[0\]\.principals: pattern \/\(\/: /,
        ])
          assert.match(e.message, want);
        return true;
      },
    );
  });
});
