// Fetch responses through fetchPolicies (gateway/filters/policy-fetch.ts), without sockets or a
// sandbox: the test kit's fake engine returns, per batch, the outcome the real engine makes of
// policy mask's verdict; frames from the generated codecs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FetchOutcome, FetchPartitionBatch } from '../../../engine/index.ts';
import { fetchPolicies } from '../../../gateway/filters/policy-fetch.ts';
import type { FetchResponse } from '../../../kafka/generated/fetch.ts';
import type { ShareFetchResponse } from '../../../kafka/generated/share-fetch.ts';
import { decodeResponseFrame } from '../../../kafka/messages.ts';
import { chainOf } from '../../kit/chain.ts';
import { head } from '../../kit/context.ts';
import { FakePolicies } from '../../kit/fake-policies.ts';
import { batchOf, responseFrame, valuesOf } from '../../kit/frames.ts';
import { fetchModified, policyChain, text, topicIdsFrom, withText } from './policy-support.ts';

/** Policy mask: `modify({ records: batch.records.map((r) => r.with({ value: r.text().replace(/[0-9]/g, '#') })) })`. */
function mask(batch: FetchPartitionBatch): FetchOutcome {
  return fetchModified(batch.records.map((r) => withText(r, text(r).replace(/[0-9]/g, '#'))));
}

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

describe('policy layer: Fetch', () => {
  // mask is deployed for cards.
  const policies = new FakePolicies({ onFetch: mask, fetchTopics: ['cards'] });

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
    const out = await policyChain(fetchPolicies, policies, { topicIds: ids }).fetch(frame, 15);
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
    const out = await policyChain(fetchPolicies, policies).fetch(responseFrame(1, 15, 9, body), 15);
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
    const out = await policyChain(fetchPolicies, policies, { topicIds: ids }).fetch(
      responseFrame(1, 15, 9, body),
      15,
    );
    const p = (decodeResponseFrame(out, 1, 15).body as FetchResponse).responses[0].partitions[0];
    assert.equal(p.errorCode, 2);
    assert.equal(p.records?.length ?? 0, 0);
  });

  test('Given a 2.5 MiB decode budget, when a fetched partition holds three gzip batches that inflate to 1 MiB each, then two are masked and the third is left out for the next fetch, with no error', async () => {
    const MiB = 1024 * 1024;
    const cardsId = '11111111-2222-3333-4444-555555555555';
    const big = (digit: string) => `card ${digit} ${'x'.repeat(MiB - 100)}`;
    const body: FetchResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: [
        {
          topicId: cardsId,
          partitions: [
            fetchPartition(Buffer.concat(['1', '2', '3'].map((d) => batchOf([big(d)], 'gzip'))), 3n),
          ],
        },
      ],
    };
    const budgeted = (current: Parameters<typeof fetchPolicies>[0]) =>
      fetchPolicies(current, { perRequest: 2.5 * MiB });
    const out = await policyChain(budgeted, policies, { topicIds: topicIdsFrom({ cards: cardsId }) }).fetch(
      responseFrame(1, 15, 9, body),
      15,
    );
    const p = (decodeResponseFrame(out, 1, 15).body as FetchResponse).responses[0].partitions[0];
    assert.equal(p.errorCode, 0);
    const batches = valuesOf(p.records);
    assert.equal(batches.length, 2);
    assert.deepEqual(
      batches.map((b) => b.values[0].slice(0, 6)),
      ['card #', 'card #'],
    );
  });

  test('Given a 2.5 MiB decode budget, when a fetched batch alone inflates past it, then its partition gets MESSAGE_TOO_LARGE and no records, never the unmasked bytes', async () => {
    const MiB = 1024 * 1024;
    const cardsId = '11111111-2222-3333-4444-555555555555';
    const body: FetchResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: [
        {
          topicId: cardsId,
          partitions: [fetchPartition(batchOf([`card 4 ${'x'.repeat(3 * MiB)}`], 'gzip'))],
        },
      ],
    };
    const budgeted = (current: Parameters<typeof fetchPolicies>[0]) =>
      fetchPolicies(current, { perRequest: 2.5 * MiB });
    const out = await policyChain(budgeted, policies, { topicIds: topicIdsFrom({ cards: cardsId }) }).fetch(
      responseFrame(1, 15, 9, body),
      15,
    );
    const p = (decodeResponseFrame(out, 1, 15).body as FetchResponse).responses[0].partitions[0];
    assert.equal(p.errorCode, 10);
    assert.equal(p.records?.length ?? 0, 0);
  });
});

const SHARE_FETCH = 78;

/** A ShareFetch v1 response with one partition of `records` per topic id, acquired from offset 0. */
function shareFetchResponse(topics: [string, Buffer][]): ShareFetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    acquisitionLockTimeoutMs: 30_000,
    responses: topics.map(([topicId, records]) => ({
      topicId,
      partitions: [
        {
          partitionIndex: 0,
          errorCode: 0,
          errorMessage: null,
          acknowledgeErrorCode: 0,
          acknowledgeErrorMessage: null,
          currentLeader: { leaderId: -1, leaderEpoch: -1 },
          records,
          acquiredRecords: [{ firstOffset: 0n, lastOffset: 1n, deliveryCount: 1 }],
        },
      ],
    })),
    nodeEndpoints: [],
  };
}

async function throughShareFetch(
  policies: FakePolicies,
  body: ShareFetchResponse,
  ids: ReturnType<typeof topicIdsFrom>,
) {
  const chain = chainOf([fetchPolicies(() => policies)], { topicIds: ids });
  const out = await chain.handleResponse(
    responseFrame(SHARE_FETCH, 1, 9, body),
    chain.exchangeFor(head(SHARE_FETCH, 1, 9, 'c'), true),
  );
  return decodeResponseFrame(out!, SHARE_FETCH, 1).body as ShareFetchResponse;
}

describe('policy layer: ShareFetch (share groups read through the same fetch policies)', () => {
  const cardsId = '11111111-2222-3333-4444-555555555555';
  const otherId = '66666666-2222-3333-4444-555555555555';
  const ids = topicIdsFrom({ cards: cardsId, other: otherId });

  test('Given a masking onFetch policy, when a ShareFetch response comes back, then the covered topic is masked, its acquired offsets kept, the other topic untouched', async () => {
    const policies = new FakePolicies({ onFetch: mask, fetchTopics: ['cards'] });
    const res = await throughShareFetch(
      policies,
      shareFetchResponse([
        [cardsId, batchOf(['card 4111 1111', 'pin 1234'], 'zstd')],
        [otherId, batchOf(['order 42'])],
      ]),
      ids,
    );
    assert.deepEqual(valuesOf(res.responses[0].partitions[0].records), [
      { codec: 'zstd', values: ['card #### ####', 'pin ####'] },
    ]);
    assert.deepEqual(res.responses[0].partitions[0].acquiredRecords, [
      { firstOffset: 0n, lastOffset: 1n, deliveryCount: 1 },
    ]);
    assert.deepEqual(valuesOf(res.responses[1].partitions[0].records), [
      { codec: 'none', values: ['order 42'] },
    ]);
  });

  test('Given an onFetch policy that refuses, when a ShareFetch response comes back, then the partition gets the error code and no records', async () => {
    const refuse = (): FetchOutcome => ({
      trace: [],
      action: 'reject',
      errorCode: 87,
      errorMessage: 'refused',
      retriable: false,
      policy: 'no-cards',
    });
    const policies = new FakePolicies({ onFetch: refuse, fetchTopics: ['cards'] });
    const res = await throughShareFetch(
      policies,
      shareFetchResponse([[cardsId, batchOf(['card 4111 1111'])]]),
      ids,
    );
    assert.equal(res.responses[0].partitions[0].errorCode, 87);
    assert.equal(res.responses[0].partitions[0].records.length, 0);
  });

  test('Given a masking onFetch policy, when a ShareFetch response names a topic id Sluice has not learnt, then its data is withheld with UNKNOWN_TOPIC_ID', async () => {
    const policies = new FakePolicies({ onFetch: mask, fetchTopics: ['cards'] });
    const unknown = '99999999-2222-3333-4444-555555555555';
    const res = await throughShareFetch(
      policies,
      shareFetchResponse([[unknown, batchOf(['card 4111 1111'])]]),
      ids,
    );
    assert.equal(res.responses[0].partitions[0].errorCode, 100);
    assert.equal(res.responses[0].partitions[0].records.length, 0);
  });
});
