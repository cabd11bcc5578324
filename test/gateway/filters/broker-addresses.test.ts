import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brokerAddresses } from '../../../gateway/filters/broker-addresses.ts';
import type { Filter, ResponseHook } from '../../../gateway/pipeline/filter.ts';
import { MetadataCache } from '../../../gateway/routing/metadata-cache.ts';
import { SniRouter } from '../../../gateway/routing/sni-router.ts';
import type { ApiKey } from '../../../kafka/apis.ts';
import type { FetchResponse } from '../../../kafka/generated/fetch.ts';
import type { MetadataResponse } from '../../../kafka/generated/metadata.ts';
import { decodeResponseFrame } from '../../../kafka/messages.ts';
import { Reader } from '../../../kafka/reader.ts';
import { chainOf } from '../../kit/chain.ts';
import { head, responseContext, testConn } from '../../kit/context.ts';
import { responseFrame } from '../../kit/frames.ts';

const advertised = new SniRouter({
  bootstrapHost: 'gateway.example.com',
  brokerHostPattern: 'brokermain{nodeId}-gateway.example.com',
  advertisedPort: 443,
});
const conn = testConn({ listener: 'ext' });

/** Runs the broker-addresses filter's hook for `apiKey` on a decoded response body. */
async function run<T>(body: T, apiKey: number, apiVersion: number) {
  const cache = new MetadataCache();
  const filter = brokerAddresses({ advertised, cache });
  const hook = filter.responses?.[apiKey as ApiKey] as ResponseHook<ApiKey> | undefined;
  assert.ok(hook, `the filter handles api key ${apiKey}`);
  const c = responseContext(head(apiKey, apiVersion), { conn });
  const out = ((await hook.on(body as never, c.ctx)) ?? body) as T;
  return { out, state: { modified: c.recorded.modified }, cache };
}

describe('broker addresses filter on decoded responses', () => {
  test('Given a Metadata response, when rewritten, then brokers get SNI names and the advertised port, and the cache learns upstream addresses', async () => {
    const { out, state, cache } = await run(
      {
        brokers: [
          { nodeId: 0, host: 'kafka-0.internal', port: 9093 },
          { nodeId: 2, host: 'kafka-2.internal', port: 9093 },
        ],
      },
      3,
      12,
    );
    assert.deepEqual(
      out.brokers.map((b) => `${b.nodeId}=${b.host}:${b.port}`),
      ['0=brokermain0-gateway.example.com:443', '2=brokermain2-gateway.example.com:443'],
    );
    assert.equal(state.modified, true);
    assert.deepEqual(cache.get(2), { host: 'kafka-2.internal', port: 9093 });
  });

  test('Given FindCoordinator v3 (single) and v4 (batched) answers, when rewritten, then found coordinators are rewritten and errors left alone', async () => {
    const single = await run({ errorCode: 0, nodeId: 1, host: 'k1', port: 9092 }, 10, 3);
    assert.deepEqual([single.out.host, single.out.port], ['brokermain1-gateway.example.com', 443]);
    const notFound = await run({ errorCode: 15, nodeId: -1, host: '', port: -1 }, 10, 3);
    assert.deepEqual([notFound.out.host, notFound.out.port, notFound.state.modified], ['', -1, false]);
    const batched = await run(
      {
        coordinators: [
          { key: 'g1', nodeId: 2, host: 'k2', port: 9092, errorCode: 0 },
          { key: 'g2', nodeId: -1, host: '', port: -1, errorCode: 15 },
        ],
      },
      10,
      4,
    );
    assert.deepEqual(
      batched.out.coordinators?.map((c) => `${c.host}:${c.port}`),
      ['brokermain2-gateway.example.com:443', ':-1'],
    );
  });

  test('Given DescribeCluster, when rewritten, then broker ids map to their SNI names', async () => {
    const { out } = await run({ brokers: [{ brokerId: 5, host: 'k5', port: 1 }] }, 60, 1);
    assert.deepEqual(out.brokers[0], { brokerId: 5, host: 'brokermain5-gateway.example.com', port: 443 });
  });

  test('Given Produce v10 without NodeEndpoints, when filtered, then nothing is marked modified (original bytes go out)', async () => {
    const { state } = await run({ responses: [], nodeEndpoints: [] }, 0, 10);
    assert.equal(state.modified, false);
    const moved = await run({ nodeEndpoints: [{ nodeId: 1, host: 'k1', port: 9 }] }, 0, 11);
    assert.equal(moved.out.nodeEndpoints?.[0].host, 'brokermain1-gateway.example.com');
  });
});

describe('broker addresses in a chain with the generated codecs', () => {
  const chain = (filters: Filter[]) => chainOf(filters, { conn });
  const addresses = () => brokerAddresses({ advertised, cache: new MetadataCache() });

  test('Given a Metadata v12 response frame, when the chain handles it, then the re-encoded frame decodes to rewritten brokers and keeps topics', async () => {
    const body: MetadataResponse = {
      throttleTimeMs: 0,
      brokers: [{ nodeId: 1, host: 'upstream-1.internal', port: 19092, rack: null }],
      clusterId: 'abc',
      controllerId: 1,
      topics: [],
    };
    const frame = responseFrame(3, 12, 42, body);
    const c = chain([addresses()]);
    const ex = c.exchangeFor(head(3, 12, 42, 'x'), true);
    assert.equal(ex.decodeResponse, true);
    assert.equal(c.exchangeFor(head(2, 5), true).decodeResponse, false);
    const out = (await c.handleResponse(frame, ex))!;
    assert.equal(out.readInt32BE(0), 42);
    const decoded = decodeResponseFrame(out, 3, 12).body;
    assert.deepEqual(decoded.brokers, [
      { nodeId: 1, host: 'brokermain1-gateway.example.com', port: 443, rack: null },
    ]);
    assert.equal(decoded.clusterId, 'abc');
    assert.doesNotMatch(out.toString('latin1'), /upstream-1/);
  });

  test('Given a Fetch v16 response without NodeEndpoints, when the chain handles it, then the very same buffer is returned', async () => {
    const body: FetchResponse = { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: [] };
    const frame = responseFrame(1, 16, 9, body);
    const c = chain([addresses()]);
    assert.equal(
      c.exchangeFor(head(1, 15), true).decodeResponse,
      false,
      'Fetch below v16 carries no endpoints and is never decoded',
    );
    const out = await c.handleResponse(frame, c.exchangeFor(head(1, 16, 9, null), true));
    assert.equal(out, frame);
  });

  test('Given a filter that needs time, when the chain handles the frame, then it resolves with the rewritten frame', async () => {
    const slow: Filter = {
      name: 'slow',
      responses: {
        3: {
          async on(res, ctx) {
            await new Promise((r) => setTimeout(r, 5));
            ctx.markModified();
            res.clusterId = 'changed';
            return undefined;
          },
        },
      },
    };
    const frame = responseFrame(3, 12, 1, {
      brokers: [],
      topics: [],
      clusterId: 'a',
      controllerId: 0,
      throttleTimeMs: 0,
    });
    const c = chain([addresses(), slow]);
    const out = (await c.handleResponse(frame, c.exchangeFor(head(3, 12, 1, null), true)))!;
    assert.equal(decodeResponseFrame(out, 3, 12).body.clusterId, 'changed');
    assert.ok(new Reader(out).readInt32() === 1);
  });
});
