// A pushed policy's own tests run in a child process under Node's permission model, with an
// empty environment. This file runs inside node:test itself, which is what once made the inner
// run skip every test and pass: the failures below prove the tests really ran.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPolicyTests } from '../../../gateway/control/policy-tests.ts';

const POLICY = `import { accept, definePolicy, reject } from 'sluice/sdk';
export default definePolicy({
  name: 'no-bad',
  onProduce(batch) { return batch.records.some((r) => r.text().includes('bad')) ? reject('no bad') : accept(); },
});`;

const testsOf = (body: string) => `import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { testPolicy } from 'sluice/sdk/testing';
import policy from './policy.ts';
${body}`;

const run = (body: string) =>
  runPolicyTests({ files: { 'policy.ts': POLICY, 'policy.test.ts': testsOf(body) } });

test('Given passing tests, then they pass; given a failing one, then the run fails and says which', async () => {
  const good = await run(`test('refuses bad', async () => {
  const r = await testPolicy(policy).produce({ records: [{ value: 'a bad one' }] });
  assert.equal(r.verdict?.kind, 'reject');
});`);
  assert.equal(good?.ok, true, good?.output);
  const bad = await run(`test('accepts bad', async () => {
  const r = await testPolicy(policy).produce({ records: [{ value: 'a bad one' }] });
  assert.equal(r.verdict?.kind, 'accept');
});`);
  assert.equal(bad?.ok, false);
  assert.match(bad?.output ?? '', /not ok 1 - accepts bad/);
});

test('Given tests that reach for the host, then reading outside their folder, writing and the environment are all denied', async () => {
  process.env.SLUICE_SECRET_FOR_TEST = 'hunter2';
  try {
    const r = await run(`test('reads', () => { readFileSync('/etc/hostname'); });
test('writes', () => { writeFileSync('stolen.txt', 'x'); });
test('sees env', () => { assert.equal(process.env.SLUICE_SECRET_FOR_TEST, 'hunter2'); });`);
    assert.equal(r?.ok, false);
    assert.match(r?.output ?? '', /not ok 1 - reads/);
    assert.match(r?.output ?? '', /not ok 2 - writes/);
    assert.match(r?.output ?? '', /not ok 3 - sees env/);
    assert.match(r?.output ?? '', /ERR_ACCESS_DENIED/);
  } finally {
    delete process.env.SLUICE_SECRET_FOR_TEST;
  }
});

test('Given a policy without tests, then there is nothing to run', async () => {
  assert.equal(await runPolicyTests({ files: { 'policy.ts': POLICY } }), undefined);
});
