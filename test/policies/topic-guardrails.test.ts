import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import policy from '../../policies/topic-guardrails.ts';
import { testPolicy } from '../../sdk/host/testing.ts';

describe('topic-guardrails policy', () => {
  test('Given replication factor 1, When creating a topic, Then it is refused', async () => {
    const r = await testPolicy(policy).createTopics({
      topics: [{ name: 'a', numPartitions: 3, replicationFactor: 1 }],
    });
    assert.equal(r.verdict?.kind, 'reject');
    assert.match(r.verdict?.kind === 'reject' ? r.verdict.message : '', /replication factor 1 < 3/);
  });

  test('Given a compliant topic without min.insync.replicas, When creating it, Then the default is added', async () => {
    const r = await testPolicy(policy).createTopics({
      topics: [{ name: 'a', numPartitions: 3, replicationFactor: 3 }],
    });
    assert.deepEqual(r.verdict, {
      kind: 'modify',
      records: undefined,
      request: { topics: [{ name: 'a', configs: { 'min.insync.replicas': '2' } }] },
    });
  });

  test('Given a short retention, When set with IncrementalAlterConfigs, Then it is refused; broker resources are ignored', async () => {
    const t = testPolicy(policy);
    const low = await t.alterConfigs({
      resources: [
        { type: 'topic', name: 't', configs: [{ name: 'retention.ms', value: '60000', op: 'set' }] },
      ],
    });
    assert.equal(low.verdict?.kind, 'reject');
    const broker = await t.alterConfigs({
      resources: [{ type: 'broker', name: '1', configs: [{ name: 'retention.ms', value: '1', op: 'set' }] }],
    });
    assert.deepEqual(broker.verdict, { kind: 'accept' });
  });

  test('Given acks=1, When producing, Then POLICY_VIOLATION asks for acks=all', async () => {
    const r = await testPolicy(policy).produce({ acks: 1, records: [{ value: 'x' }] });
    assert.equal(r.verdict?.kind === 'reject' && r.verdict.errorCode, 44);
    assert.deepEqual((await testPolicy(policy).produce({ acks: -1, records: [{ value: 'x' }] })).verdict, {
      kind: 'accept',
    });
  });
});
