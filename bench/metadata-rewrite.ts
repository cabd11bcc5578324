// What a large cluster's Metadata response costs the gateway (issue 15 §4): a Metadata v12
// answer for T topics × P partitions on 3 brokers goes through a connection's filter chain as
// the gateway runs it (decode, broker addresses rewritten, topic ids learnt, re-encode), timed
// per response and with the bytes it allocates. No sockets; the same response forwarded
// untouched is the baseline.
// Usage: node --no-node-snapshot --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 bench/metadata-rewrite.ts [topics] [partitions per topic]
// (the large young generation lets a batch of responses allocate without a scavenge, so the
// heap's growth over the batch is what they allocated).
import { PerformanceObserver } from 'node:perf_hooks';
import { listenerFilters } from '../gateway/filters/index.ts';
import { MetadataCache } from '../gateway/routing/metadata-cache.ts';
import { PortRouter } from '../gateway/routing/port-router.ts';
import { TopicIds } from '../gateway/routing/topic-ids.ts';
import { API_KEYS } from '../kafka/apis.ts';
import { encodeResponseFrame } from '../kafka/messages.ts';
import { chainOf, receiveResponse } from '../test/kit/chain.ts';
import { head } from '../test/kit/context.ts';
import { median } from './measure.ts';

const topics = Number(process.argv[2] ?? 1000);
const perTopic = Number(process.argv[3] ?? 10);
const VERSION = 12;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (see the usage line)');

const cache = new MetadataCache();
const topicIds = new TopicIds();
const advertised = new PortRouter({
  port: 19000,
  advertisedHost: 'gateway.example.com',
  brokerPortBase: 19001,
});
const filters = listenerFilters({ advertised, cache, topicIds, policies: () => undefined });
const brokers = [0, 1, 2].map((nodeId) => ({
  nodeId,
  host: `broker-${nodeId}.kafka.internal.example.com`,
  port: 9092,
  rack: null,
}));
const uuid = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
const body = {
  throttleTimeMs: 0,
  brokers,
  clusterId: 'bench-cluster',
  controllerId: 0,
  topics: Array.from({ length: topics }, (_, t) => ({
    errorCode: 0,
    name: `orders.region-${t % 20}.topic-${t}`,
    topicId: uuid(t + 1),
    isInternal: false,
    partitions: Array.from({ length: perTopic }, (_, p) => ({
      errorCode: 0,
      partitionIndex: p,
      leaderId: (t + p) % 3,
      leaderEpoch: 4,
      replicaNodes: [0, 1, 2],
      isrNodes: [0, 1, 2],
      offlineReplicas: [],
    })),
    topicAuthorizedOperations: -2147483648,
  })),
};
const frame = Buffer.from(
  encodeResponseFrame(API_KEYS.Metadata, VERSION, { correlationId: 1 }, body).subarray(4),
);

let scavenges = 0;
new PerformanceObserver((list) => {
  scavenges += list.getEntries().length;
}).observe({ entryTypes: ['gc'] });

/** Runs `n` responses through a fresh connection's chain; µs per response and bytes allocated per response. */
async function batch(n: number, rewrite: boolean): Promise<{ us: number; bytes: number; clean: boolean }> {
  const chain = chainOf(filters());
  const exchanges = Array.from({ length: n }, () =>
    chain.exchangeFor(head(API_KEYS.Metadata, VERSION, 1), true),
  );
  gc!();
  // The observer reports the gc() just run a little later; let it, before counting.
  await new Promise((r) => setTimeout(r, 20));
  const gcsBefore = scavenges;
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  for (const ex of exchanges) {
    const out = rewrite ? await receiveResponse(chain, ex, frame) : frame;
    if (!out) throw new Error('response swallowed');
  }
  const ns = Number(process.hrtime.bigint() - t0);
  const heapAfter = process.memoryUsage().heapUsed;
  await new Promise((r) => setTimeout(r, 20));
  return { us: ns / n / 1000, bytes: (heapAfter - heapBefore) / n, clean: scavenges === gcsBefore };
}

const partitions = topics * perTopic;
console.log(
  `Metadata v${VERSION}: ${topics} topics × ${perTopic} partitions = ${partitions} partitions on 3 brokers, ${frame.length} bytes per response`,
);
await batch(20, true); // warm-up: JIT
const rounds: { us: number; bytes: number; clean: boolean }[] = [];
for (let round = 0; round < 7; round++) rounds.push(await batch(10, true));
const clean = rounds.filter((r) => r.clean);
const us = median(rounds.map((r) => r.us));
console.log(
  `rewritten: ${(us / 1000).toFixed(2)} ms per response (median of ${rounds.length} batches of 10), ` +
    `${((us * 1000) / partitions).toFixed(0)} ns per partition; ` +
    (clean.length > 0
      ? `allocated ${(median(clean.map((r) => r.bytes)) / 1024 / 1024).toFixed(2)} MiB per response ` +
        `(${(median(clean.map((r) => r.bytes)) / frame.length).toFixed(1)}× its size; ${clean.length} batches without a GC)`
      : 'allocation not measured: every batch saw a GC (run with --min-semi-space-size=256 --max-semi-space-size=256)'),
);
const plain = await batch(10, false);
console.log(`forwarded untouched: ${(plain.us / 1000).toFixed(3)} ms per response`);
