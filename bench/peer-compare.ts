// Sluice beside its Java anchor, Kroxylicious, and direct Kafka in ONE run (issue 15 §1):
// kafka-producer-perf-test and kafka-consumer-perf-test (1 KiB records, acks=all) against one
// broker, rounds alternating direct / Sluice / Kroxylicious, on two client-side transports:
//   plaintext: PLAINTEXT everywhere; both proxies route by port (a bootstrap port plus one
//              port per broker).
//   tls:       the clients speak TLS to the proxies, which go to the broker's PLAINTEXT
//              listener; direct runs use the broker's only TLS listener (SASL_SSL, SCRAM at
//              connect only), so all three carry the same per-byte TLS work.
// Both proxies pass through (no filters, no policies). The headline figure is the proxy's CPU
// seconds per GB forwarded (utime+stime from /proc, its descendants included): unlike MB/s it
// hardly depends on what else the machine runs. The broker's CPU per GB of the same run stands
// beside it as the cost of the work at its source.
//
// Usage: node --no-node-snapshot bench/peer-compare.ts [--write-docs]
//   --write-docs rewrites the section of docs/benchmarks.md between the markers
//   <!-- peer-compare:CORES:begin --> and <!-- peer-compare:CORES:end -->.
// Environment: SLUICE_BENCH_SECONDS (each run's floor, default 15), SLUICE_BENCH_ROUNDS (rounds
// of direct/Sluice/Kroxylicious, default 3), SLUICE_BENCH_MODES (default plaintext,tls),
// SLUICE_BENCH_WORKLOADS (default produce,consume), SLUICE_BENCH_CPU_PROF (a directory:
// profile Sluice with --cpu-prof; read it with bench/gateway-cpu-profile.ts),
// SLUICE_BENCH_CORES (shared, the default, or split: the broker on CPU 0, each proxy on CPU 1,
// with taskset), SLUICE_KROXYLICIOUS_VERSION (default the pinned one; fetched by
// bench/peers/kroxylicious/fetch.sh, skipped with a message when it is not there),
// SLUICE_BENCH_BASELINE (another checkout, e.g. a `git worktree` of an older commit: its gateway
// runs as one more side, 'baseline', in every round, for an A/B in the same run).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type KafkaCluster, startCluster } from '../rig/kafka-cluster.ts';
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
import {
  findPid,
  pin,
  processCpuSeconds,
  processTree,
  startGatewayProcess,
  statFields,
} from './gateway-process.ts';
import { envNumber, median } from './measure.ts';

const REPO = join(import.meta.dirname, '..');
export const KROXYLICIOUS_VERSION = process.env.SLUICE_KROXYLICIOUS_VERSION || '0.12.0';
const KROXYLICIOUS_DIR = join(REPO, '.cache', 'kroxylicious', KROXYLICIOUS_VERSION);
const DOCS = join(REPO, 'docs', 'benchmarks.md');
// Each side's warm-up, produce and consume: enough for the JVM peer's JIT to compile its hot
// paths (a cold Kroxylicious costs several times its warm CPU per GB) and for V8's.
const WARMUP_RECORDS = 300_000;
const CALIBRATION_RECORDS = 200_000;
// Warm runs still speed up after calibration; aim past the floor.
const CALIBRATION_MARGIN = 1.3;
const TICKS_PER_SECOND = 100;

type Mode = 'plaintext' | 'tls';
type Side = 'direct' | 'sluice' | 'baseline' | 'kroxylicious';
type Cores = 'shared' | 'split';
type Workload = 'produce' | 'consume';

interface Proxy {
  side: Exclude<Side, 'direct'>;
  pid: number;
  target: Target;
  stop(): Promise<void>;
}

interface Run {
  mode: Mode;
  workload: Workload;
  side: Side;
  round: number;
  records: number;
  seconds: number;
  mbPerSec: number;
  /** CPU seconds of the proxy (and its descendants) during the run; 0 for direct. */
  proxyCpuSec: number;
  brokerCpuSec: number;
  /** Resident set of the proxy and its descendants at the end of the run, MB. */
  proxyRssMb: number;
}

const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const gb = (records: number) => (records * RECORD_BYTES) / 1e9;

function log(line: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}

/**
 * utime+stime of a process and its descendants: the live ones from their own stat, the exited
 * ones the process has reaped from its cutime+cstime.
 */
export function treeCpuSeconds(root: number): number {
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      const f = statFields(pid);
      ticks += Number(f[11]) + Number(f[12]);
      if (pid === root) ticks += Number(f[13]) + Number(f[14]);
    } catch {}
  }
  return ticks / TICKS_PER_SECOND;
}

/** VmRSS of a process and its descendants, MB (10^6 bytes). */
export function treeRssMb(root: number): number {
  let kb = 0;
  for (const pid of processTree(root)) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {}
  }
  return (kb * 1024) / 1e6;
}

function sslClientConfig(dir: string, cluster: KafkaCluster): string {
  const file = join(dir, 'client-ssl.properties');
  writeFileSync(
    file,
    [
      'security.protocol=SSL',
      `ssl.truststore.location=${cluster.tls.truststore}`,
      `ssl.truststore.password=${cluster.tls.truststorePassword}`,
      'ssl.truststore.type=PKCS12',
      '',
    ].join('\n'),
  );
  return file;
}

async function startSluice(
  cluster: KafkaCluster,
  dir: string,
  mode: Mode,
  cores: Cores,
  cpuProfDir?: string,
  checkout?: string,
): Promise<Proxy> {
  const port = await freePortBlock(cluster.brokers.length + 1);
  const tls =
    mode === 'tls'
      ? {
          tls: {
            certFile: join(cluster.tls.dir, 'server-chain.crt'),
            keyFile: join(cluster.tls.dir, 'server.key'),
          },
        }
      : {};
  const gateway = await startGatewayProcess({
    name: `${checkout ? 'baseline' : 'sluice'}-${mode}`,
    dir,
    checkout,
    cpuProfDir: cpuProfDir ? join(cpuProfDir, mode) : undefined,
    config: {
      logging: { level: 'info' },
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: `bench-${mode}`, routing: 'port', port, ...tls }],
    },
  });
  if (cores === 'split') pin(gateway.pid, 1);
  return {
    side: checkout ? 'baseline' : 'sluice',
    pid: gateway.pid,
    target: {
      bootstrap: `127.0.0.1:${port}`,
      clientConfig: mode === 'tls' ? sslClientConfig(dir, cluster) : undefined,
    },
    stop: () => gateway.stop(),
  };
}

/** Whether the peer's classpath is in the cache; the reason to skip it when not. */
export function kroxyliciousMissing(): string | undefined {
  if (existsSync(join(KROXYLICIOUS_DIR, 'ready'))) return undefined;
  return `Kroxylicious ${KROXYLICIOUS_VERSION} is not in ${KROXYLICIOUS_DIR}: run bash bench/peers/kroxylicious/fetch.sh (Maven Central, once)`;
}

async function startKroxylicious(
  cluster: KafkaCluster,
  dir: string,
  mode: Mode,
  cores: Cores,
): Promise<Proxy> {
  // Kroxylicious numbers broker ports from bootstrap + 1 by node id (0, 1, 2 by default).
  const port = await freePortBlock(4);
  const gateway: Record<string, unknown> = {
    name: `bench-${mode}`,
    portIdentifiesNode: { bootstrapAddress: `127.0.0.1:${port}` },
  };
  if (mode === 'tls') {
    gateway.tls = {
      key: {
        privateKeyFile: join(cluster.tls.dir, 'server.key'),
        certificateFile: join(cluster.tls.dir, 'server-chain.crt'),
      },
    };
  }
  const configFile = join(dir, `kroxylicious-${mode}.yaml`);
  writeFileSync(
    configFile,
    stringify({
      virtualClusters: [
        {
          name: 'bench',
          targetCluster: { bootstrapServers: cluster.bootstrap.plaintext },
          gateways: [gateway],
          logNetwork: false,
          logFrames: false,
        },
      ],
    }),
  );
  const logFile = join(dir, `kroxylicious-${mode}.log`);
  const out = openSync(logFile, 'w');
  const java = [
    // A fixed heap, as a deployment would give it; the JVM's default is a quarter of the RAM.
    '-Xms512m',
    '-Xmx512m',
    '-Djava.awt.headless=true',
    '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn',
    '-cp',
    `${join(KROXYLICIOUS_DIR, 'classes')}:${join(KROXYLICIOUS_DIR, 'lib', '*')}`,
    'SluicePeerKroxylicious',
    configFile,
  ];
  // Under taskset from the start, so every JVM thread inherits the CPU (and the JVM sizes its
  // GC and Netty's event loops for the one CPU it sees, as a pinned deployment would).
  const [cmd, args] = cores === 'split' ? ['taskset', ['-c', '1', 'java', ...java]] : ['java', java];
  const child: ChildProcess = spawn(cmd, args as string[], { stdio: ['ignore', out, out] });
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const text = readFileSync(logFile, 'utf8');
    if (text.includes('kroxylicious peer started')) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Kroxylicious (${mode}) did not start:\n${text.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    side: 'kroxylicious',
    pid: child.pid!,
    target: {
      bootstrap: `127.0.0.1:${port}`,
      clientConfig: mode === 'tls' ? sslClientConfig(dir, cluster) : undefined,
    },
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

interface Settings {
  seconds: number;
  rounds: number;
  modes: Mode[];
  workloads: Workload[];
  cores: Cores;
  /** A directory for V8 CPU profiles of Sluice (node --cpu-prof), one per mode. */
  cpuProfDir?: string;
}

class Bench {
  readonly runs: Run[] = [];
  readonly brokerPid: number;
  readonly cluster: KafkaCluster;
  readonly dir: string;
  readonly settings: Settings;
  readonly withPeer: boolean;

  constructor(cluster: KafkaCluster, dir: string, settings: Settings, withPeer: boolean) {
    this.cluster = cluster;
    this.dir = dir;
    this.settings = settings;
    this.withPeer = withPeer;
    const b = cluster.brokers[0];
    const pid = findPid(join(b.dir, 'server.properties'));
    if (pid === undefined) throw new Error(`no JVM found for broker ${b.id}`);
    this.brokerPid = pid;
    if (settings.cores === 'split') pin(pid, 0);
  }

  async topic(name: string, action: '--create' | '--delete'): Promise<void> {
    const args = ['--bootstrap-server', this.cluster.bootstrap.plaintext, action, '--topic', name];
    if (action === '--create') args.push('--partitions', '6', '--replication-factor', '1');
    await runKafkaToolOk('kafka-topics', args);
  }

  async measured(
    mode: Mode,
    workload: Workload,
    side: Side,
    round: number,
    proxy: Proxy | undefined,
    fn: () => Promise<ProducerResult | ConsumerResult>,
  ): Promise<Run> {
    const p0 = proxy ? treeCpuSeconds(proxy.pid) : 0;
    const b0 = processCpuSeconds(this.brokerPid);
    const r = await fn();
    const run: Run = {
      mode,
      workload,
      side,
      round,
      records: r.records,
      seconds: r.seconds,
      mbPerSec: r.mbPerSec,
      proxyCpuSec: proxy ? treeCpuSeconds(proxy.pid) - p0 : 0,
      brokerCpuSec: processCpuSeconds(this.brokerPid) - b0,
      proxyRssMb: proxy ? treeRssMb(proxy.pid) : 0,
    };
    log(
      `${mode} ${workload} ${side.padEnd(12)} ${fixed(run.mbPerSec, 1)} MB/s over ${fixed(run.seconds, 1)} s; CPU-s/GB proxy ${fixed(run.proxyCpuSec / gb(run.records), 2)} broker ${fixed(run.brokerCpuSec / gb(run.records), 2)}; proxy RSS ${fixed(run.proxyRssMb)} MB`,
    );
    return run;
  }

  /**
   * Rounds of direct / Sluice / Kroxylicious. A round with a run shorter than the floor does
   * not count (the calibration guessed low: the machine's load moves); it lengthens the runs
   * and is run again, unless the runs cannot get longer (a consumer reads at most what the
   * topic holds), or two extra rounds were spent that way already.
   */
  async rounds(
    mode: Mode,
    workload: Workload,
    targets: Array<{ side: Side; target: Target; proxy?: Proxy }>,
    count: number,
    maxCount: number,
    fn: (t: Target, count: number) => Promise<ProducerResult | ConsumerResult>,
  ): Promise<number> {
    let written = 0;
    let retries = 0;
    for (let round = 0; round < this.settings.rounds; ) {
      const runs: Run[] = [];
      for (const t of targets) {
        const run = await this.measured(mode, workload, t.side, round, t.proxy, () => fn(t.target, count));
        runs.push(run);
        written += run.records;
      }
      const shortest = Math.min(...runs.map((r) => r.seconds));
      if (shortest < this.settings.seconds && count < maxCount) {
        // At most 2.5× per step: one run cut short by a burst of other work on the machine
        // should not make every later run several times the floor.
        const factor = Math.min(2.5, (this.settings.seconds * CALIBRATION_MARGIN) / shortest);
        count = Math.min(maxCount, Math.ceil(count * factor));
        if (retries < 2) {
          retries++;
          log(
            `${mode} ${workload}: a run lasted ${fixed(shortest, 1)} s; round not counted, ${count} records per run from now on`,
          );
          continue;
        }
      }
      this.runs.push(...runs);
      round++;
    }
    return written;
  }

  async mode(mode: Mode): Promise<void> {
    const { cluster, dir, settings } = this;
    const topic = `peer-${mode}`;
    await this.topic(topic, '--create');
    const proxies: Proxy[] = [];
    try {
      proxies.push(await startSluice(cluster, dir, mode, settings.cores, settings.cpuProfDir));
      const baseline = process.env.SLUICE_BENCH_BASELINE;
      if (baseline) proxies.push(await startSluice(cluster, dir, mode, settings.cores, undefined, baseline));
      if (this.withPeer) proxies.push(await startKroxylicious(cluster, dir, mode, settings.cores));
      const direct: Target =
        mode === 'tls'
          ? { bootstrap: cluster.bootstrap.saslSsl, clientConfig: cluster.clientConfig.scram }
          : { bootstrap: cluster.bootstrap.plaintext };
      const targets = [
        { side: 'direct' as Side, target: direct },
        ...proxies.map((p) => ({ side: p.side, target: p.target, proxy: p })),
      ];
      // Warm-up: the broker's and every proxy's JIT, the page cache.
      let available = 0;
      for (const t of targets) {
        await producerPerf(t.target, topic, WARMUP_RECORDS);
        available += WARMUP_RECORDS;
      }
      const cal = await producerPerf(direct, topic, CALIBRATION_RECORDS);
      available += CALIBRATION_RECORDS;
      const produceCount = Math.ceil(cal.recordsPerSec * settings.seconds * CALIBRATION_MARGIN);
      log(
        `${mode}: calibration ${fixed(cal.recordsPerSec)} rec/s → ${produceCount} records per producer run`,
      );
      if (settings.workloads.includes('produce')) {
        available += await this.rounds(
          mode,
          'produce',
          targets,
          produceCount,
          Number.POSITIVE_INFINITY,
          (t, n) => producerPerf(t, topic, n),
        );
      }
      if (!settings.workloads.includes('consume')) return;
      for (const p of proxies) await consumerPerf(p.target, topic, WARMUP_RECORDS);
      // A consumer run reads from the start of the topic, at most everything written so far.
      const calC = await consumerPerf(direct, topic, Math.min(available, CALIBRATION_RECORDS * 2));
      const consumeCount = Math.min(
        available,
        Math.ceil(calC.recordsPerSec * settings.seconds * CALIBRATION_MARGIN),
      );
      log(
        `${mode}: calibration ${fixed(calC.recordsPerSec)} rec/s → ${consumeCount} records per consumer run (of ${available})`,
      );
      await this.rounds(mode, 'consume', targets, consumeCount, available, (t, n) =>
        consumerPerf(t, topic, n),
      );
    } finally {
      for (const p of proxies) await p.stop();
      await this.topic(topic, '--delete').catch(() => {});
    }
  }
}

const SIDE_LABEL: Record<Side, string> = {
  direct: 'direct',
  sluice: 'Sluice',
  baseline: `Sluice at ${process.env.SLUICE_BENCH_BASELINE}`,
  kroxylicious: `Kroxylicious ${KROXYLICIOUS_VERSION}`,
};
const MODE_LABEL: Record<Mode, string> = { plaintext: 'PLAINTEXT', tls: 'TLS to client' };

/** Markdown tables of the medians: the headline (CPU per GB) and one row per path and side. */
export function tables(runs: Run[]): string {
  const out: string[] = [];
  const paths: Array<[Workload, Mode]> = [];
  for (const r of runs)
    if (!paths.some(([w, m]) => w === r.workload && m === r.mode)) paths.push([r.workload, r.mode]);
  const sidesOf = (w: Workload, m: Mode) =>
    (['direct', 'sluice', 'baseline', 'kroxylicious'] as const).filter((s) =>
      runs.some((r) => r.workload === w && r.mode === m && r.side === s),
    );
  const of = (w: Workload, m: Mode, s: Side) =>
    runs.filter((r) => r.workload === w && r.mode === m && r.side === s);
  const cpuPerGb = (rs: Run[], key: 'proxyCpuSec' | 'brokerCpuSec') =>
    median(rs.map((r) => r[key] / gb(r.records)));
  const hasPeer = runs.some((r) => r.side === 'kroxylicious');

  out.push(
    '| path | Sluice CPU-s/GB | ' +
      (hasPeer ? 'Kroxylicious CPU-s/GB | Sluice ÷ Kroxylicious | ' : '') +
      'broker CPU-s/GB (direct runs) |',
  );
  out.push(`|---|---:|${hasPeer ? '---:|---:|' : ''}---:|`);
  for (const [w, m] of paths) {
    const s = cpuPerGb(of(w, m, 'sluice'), 'proxyCpuSec');
    const k = hasPeer ? cpuPerGb(of(w, m, 'kroxylicious'), 'proxyCpuSec') : Number.NaN;
    const b = cpuPerGb(of(w, m, 'direct'), 'brokerCpuSec');
    out.push(
      `| ${w}, ${MODE_LABEL[m]} | ${fixed(s, 2)} | ${hasPeer ? `${fixed(k, 2)} | ${fixed(s / k, 2)} | ` : ''}${fixed(b, 2)} |`,
    );
  }
  out.push('');
  out.push('| path | side | MB/s | × direct | proxy CPU-s/GB | broker CPU-s/GB | proxy RSS MB | runs (s) |');
  out.push('|---|---|---:|---:|---:|---:|---:|---|');
  for (const [w, m] of paths) {
    const d = median(of(w, m, 'direct').map((r) => r.mbPerSec));
    for (const side of sidesOf(w, m)) {
      const rs = of(w, m, side);
      const mbs = median(rs.map((r) => r.mbPerSec));
      const proxyCpu = side === 'direct' ? '—' : fixed(cpuPerGb(rs, 'proxyCpuSec'), 2);
      const rss = side === 'direct' ? '—' : fixed(median(rs.map((r) => r.proxyRssMb)));
      const secs = rs.map((r) => fixed(r.seconds, 0)).join(', ');
      out.push(
        `| ${w}, ${MODE_LABEL[m]} | ${SIDE_LABEL[side]} | ${fixed(mbs, 1)} | ${fixed(mbs / d, 2)} | ${proxyCpu} | ${fixed(cpuPerGb(rs, 'brokerCpuSec'), 2)} | ${rss} | ${secs} |`,
      );
    }
  }
  return out.join('\n');
}

/** Replaces the text between the section's markers in docs/benchmarks.md. */
export function writeDocsSection(doc: string, cores: Cores, body: string): string {
  const begin = `<!-- peer-compare:${cores}:begin (generated by bench/peer-compare.ts --write-docs; do not edit) -->`;
  const end = `<!-- peer-compare:${cores}:end -->`;
  const from = doc.indexOf(`<!-- peer-compare:${cores}:begin`);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/benchmarks.md has no ${begin} … ${end} markers`);
  return `${doc.slice(0, from)}${begin}\n${body}\n${doc.slice(to)}`;
}

export async function run(argv = process.argv.slice(2)): Promise<void> {
  const writeDocs = argv.includes('--write-docs');
  const unknownArgs = argv.filter((a) => a !== '--write-docs');
  if (unknownArgs.length > 0)
    throw new Error(`unknown argument ${unknownArgs.join(' ')} (known: --write-docs)`);
  const cores = (process.env.SLUICE_BENCH_CORES || 'shared') as Cores;
  if (cores !== 'shared' && cores !== 'split')
    throw new Error(`SLUICE_BENCH_CORES must be shared or split, got ${cores}`);
  if (cores === 'split' && cpus().length < 2) throw new Error('SLUICE_BENCH_CORES=split needs two CPUs');
  const modes = (process.env.SLUICE_BENCH_MODES || 'plaintext,tls').split(',') as Mode[];
  for (const m of modes)
    if (m !== 'plaintext' && m !== 'tls')
      throw new Error(`SLUICE_BENCH_MODES: unknown mode ${m} (plaintext, tls)`);
  const workloads = (process.env.SLUICE_BENCH_WORKLOADS || 'produce,consume').split(',') as Workload[];
  for (const w of workloads)
    if (w !== 'produce' && w !== 'consume')
      throw new Error(`SLUICE_BENCH_WORKLOADS: unknown workload ${w} (produce, consume)`);
  const cpuProfDir = process.env.SLUICE_BENCH_CPU_PROF || undefined;
  if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });
  const settings: Settings = {
    seconds: envNumber('SLUICE_BENCH_SECONDS', 15),
    rounds: envNumber('SLUICE_BENCH_ROUNDS', 3),
    modes,
    workloads,
    cores,
    cpuProfDir,
  };
  const missing = kroxyliciousMissing();
  const jvm = /version "([^"]+)"/.exec(
    spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr ?? '',
  )?.[1];
  if (missing) console.log(`peer skipped: ${missing}`);
  const loadStart = loadavg();
  // Other work shares the machine: the 1-minute load average, sampled through the run, says how much.
  const loads = [loadStart[0]];
  const sampler = setInterval(() => loads.push(loadavg()[0]), 10_000);
  sampler.unref();
  const started = new Date();
  console.log(
    `peer-compare: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadStart.map((l) => l.toFixed(1)).join(' ')}, cores ${cores}, ${settings.rounds} rounds, ≥ ${settings.seconds} s per run`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'sluice-bench-peer-'));
  const cluster = await startCluster({
    brokers: 1,
    jvmOpts: BROKER_JVM,
    brokerConfig: { 'log.retention.bytes': 4 * 1024 ** 3, 'log.segment.bytes': 256 * 1024 ** 2 },
  });
  let bench: Bench | undefined;
  try {
    bench = new Bench(cluster, dir, settings, !missing);
    for (const mode of modes) await bench.mode(mode);
  } catch (err) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.log'))) {
      console.error(`--- ${f} tail ---\n${readFileSync(join(dir, f), 'utf8').slice(-3000)}`);
    }
    throw err;
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  clearInterval(sampler);
  loads.push(loadavg()[0]);
  const loadRange = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (median ${median(loads).toFixed(1)})`;
  const table = tables(bench.runs);
  const optional = ['SLUICE_BENCH_CORES', 'SLUICE_BENCH_MODES', 'SLUICE_BENCH_WORKLOADS']
    .filter((name) => process.env[name])
    .map((name) => `${name}=${process.env[name]} `)
    .join('');
  const command = `${optional}SLUICE_BENCH_SECONDS=${settings.seconds} SLUICE_BENCH_ROUNDS=${settings.rounds} node --no-node-snapshot bench/peer-compare.ts --write-docs`;
  const body = [
    `Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\`: cores ${cores}${cores === 'split' ? ' (broker on CPU 0, each proxy on CPU 1)' : ''}, ${settings.rounds} rounds, ≥ ${settings.seconds} s per run, 1-minute load average ${loadRange} on ${cpus().length} CPUs. Medians over the rounds; MB = 10^6 bytes of 1 KiB record values; CPU-s/GB = user+system CPU seconds per 10^9 bytes forwarded. Node ${process.version}${missing ? '' : `; Kroxylicious ${KROXYLICIOUS_VERSION} on Java ${jvm ?? '(unknown)'}, -Xmx512m`}.${missing ? ` Kroxylicious was not run: ${missing}.` : ''}`,
    '',
    table,
  ].join('\n');
  console.log(`\n${body}\n`);
  if (writeDocs) {
    writeFileSync(DOCS, writeDocsSection(readFileSync(DOCS, 'utf8'), cores, body));
    console.log(`docs/benchmarks.md: the ${cores} section rewritten`);
  }
}

if (import.meta.main) await run();
