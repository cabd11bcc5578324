import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import policy from '../../policies/record-rules.ts';
import { testPolicy } from '../../sdk/host/testing.ts';

describe('record-rules policy', () => {
  test('Given keyed small records, When produced with defaults, Then they are accepted', async () => {
    const r = await testPolicy(policy).produce({ records: [{ key: 'k', value: 'v' }] });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });

  test('Given a keyless record, When produced, Then that record is named in the rejection', async () => {
    const r = await testPolicy(policy).produce({ records: [{ key: 'k', value: 'v' }, { value: 'v' }] });
    assert.deepEqual(r.verdict?.kind === 'reject' && r.verdict.recordErrors, [
      { index: 1, message: 'a key is required' },
    ]);
  });

  test('Given size, header and content-type rules, When a record breaks all three, Then every problem is listed', async () => {
    const t = testPolicy(policy, {
      config: { maxValueBytes: 4, requiredHeaders: ['trace-id'], contentTypes: ['application/json'] },
    });
    const r = await t.produce({
      records: [
        { key: 'a', value: 'ok', headers: { 'trace-id': '1', 'content-type': 'application/json' } },
        { key: 'b', value: 'too long', headers: { 'content-type': 'text/plain' } },
      ],
    });
    assert.equal(r.verdict?.kind, 'reject');
    assert.deepEqual(r.verdict?.kind === 'reject' && r.verdict.recordErrors, [
      {
        index: 1,
        message:
          'value is 8 bytes, limit 4; missing header(s) trace-id; content-type text/plain is not allowed',
      },
    ]);
    assert.deepEqual(r.metrics, { refused_records: 1 });
  });

  test('Given requireKey false, When keyless records are produced, Then they pass', async () => {
    const r = await testPolicy(policy, { config: { requireKey: false } }).produce({
      records: [{ value: 'v' }],
    });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });

  test('Given a negative size limit, When loaded, Then the config is refused', () => {
    assert.throws(() => testPolicy(policy, { config: { maxValueBytes: -1 } }), /maxValueBytes must be >= 1/);
  });
});
