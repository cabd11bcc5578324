// Data-plane throughput: kafka-producer-perf-test and kafka-consumer-perf-test (1 KiB records,
// acks=all) against a real Kafka cluster directly and through Sluice, in the same run:
//   port: direct PLAINTEXT       vs Sluice port routing (PLAINTEXT both sides)
//   sni:  direct SASL_SSL (SCRAM) vs Sluice SNI routing on one TLS port, upstream to the
//         brokers' SASL_SSL listener (TLS terminated and re-originated, SASL passed through)
// Direct and Sluice runs alternate (ABAB…) and medians are reported, because this machine is
// small and shared. Broker, clients and gateway share the cores, so the gateway's own CPU
// seconds per MB (from /proc/<pid>/stat) are reported too: they say how efficient Sluice is
// regardless of what else ran.
//
// Usage: npm run bench -- gateway-throughput   (or node --no-node-snapshot bench/gateway-throughput.ts)
// Environment: SLUICE_BENCH_SECONDS (target length of each run, default 25), SLUICE_BENCH_ROUNDS
// (ABAB pairs, default 2), SLUICE_BENCH_BROKERS (1 or 3, default 1), SLUICE_BENCH_MODES
// (default port,sni), SLUICE_BENCH_CPU_PROF (a directory: profile the gateway with --cpu-prof).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHostsFile } from '../rig/hostnames.ts';
import { type KafkaCluster, startCluster, USERS } from '../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../rig/kafka-tools.ts';
import { freePortBlock } from '../test/gateway/support/gateway-harness.ts';
import {
  BROKER_JVM,
  type ConsumerResult,
  consumerPerf,
  type ProducerResult,
  producerPerf,
  RECORD_BYTES,
  type Target,
} from './gateway-perf-tools.ts';
import { findPid, type GatewayProcess, processCpuSeconds, startGatewayProcess } from './gateway-process.ts';
import { envNumber, median } from './measure.ts';

const DOMAIN = 'sluice.test';
const GOALS = { producer: 0.95, consumer: 0.9, addedP99Ms: 1 };
const WARMUP_RECORDS = 100_000;
const CALIBRATION_RECORDS = 300_000;
// Warm runs still speed up a little after calibration; aim past the target length.
const CALIBRATION_MARGIN = 1.3;
// The issue's floor for each throughput run.
const MIN_RUN_SECONDS = 20;

type Mode = 'port' | 'sni';
type Side = 'direct' | 'sluice';

interface Cpu {
  gatewaySec: number;
  brokerSec: number;
  /** The gateway's event-loop thread: runnable but waiting for a core, and times scheduled in. */
  gatewayWaitSec: number;
  gatewaySlices: number;
}
interface Run<R> {
  side: Side;
  result: R;
  cpu: Cpu;
}

interface ModeResult {
  mode: Mode;
  producer: Run<ProducerResult>[];
  consumer: Run<ConsumerResult>[];
  latency: Run<ProducerResult>[];
  halfRate: number;
}

const fixed = (n: number, digits = 0) => n.toFixed(digits);
const mb = (records: number) => (records * RECORD_BYTES) / 1e6;

function log(line: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}

class Bench {
  readonly cluster: KafkaCluster;
  readonly dir: string;
  readonly brokerPids: number[];
  readonly seconds: number;
  readonly rounds: number;
  readonly cpuProfDir: string | undefined;

  constructor(cluster: KafkaCluster, dir: string) {
    this.cluster = cluster;
    this.dir = dir;
    this.brokerPids = cluster.brokers.map((b) => {
      const pid = findPid(join(b.dir, 'server.properties'));
      if (pid === undefined) throw new Error(`no JVM found for broker ${b.id}`);
      return pid;
    });
    this.seconds = envNumber('SLUICE_BENCH_SECONDS', 25);
    this.rounds = envNumber('SLUICE_BENCH_ROUNDS', 2);
    this.cpuProfDir = process.env.SLUICE_BENCH_CPU_PROF || undefined;
  }

  brokerCpu(): number {
    return this.brokerPids.reduce((sum, pid) => sum + processCpuSeconds(pid), 0);
  }

  async measured<R>(side: Side, gateway: GatewayProcess, fn: () => Promise<R>): Promise<Run<R>> {
    const g0 = gateway.cpuSeconds();
    const s0 = gateway.schedStat();
    const b0 = this.brokerCpu();
    const result = await fn();
    const s1 = gateway.schedStat();
    return {
      side,
      result,
      cpu: {
        gatewaySec: gateway.cpuSeconds() - g0,
        brokerSec: this.brokerCpu() - b0,
        gatewayWaitSec: s1.waitSec - s0.waitSec,
        gatewaySlices: s1.slices - s0.slices,
      },
    };
  }

  async createTopic(name: string): Promise<void> {
    const rf = String(this.cluster.brokers.length);
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      this.cluster.bootstrap.plaintext,
      '--create',
      '--topic',
      name,
      '--partitions',
      '6',
      '--replication-factor',
      rf,
    ]);
  }

  async deleteTopic(name: string): Promise<void> {
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      this.cluster.bootstrap.plaintext,
      '--delete',
      '--topic',
      name,
    ]);
  }

  async startGateway(mode: Mode): Promise<{ gateway: GatewayProcess; sluice: Target; direct: Target }> {
    const cluster = this.cluster;
    const cpuProfDir = this.cpuProfDir ? join(this.cpuProfDir, mode) : undefined;
    if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });
    if (mode === 'port') {
      const port = await freePortBlock(cluster.brokers.length + 1);
      const gateway = await startGatewayProcess({
        name: 'port',
        dir: this.dir,
        cpuProfDir,
        config: {
          logging: { level: 'info' },
          upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
          listeners: [{ name: 'bench-port', routing: 'port', port }],
        },
      });
      return {
        gateway,
        sluice: { bootstrap: `127.0.0.1:${port}` },
        direct: { bootstrap: cluster.bootstrap.plaintext },
      };
    }
    const port = await freePortBlock(1);
    const bootstrapHost = `gateway.${DOMAIN}`;
    const brokerHosts = cluster.brokers.map((b) => `brokermain${b.id}-gateway.${DOMAIN}`);
    const gateway = await startGatewayProcess({
      name: 'sni',
      dir: this.dir,
      cpuProfDir,
      config: {
        logging: { level: 'info' },
        upstream: {
          bootstrapServers: cluster.bootstrap.saslSsl.split(','),
          security: 'ssl',
          tls: { caFile: cluster.tls.caFile },
          sasl: { mechanism: 'SCRAM-SHA-512', ...USERS.admin },
        },
        listeners: [
          {
            name: 'bench-sni',
            routing: 'sni',
            port,
            bootstrapHost,
            brokerHostPattern: `brokermain{nodeId}-gateway.${DOMAIN}`,
            tls: {
              certFile: join(cluster.tls.dir, 'server-chain.crt'),
              keyFile: join(cluster.tls.dir, 'server.key'),
            },
          },
        ],
      },
    });
    const hostsFile = writeHostsFile(join(this.dir, 'hosts'), [bootstrapHost, ...brokerHosts]);
    return {
      gateway,
      sluice: { bootstrap: `${bootstrapHost}:${port}`, clientConfig: cluster.clientConfig.scram, hostsFile },
      direct: { bootstrap: cluster.bootstrap.saslSsl, clientConfig: cluster.clientConfig.scram },
    };
  }

  /**
   * Runs `fn` for direct and Sluice alternately, `rounds` pairs of `count` records each, logging
   * each run. A pair that ended sooner than MIN_RUN_SECONDS (the calibration guessed low: the
   * machine's load moves) makes the next pairs longer, up to `maxCount`.
   */
  async alternate<R extends ProducerResult | ConsumerResult>(
    what: string,
    targets: Record<Side, Target>,
    gateway: GatewayProcess,
    rounds: number,
    count: number,
    maxCount: number,
    fn: (t: Target, count: number) => Promise<R>,
  ): Promise<Run<R>[]> {
    const runs: Run<R>[] = [];
    for (let round = 0; round < rounds; round++) {
      const pair: Run<R>[] = [];
      for (const side of ['direct', 'sluice'] as const) {
        const run = await this.measured(side, gateway, () => fn(targets[side], count));
        pair.push(run);
        const r = run.result;
        const lat = 'p99Ms' in r ? `, avg ${fixed(r.avgLatencyMs, 2)} ms, p99 ${r.p99Ms} ms` : '';
        log(
          `${what} ${side.padEnd(6)} ${fixed(r.recordsPerSec)} rec/s ${fixed(r.mbPerSec, 1)} MB/s over ${fixed(r.seconds, 1)} s${lat}; CPU s gateway ${fixed(run.cpu.gatewaySec, 1)} (waited ${fixed(run.cpu.gatewayWaitSec, 1)}) broker ${fixed(run.cpu.brokerSec, 1)}`,
        );
        runs.push(run);
      }
      const shortest = Math.min(...pair.map((r) => r.result.seconds));
      if (shortest < MIN_RUN_SECONDS && count < maxCount) {
        count = Math.min(maxCount, Math.ceil((count * this.seconds) / shortest));
        log(`${what}: a run lasted ${fixed(shortest, 1)} s; ${count} records per run from now on`);
      }
    }
    return runs;
  }

  async mode(mode: Mode): Promise<ModeResult> {
    const topic = `bench-${mode}`;
    const latencyTopic = `bench-${mode}-latency`;
    await this.createTopic(topic);
    await this.createTopic(latencyTopic);
    const { gateway, sluice, direct } = await this.startGateway(mode);
    const targets = { direct, sluice };
    try {
      // Warm-up (the brokers' and the gateway's JIT, the page cache), then calibration on
      // warm JVMs: a cold calibration underestimates the rate by half and runs end too soon.
      await producerPerf(direct, topic, WARMUP_RECORDS);
      await producerPerf(sluice, topic, WARMUP_RECORDS);
      const cal = await producerPerf(direct, topic, CALIBRATION_RECORDS);
      let available = 2 * WARMUP_RECORDS + CALIBRATION_RECORDS;
      const produceCount = Math.ceil(cal.recordsPerSec * this.seconds * CALIBRATION_MARGIN);
      log(
        `${mode}: calibration ${fixed(cal.recordsPerSec)} rec/s → ${produceCount} records per producer run`,
      );
      const producer = await this.alternate(
        `${mode} produce`,
        targets,
        gateway,
        this.rounds,
        produceCount,
        Number.POSITIVE_INFINITY,
        (t, n) => producerPerf(t, topic, n),
      );
      available += producer.reduce((sum, r) => sum + r.result.records, 0);

      // Consumers read 5–10× faster than producers write here: 20 s of consuming would need the
      // topic to hold more than the whole bench can write in time. Each consumer run reads the
      // whole topic instead (every record the producer runs wrote), and twice as many rounds
      // make up for the shorter runs.
      const calC = await consumerPerf(direct, topic, CALIBRATION_RECORDS);
      const consumeCount = Math.min(
        available,
        Math.ceil(calC.recordsPerSec * this.seconds * CALIBRATION_MARGIN),
      );
      log(
        `${mode}: calibration ${fixed(calC.recordsPerSec)} rec/s → ${consumeCount} records per consumer run`,
      );
      const consumer = await this.alternate(
        `${mode} consume`,
        targets,
        gateway,
        2 * this.rounds,
        consumeCount,
        available,
        (t, n) => consumerPerf(t, topic, n),
      );

      const halfRate = Math.round(
        median(producer.filter((r) => r.side === 'direct').map((r) => r.result.recordsPerSec)) / 2,
      );
      log(`${mode}: latency at ${halfRate} rec/s (half the direct maximum)`);
      const latency = await this.alternate(
        `${mode} latency`,
        targets,
        gateway,
        this.rounds,
        Math.ceil(halfRate * this.seconds),
        Number.POSITIVE_INFINITY,
        (t, n) => producerPerf(t, latencyTopic, n, halfRate),
      );
      return { mode, producer, consumer, latency, halfRate };
    } finally {
      await gateway.stop();
      await this.deleteTopic(topic).catch(() => {});
      await this.deleteTopic(latencyTopic).catch(() => {});
    }
  }
}

function sides<R>(runs: Run<R>[], side: Side): Run<R>[] {
  return runs.filter((r) => r.side === side);
}

function throughputRow(name: string, runs: Run<ProducerResult | ConsumerResult>[], goal: number) {
  const d = median(sides(runs, 'direct').map((r) => r.result.recordsPerSec));
  const s = median(sides(runs, 'sluice').map((r) => r.result.recordsPerSec));
  const ratio = s / d;
  return {
    ratio,
    row: {
      test: name,
      'direct rec/s': fixed(d),
      'sluice rec/s': fixed(s),
      'direct MB/s': fixed((d * RECORD_BYTES) / 1e6, 1),
      'sluice MB/s': fixed((s * RECORD_BYTES) / 1e6, 1),
      'sluice/direct': fixed(ratio, 3),
      goal: `≥ ${goal} ${ratio >= goal ? 'met' : 'MISSED'}`,
      runs: `${runs.length}, ${fixed(Math.min(...runs.map((r) => r.result.seconds)), 1)}–${fixed(Math.max(...runs.map((r) => r.result.seconds)), 1)} s`,
    },
  };
}

/** Gateway CPU milliseconds per MB moved, and cores it kept busy, medians over the Sluice runs. */
function cpuRow(name: string, runs: Run<ProducerResult | ConsumerResult>[]) {
  const perMb = (r: Run<ProducerResult | ConsumerResult>, sec: number) => (sec * 1000) / mb(r.result.records);
  const s = sides(runs, 'sluice');
  const d = sides(runs, 'direct');
  return {
    test: name,
    'gateway CPU ms/MB': fixed(median(s.map((r) => perMb(r, r.cpu.gatewaySec))), 2),
    'gateway cores busy': fixed(median(s.map((r) => r.cpu.gatewaySec / r.result.seconds)), 2),
    'gateway wait for CPU ms/s': fixed(
      median(s.map((r) => (1000 * r.cpu.gatewayWaitSec) / r.result.seconds)),
    ),
    'gateway wakeups/MB': fixed(median(s.map((r) => r.cpu.gatewaySlices / mb(r.result.records)))),
    'broker CPU ms/MB direct': fixed(median(d.map((r) => perMb(r, r.cpu.brokerSec))), 2),
    'broker CPU ms/MB sluice': fixed(median(s.map((r) => perMb(r, r.cpu.brokerSec))), 2),
  };
}

function printTable(title: string, rows: Array<Record<string, string>>): void {
  const columns = Object.keys(rows[0] ?? {});
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(columns));
  console.log(line(columns.map(() => '---')));
  for (const r of rows) console.log(line(columns.map((c) => r[c])));
}

function report(results: ModeResult[]): void {
  const label = { port: 'PLAINTEXT, port routing', sni: 'TLS: SASL_SSL direct vs SNI over TLS' } as const;
  const tput: Array<Record<string, string>> = [];
  const cpu: Array<Record<string, string>> = [];
  const lat: Array<Record<string, string>> = [];
  const missed: string[] = [];
  for (const m of results) {
    for (const [kind, runs, goal] of [
      ['producer', m.producer, GOALS.producer],
      ['consumer', m.consumer, GOALS.consumer],
    ] as const) {
      const { ratio, row } = throughputRow(`${label[m.mode]}: ${kind}`, runs, goal);
      tput.push(row);
      if (ratio < goal) missed.push(`${m.mode} ${kind} ${fixed(ratio, 3)} < ${goal}`);
      cpu.push(cpuRow(`${label[m.mode]}: ${kind}`, runs));
    }
    const d = sides(m.latency, 'direct').map((r) => r.result);
    const s = sides(m.latency, 'sluice').map((r) => r.result);
    const added = median(s.map((r) => r.p99Ms)) - median(d.map((r) => r.p99Ms));
    if (added > GOALS.addedP99Ms) missed.push(`${m.mode} added p99 ${added} ms > ${GOALS.addedP99Ms} ms`);
    lat.push({
      test: label[m.mode],
      'rate rec/s': String(m.halfRate),
      'direct p50/p99 ms': `${median(d.map((r) => r.p50Ms))} / ${median(d.map((r) => r.p99Ms))}`,
      'sluice p50/p99 ms': `${median(s.map((r) => r.p50Ms))} / ${median(s.map((r) => r.p99Ms))}`,
      'added p99 ms': fixed(added, 1),
      'direct avg ms': fixed(median(d.map((r) => r.avgLatencyMs)), 2),
      'sluice avg ms': fixed(median(s.map((r) => r.avgLatencyMs)), 2),
      goal: `added p99 ≤ ${GOALS.addedP99Ms} ms ${added <= GOALS.addedP99Ms ? 'met' : 'MISSED'}`,
    });
  }
  printTable('Throughput (medians; MB = 10^6 bytes of 1 KiB record values)', tput);
  printTable('Produce latency at half the direct maximum rate (kafka-producer-perf-test, whole ms)', lat);
  printTable('CPU per MB moved (medians; /proc/<pid>/stat user+system)', cpu);
  console.log(missed.length ? `\ngoals missed: ${missed.join('; ')}` : '\nall goals met');
}

export async function run(): Promise<void> {
  const brokers = envNumber('SLUICE_BENCH_BROKERS', 1);
  if (brokers !== 1 && brokers !== 3) throw new Error(`SLUICE_BENCH_BROKERS must be 1 or 3, got ${brokers}`);
  const modes = (process.env.SLUICE_BENCH_MODES || 'port,sni').split(',') as Mode[];
  for (const m of modes) if (m !== 'port' && m !== 'sni') throw new Error(`unknown mode ${m}`);
  console.log(
    `gateway-throughput: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${brokers} broker(s)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'sluice-bench-gw-'));
  const cluster = await startCluster({
    brokers,
    tlsDomain: DOMAIN,
    jvmOpts: BROKER_JVM,
    // 4 GiB per partition at most, so long runs cannot fill the disk.
    brokerConfig: { 'log.retention.bytes': 4 * 1024 ** 3, 'log.segment.bytes': 256 * 1024 ** 2 },
  });
  try {
    const bench = new Bench(cluster, dir);
    log(
      `cluster up: ${cluster.bootstrap.plaintext}; ${bench.rounds} ABAB rounds, ${bench.seconds} s per run`,
    );
    const results: ModeResult[] = [];
    for (const mode of modes) results.push(await bench.mode(mode));
    report(results);
    console.log(
      `\nload average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } catch (err) {
    for (const name of ['port', 'sni']) {
      try {
        console.error(
          `--- gateway ${name} log tail ---\n${readFileSync(join(dir, `${name}.log`), 'utf8').slice(-3000)}`,
        );
      } catch {}
    }
    throw err;
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) await run();
