// The policy layer on the real engine: compiled policies in one PolicyService (a forked sandbox
// worker), the policy filters in a chain, frames from the test kit (no sockets, no broker). Only
// what needs the real compile and the sandbox's verdict checks lives here, with one end-to-end
// case per kind of policy; the filters' own behaviour is tested on the fake engine
// (test/gateway/filters/policy-*.test.ts). Each policy is scoped so it sees only its own case.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PolicyService } from '../../../gateway/policy/service.ts';
import type { FetchResponse } from '../../../kafka/generated/fetch.ts';
import type { ProduceResponse } from '../../../kafka/generated/produce.ts';
import { decodeResponseFrame } from '../../../kafka/messages.ts';
import { assertPartialRefusal, PARTIAL_REFUSAL, topicIdsFrom } from '../filters/policy-support.ts';
import {
  batchOf,
  conn,
  deploySource,
  policyRequests,
  produceFrame,
  responseFrame,
  startService,
  valuesOf,
} from './support.ts';

const REJECT_BAD = `export default definePolicy({
  name: 'no-bad',
  onProduce(batch) {
    const bad = batch.records.filter((r) => r.text().includes('bad'));
    if (bad.length === 0) return accept();
    return reject('bad values in ' + batch.topic, { recordErrors: bad.map((r) => ({ index: r.index, message: 'contains bad' })) });
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

const TO = (codec: string) =>
  `export default definePolicy({ name: 'to-${codec}', onProduce() { return modify({ request: { compression: '${codec}' } }); } });`;

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

describe('policy layer on the real engine', () => {
  let svc: PolicyService;
  let handler: ReturnType<typeof policyRequests>;

  before(async () => {
    ({ svc } = await startService());
    handler = policyRequests(svc);
    await Promise.all([
      deploySource(svc, 'no-bad', REJECT_BAD, { scope: { topics: ['orders'] } }),
      deploySource(svc, 'mask', MASK, { scope: { topics: ['cards'] } }),
      deploySource(svc, 'codec', TO('brotli'), { scope: { topics: ['t'] } }),
      // onRequest has no topic: scoped by client id instead.
      deploySource(svc, 'tag-client', CLIENT_ID, { scope: { clientIds: ['read-only'] } }),
    ]);
  });
  after(() => svc.close());

  test('Given a policy asking for an unknown codec, then the batch is refused as a malformed verdict', async () => {
    const { payload } = produceFrame(11, -1, [{ name: 't', partitions: [{ index: 0, values: ['a'] }] }]);
    const v = await handler.handle(payload, conn);
    assert.ok(v.kind === 'answer' && v.payload, 'Sluice answers: nothing is left to send');
    const res = decodeResponseFrame(v.payload, 0, 11).body as ProduceResponse;
    const p = res.responses[0].partitionResponses[0];
    assert.equal(p.errorCode, 87);
    assert.match(p.errorMessage ?? '', /compression must be one of/);
  });

  test('Given one partition rejected out of three, when the broker answers, then the client sees every partition in request order with INVALID_RECORD, record_errors and message on the rejected one', async () => {
    assertPartialRefusal(await handler.handle(PARTIAL_REFUSAL, conn));
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

  test('Given an onRequest policy refusing a client, when it sends a Produce, then Sluice answers every partition with POLICY_VIOLATION and the message, and nothing goes upstream', async () => {
    const { payload } = produceFrame(
      11,
      -1,
      [{ name: 'orders', partitions: [0, 1].map((index) => ({ index, values: ['{"a":1}'] })) }],
      'read-only',
    );
    const v = await handler.handle(payload, conn);
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
});
