// The control plane on real parts: one real Kafka broker (rig/), Sluice replicas in this process
// (test/gateway/support/gateway-harness.ts), the admin API over real HTTP.
//   1. Push-to-live latency. N pushes, each a new revision of one small accept policy (a counter
//      in a comment), timed from sending the PUT until GET /api/v1/policies/<name> shows it
//      active (polled every POLL_MS):
//        single: one replica, local store; its 201 already means live there (goal p99 ≤ 300 ms);
//        fleet:  three replicas sharing the Kafka-topic store, pushed to the first, until all
//                three show it (goal p99 ≤ 2 s).
//      Also the PUT alone, and until each replica logged "policy revision live" (deployed into
//      its engine): GET shows the store's active pointer, which a replica folds before it has
//      compiled and deployed the revision. Then where a PUT's time goes, measured apart.
//   2. Throughput while pushing. kafka-producer-perf-test (1 KiB records, acks=all) through the
//      single replica with an accept policy on the topic, rounds alternated (ABAB…) without
//      pushes and with a new revision of that policy pushed every second to the same replica:
//      MB/s per round, medians, the ratio with / without, and the baseline rounds' spread.
//
// Usage: npm run bench -- control-plane   (or node --no-node-snapshot bench/control-plane.ts)
// Environment: SLUICE_BENCH_PUSHES (per latency case, default 40), SLUICE_BENCH_ROUNDS (rounds
// of each kind, default 3), SLUICE_BENCH_SECONDS (length of a throughput round, default 20).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PolicyChecker } from '../gateway/control/checker.ts';
import { compileSpec } from '../gateway/control/compile-spec.ts';
import type { PolicySpec } from '../gateway/control/revision.ts';
import { createLogger } from '../gateway/logger.ts';
import { type KafkaCluster, startCluster } from '../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../rig/kafka-tools.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../test/gateway/support/gateway-harness.ts';
import { BROKER_JVM, producerPerf } from './gateway-perf-tools.ts';
import { processCpuSeconds } from './gateway-process.ts';

const GOALS = { singleP99Ms: 300, fleetP99Ms: 2000 };
const POLL_MS = 10;
const PUSH_EVERY_MS = 1000;
const POLICY = 'bench-accept';
const TOPIC = 'bench-control-plane';
const AUTH = `Basic ${Buffer.from('ops:bench-secret-1').toString('base64')}`;
const WARMUP_RECORDS = 150_000;

const env = (name: string, fallback: number) => Number(process.env[name] || fallback);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => percentile(xs, 0.5);
/** Nearest rank: of 40 samples, p99 is the largest. */
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)];
}
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

interface Replica {
  name: string;
  port: number;
  adminPort: number;
  gw: RunningGateway;
}

async function startReplica(
  cluster: KafkaCluster,
  name: string,
  policyStore: Record<string, unknown>,
): Promise<Replica> {
  const port = await freePortBlock(2);
  const adminPort = await freePortBlock(1);
  const gw = await startGateway({
    upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
    listeners: [{ name: 'plain', routing: 'port', port }],
    admin: {
      http: true,
      port: adminPort,
      users: [{ name: 'ops', role: 'admin', password: 'bench-secret-1' }],
    },
    policyStore,
  });
  return { name, port, adminPort, gw };
}

/** The admin API's JSON answers, as far as this bench reads them. */
interface Reply {
  revision: string;
  active?: { revision: string } | null;
}

async function api(r: Replica, method: string, path: string, body?: unknown) {
  const res = await fetch(`http://127.0.0.1:${r.adminPort}/api/v1${path}`, {
    method,
    headers: { authorization: AUTH, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.json()) as Reply };
}

let counter = 0;
const policySource = () => `import { accept, definePolicy } from 'sluice/sdk';
export default definePolicy({ name: '${POLICY}', onProduce() { return accept(); } });
// revision ${++counter}
`;

/** Pushes a new revision of the accept policy (scoped to TOPIC); its id and the PUT's milliseconds. */
async function push(r: Replica): Promise<{ revision: string; ms: number }> {
  const t0 = performance.now();
  const res = await api(r, 'PUT', `/policies/${POLICY}`, {
    source: policySource(),
    scope: { topics: [TOPIC] },
  });
  if (res.status !== 201) throw new Error(`push to ${r.name}: ${res.status} ${JSON.stringify(res.json)}`);
  return { revision: res.json.revision, ms: performance.now() - t0 };
}

async function activeOn(r: Replica): Promise<string | null> {
  const res = await api(r, 'GET', `/policies/${POLICY}`);
  return res.status === 200 ? (res.json.active?.revision ?? null) : null;
}

/** Milliseconds after t0 at which GET on `r` first shows an active revision other than `from`. */
async function changed(
  r: Replica,
  from: string | null,
  t0: number,
): Promise<{ ms: number; revision: string }> {
  for (;;) {
    const now = await activeOn(r);
    if (now !== from && now !== null) return { ms: performance.now() - t0, revision: now };
    if (performance.now() - t0 > 30_000) throw new Error(`${r.name} never moved on from ${from}`);
    await sleep(POLL_MS);
  }
}

/** Milliseconds after t0 (Date.now()) at which `r` logged `revision` as deployed into its engine. */
async function deployed(r: Replica, revision: string, t0: number): Promise<number> {
  for (let waited = 0; waited < 30_000; waited += POLL_MS) {
    const line = r.gw.logged(/^policy revision live$/).find((l) => l.revision === revision);
    if (line) return Number(line.time) - t0;
    await sleep(POLL_MS);
  }
  throw new Error(`${r.name} never deployed ${revision}`);
}

interface Latencies {
  put: number[];
  /** GET shows it on every replica (the slowest one). */
  get: number[];
  /** Every replica logged it deployed (the slowest one). */
  live: number[];
}

/** `n` pushes to `all[0]`, one after another, each timed until every replica of `all` has it. */
async function pushToLive(all: Replica[], n: number): Promise<Latencies> {
  const out: Latencies = { put: [], get: [], live: [] };
  let current = await activeOn(all[0]);
  for (let i = 0; i < n; i++) {
    const epoch0 = Date.now();
    const t0 = performance.now();
    const [pushed, ...seen] = await Promise.all([push(all[0]), ...all.map((r) => changed(r, current, t0))]);
    for (const [k, s] of seen.entries()) {
      if (s.revision !== pushed.revision)
        throw new Error(`${all[k].name} shows ${s.revision}, pushed ${pushed.revision}`);
    }
    const live = await Promise.all(all.map((r) => deployed(r, pushed.revision, epoch0)));
    out.put.push(pushed.ms);
    out.get.push(Math.max(...seen.map((s) => s.ms)));
    out.live.push(Math.max(...live));
    current = pushed.revision;
  }
  return out;
}

const ms = (x: number) => x.toFixed(0);
function latencyRow(test: string, xs: number[], goalMs?: number): Record<string, string> {
  const p99 = percentile(xs, 0.99);
  return {
    test,
    'p50 ms': ms(median(xs)),
    'p90 ms': ms(percentile(xs, 0.9)),
    'p99 ms': ms(p99),
    'max ms': ms(Math.max(...xs)),
    goal: goalMs === undefined ? '' : `p99 ≤ ${goalMs} ms ${p99 <= goalMs ? 'met' : 'MISSED'}`,
  };
}

function printTable(title: string, rows: Array<Record<string, string>>): void {
  const columns = Object.keys(rows[0] ?? {});
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(`\n${title}\n\n${line(columns)}\n${line(columns.map(() => '---'))}`);
  for (const r of rows) console.log(line(columns.map((c) => r[c])));
}

/** The two checks a PUT makes before storing, timed apart in this process: esbuild alone, then compile + sandbox load. */
async function putParts(n: number): Promise<Record<string, string>[]> {
  const spec = (): PolicySpec => ({
    name: POLICY,
    files: { 'policy.ts': policySource() },
    entry: 'policy.ts',
    config: {},
    scope: { topics: [TOPIC] },
    priority: 100,
  });
  const checker = new PolicyChecker(createLogger('silent'));
  await checker.check(spec()); // starts its sandbox worker, as the first push does
  const compile: number[] = [];
  const check: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      let t0 = performance.now();
      await compileSpec(spec());
      compile.push(performance.now() - t0);
      t0 = performance.now();
      await checker.check(spec());
      check.push(performance.now() - t0);
    }
  } finally {
    await checker.close();
  }
  return [
    latencyRow('compile alone (esbuild, compileSpec)', compile),
    latencyRow('check: compile + load in a sandbox (PolicyChecker.check)', check),
  ];
}

/** sluice_policy_invocations_total of POLICY on `r`, summed by result. */
async function invocations(r: Replica): Promise<Record<string, number>> {
  const text = await (await fetch(`http://127.0.0.1:${r.adminPort}/metrics`)).text();
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const m = /^sluice_policy_invocations_total\{(.*)\} (\S+)$/.exec(line);
    if (!m?.[1].includes(`policy="${POLICY}"`)) continue;
    const result = /result="([^"]*)"/.exec(m[1])?.[1] ?? '?';
    out[result] = (out[result] ?? 0) + Number(m[2]);
  }
  return out;
}

/**
 * CPU seconds of Sluice so far: this process (the replica, the bench's own light HTTP client)
 * and its child processes that are Sluice's: sandbox workers and the esbuild service.
 */
function sluiceCpuSeconds(): number {
  const own = process.cpuUsage();
  let sec = (own.user + own.system) / 1e6;
  for (const pid of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== process.pid) continue;
      if (/sandbox\/worker\.ts|esbuild/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8')))
        sec += processCpuSeconds(Number(pid));
    } catch {
      // The process ended while we looked.
    }
  }
  return sec;
}

interface Round {
  pushes: boolean;
  mbPerSec: number;
  seconds: number;
  /** Sluice's CPU (sluiceCpuSeconds) during the run, and per MB produced. */
  cpuSec: number;
  cpuMsPerMb: number;
  pushMs: number[];
  /** Policy invocations during the round, by result: proof that every batch went through the sandbox. */
  invoked: Record<string, number>;
}

/** One producer run through `r`; with `pushes`, a new revision is pushed to `r` every second meanwhile. */
async function round(r: Replica, records: number, pushes: boolean): Promise<Round> {
  const pushMs: number[] = [];
  let running = true;
  const pusher = (async () => {
    for (let next = performance.now(); pushes && running; ) {
      pushMs.push((await push(r)).ms);
      next += PUSH_EVERY_MS;
      await sleep(next - performance.now());
    }
  })();
  const inv0 = await invocations(r);
  const cpu0 = sluiceCpuSeconds();
  const result = await producerPerf({ bootstrap: `127.0.0.1:${r.port}` }, TOPIC, records).finally(() => {
    running = false;
  });
  const cpuSec = sluiceCpuSeconds() - cpu0;
  await pusher;
  const inv1 = await invocations(r);
  const invoked = Object.fromEntries(Object.entries(inv1).map(([k, v]) => [k, v - (inv0[k] ?? 0)]));
  const mb = (result.records * 1024) / 1e6;
  return {
    pushes,
    mbPerSec: result.mbPerSec,
    seconds: result.seconds,
    cpuSec,
    cpuMsPerMb: (cpuSec * 1000) / mb,
    pushMs,
    invoked,
  };
}

async function throughput(r: Replica, cluster: KafkaCluster, rounds: number, seconds: number) {
  await runKafkaToolOk('kafka-topics', [
    '--bootstrap-server',
    cluster.bootstrap.plaintext,
    '--create',
    '--topic',
    TOPIC,
    '--partitions',
    '6',
  ]);
  await push(r); // the accept policy on TOPIC: every produce batch goes through the sandbox
  // A warm-up (JITs, page cache), then a calibration on warm JVMs: a cold one guesses low.
  await producerPerf({ bootstrap: `127.0.0.1:${r.port}` }, TOPIC, WARMUP_RECORDS);
  const cal = await producerPerf({ bootstrap: `127.0.0.1:${r.port}` }, TOPIC, WARMUP_RECORDS);
  const records = Math.ceil(cal.recordsPerSec * seconds);
  log(`calibration ${cal.mbPerSec.toFixed(1)} MB/s → ${records} records per round`);
  const runs: Round[] = [];
  for (let i = 0; i < 2 * rounds; i++) {
    const run = await round(r, records, i % 2 === 1);
    runs.push(run);
    const invoked = Object.entries(run.invoked).map(([k, v]) => `${v} ${k}`);
    const pushed = run.pushes
      ? `; ${run.pushMs.length} pushes, PUT median ${ms(median(run.pushMs))} ms, max ${ms(Math.max(...run.pushMs))} ms`
      : '';
    log(
      `${run.pushes ? 'with pushes   ' : 'without pushes'} ${run.mbPerSec.toFixed(1)} MB/s over ${run.seconds.toFixed(1)} s; ` +
        `Sluice CPU ${run.cpuSec.toFixed(1)} s (${run.cpuMsPerMb.toFixed(2)} ms/MB); policy invocations ${invoked.join(', ')}${pushed}`,
    );
  }
  const base = runs.filter((x) => !x.pushes);
  const withPushes = runs.filter((x) => x.pushes);
  const b = median(base.map((x) => x.mbPerSec));
  const w = median(withPushes.map((x) => x.mbPerSec));
  const low = Math.min(...base.map((x) => x.mbPerSec));
  const high = Math.max(...base.map((x) => x.mbPerSec));
  const row = (name: string, xs: Round[]) => ({
    test: name,
    'MB/s per round': xs.map((x) => x.mbPerSec.toFixed(1)).join(', '),
    'median MB/s': median(xs.map((x) => x.mbPerSec)).toFixed(1),
    'CPU ms/MB (median)': median(xs.map((x) => x.cpuMsPerMb)).toFixed(2),
  });
  printTable(
    'Produce through one replica with an accept policy (kafka-producer-perf-test, 1 KiB, acks=all)',
    [row('without pushes', base), row('a push every second', withPushes)],
  );
  console.log(
    `\nwith / without: ${(w / b).toFixed(3)}; baseline rounds ${(low / b).toFixed(3)}–${(high / b).toFixed(3)} of their median ` +
      `(spread ${(((high - low) / b) * 100).toFixed(1)} %): the dip is ${w >= low ? 'within' : 'BEYOND'} the run-to-run noise`,
  );
  // Every round produces the same records, so the CPU the with-pushes rounds spent beyond the
  // others is what the pushes cost.
  const extraSec = median(withPushes.map((x) => x.cpuSec)) - median(base.map((x) => x.cpuSec));
  const perRound = median(withPushes.map((x) => x.pushMs.length));
  console.log(
    `Sluice CPU per push ≈ ${ms((extraSec * 1000) / perRound)} ms (median with-pushes round minus without)`,
  );
  for (const l of r.gw.logged(/^(policy failed|sandbox worker replaced)$/))
    console.log(`logged: ${l.msg} ${l.kind ?? l.reason ?? ''} ${l.err ?? ''}`);
  const all = withPushes.flatMap((x) => x.pushMs);
  printTable('PUTs during the with-pushes rounds', [latencyRow(`${all.length} pushes under load`, all)]);
}

export async function run(): Promise<void> {
  const pushes = env('SLUICE_BENCH_PUSHES', 40);
  const rounds = env('SLUICE_BENCH_ROUNDS', 3);
  const seconds = env('SLUICE_BENCH_SECONDS', 20);
  console.log(
    `control-plane: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${pushes} pushes per case, ${rounds} rounds of each kind, ${seconds} s per round`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'sluice-bench-cp-'));
  const cluster = await startCluster({ brokers: 1, jvmOpts: BROKER_JVM });
  const started: Replica[] = [];
  try {
    const single = await startReplica(cluster, 'single', { kind: 'local', dir: join(dir, 'state') });
    started.push(single);
    const fleet: Replica[] = [];
    for (const name of ['replica-a', 'replica-b', 'replica-c']) {
      const store = { kind: 'kafka', topic: '_sluice_policies_bench', replicationFactor: 1, writer: name };
      fleet.push(await startReplica(cluster, name, store));
    }
    started.push(...fleet);
    log(`cluster and 4 replicas up; pushing`);

    // The first push starts the checker's sandbox worker and the esbuild service: reported apart.
    const first = await push(single);
    log(`first push after start: ${ms(first.ms)} ms`);
    const s = await pushToLive([single], pushes);
    await push(fleet[0]);
    const f = await pushToLive(fleet, pushes);
    printTable(`Push-to-live, ${pushes} pushes each (ms from sending the PUT)`, [
      latencyRow('single: PUT answered (= live)', s.put, GOALS.singleP99Ms),
      latencyRow('single: GET shows it', s.get),
      latencyRow('single: deployed (log)', s.live),
      latencyRow('fleet: PUT answered', f.put),
      latencyRow('fleet: GET shows it on all 3', f.get, GOALS.fleetP99Ms),
      latencyRow('fleet: deployed on all 3 (log)', f.live),
    ]);
    for (const r of fleet) await r.gw.stop();
    started.splice(1);
    const parts = await putParts(20);
    printTable('Where a PUT spends its time, timed apart (this process, replicas idle)', parts);
    console.log(
      `\nsingle PUT median ${ms(median(s.put))} ms = check ${parts[1]['p50 ms']} ms + the rest (store, ` +
        `deploy into the live engine, HTTP): ~${ms(median(s.put) - Number(parts[1]['p50 ms']))} ms`,
    );

    log(`throughput: ${rounds} rounds without and ${rounds} with a push every second, alternated`);
    await throughput(single, cluster, rounds, seconds);
    console.log(
      `\nload average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    for (const r of started) await r.gw.stop().catch(() => {});
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) await run();
