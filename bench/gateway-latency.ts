// Produce latency added by Sluice at fixed rates below the maximum (issue 15 §3): a Java probe
// (bench/peers/latency/LatencyProbe.java: 1 KiB records, acks=all, linger.ms=0, each send timed
// to its acknowledgement in microseconds; kafka-producer-perf-test only reports whole
// milliseconds) directly against one broker and through Sluice with port routing (PLAINTEXT
// both sides), runs alternated (ABAB) per rate. The broker keeps its log in /dev/shm: at half
// the maximum rate the disk's writeback stalls alone put the direct p99 at hundreds of
// milliseconds, which hides anything a proxy adds.
//
// Usage: node --no-node-snapshot bench/gateway-latency.ts
// Environment: SLUICE_BENCH_RATES (records/s, comma-separated; `half` is half the direct maximum
// measured first; default half,2000), SLUICE_BENCH_SECONDS (per run, default 15),
// SLUICE_BENCH_ROUNDS (ABAB pairs, default 5), SLUICE_BENCH_CORES (shared, the default, or split:
// the broker on CPU 0, Sluice on CPU 1).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from '../rig/kafka-cluster.ts';
import { ensureKafkaJars } from '../rig/kafka-dist.ts';
import { runKafkaToolOk } from '../rig/kafka-tools.ts';
import { runProcess } from '../rig/run-process.ts';
import { freePortBlock } from '../test/gateway/support/gateway-harness.ts';
import { BROKER_JVM, producerPerf, type Target } from './gateway-perf-tools.ts';
import { findPid, pin, startGatewayProcess } from './gateway-process.ts';
import { median } from './measure.ts';

const env = (name: string, fallback: string) => process.env[name] || fallback;
const RATES = env('SLUICE_BENCH_RATES', 'half,2000').split(',');
const SECONDS = Number(env('SLUICE_BENCH_SECONDS', '15'));
const ROUNDS = Number(env('SLUICE_BENCH_ROUNDS', '5'));
const CORES = env('SLUICE_BENCH_CORES', 'shared');
for (const n of [...RATES.filter((r) => r !== 'half').map(Number), SECONDS, ROUNDS]) {
  if (!Number.isFinite(n) || n <= 0) throw new Error('rates, seconds and rounds must be positive numbers');
}
if (CORES !== 'shared' && CORES !== 'split')
  throw new Error(`SLUICE_BENCH_CORES must be shared or split, got ${CORES}`);
const WARMUP_SECONDS = 3;

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

interface Probe {
  count: number;
  failed: number;
  avgUs: number;
  p50Us: number;
  p99Us: number;
  p999Us: number;
  maxUs: number;
}

const libs = ensureKafkaJars().libsDir;
const classes = mkdtempSync(join(tmpdir(), 'sluice-latency-probe-'));
const javac = await runProcess(
  'javac',
  [
    '-nowarn',
    '-cp',
    `${libs}/*`,
    '-d',
    classes,
    join(import.meta.dirname, 'peers', 'latency', 'LatencyProbe.java'),
  ],
  { timeoutMs: 120_000 },
);
if (javac.exitCode !== 0) throw new Error(`javac LatencyProbe.java failed:\n${javac.stderr}`);

async function probe(target: Target, topic: string, rate: number): Promise<Probe> {
  const r = await runProcess(
    'java',
    [
      '-Xms256m',
      '-Xmx256m',
      '-XX:+UseParallelGC',
      `-Dlog4j2.configurationFile=${join(import.meta.dirname, '..', 'rig', 'config', 'log4j2-tools.properties')}`,
      '-cp',
      `${classes}:${libs}/*`,
      'LatencyProbe',
      target.bootstrap,
      topic,
      String(rate),
      String(SECONDS),
      String(WARMUP_SECONDS),
    ],
    { timeoutMs: (SECONDS + WARMUP_SECONDS) * 4000 + 60_000 },
  );
  if (r.exitCode !== 0) throw new Error(`LatencyProbe exited ${r.exitCode}:\n${r.stderr.slice(-2000)}`);
  const result = JSON.parse(r.stdout.trim().split('\n').pop()!) as Probe;
  if (result.failed > 0) throw new Error(`${result.failed} sends failed`);
  return result;
}

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
if (CORES === 'split') {
  const brokerPid = findPid(join(cluster.brokers[0].dir, 'server.properties'));
  if (brokerPid === undefined) throw new Error('no JVM found for the broker');
  pin(brokerPid, 0);
  pin(gateway.pid, 1);
}
const targets: Record<'direct' | 'sluice', Target> = {
  direct: { bootstrap: cluster.bootstrap.plaintext },
  sluice: { bootstrap: `127.0.0.1:${port}` },
};

const topics = (args: string[]) =>
  runKafkaToolOk('kafka-topics', ['--bootstrap-server', cluster.bootstrap.plaintext, ...args]);

interface Row {
  rate: number;
  direct: Probe[];
  sluice: Probe[];
}
const rows: Row[] = [];
console.log(
  `gateway-latency: rates ${RATES.join(', ')} rec/s, ${SECONDS} s per run (after ${WARMUP_SECONDS} s of warm-up), ${ROUNDS} ABAB rounds, cores ${CORES}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
try {
  let half: number | undefined;
  for (const spec of RATES) {
    if (spec === 'half' && half === undefined) {
      await topics(['--create', '--topic', 'latency-max', '--partitions', '6', '--replication-factor', '1']);
      const max = await producerPerf(targets.direct, 'latency-max', 500_000);
      half = Math.round(max.recordsPerSec / 2);
      log(`direct maximum ${max.recordsPerSec.toFixed(0)} rec/s: half is ${half} rec/s`);
      await topics(['--delete', '--topic', 'latency-max']);
    }
    const rate = spec === 'half' ? half! : Number(spec);
    const topic = `latency-${rate}`;
    await topics(['--create', '--topic', topic, '--partitions', '6', '--replication-factor', '1']);
    const row: Row = { rate, direct: [], sluice: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of ['direct', 'sluice'] as const) {
        const r = await probe(targets[side], topic, rate);
        row[side].push(r);
        log(
          `${rate} rec/s ${side}: avg ${(r.avgUs / 1000).toFixed(2)} ms, p50 ${(r.p50Us / 1000).toFixed(2)}, p99 ${(r.p99Us / 1000).toFixed(2)}, p99.9 ${(r.p999Us / 1000).toFixed(2)} ms`,
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
  rmSync(classes, { recursive: true, force: true });
}

const ms = (us: number) => (us / 1000).toFixed(2);
console.log(
  '\n| rate rec/s | direct p50 / p99 / p99.9 ms | Sluice p50 / p99 / p99.9 ms | added p50 ms (per round) | Sluice ÷ direct p50 | added p99 ms |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const m = (ps: Probe[], f: (x: Probe) => number) => median(ps.map(f));
  const pct = (ps: Probe[]) =>
    `${ms(m(ps, (x) => x.p50Us))} / ${ms(m(ps, (x) => x.p99Us))} / ${ms(m(ps, (x) => x.p999Us))}`;
  const perRound = r.sluice.map((s, i) => s.p50Us - r.direct[i].p50Us);
  const added = median(perRound);
  console.log(
    `| ${r.rate} | ${pct(r.direct)} | ${pct(r.sluice)} | ${ms(added)} (${perRound.map(ms).join(', ')}) | ${(m(r.sluice, (x) => x.p50Us) / m(r.direct, (x) => x.p50Us)).toFixed(2)} | ${ms(m(r.sluice, (x) => x.p99Us) - m(r.direct, (x) => x.p99Us))} |`,
  );
}
