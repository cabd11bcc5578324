// The streamed rewrite of Fetch v16+ NodeEndpoints, end to end below the sockets: a broker's
// response, encoded with the generated codec and cut into arbitrary chunks, goes through the
// FrameStream with the rewrite the chain hands out for it, and what the client would read is
// decoded with the generated codec again.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { FrameStream } from '../../../gateway/connection/frame-stream.ts';
import { brokerAddresses } from '../../../gateway/filters/broker-addresses.ts';
import { endpointReserve, RESERVED_ENDPOINTS } from '../../../gateway/filters/fetch-endpoints-streamed.ts';
import type { FilterObserver } from '../../../gateway/pipeline/chain.ts';
import { MetadataCache } from '../../../gateway/routing/metadata-cache.ts';
import type { ListenerAddresses } from '../../../gateway/routing/route.ts';
import { SniRouter } from '../../../gateway/routing/sni-router.ts';
import type { FetchResponse } from '../../../kafka/generated/fetch.ts';
import { decodeResponseFrame } from '../../../kafka/messages.ts';
import { PADDING_TAG } from '../../../kafka/tag-padding.ts';
import { chainOf } from '../../kit/chain.ts';
import { head, testConn } from '../../kit/context.ts';
import { responseFrame } from '../../kit/frames.ts';
import { capturingLog } from '../../kit/log.ts';

const FETCH = 1;
const sni = new SniRouter({
  bootstrapHost: 'gateway.example.com',
  brokerHostPattern: 'brokermain{nodeId}-gateway.example.com',
  advertisedPort: 443,
});

const upstreamHost = (nodeId: number, long: boolean) =>
  long ? `kafka-${nodeId}.kafka-headless.streaming.svc.cluster.local` : `k${nodeId}.up`;

interface Run {
  /** What the client reads: size prefix and payload. */
  wire: Buffer;
  /** The frame the broker sent, without its prefix. */
  frame: Buffer;
  body: FetchResponse;
  lines: Record<string, unknown>[];
  actions: string[];
  cache: MetadataCache;
}

/**
 * Streams a Fetch response through the chain's rewrite, cut at `cuts`, as the connection pair
 * does, and returns the bytes the client gets.
 */
async function streamThrough(
  version: number,
  body: FetchResponse,
  cuts: readonly number[],
  opts: { cache?: MetadataCache; advertised?: ListenerAddresses } = {},
): Promise<Run> {
  const cache = opts.cache ?? new MetadataCache();
  const { log, lines } = capturingLog();
  const actions: string[] = [];
  const observer: FilterObserver = { filterAction: (f, _k, a) => void actions.push(`${f}:${a}`) };
  const chain = chainOf([brokerAddresses({ advertised: opts.advertised ?? sni, cache })], {
    conn: testConn({ listener: 'ext' }),
    log,
    observer,
  });
  const exchange = chain.exchangeFor(head(FETCH, version, 77), true);
  assert.equal(exchange.decodeResponse, false, 'Fetch v16+ is not decoded whole for addresses alone');
  assert.ok(exchange.rewriteStreamed, 'the broker-addresses filter rewrites it as it streams');
  const frame = responseFrame(FETCH, version, 77, body);
  const out: Buffer[] = [];
  const later: Promise<Buffer>[] = [];
  const stream = new FrameStream({
    maxFrameSize: 1 << 24,
    headBytes: 4,
    decide: () => exchange.rewriteStreamed!(),
    onBytes: (raw) => out.push(Buffer.from(raw)),
    onLater: (raw) => void later.push(raw),
    onFrame: () => assert.fail('a streamed frame was collected whole'),
  });
  const sent = Buffer.concat([Buffer.alloc(4), frame]);
  sent.writeInt32BE(frame.length, 0);
  for (const c of chunked(sent, cuts)) {
    // The pair reuses a pooled read buffer unless the FrameStream holds part of it: scribble
    // over each chunk when the pair would reuse it.
    const copy = Buffer.from(c);
    stream.push(copy);
    if (stream.bufferedBytes === 0) copy.fill(0xee);
  }
  for (const p of later) out.push(await p);
  assert.equal(stream.bufferedBytes, 0);
  return { wire: Buffer.concat(out), frame, body, lines, actions, cache };
}

function chunked(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    if (c > from) out.push(bytes.subarray(from, c));
    from = c;
  }
  return out;
}

/** The client's view: the size prefix is exact, and the payload decodes with the generated codec. */
function clientSees(run: Run, version: number): FetchResponse {
  assert.equal(run.wire.readInt32BE(0), run.wire.length - 4, 'the size prefix counts the bytes sent');
  const decoded = decodeResponseFrame(run.wire.subarray(4), FETCH, version);
  assert.equal(decoded.header.correlationId, 77);
  return decoded.body as FetchResponse;
}

const withoutPadding = (tags: { tag: number }[] | undefined) =>
  (tags ?? []).filter((t) => t.tag < PADDING_TAG || t.tag > PADDING_TAG + 1);

/** The client's response equals the broker's (as the codec reads both) but for the endpoints and padding. */
function assertSameExceptEndpoints(got: FetchResponse, run: Run, version: number): void {
  const sent = decodeResponseFrame(run.frame, FETCH, version).body as FetchResponse;
  assert.deepEqual(got.responses, sent.responses, 'topics, partitions and records byte-identical');
  assert.deepEqual(withoutPadding(got._unknownTaggedFields), withoutPadding(sent._unknownTaggedFields));
  assert.equal(got.throttleTimeMs, sent.throttleTimeMs);
  assert.equal(got.sessionId, sent.sessionId);
}

// Arbitrary Fetch responses ------------------------------------------------------------------

const uuid = fc.uuid().map((u) => u);
const bytes = (max: number) => fc.uint8Array({ maxLength: max }).map((b) => Buffer.from(b));
const unknownTags = (tags: number[]) =>
  fc
    .uniqueArray(fc.constantFrom(...tags), { maxLength: 3 })
    .chain((ts) => fc.tuple(...ts.map((tag) => bytes(20).map((data) => ({ tag, data })))))
    .map((fields) => [...fields].sort((a, b) => a.tag - b.tag));

const partition = fc.record({
  partitionIndex: fc.integer({ min: 0, max: 1000 }),
  errorCode: fc.constantFrom(0, 6, 74),
  highWatermark: fc.bigInt({ min: 0n, max: 1n << 40n }),
  lastStableOffset: fc.bigInt({ min: -1n, max: 1n << 40n }),
  logStartOffset: fc.bigInt({ min: -1n, max: 1n << 40n }),
  abortedTransactions: fc.option(
    fc.array(
      fc.record({
        producerId: fc.bigInt({ min: 0n, max: 1n << 50n }),
        firstOffset: fc.bigInt({ min: 0n, max: 1n << 40n }),
      }),
      { maxLength: 3 },
    ),
    { nil: null },
  ),
  preferredReadReplica: fc.integer({ min: -1, max: 5 }),
  currentLeader: fc.record({
    leaderId: fc.integer({ min: -1, max: 5 }),
    leaderEpoch: fc.integer({ min: -1, max: 50 }),
  }),
  records: fc.option(bytes(400), { nil: null }),
  _unknownTaggedFields: unknownTags([7, 200]),
});

/** Endpoints of `knownNodes`, named as the cache knows them (`longUpstream`). */
const responseArb = (knownNodes: number[], longUpstream: boolean) =>
  fc.record({
    throttleTimeMs: fc.integer({ min: 0, max: 1000 }),
    errorCode: fc.constant(0),
    sessionId: fc.integer({ min: 0, max: 1 << 30 }),
    responses: fc.array(
      fc.record({
        topicId: uuid,
        partitions: fc.array(partition, { maxLength: 4 }),
        _unknownTaggedFields: unknownTags([3]),
      }),
      { maxLength: 3 },
    ),
    nodeEndpoints: fc.subarray(knownNodes).chain((ids) =>
      fc.tuple(
        ...ids.map((nodeId) =>
          fc.record({
            nodeId: fc.constant(nodeId),
            host: fc.constant(upstreamHost(nodeId, longUpstream)),
            port: fc.integer({ min: 1, max: 65535 }),
            rack: fc.option(fc.constantFrom('rack-a', 'eu-west-1b'), { nil: null }),
          }),
        ),
      ),
    ),
    _unknownTaggedFields: unknownTags([1, 5, 300, PADDING_TAG, 20_000]),
  }) as fc.Arbitrary<FetchResponse>;

describe('Fetch v16+ NodeEndpoints rewritten as the response streams', () => {
  test('Given arbitrary v16-18 responses cut into arbitrary chunks and brokers the cache knows, when streamed through, then endpoints are advertised, everything else is byte-identical, the size is exact and no upstream host is sent', async () => {
    const nodes = [0, 1, 2, 3, 4, 5];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 16, max: 18 }),
        fc.boolean().chain((long) => fc.tuple(fc.constant(long), responseArb(nodes, long))),
        fc.array(fc.nat(), { maxLength: 30 }),
        async (version, [longUpstream, body], cuts) => {
          const cache = new MetadataCache();
          cache.observe(
            nodes.map((nodeId) => ({ nodeId, host: upstreamHost(nodeId, longUpstream), port: 9092 })),
          );
          const run = await streamThrough(version, body, cuts, { cache });
          const got = clientSees(run, version);
          assertSameExceptEndpoints(got, run, version);
          assert.deepEqual(
            got.nodeEndpoints,
            (body.nodeEndpoints ?? []).map((e) => ({
              ...e,
              host: `brokermain${e.nodeId}-gateway.example.com`,
              port: 443,
            })),
          );
          const sent = run.wire.toString('latin1');
          for (const e of body.nodeEndpoints ?? []) {
            assert.ok(!sent.includes(e.host), `upstream host ${e.host} reached the client`);
            assert.deepEqual(
              run.cache.get(e.nodeId),
              { host: e.host, port: e.port },
              'the cache learnt the upstream address',
            );
          }
          assert.equal(run.wire.length, 4 + run.frame.length + endpointReserve(sni, cache));
          assert.equal(
            run.actions.includes('broker-addresses:modify'),
            (body.nodeEndpoints ?? []).length > 0,
          );
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
  });

  test('Given a response without NodeEndpoints, when streamed through, then it costs the 3-byte reserve of padding and nothing else changes', async () => {
    const body: FetchResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 9,
      responses: [
        {
          topicId: '2b0e7f3c-2a4e-4b8e-9d0a-5a1b2c3d4e5f',
          partitions: [
            {
              partitionIndex: 0,
              errorCode: 0,
              highWatermark: 5n,
              abortedTransactions: null,
              records: Buffer.from('records!'),
            },
          ],
        },
      ],
    };
    const cache = new MetadataCache();
    cache.observe([{ nodeId: 1, host: 'a-rather-long-upstream-host.internal', port: 9092 }]);
    const run = await streamThrough(17, body, [3, 10], { cache });
    assert.equal(run.wire.length, 4 + run.frame.length + 3);
    const got = clientSees(run, 17);
    assert.deepEqual(got.nodeEndpoints, []);
    assert.deepEqual(got._unknownTaggedFields, [{ tag: PADDING_TAG, data: Buffer.alloc(0) }]);
    assert.deepEqual(run.actions, []);
  });

  test('Given advertised hosts longer than the reserve allows (an endpoint the cache never saw), when streamed through, then the endpoints are dropped with a warning and no upstream address is sent', async () => {
    const body: FetchResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: [],
      nodeEndpoints: [{ nodeId: 12, host: 'k12', port: 9092, rack: null }],
    };
    const run = await streamThrough(16, body, [], { cache: new MetadataCache() });
    const got = clientSees(run, 16);
    assert.deepEqual(got.nodeEndpoints, []);
    assert.ok(!run.wire.toString('latin1').includes('k12'));
    assert.equal(run.wire.length, 4 + run.frame.length + 3);
    assert.ok(run.lines.some((l) => l.code === 'SLUICE_FETCH_ENDPOINTS_DROPPED' && l.level === 40));
    assert.deepEqual(run.cache.get(12), { host: 'k12', port: 9092 }, 'the upstream address is still learnt');
  });

  test('Given more endpoints than RESERVED_ENDPOINTS, when their growth exceeds the reserve, then they are dropped, not leaked', async () => {
    const ids = Array.from({ length: RESERVED_ENDPOINTS + 4 }, (_, i) => i);
    const cache = new MetadataCache();
    cache.observe(ids.map((nodeId) => ({ nodeId, host: `k${nodeId}`, port: 9092 })));
    const body: FetchResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: [],
      nodeEndpoints: ids.map((nodeId) => ({ nodeId, host: `k${nodeId}`, port: 9092, rack: null })),
    };
    const run = await streamThrough(18, body, [1, 2, 50], { cache });
    assert.deepEqual(clientSees(run, 18).nodeEndpoints, []);
    assert.ok(run.lines.some((l) => l.code === 'SLUICE_FETCH_ENDPOINTS_DROPPED'));
  });

  test('Given a broker port that is not listening yet, when the endpoints are rewritten, then the end of the response waits for it', async () => {
    let open!: () => void;
    const listening = new Promise<void>((r) => {
      open = r;
    });
    let opened = false;
    const advertised: ListenerAddresses = {
      bootstrap: () => sni.bootstrap(),
      broker: (id) => sni.broker(id),
      ready: (id) => (id === 3 && !opened ? listening : undefined),
    };
    const cache = new MetadataCache();
    cache.observe([{ nodeId: 3, host: 'k3', port: 9092 }]);
    const body: FetchResponse = {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 0,
      responses: [],
      nodeEndpoints: [{ nodeId: 3, host: 'k3', port: 9092, rack: null }],
    };
    setTimeout(() => {
      opened = true;
      open();
    }, 5);
    const run = await streamThrough(16, body, [], { cache, advertised });
    assert.equal(opened, true);
    assert.equal(clientSees(run, 16).nodeEndpoints?.[0].host, 'brokermain3-gateway.example.com');
  });

  test('Given a response that ends before its tagged fields, when streamed through, then a ProtocolError closes the connection', async () => {
    const chain = chainOf([brokerAddresses({ advertised: sni, cache: new MetadataCache() })]);
    const exchange = chain.exchangeFor(head(FETCH, 16, 77), true);
    const stream = new FrameStream({
      maxFrameSize: 1000,
      headBytes: 4,
      decide: () => exchange.rewriteStreamed!(),
      onBytes: () => {},
      onFrame: () => {},
    });
    const truncated = Buffer.from([0, 0, 0, 8, 0, 0, 0, 77, 0, 0, 0, 0]);
    assert.throws(() => stream.push(truncated), { code: 'SLUICE_PROTOCOL_TRUNCATED' });
  });

  test('Given a fetch policy wants the response whole, when the exchange is planned, then it is decoded and not rewritten as it streams', () => {
    const masking = { name: 'masking', responses: { [FETCH]: { on: () => undefined } } };
    const chain = chainOf([brokerAddresses({ advertised: sni, cache: new MetadataCache() }), masking]);
    const exchange = chain.exchangeFor(head(FETCH, 17), true);
    assert.equal(exchange.decodeResponse, true);
    assert.equal(exchange.rewriteStreamed, undefined);
    assert.equal(
      chainOf([brokerAddresses({ advertised: sni, cache: new MetadataCache() })]).exchangeFor(
        head(FETCH, 15),
        true,
      ).rewriteStreamed,
      undefined,
    );
  });
});
