// Produce latency added by Sluice at fixed rates well below the maximum: kafka-producer-perf-test
// (1 KiB records, acks=all, --throughput) directly against one broker and through Sluice with
// port routing (PLAINTEXT both sides), runs alternated (ABAB) per rate. The broker keeps its log
// in /dev/shm: at half the maximum rate the disk's writeback stalls alone put the direct p99 at
// hundreds of milliseconds (docs/benchmarks.md, run 5), which hides anything a proxy adds.
//
// Usage: node --no-node-snapshot bench/gateway-latency.ts
// Environment: SLUICE_BENCH_RATES (records/s, comma-separated, default 2000,10000,25000),
// SLUICE_BENCH_SECONDS (per run, default 15), SLUICE_BENCH_ROUNDS (ABAB pairs, default 2).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from '../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../rig/kafka-tools.ts';
import { freePortBlock } from '../test/gateway/support/gateway-harness.ts';
import { BROKER_JVM, type ProducerResult, producerPerf, type Target } from './gateway-perf-tools.ts';
import { startGatewayProcess } from './gateway-process.ts';
import { median } from './measure.ts';

const env = (name: string, fallback: string) => process.env[name] || fallback;
const RATES = env('SLUICE_BENCH_RATES', '2000,10000,25000').split(',').map(Number);
const SECONDS = Number(env('SLUICE_BENCH_SECONDS', '15'));
const ROUNDS = Number(env('SLUICE_BENCH_ROUNDS', '2'));
for (const n of [...RATES, SECONDS, ROUNDS]) {
  if (!Number.isFinite(n) || n <= 0) throw new Error('rates, seconds and rounds must be positive numbers');
}

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

const shm = mkdtempSync(join('/dev/shm', 'sluice-latency-'));
const work = mkdtempSync(join(tmpdir(), 'sluice-latency-'));
const cluster = await startCluster({ brokers: 1, jvmOpts: BROKER_JVM, brokerConfig: { 'log.dirs': shm } });
const port = await freePortBlock(2);
const gateway = await startGatewayProcess({
  name: 'latency',
  dir: work,
  config: {
    logging: { level: 'info' },
    upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
    listeners: [{ name: 'bench-port', routing: 'port', port }],
  },
});
const targets: Record<'direct' | 'sluice', Target> = {
  direct: { bootstrap: cluster.bootstrap.plaintext },
  sluice: { bootstrap: `127.0.0.1:${port}` },
};

const topics = (args: string[]) =>
  runKafkaToolOk('kafka-topics', ['--bootstrap-server', cluster.bootstrap.plaintext, ...args]);

interface Row {
  rate: number;
  direct: ProducerResult[];
  sluice: ProducerResult[];
}
const rows: Row[] = [];
console.log(
  `gateway-latency: rates ${RATES.join(', ')} rec/s, ${SECONDS} s per run, ${ROUNDS} ABAB rounds, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
try {
  for (const rate of RATES) {
    const topic = `latency-${rate}`;
    await topics(['--create', '--topic', topic, '--partitions', '6', '--replication-factor', '1']);
    // Warm-up of both paths (JIT, connections, metadata) at the same rate.
    for (const t of Object.values(targets)) await producerPerf(t, topic, Math.ceil(rate * 3), rate);
    const row: Row = { rate, direct: [], sluice: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of ['direct', 'sluice'] as const) {
        const r = await producerPerf(targets[side], topic, Math.ceil(rate * SECONDS), rate);
        row[side].push(r);
        log(
          `${rate} rec/s ${side}: avg ${r.avgLatencyMs.toFixed(2)} ms, p50 ${r.p50Ms}, p99 ${r.p99Ms}, p99.9 ${r.p999Ms} ms`,
        );
      }
    }
    rows.push(row);
    // Keeps /dev/shm small: every rate gets a fresh topic.
    await topics(['--delete', '--topic', topic]);
  }
} finally {
  await gateway.stop();
  await cluster.stop();
  rmSync(shm, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}

console.log(
  '\n| rate rec/s | direct p50 / p99 / p99.9 ms | sluice p50 / p99 / p99.9 ms | added p99 ms | direct / sluice avg ms |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) {
  const m = (rs: ProducerResult[], f: (x: ProducerResult) => number) => median(rs.map(f));
  const pct = (rs: ProducerResult[]) =>
    `${m(rs, (x) => x.p50Ms)} / ${m(rs, (x) => x.p99Ms)} / ${m(rs, (x) => x.p999Ms)}`;
  const added = m(r.sluice, (x) => x.p99Ms) - m(r.direct, (x) => x.p99Ms);
  console.log(
    `| ${r.rate} | ${pct(r.direct)} | ${pct(r.sluice)} | ${added} | ${m(r.direct, (x) => x.avgLatencyMs).toFixed(2)} / ${m(r.sluice, (x) => x.avgLatencyMs).toFixed(2)} |`,
  );
}
console.log('\nperf-test reports whole milliseconds: an added p99 of 0 or 1 ms is within its resolution.');
