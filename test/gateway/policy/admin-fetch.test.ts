// CreateTopics, IncrementalAlterConfigs, onRequest and Fetch through the policy layer,
// without sockets: real compiled policies, frames from the generated codecs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PolicyService } from '../../../gateway/policy/service.ts';
import type { CreateTopicsRequest, CreateTopicsResponse } from '../../../kafka/generated/create-topics.ts';
import type { FetchResponse } from '../../../kafka/generated/fetch.ts';
import type { IncrementalAlterConfigsResponse } from '../../../kafka/generated/incremental-alter-configs.ts';
import type { MetadataResponse } from '../../../kafka/generated/metadata.ts';
import type { ProduceResponse } from '../../../kafka/generated/produce.ts';
import { decodeRequestFrame, decodeResponseFrame } from '../../../kafka/messages.ts';
import {
  batchOf,
  conn,
  deploySource,
  policyRequests,
  produceFrame,
  requestFrame,
  responseFrame,
  startService,
  topicIdsFrom,
  valuesOf,
} from './support.ts';

const GUARD = `export default definePolicy({
  name: 'guard',
  onCreateTopics(req) {
    const bad = req.topics.filter((t) => t.numPartitions > 10);
    return bad.length ? reject('too many partitions: ' + bad.map((t) => t.name).join(',')) : accept();
  },
  onAlterConfigs(req) {
    for (const r of req.resources) for (const c of r.configs) if (c.name === 'retention.ms' && Number(c.value) < 1000) return reject('retention too short');
    return accept();
  },
});`;

const CLIENT_ID = `export default definePolicy({
  name: 'tag-client',
  onRequest(req) {
    if (req.clientId === 'read-only') return reject('client read-only may not change anything');
    return req.clientId === 'legacy' ? modify({ request: { clientId: 'legacy-tagged' } }) : accept();
  },
});`;

const MASK = `export default definePolicy({
  name: 'mask',
  onFetch(batch) {
    return modify({ records: batch.records.map((r) => r.with({ value: r.text().replace(/[0-9]/g, '#') })) });
  },
});`;

/** One partition of a Fetch response holding `records`. */
function fetchPartition(records: Buffer, highWatermark = 1n) {
  return {
    partitionIndex: 0,
    errorCode: 0,
    highWatermark,
    lastStableOffset: highWatermark,
    logStartOffset: 0n,
    abortedTransactions: null,
    preferredReadReplica: -1,
    records,
  };
}

function creatable(name: string, numPartitions: number) {
  return { name, numPartitions, replicationFactor: 1, assignments: [], configs: [] };
}

describe('policy layer: admin requests, onRequest, Fetch', () => {
  let svc: PolicyService;
  let handler: ReturnType<typeof policyRequests>;

  before(async () => {
    ({ svc } = await startService());
    handler = policyRequests(svc);
    await deploySource(svc, 'guard', GUARD);
    await deploySource(svc, 'tag-client', CLIENT_ID);
    await deploySource(svc, 'mask', MASK, { scope: { topics: ['cards'] } });
  });
  after(() => svc.close());

  test('Given a CreateTopics with one refused topic of two, when the broker answers, then the refused one gets POLICY_VIOLATION with the message, in request order', async () => {
    const body: CreateTopicsRequest = {
      topics: [creatable('big', 50), creatable('small', 3)],
      timeoutMs: 1000,
      validateOnly: false,
    };
    const { payload, info } = requestFrame(19, 7, body);
    const v = await handler.handle(info, payload, conn);
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
    const { payload, info } = requestFrame(19, 4, {
      topics: [creatable('huge', 99)],
      timeoutMs: 1000,
      validateOnly: false,
    });
    const v = await handler.handle(info, payload, conn);
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
    const { payload, info } = requestFrame(44, 1, body);
    const v = await handler.handle(info, payload, conn);
    assert.ok(v.kind === 'answer' && v.payload);
    const res = decodeResponseFrame(v.payload, 44, 1).body as IncrementalAlterConfigsResponse;
    assert.deepEqual(
      res.responses.map((r) => [r.resourceType, r.resourceName, r.errorCode]),
      [[2, 'orders', 44]],
    );
  });

  test('Given an onRequest policy, when a request of client "legacy" passes, then its header carries the new client id and its body bytes are unchanged', async () => {
    const { payload, info } = requestFrame(
      3,
      12,
      { topics: null, allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false },
      'legacy',
    );
    const v = await handler.handle(info, payload, conn);
    assert.ok(v.kind === 'forward');
    const decoded = decodeRequestFrame(v.payload);
    assert.equal(decoded.header.clientId, 'legacy-tagged');
    assert.deepEqual(decoded.body, decodeRequestFrame(payload).body);
  });

  test('Given an onRequest policy refusing a client, when it sends a Produce, then Sluice answers every partition with POLICY_VIOLATION and the message, and nothing goes upstream', async () => {
    const { payload, info } = produceFrame(
      11,
      -1,
      [{ name: 'orders', partitions: [0, 1].map((index) => ({ index, values: ['{"a":1}'] })) }],
      'read-only',
    );
    const v = await handler.handle(info, payload, conn);
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
    const { payload, info } = produceFrame(
      11,
      0,
      [{ name: 'orders', partitions: [{ index: 0, values: ['x'] }] }],
      'read-only',
    );
    await assert.rejects(handler.handle(info, payload, conn), /refused by policy tag-client/);
  });

  test('Given an onRequest policy refusing a client, when it sends CreateTopics or IncrementalAlterConfigs, then each topic or resource is refused with POLICY_VIOLATION, and a Metadata request gets a Metadata response that lists nothing', async () => {
    const create = requestFrame(
      19,
      7,
      { topics: [creatable('t1', 1)], timeoutMs: 1000, validateOnly: false },
      'read-only',
    );
    const c = await handler.handle(create.info, create.payload, conn);
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
    const a = await handler.handle(alter.info, alter.payload, conn);
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
    const m = await handler.handle(metadata.info, metadata.payload, conn);
    assert.ok(m.kind === 'answer' && m.payload);
    const refusedMetadata = decodeResponseFrame(m.payload, 3, 12).body as MetadataResponse;
    assert.deepEqual(refusedMetadata.brokers, []);
    assert.deepEqual(refusedMetadata.topics, []);
  });

  test('Given a masking onFetch policy, when a Fetch v15 response (topic ids) comes back, then the covered topic is masked, offsets kept, the other topic untouched', async () => {
    const cardsId = '11111111-2222-3333-4444-555555555555';
    const otherId = '66666666-2222-3333-4444-555555555555';
    const ids = topicIdsFrom({ cards: cardsId, other: otherId });
    const partition = (records: Buffer) => fetchPartition(records, 2n);
    const body: FetchResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: [
        { topicId: cardsId, partitions: [partition(batchOf(['card 4111 1111', 'pin 1234'], 'lz4'))] },
        { topicId: otherId, partitions: [partition(batchOf(['order 42']))] },
      ],
    };
    const frame = responseFrame(1, 15, 9, body);
    const out = await policyRequests(svc, ids).fetch(frame, 15);
    const res = decodeResponseFrame(out, 1, 15).body as FetchResponse;
    assert.deepEqual(valuesOf(res.responses[0].partitions[0].records), [
      { codec: 'lz4', values: ['card #### ####', 'pin ####'] },
    ]);
    assert.deepEqual(valuesOf(res.responses[1].partitions[0].records), [
      { codec: 'none', values: ['order 42'] },
    ]);
    assert.equal(decodeResponseFrame(out, 1, 15).header.correlationId, 9);
  });

  test('Given a masking onFetch policy, when a Fetch v15 response names a topic id Sluice has not learnt, then its data is withheld with the retriable UNKNOWN_TOPIC_ID, never passed on unread', async () => {
    const unknownId = '99999999-2222-3333-4444-555555555555';
    const body: FetchResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: [
        {
          topicId: unknownId,
          partitions: [fetchPartition(batchOf(['card 4111 1111']))],
        },
      ],
    };
    const out = await policyRequests(svc).fetch(responseFrame(1, 15, 9, body), 15);
    const p = (decodeResponseFrame(out, 1, 15).body as FetchResponse).responses[0].partitions[0];
    assert.equal(p.errorCode, 100);
    assert.equal(p.records?.length ?? 0, 0);
  });

  test('Given a masking onFetch policy, when a fetched batch cannot be read (bad CRC), then that partition gets CORRUPT_MESSAGE and no records, never the unmasked bytes', async () => {
    const cardsId = '11111111-2222-3333-4444-555555555555';
    const ids = topicIdsFrom({ cards: cardsId });
    const records = batchOf(['card 4111 1111']);
    records[records.indexOf('4111')] ^= 0x01; // the CRC no longer matches
    const body: FetchResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: [
        {
          topicId: cardsId,
          partitions: [fetchPartition(records)],
        },
      ],
    };
    const out = await policyRequests(svc, ids).fetch(responseFrame(1, 15, 9, body), 15);
    const p = (decodeResponseFrame(out, 1, 15).body as FetchResponse).responses[0].partitions[0];
    assert.equal(p.errorCode, 2);
    assert.equal(p.records?.length ?? 0, 0);
  });
});
