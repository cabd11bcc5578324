// The filter chain: a wanted frame is decoded once however many filters want it, untouched
// frames go on as the bytes that came in, and any api's request can be refused with its own
// error response.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { listenerFilters } from '../../../gateway/filters/index.ts';
import { GatewayMetrics } from '../../../gateway/metrics.ts';
import { defineFilter, refuse } from '../../../gateway/pipeline/filter.ts';
import { MetadataCache } from '../../../gateway/routing/metadata-cache.ts';
import { TopicIds } from '../../../gateway/routing/topic-ids.ts';
import { API_KEYS } from '../../../kafka/apis.ts';
import { SluiceError } from '../../../kafka/errors.ts';
import { API_CODECS, type ApiCodec } from '../../../kafka/generated/index.ts';
import type { ListOffsetsResponse } from '../../../kafka/generated/list-offsets.ts';
import type { ProduceResponse } from '../../../kafka/generated/produce.ts';
import { decodeResponseFrame } from '../../../kafka/messages.ts';
import { chainOf, receiveResponse, sendRequest } from '../../kit/chain.ts';
import { head } from '../../kit/context.ts';
import { FakePolicies, rejected } from '../../kit/fake-policies.ts';
import { batchOf, produceFrame, requestFrame, responseFrame } from '../../kit/frames.ts';

/** Counts calls of every request and response decoder of the generated codecs until restored. */
function countDecodes() {
  const counts = new Map<string, number>();
  const restore: (() => void)[] = [];
  for (const codec of Object.values(API_CODECS) as ApiCodec<unknown, unknown>[]) {
    for (const side of ['decodeRequest', 'decodeResponse'] as const) {
      const original = codec[side];
      const key = `${codec.name}.${side === 'decodeRequest' ? 'request' : 'response'}`;
      (codec as unknown as Record<string, unknown>)[side] = (...args: unknown[]) => {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return (original as (...a: unknown[]) => unknown).apply(codec, args);
      };
      restore.push(() => {
        (codec as unknown as Record<string, unknown>)[side] = original;
      });
    }
  }
  return {
    counts,
    restore: () => {
      for (const r of restore) r();
    },
  };
}

const advertised = {
  bootstrap: () => ({ host: 'gw', port: 9092 }),
  broker: (id: number) => ({ host: `b${id}`, port: 9092 }),
};

/** Every filter a connection has, over a scripted policy runtime. */
function connectionChain(policies: FakePolicies, topicIds = new TopicIds()) {
  const filters = listenerFilters({
    advertised,
    cache: new MetadataCache(),
    topicIds,
    policies: () => policies,
  })();
  return chainOf(filters, { topicIds });
}

/** A Produce response partition the broker accepted at offset 5. */
function acceptedPartition(index: number) {
  return {
    index,
    errorCode: 0,
    baseOffset: 5n,
    logAppendTimeMs: -1n,
    logStartOffset: 0n,
    recordErrors: [],
    errorMessage: null,
  };
}

let counter: ReturnType<typeof countDecodes> | undefined;
afterEach(() => counter?.restore());

describe('filter chain', () => {
  test('Given every filter of a connection and no policy, when Produce v11 responses pass, then one without NodeEndpoints goes out undecoded as the same bytes, and one with them is decoded and rewritten', async () => {
    const chain = connectionChain(new FakePolicies({}));
    const partition = acceptedPartition(0);
    const plain = responseFrame(0, 11, 7, {
      throttleTimeMs: 0,
      responses: [{ name: 't', partitionResponses: [partition] }],
    });
    const moved = responseFrame(0, 11, 8, {
      throttleTimeMs: 0,
      responses: [{ name: 't', partitionResponses: [{ ...partition, errorCode: 6 }] }],
      nodeEndpoints: [{ nodeId: 2, host: 'upstream-2.internal', port: 19092, rack: null }],
    });
    counter = countDecodes();
    const ex7 = chain.exchangeFor(head(0, 11, 7), true);
    assert.equal(await receiveResponse(chain, ex7, plain), plain);
    assert.equal(counter.counts.get('Produce.response') ?? 0, 0, 'not decoded');
    const ex8 = chain.exchangeFor(head(0, 11, 8), true);
    const out = (await receiveResponse(chain, ex8, moved))!;
    assert.equal(counter.counts.get('Produce.response'), 1);
    const body = decodeResponseFrame(out, 0, 11).body as ProduceResponse;
    assert.deepEqual(
      body.nodeEndpoints?.map((e) => `${e.nodeId} ${e.host}:${e.port}`),
      ['2 b2:9092'],
    );
  });

  test('Given every filter of a connection and a Produce v11 with one partition refused, when the request and the broker response pass, then each is decoded once', async () => {
    const policies = new FakePolicies({
      onProduce: (b) =>
        b.partition === 0
          ? rejected(87, 'no', [{ batchIndex: 0, message: 'bad' }])
          : { action: 'forward', trace: [] },
    });
    const chain = connectionChain(policies);
    const req = produceFrame(11, -1, [
      {
        name: 't',
        partitions: [
          { index: 0, values: ['a'] },
          { index: 1, values: ['b'] },
        ],
      },
    ]);
    counter = countDecodes();
    const out = await sendRequest(chain, req.payload);
    assert.equal(out.kind, 'forward');
    if (out.kind !== 'forward') return;
    const broker = responseFrame(0, 11, 42, {
      throttleTimeMs: 0,
      responses: [
        {
          name: 't',
          partitionResponses: [acceptedPartition(1)],
        },
      ],
      nodeEndpoints: [{ nodeId: 1, host: 'upstream-1', port: 19092, rack: null }],
    });
    const client = (await receiveResponse(chain, out.exchange, broker))!;
    const merged = decodeResponseFrame(client, 0, 11).body as ProduceResponse;
    assert.deepEqual(
      merged.responses[0].partitionResponses.map((p) => [p.index, p.errorCode]),
      [
        [0, 87],
        [1, 0],
      ],
    );
    assert.equal(merged.nodeEndpoints?.[0].host, 'b1', 'the address filter ran on the merged response too');
    assert.deepEqual(
      Object.fromEntries(counter.counts),
      { 'Produce.request': 1, 'Produce.response': 2 },
      'one decode each on the way (the second response decode is this test reading the result)',
    );
  });

  test('Given fetch policies and a Metadata v12 response, when it passes, then it is decoded once for the address rewrite and the topic ids together', async () => {
    const topicIds = new TopicIds();
    const chain = connectionChain(
      new FakePolicies({ onFetch: () => ({ action: 'forward', trace: [] }) }),
      topicIds,
    );
    const id = '0b7f2c6e-1d3a-4e5f-8a9b-0c1d2e3f4a5b';
    const metadata = responseFrame(3, 12, 7, {
      throttleTimeMs: 0,
      brokers: [{ nodeId: 0, host: 'upstream-0', port: 19092, rack: null }],
      clusterId: 'c',
      controllerId: 0,
      topics: [
        {
          errorCode: 0,
          name: 'cards',
          topicId: id,
          isInternal: false,
          partitions: [],
          topicAuthorizedOperations: 0,
        },
      ],
    });
    counter = countDecodes();
    const ex = chain.exchangeFor({ apiKey: 3, apiVersion: 12, correlationId: 7, clientId: 'c' }, true);
    const out = (await receiveResponse(chain, ex, metadata))!;
    assert.equal(counter.counts.get('Metadata.response'), 1);
    assert.equal(topicIds.name(id), 'cards');
    assert.doesNotMatch(out.toString('latin1'), /upstream-0/);
  });

  test('Given a masking fetch policy, when a Fetch v15 response passes, then it is decoded once and the masked batch is what the client gets', async () => {
    const policies = new FakePolicies({
      onFetch: (b) => ({
        action: 'modify',
        records: b.records.map((r) => ({ ...r, value: Buffer.from('****') })),
        trace: [],
      }),
    });
    const id = '0b7f2c6e-1d3a-4e5f-8a9b-0c1d2e3f4a5b';
    const topicIds = new TopicIds();
    topicIds.learn({
      throttleTimeMs: 0,
      brokers: [],
      clusterId: 'c',
      controllerId: 0,
      topics: [
        {
          errorCode: 0,
          name: 'cards',
          topicId: id,
          isInternal: false,
          partitions: [],
          topicAuthorizedOperations: 0,
        },
      ],
    });
    const chain = connectionChain(policies, topicIds);
    const fetch = responseFrame(1, 15, 9, {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: [
        {
          topicId: id,
          partitions: [
            {
              partitionIndex: 0,
              errorCode: 0,
              highWatermark: 1n,
              lastStableOffset: 1n,
              logStartOffset: 0n,
              abortedTransactions: null,
              preferredReadReplica: -1,
              records: batchOf(['4111-1111']),
            },
          ],
        },
      ],
    });
    counter = countDecodes();
    const out = (await receiveResponse(
      chain,
      chain.exchangeFor({ apiKey: 1, apiVersion: 15, correlationId: 9, clientId: 'c' }, true),
      fetch,
    ))!;
    assert.equal(counter.counts.get('Fetch.response'), 1);
    assert.ok(out.includes(Buffer.from('****')) && !out.includes(Buffer.from('4111-1111')));
  });

  test('Given a filter refusing ListOffsets, when the request passes, then the client gets a ListOffsets response with the code on every partition and the broker gets nothing', async () => {
    const chain = chainOf([
      defineFilter({
        name: 'no-offsets',
        headers: { wants: (k) => k === API_KEYS.ListOffsets, on: () => refuse(44, 'not for you', 'p') },
      }),
    ]);
    const req = requestFrame(2, 9, {
      replicaId: -1,
      isolationLevel: 0,
      topics: [{ name: 't', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -1n }] }],
    });
    const out = await sendRequest(chain, req.payload);
    assert.ok(out.kind === 'answer' && out.payload);
    const res = decodeResponseFrame(out.payload, 2, 9).body as ListOffsetsResponse;
    assert.deepEqual(
      res.topics.map((t) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.errorCode])]),
      [['t', [[0, 44]]]],
    );
  });

  test('Given no filter wants a request, when it passes, then it is not decoded and the very same bytes go upstream', async () => {
    const chain = connectionChain(new FakePolicies({}));
    const req = requestFrame(2, 9, { replicaId: -1, isolationLevel: 0, topics: [] });
    counter = countDecodes();
    const out = await sendRequest(chain, req.payload);
    assert.ok(out.kind === 'forward' && out.payload === req.payload);
    assert.equal(counter.counts.size, 0);
  });

  test('Given filters that change, refuse and fail, when frames pass, then /metrics counts each by filter, api and action, and the error names its filter', async () => {
    const metrics = new GatewayMetrics();
    const chain = chainOf(
      [
        defineFilter({
          name: 'stamp-produce',
          requests: {
            [API_KEYS.Produce]: {
              on: (req, ctx) => {
                req.timeoutMs = 1000;
                ctx.markModified();
                return undefined;
              },
            },
          },
        }),
        defineFilter({
          name: 'no-offsets',
          headers: { wants: (k) => k === API_KEYS.ListOffsets, on: () => refuse(44, 'not for you') },
        }),
        defineFilter({
          name: 'broken',
          headers: {
            wants: (k) => k === API_KEYS.Metadata,
            on: () => {
              throw new SluiceError('SLUICE_TEST_BROKEN', 'this filter always fails');
            },
          },
        }),
      ],
      { observer: metrics },
    );
    await sendRequest(
      chain,
      produceFrame(9, -1, [{ name: 't', partitions: [{ index: 0, values: ['a'] }] }]).payload,
    );
    await sendRequest(chain, requestFrame(2, 9, { replicaId: -1, isolationLevel: 0, topics: [] }).payload);
    await assert.rejects(
      async () =>
        sendRequest(
          chain,
          requestFrame(3, 12, {
            topics: [],
            allowAutoTopicCreation: false,
            includeTopicAuthorizedOperations: false,
          }).payload,
        ),
      (err: SluiceError) => err.details.filter === 'broken',
    );
    const text = await metrics.render();
    assert.match(
      text,
      /sluice_filter_actions_total\{filter="stamp-produce",api="Produce",action="modify"\} 1/,
    );
    assert.match(
      text,
      /sluice_filter_actions_total\{filter="no-offsets",api="ListOffsets",action="refuse"\} 1/,
    );
    assert.match(text, /sluice_filter_actions_total\{filter="broken",api="Metadata",action="error"\} 1/);
  });
});
