// CreateTopics and IncrementalAlterConfigs through adminPolicies (gateway/filters/policy-admin.ts),
// without sockets or a sandbox: the test kit's fake engine returns, per topic or resource, the
// outcome the real engine makes of policy guard's verdicts; frames from the generated codecs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AlterConfigsOutcome, CreateTopicsOutcome } from '../../../engine/index.ts';
import { adminPolicies } from '../../../gateway/filters/policy-admin.ts';
import type { CreateTopicsRequest, CreateTopicsResponse } from '../../../kafka/generated/create-topics.ts';
import type { IncrementalAlterConfigsResponse } from '../../../kafka/generated/incremental-alter-configs.ts';
import { decodeRequestFrame, decodeResponseFrame } from '../../../kafka/messages.ts';
import type { AlterConfigsRequest, CreateTopicsRequest as PolicyCreateTopics } from '../../../sdk/types.ts';
import { FakePolicies, FORWARD } from '../../kit/fake-policies.ts';
import { requestFrame, responseFrame } from '../../kit/frames.ts';
import { policyChain, requestRejected } from './policy-support.ts';

/**
 * Policy guard, onCreateTopics: `reject('too many partitions: ' + names)` of the topics with more
 * than 10 partitions, else accept(). The engine names the topics the policy saw.
 */
function guardCreate(req: PolicyCreateTopics): CreateTopicsOutcome {
  const bad = req.topics.filter((t) => t.numPartitions > 10);
  if (bad.length === 0) return FORWARD;
  return requestRejected(
    'guard',
    'too many partitions: ' + bad.map((t) => t.name).join(','),
    req.topics.map((t) => t.name),
  );
}

/** Policy guard, onAlterConfigs: `reject('retention too short')` for retention.ms below 1000, else accept(). */
function guardAlter(req: AlterConfigsRequest): AlterConfigsOutcome {
  for (const r of req.resources)
    for (const c of r.configs)
      if (c.name === 'retention.ms' && Number(c.value) < 1000)
        return requestRejected(
          'guard',
          'retention too short',
          req.resources.map((x) => `${x.type}:${x.name}`),
        );
  return FORWARD;
}

function creatable(name: string, numPartitions: number) {
  return { name, numPartitions, replicationFactor: 1, assignments: [], configs: [] };
}

describe('policy layer: admin requests', () => {
  const policies = new FakePolicies({ onCreateTopics: guardCreate, onAlterConfigs: guardAlter });
  const handler = policyChain(adminPolicies, policies);

  test('Given a CreateTopics with one refused topic of two, when the broker answers, then the refused one gets POLICY_VIOLATION with the message, in request order', async () => {
    const body: CreateTopicsRequest = {
      topics: [creatable('big', 50), creatable('small', 3)],
      timeoutMs: 1000,
      validateOnly: false,
    };
    const { payload } = requestFrame(19, 7, body);
    const v = await handler.handle(payload);
    assert.ok(v.kind === 'forward' && v.merge);
    const sent = decodeRequestFrame(v.payload).body as CreateTopicsRequest;
    assert.deepEqual(
      sent.topics.map((t) => t.name),
      ['small'],
    );
    const broker = responseFrame(19, 7, 7, {
      throttleTimeMs: 0,
      topics: [
        {
          name: 'small',
          errorCode: 0,
          errorMessage: null,
          numPartitions: 3,
          replicationFactor: 1,
          configs: [],
        },
      ],
    });
    const res = decodeResponseFrame(v.merge(broker), 19, 7).body as CreateTopicsResponse;
    assert.deepEqual(
      res.topics.map((t) => [t.name, t.errorCode]),
      [
        ['big', 44],
        ['small', 0],
      ],
    );
    assert.match(res.topics[0].errorMessage ?? '', /guard: too many partitions: big/);
  });

  test('Given a CreateTopics whose only topic is refused, when it passes, then Sluice answers without the broker', async () => {
    const { payload } = requestFrame(19, 4, {
      topics: [creatable('huge', 99)],
      timeoutMs: 1000,
      validateOnly: false,
    });
    const v = await handler.handle(payload);
    assert.ok(v.kind === 'answer' && v.payload);
    const res = decodeResponseFrame(v.payload, 19, 4).body as CreateTopicsResponse;
    assert.deepEqual(
      res.topics.map((t) => [t.name, t.errorCode, t.errorMessage]),
      [['huge', 44, 'guard: too many partitions: huge']],
    );
  });

  test('Given an IncrementalAlterConfigs setting retention too short, when it passes, then the resource gets POLICY_VIOLATION', async () => {
    const body = {
      resources: [
        {
          resourceType: 2,
          resourceName: 'orders',
          configs: [{ name: 'retention.ms', configOperation: 0, value: '10' }],
        },
      ],
      validateOnly: false,
    };
    const { payload } = requestFrame(44, 1, body);
    const v = await handler.handle(payload);
    assert.ok(v.kind === 'answer' && v.payload);
    const res = decodeResponseFrame(v.payload, 44, 1).body as IncrementalAlterConfigsResponse;
    assert.deepEqual(
      res.responses.map((r) => [r.resourceType, r.resourceName, r.errorCode]),
      [[2, 'orders', 44]],
    );
  });
});
