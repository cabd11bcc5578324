import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ConnectionInfo, RequestInfo } from '../../../gateway/connection/types.ts';
import { headers, protocolBinding } from '../../../gateway/protocol-binding.ts';
import { ResponseFilterChain } from '../../../gateway/rewrites/chain.ts';
import { describeClusterRewrite } from '../../../gateway/rewrites/describe-cluster.ts';
import type { FilterContext, ResponseFilter } from '../../../gateway/rewrites/filter.ts';
import { findCoordinatorRewrite } from '../../../gateway/rewrites/find-coordinator.ts';
import { metadataRewrite } from '../../../gateway/rewrites/metadata.ts';
import {
  fetchNodeEndpointsRewrite,
  produceNodeEndpointsRewrite,
} from '../../../gateway/rewrites/node-endpoints.ts';
import { MetadataCache } from '../../../gateway/routing/metadata-cache.ts';
import { SniRouter } from '../../../gateway/routing/sni-router.ts';
import { encodeFetchResponse, type FetchResponse } from '../../../kafka/generated/fetch.ts';
import { encodeMetadataResponse, type MetadataResponse } from '../../../kafka/generated/metadata.ts';
import { Reader } from '../../../kafka/reader.ts';
import { Writer } from '../../../kafka/writer.ts';

const advertised = new SniRouter({
  bootstrapHost: 'gateway.example.com',
  brokerHostPattern: 'brokermain{nodeId}-gateway.example.com',
  advertisedPort: 443,
});
const conn: ConnectionInfo = {
  id: 1,
  listener: 'ext',
  route: { kind: 'bootstrap' },
  clientAddress: '127.0.0.1:1',
};

function context(apiKey: number, apiVersion: number, cache = new MetadataCache()) {
  const state = { modified: false };
  const ctx: FilterContext = {
    request: { apiKey, apiVersion, correlationId: 7, clientId: 'c' },
    conn,
    advertised,
    cache,
    markModified: () => {
      state.modified = true;
    },
  };
  return { ctx, state, cache };
}

async function run<T>(filter: ResponseFilter, body: T, apiKey: number, apiVersion: number) {
  const c = context(apiKey, apiVersion);
  const out = (await filter.onResponse(body, c.ctx)) as T;
  return { out, ...c };
}

describe('address rewrites on decoded responses', () => {
  test('Given a Metadata response, when rewritten, then brokers get SNI names and the advertised port, and the cache learns upstream addresses', async () => {
    const { out, state, cache } = await run(
      metadataRewrite,
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
    const single = await run(
      findCoordinatorRewrite,
      { errorCode: 0, nodeId: 1, host: 'k1', port: 9092 },
      10,
      3,
    );
    assert.deepEqual([single.out.host, single.out.port], ['brokermain1-gateway.example.com', 443]);
    const notFound = await run(
      findCoordinatorRewrite,
      { errorCode: 15, nodeId: -1, host: '', port: -1 },
      10,
      3,
    );
    assert.deepEqual([notFound.out.host, notFound.out.port, notFound.state.modified], ['', -1, false]);
    const batched = await run(
      findCoordinatorRewrite,
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
    const { out } = await run(
      describeClusterRewrite,
      { brokers: [{ brokerId: 5, host: 'k5', port: 1 }] },
      60,
      1,
    );
    assert.deepEqual(out.brokers[0], { brokerId: 5, host: 'brokermain5-gateway.example.com', port: 443 });
  });

  test('Given Produce v10 without NodeEndpoints, when filtered, then nothing is marked modified (original bytes go out)', async () => {
    const { state } = await run(produceNodeEndpointsRewrite, { responses: [], nodeEndpoints: [] }, 0, 10);
    assert.equal(state.modified, false);
    const moved = await run(
      produceNodeEndpointsRewrite,
      { nodeEndpoints: [{ nodeId: 1, host: 'k1', port: 9 }] },
      0,
      11,
    );
    assert.equal(moved.out.nodeEndpoints?.[0].host, 'brokermain1-gateway.example.com');
  });
});

describe('response filter chain with the generated codecs', () => {
  function responseFrame(correlationId: number, headerVersion: number, body: Buffer): Buffer {
    const w = new Writer(64).appendInt32(correlationId);
    if (headerVersion >= 1) w.appendUnsignedVarInt(0);
    return Buffer.concat([w.toBuffer(), body]);
  }

  function chain(filters: ResponseFilter[], cache = new MetadataCache()) {
    return new ResponseFilterChain({ filters, codec: protocolBinding.responses, headers, advertised, cache });
  }

  test('Given a Metadata v12 response frame, when the chain handles it, then the re-encoded frame decodes to rewritten brokers and keeps topics', async () => {
    const body: MetadataResponse = {
      throttleTimeMs: 0,
      brokers: [{ nodeId: 1, host: 'upstream-1.internal', port: 19092, rack: null }],
      clusterId: 'abc',
      controllerId: 1,
      topics: [],
    };
    const w = new Writer(128);
    encodeMetadataResponse(w, 12, body);
    const frame = responseFrame(42, headers.response(3, 12), w.toBuffer());
    const req: RequestInfo = { apiKey: 3, apiVersion: 12, correlationId: 42, clientId: 'x' };
    const c = chain([metadataRewrite]);
    assert.equal(c.wants(3, 12), true);
    assert.equal(c.wants(2, 5), false);
    const out = (await c.handle(req, frame, conn)) as Buffer;
    assert.equal(out.readInt32BE(0), 42);
    const decoded = protocolBinding.decodeResponse(3, 12, out) as MetadataResponse;
    assert.deepEqual(decoded.brokers, [
      { nodeId: 1, host: 'brokermain1-gateway.example.com', port: 443, rack: null },
    ]);
    assert.equal(decoded.clusterId, 'abc');
    assert.doesNotMatch(out.toString('latin1'), /upstream-1/);
  });

  test('Given a Fetch v16 response without NodeEndpoints, when the chain handles it, then the very same buffer is returned', async () => {
    const body: FetchResponse = { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: [] };
    const w = new Writer(64);
    encodeFetchResponse(w, 16, body);
    const frame = responseFrame(9, headers.response(1, 16), w.toBuffer());
    const c = chain([fetchNodeEndpointsRewrite]);
    assert.equal(c.wants(1, 15), false, 'Fetch below v16 carries no endpoints and is never decoded');
    const out = await c.handle({ apiKey: 1, apiVersion: 16, correlationId: 9, clientId: null }, frame, conn);
    assert.equal(out, frame);
  });

  test('Given a filter that needs time, when the chain handles the frame, then it resolves with the rewritten frame', async () => {
    const slow: ResponseFilter = {
      name: 'slow',
      apiKey: 3,
      async onResponse(res, ctx) {
        await new Promise((r) => setTimeout(r, 5));
        ctx.markModified();
        (res as MetadataResponse).clusterId = 'changed';
        return res;
      },
    };
    const w = new Writer(64);
    encodeMetadataResponse(w, 12, {
      brokers: [],
      topics: [],
      clusterId: 'a',
      controllerId: 0,
      throttleTimeMs: 0,
    });
    const frame = responseFrame(1, 1, w.toBuffer());
    const out = await chain([metadataRewrite, slow]).handle(
      { apiKey: 3, apiVersion: 12, correlationId: 1, clientId: null },
      frame,
      conn,
    );
    const decoded = protocolBinding.decodeResponse(3, 12, out) as MetadataResponse;
    assert.equal(decoded.clusterId, 'changed');
    assert.ok(new Reader(out).readInt32() === 1);
  });
});
