// The safeguard policies (the well-known gateway's safeguard plugins' config keys) through the
// SDK's test harness: what each rule refuses, logs or overrides.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import alterTopicConfig from '../../../policies/safeguard/alter-topic-config.ts';
import clientIdRequired from '../../../policies/safeguard/client-id-required.ts';
import createTopic from '../../../policies/safeguard/create-topic.ts';
import produce from '../../../policies/safeguard/produce.ts';
import readOnlyTopic from '../../../policies/safeguard/read-only-topic.ts';
import { testPolicy } from '../../../sdk/host/testing.ts';

const topic = (
  name: string,
  numPartitions: number,
  replicationFactor = 3,
  configs: Record<string, string> = {},
) => ({
  name,
  numPartitions,
  replicationFactor,
  configs,
});

describe('safeguard policies', () => {
  test('Given CreateTopicPolicyPlugin limits, when a topic breaks two BLOCK rules, then it is refused with both messages; an INFO rule only logs; OVERRIDE rewrites', async () => {
    const h = testPolicy(createTopic, {
      config: {
        topic: 'roads.*',
        numPartition: { min: 1, max: 3, action: 'BLOCK' },
        replicationFactor: { min: 2, max: 3, action: 'BLOCK' },
        retentionMs: { min: 60000, action: 'OVERRIDE', overrideValue: 86400000 },
        maxMessageBytes: { max: 1000, action: 'INFO' },
      },
    });
    const refused = await h.createTopics({ topics: [topic('roads', 100, 1)] });
    assert.equal(refused.verdict?.kind, 'reject');
    assert.match(
      refused.verdict?.kind === 'reject' ? refused.verdict.message : '',
      /Topic 'roads' with number partitions is '100', must not be greater than 3\. Topic 'roads' with replication factor is '1', must not be less than 2/,
    );
    const other = await h.createTopics({ topics: [topic('cars', 100, 1)] });
    assert.equal(other.verdict?.kind, 'accept', 'topics outside `topic` are not judged');
    const fixed = await h.createTopics({
      topics: [topic('roads-b', 3, 3, { 'retention.ms': '10', 'max.message.bytes': '5000' })],
    });
    assert.equal(fixed.verdict?.kind, 'modify');
    if (fixed.verdict?.kind !== 'modify') return;
    assert.equal(fixed.verdict.request?.topics?.[0].configs?.['retention.ms'], '86400000');
    assert.ok(
      fixed.logs.some((l) => /max.message.bytes is '5000', must not be greater than 1000/.test(l.msg)),
    );
  });

  test('Given a rule with an unknown action, when the policy loads, then the load fails naming the key', () => {
    assert.throws(
      () => testPolicy(createTopic, { config: { numPartition: { max: 3, action: 'EXPLODE' } } }),
      /numPartition\.action must be one of BLOCK, INFO, OVERRIDE/,
    );
  });

  test('Given ProducePolicyPlugin rules, when batches break them, then BLOCK refuses with POLICY_VIOLATION, OVERRIDE rewrites acks', async () => {
    const block = testPolicy(produce, {
      config: { acks: { value: [-1], action: 'BLOCK' }, recordHeaderRequired: { value: true } },
    });
    const r = await block.produce({ topic: 't', acks: 1, records: [{ value: 'x' }] });
    assert.equal(r.verdict?.kind, 'reject');
    if (r.verdict?.kind === 'reject') {
      assert.equal(r.verdict.errorCode, 44);
      assert.match(r.verdict.message, /acks is '1', must be one of \[-1\]\. Headers are required/);
    }
    assert.equal(
      (await block.produce({ topic: 't', acks: -1, records: [{ value: 'x', headers: { h: 'v' } }] })).verdict
        ?.kind,
      'accept',
    );
    const override = testPolicy(produce, {
      config: {
        acks: { value: [-1], action: 'OVERRIDE' },
        compressions: { value: ['LZ4'], action: 'OVERRIDE' },
      },
    });
    const o = await override.produce({ topic: 't', acks: 1, compression: 'none', records: [{ value: 'x' }] });
    assert.equal(o.verdict?.kind, 'modify');
    if (o.verdict?.kind === 'modify') assert.deepEqual(o.verdict.request, { acks: -1, compression: 'lz4' });
  });

  test('Given ClientIdRequiredPolicyPlugin, when a client id breaks the convention, then BLOCK refuses, OVERRIDE sends the template', async () => {
    const block = testPolicy(clientIdRequired, { config: { namingConvention: 'app-[a-z]+' } });
    assert.equal((await block.request({ apiKey: 3, clientId: 'app-orders' })).verdict?.kind, 'accept');
    const refused = await block.request({ apiKey: 3, clientId: 'random' });
    assert.equal(refused.verdict?.kind, 'reject');
    const rename = testPolicy(clientIdRequired, {
      config: {
        namingConvention: 'app-.*',
        action: 'OVERRIDE',
        clientIdTemplate: 'app-{{clientId}}-{{apiKey}}',
      },
    });
    const r = await rename.request({ apiKey: 3, clientId: 'random' });
    assert.equal(r.verdict?.kind === 'modify' ? r.verdict.request?.clientId : undefined, 'app-random-3');
  });

  test('Given ReadOnlyTopicPolicyPlugin and AlterTopicConfigPolicyPlugin, when writes reach their topics, then produce gets TOPIC_AUTHORIZATION_FAILED and a blacklisted or too small config is refused', async () => {
    const ro = testPolicy(readOnlyTopic, { config: { topic: 'audit.*' } });
    const p = await ro.produce({ topic: 'audit-log', records: [{ value: 'x' }] });
    assert.equal(p.verdict?.kind === 'reject' ? p.verdict.errorCode : undefined, 29);
    assert.equal((await ro.produce({ topic: 'orders', records: [{ value: 'x' }] })).verdict?.kind, 'accept');
    const alter = testPolicy(alterTopicConfig, {
      config: { blacklist: { values: ['cleanup.policy'] }, retentionMs: { min: 10, action: 'BLOCK' } },
    });
    const change = (name: string, value: string) => ({
      incremental: true,
      validateOnly: false,
      resources: [{ type: 'topic' as const, name: 'orders', configs: [{ name, value, op: 'set' as const }] }],
    });
    const small = await alter.alterConfigs(change('retention.ms', '1'));
    assert.match(
      small.verdict?.kind === 'reject' ? small.verdict.message : '',
      /retention.ms is '1', must not be less than 10/,
    );
    const black = await alter.alterConfigs(change('cleanup.policy', 'compact'));
    assert.equal(black.verdict?.kind, 'reject');
    assert.equal((await alter.alterConfigs(change('retention.ms', '100'))).verdict?.kind, 'accept');
  });
});
