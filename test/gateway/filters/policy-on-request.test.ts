// Requests of any api key through onRequestPolicies (gateway/filters/policy-on-request.ts),
// without sockets or a sandbox: the test kit's fake engine returns the outcome the real engine
// makes of policy tag-client's verdicts; frames from the generated codecs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GenericRequestOutcome } from '../../../engine/index.ts';
import { onRequestPolicies } from '../../../gateway/filters/policy-on-request.ts';
import type { CreateTopicsResponse } from '../../../kafka/generated/create-topics.ts';
import type { IncrementalAlterConfigsResponse } from '../../../kafka/generated/incremental-alter-configs.ts';
import type { MetadataResponse } from '../../../kafka/generated/metadata.ts';
import type { ProduceResponse } from '../../../kafka/generated/produce.ts';
import { decodeRequestFrame, decodeResponseFrame } from '../../../kafka/messages.ts';
import type { GenericRequest } from '../../../sdk/types.ts';
import { FakePolicies, FORWARD } from '../../kit/fake-policies.ts';
import { produceFrame, requestFrame } from '../../kit/frames.ts';
import { policyChain, requestRejected } from './policy-support.ts';

/**
 * Policy tag-client: `reject('client read-only may not change anything')` for client id
 * read-only, `modify({ request: { clientId: 'legacy-tagged' } })` for legacy, else accept().
 */
function tagClient(req: GenericRequest): GenericRequestOutcome {
  if (req.clientId === 'read-only')
    return requestRejected('tag-client', 'client read-only may not change anything');
  return req.clientId === 'legacy'
    ? { action: 'modify', request: { ...req, clientId: 'legacy-tagged' }, trace: [] }
    : FORWARD;
}

function creatable(name: string, numPartitions: number) {
  return { name, numPartitions, replicationFactor: 1, assignments: [], configs: [] };
}

describe('policy layer: onRequest', () => {
  const policies = new FakePolicies({ onRequest: tagClient });
  const handler = policyChain(onRequestPolicies, policies);

  test('Given an onRequest policy, when a request of client "legacy" passes, then its header carries the new client id and its body bytes are unchanged', async () => {
    const { payload } = requestFrame(
      3,
      12,
      { topics: null, allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false },
      'legacy',
    );
    const v = await handler.handle(payload);
    assert.ok(v.kind === 'forward');
    const decoded = decodeRequestFrame(v.payload);
    assert.equal(decoded.header.clientId, 'legacy-tagged');
    assert.deepEqual(decoded.body, decodeRequestFrame(payload).body);
  });

  test('Given an onRequest policy refusing a client, when it sends a Produce, then Sluice answers every partition with POLICY_VIOLATION and the message, and nothing goes upstream', async () => {
    const { payload } = produceFrame(
      11,
      -1,
      [{ name: 'orders', partitions: [0, 1].map((index) => ({ index, values: ['{"a":1}'] })) }],
      'read-only',
    );
    const v = await handler.handle(payload);
    assert.ok(v.kind === 'answer' && v.payload);
    const res = decodeResponseFrame(v.payload, 0, 11).body as ProduceResponse;
    assert.deepEqual(
      res.responses.flatMap((t) =>
        t.partitionResponses.map((p) => [t.name, p.index, p.errorCode, p.errorMessage]),
      ),
      [
        ['orders', 0, 44, 'tag-client: client read-only may not change anything'],
        ['orders', 1, 44, 'tag-client: client read-only may not change anything'],
      ],
    );
  });

  test('Given an onRequest policy refusing a client, when it sends a Produce with acks=0, then the connection is closed, as a broker does when an acks=0 produce fails', async () => {
    const { payload } = produceFrame(
      11,
      0,
      [{ name: 'orders', partitions: [{ index: 0, values: ['x'] }] }],
      'read-only',
    );
    await assert.rejects(handler.handle(payload), /refused by policy tag-client/);
  });

  test('Given an onRequest policy refusing a client, when it sends CreateTopics or IncrementalAlterConfigs, then each topic or resource is refused with POLICY_VIOLATION, and a Metadata request gets a Metadata response that lists nothing', async () => {
    const create = requestFrame(
      19,
      7,
      { topics: [creatable('t1', 1)], timeoutMs: 1000, validateOnly: false },
      'read-only',
    );
    const c = await handler.handle(create.payload);
    assert.ok(c.kind === 'answer' && c.payload);
    const topics = (decodeResponseFrame(c.payload, 19, 7).body as CreateTopicsResponse).topics;
    assert.deepEqual(
      topics.map((t) => [t.name, t.errorCode]),
      [['t1', 44]],
    );
    const alter = requestFrame(
      44,
      1,
      {
        resources: [
          {
            resourceType: 2,
            resourceName: 'orders',
            configs: [{ name: 'retention.ms', configOperation: 0, value: '1' }],
          },
        ],
        validateOnly: false,
      },
      'read-only',
    );
    const a = await handler.handle(alter.payload);
    assert.ok(a.kind === 'answer' && a.payload);
    const resources = (decodeResponseFrame(a.payload, 44, 1).body as IncrementalAlterConfigsResponse)
      .responses;
    assert.deepEqual(
      resources.map((r) => [r.resourceName, r.errorCode]),
      [['orders', 44]],
    );
    const metadata = requestFrame(
      3,
      12,
      { topics: null, allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false },
      'read-only',
    );
    // Any api gets its own error response: Metadata answers each topic (here: none asked) and,
    // from v13, a top-level error code (KIP-1102); the connection stays open.
    const m = await handler.handle(metadata.payload);
    assert.ok(m.kind === 'answer' && m.payload);
    const refusedMetadata = decodeResponseFrame(m.payload, 3, 12).body as MetadataResponse;
    assert.deepEqual(refusedMetadata.brokers, []);
    assert.deepEqual(refusedMetadata.topics, []);
  });
});
