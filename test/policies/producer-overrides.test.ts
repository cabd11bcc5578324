import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import policy from '../../policies/producer-overrides.ts';
import { testPolicy } from '../../sdk/host/testing.ts';

const records = [{ value: '{"a":1}' }];

describe('producer-overrides policy', () => {
  test('Given the defaults, When producing, Then nothing is changed', async () => {
    const r = await testPolicy(policy).produce({ records, acks: 1, compression: 'none' });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });

  test('Given acks all and zstd, When an acks=1 uncompressed batch is produced, Then both are asked for', async () => {
    const r = await testPolicy(policy, { config: { acks: 'all', compression: 'zstd' } }).produce({
      records,
      acks: 1,
      compression: 'none',
    });
    assert.deepEqual(r.verdict, {
      kind: 'modify',
      records: undefined,
      request: { acks: -1, compression: 'zstd' },
    });
  });

  test('Given compressFrom [none], When a gzip batch is produced, Then its codec is kept', async () => {
    const t = testPolicy(policy, { config: { compression: 'lz4', compressFrom: ['none'] } });
    assert.deepEqual((await t.produce({ records, compression: 'gzip' })).verdict, { kind: 'accept' });
    assert.deepEqual((await t.produce({ records, compression: 'none' })).verdict, {
      kind: 'modify',
      records: undefined,
      request: { compression: 'lz4' },
    });
  });

  test('Given acks none, When a batch already at acks=0 is produced, Then it is accepted as is', async () => {
    const r = await testPolicy(policy, { config: { acks: 'none' } }).produce({ records, acks: 0 });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });

  test('Given an unknown acks value, When loaded, Then the config is refused', () => {
    assert.throws(() => testPolicy(policy, { config: { acks: 'sometimes' } }), {
      code: 'SLUICE_POLICY_CONFIG_INVALID',
      message: /acks/,
    });
  });
});
