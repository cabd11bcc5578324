// Field-level encryption through Sluice against Sluice without policies, in the same run: one
// real broker, moto's KMS server on loopback, two gateways in this process (one with the `kms:`
// section and policies/field-encryption.ts encrypting 2 fields of 1 KB JSON records on
// produce and decrypting them on fetch, one without), kafka-producer-perf-test and
// kafka-consumer-perf-test, rounds alternated. Prints the producer and consumer ratios (goals
// ≥ 0.75× and ≥ 0.60×), the CPU of each run, and KMS calls per million records.
//
//   ./node_modules/.bin/node --no-node-snapshot bench/policy-encryption.ts [records] [rounds]
//   SLUICE_BENCH_CORES=split: Kafka on CPU 0, Sluice on CPU 1 (as in bench/gateway-policy.ts).
// Needs moto (bash .ci/install-kms.sh).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { validateConfig } from '../gateway/config/validate.ts';
import { createLogger } from '../gateway/logger.ts';
import { Gateway } from '../gateway/server/gateway.ts';
import { startCluster } from '../rig/kafka-cluster.ts';
import { KAFKA_BIN_DIR, runKafkaTool } from '../rig/kafka-tools.ts';
import { MOTO_CREDENTIALS, MOTO_REGION, startMotoKms } from '../rig/moto-kms.ts';
import { runProcess } from '../rig/run-process.ts';
import { freePortBlock } from '../test/gateway/support/gateway-harness.ts';
import { findPid, processCpuSeconds, reapedChildrenCpuSeconds } from './gateway-process.ts';
import { median } from './measure.ts';

const RECORDS = Number(process.argv[2] ?? 100_000);
const ROUNDS = Number(process.argv[3] ?? 3);
const RECORD_BYTES = 1024;
const SPLIT_CORES = process.env.SLUICE_BENCH_CORES === 'split';
const KAFKA_CPU = '0';
const SLUICE_CPU = '1';
const POLICIES = join(import.meta.dirname, '..', 'policies');

async function pin(pid: number, cpu: string): Promise<void> {
  const r = await runProcess('taskset', ['-a', '-p', '-c', cpu, String(pid)]);
  if (r.exitCode !== 0) throw new Error(`taskset ${pid}: ${r.stderr}`);
}

/** 1,000 distinct JSON customers of exactly RECORD_BYTES, with `ssn` and `card.number` to encrypt. */
function payloadFile(dir: string): string {
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const doc = {
      id: i,
      customerId: `c-${i % 10}`,
      ssn: `${100 + (i % 800)}-45-${String(1000 + i).slice(-4)}`,
      card: { number: `4111-1111-1111-${String(1000 + i).slice(-4)}`, exp: '12/29' },
      note: '',
    };
    doc.note = 'x'.repeat(RECORD_BYTES - JSON.stringify(doc).length);
    const line = JSON.stringify(doc);
    if (line.length !== RECORD_BYTES) throw new Error(`payload ${i} is ${line.length} bytes`);
    lines.push(line);
  }
  const file = join(dir, 'customers.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Warnings and errors by message (policy failures: timeouts, cpu), printed with the figures. */
const problems = new Map<string, number>();
const counting = new Writable({
  write(chunk, _e, cb) {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      const l = JSON.parse(line);
      const k = `${l.msg}${l.kind ? ` (${l.kind}, ${l.hook})` : ''}`;
      problems.set(k, (problems.get(k) ?? 0) + 1);
    }
    cb();
  },
});

/** CPU seconds of a process, 0 once it is gone (a sandbox worker that was replaced). */
function cpuOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    return processCpuSeconds(pid);
  } catch {
    return 0;
  }
}

async function gateway(raw: Record<string, unknown>): Promise<Gateway> {
  const g = new Gateway(
    validateConfig(raw, { baseDir: process.cwd(), source: 'bench' }),
    createLogger('warn', counting),
  );
  await g.start();
  return g;
}

const PERF_ENV = {
  KAFKA_JVM_PERFORMANCE_OPTS: '-XX:+UseParallelGC -Djava.awt.headless=true',
  KAFKA_HEAP_OPTS: '-Xms512m -Xmx512m',
};

const onKafkaCpu = (tool: string, args: string[]) =>
  SPLIT_CORES ? (['taskset', ['-c', KAFKA_CPU, tool, ...args]] as const) : ([tool, args] as const);

async function produce(bootstrap: string, topic: string, payload: string): Promise<number> {
  const [cmd, args] = onKafkaCpu(join(KAFKA_BIN_DIR, 'kafka-producer-perf-test'), [
    '--topic',
    topic,
    '--num-records',
    String(RECORDS),
    '--payload-file',
    payload,
    '--throughput',
    '-1',
    '--command-property',
    `bootstrap.servers=${bootstrap}`,
    'acks=all',
    'linger.ms=5',
    'batch.size=65536',
  ]);
  const r = await runProcess(cmd, [...args], { env: PERF_ENV, timeoutMs: 600_000 });
  const m = /(\d+) records sent, ([\d.]+) records\/sec/.exec(r.stdout);
  if (r.exitCode !== 0 || !m)
    throw new Error(`producer perf test failed (${r.exitCode}):\n${r.stderr.slice(-1500)}`);
  return Number(m[2]);
}

let group = 0;
async function consume(bootstrap: string, topic: string): Promise<number> {
  const [cmd, args] = onKafkaCpu(join(KAFKA_BIN_DIR, 'kafka-consumer-perf-test'), [
    '--bootstrap-server',
    bootstrap,
    '--topic',
    topic,
    '--messages',
    String(RECORDS),
    '--group',
    `bench-${++group}`,
    '--timeout',
    '120000',
    '--command-property',
    'auto.offset.reset=earliest',
  ]);
  const r = await runProcess(cmd, [...args], { env: PERF_ENV, timeoutMs: 600_000 });
  // start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ...
  const row = r.stdout
    .trim()
    .split('\n')
    .map((l) => l.split(',').map((x) => x.trim()))
    .find((f) => f.length >= 6 && /^\d+$/.test(f[4]));
  if (r.exitCode !== 0 || !row)
    throw new Error(
      `consumer perf test failed (${r.exitCode}):\n${r.stdout.slice(-800)}${r.stderr.slice(-800)}`,
    );
  if (Number(row[4]) < RECORDS) throw new Error(`consumer read ${row[4]} of ${RECORDS} records`);
  return Number(row[5]);
}

async function kmsCalls(g: Gateway): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const m of (await g.metrics.render()).matchAll(
    /^sluice_kms_requests_total\{operation="(\w+)",outcome="(\w+)"\} (\d+)/gm,
  )) {
    out[`${m[1]}:${m[2]}`] = Number(m[3]);
  }
  return out;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-bench-fle-'));
  const [cluster, kms] = await Promise.all([
    startCluster({ brokers: 1, jvmOpts: ['-Xmx1g', '-XX:+UseParallelGC'] }),
    startMotoKms(),
  ]);
  for (let c = 0; c < 10; c++) await kms.createKey(`alias/bench-c-${c}`);
  const brokerPid = findPid('kafka.Kafka');
  if (brokerPid === undefined) throw new Error('no broker process found');
  if (SPLIT_CORES) {
    await pin(brokerPid, KAFKA_CPU);
    await pin(process.pid, SLUICE_CPU);
  }
  const bootstrap = cluster.bootstrap.plaintext.split(',');
  const [portPlain, portPolicy] = [await freePortBlock(4), await freePortBlock(4)];
  const plain = await gateway({
    upstream: { bootstrapServers: bootstrap },
    listeners: [{ name: 'p', routing: 'port', port: portPlain }],
  });
  const fle = await gateway({
    upstream: { bootstrapServers: bootstrap },
    listeners: [{ name: 'p', routing: 'port', port: portPolicy }],
    kms: { endpoint: kms.endpoint, region: MOTO_REGION, ...MOTO_CREDENTIALS, keyTtlMs: 60_000 },
    policies: {
      dir: POLICIES,
      deployments: [
        {
          id: 'pii',
          file: 'field-encryption.ts',
          scope: { topics: ['bench-fle'] },
          kmsKeys: ['alias/bench-*'],
          limits: { deadlineMs: 2000, cpuMs: 1000, memoryMb: 256 },
          config: {
            keySecretId: 'aws-kms://alias/bench-{{record.value.customerId}}',
            recordValue: { fields: [{ fieldName: 'ssn' }, { fieldName: 'card.number' }] },
            // No SASL here: every consumer is User:ANONYMOUS, and may decrypt.
            decrypt: { principals: ['User:ANONYMOUS'] },
          },
        },
      ],
    },
  });
  try {
    const payload = payloadFile(dir);
    for (const t of ['bench-plain', 'bench-fle']) {
      await runKafkaTool('kafka-topics', [
        '--bootstrap-server',
        bootstrap[0],
        '--create',
        '--topic',
        t,
        '--partitions',
        '3',
      ]);
    }
    const snapshot = () => {
      const c = process.cpuUsage();
      const worker = fle.policies?.engine.workerPids[0];
      return {
        gateway: (c.user + c.system) / 1e6,
        worker: cpuOf(worker),
        broker: cpuOf(brokerPid),
        clients: reapedChildrenCpuSeconds(),
      };
    };
    type Snap = ReturnType<typeof snapshot>;
    const diff = (x: Snap, y: Snap) =>
      Object.fromEntries(
        Object.keys(x).map((k) => [k, (y[k as keyof Snap] - x[k as keyof Snap]).toFixed(1)]),
      );
    const pa: number[] = [];
    const pb: number[] = [];
    const ca: number[] = [];
    const cb: number[] = [];
    // Warm-up round, not counted.
    await produce(`127.0.0.1:${portPlain}`, 'bench-plain', payload);
    await produce(`127.0.0.1:${portPolicy}`, 'bench-fle', payload);
    const calls0 = await kmsCalls(fle);
    let produced = 0;
    for (let i = 0; i < ROUNDS; i++) {
      let s = snapshot();
      pa.push(await produce(`127.0.0.1:${portPlain}`, 'bench-plain', payload));
      const cpuPa = diff(s, snapshot());
      s = snapshot();
      pb.push(await produce(`127.0.0.1:${portPolicy}`, 'bench-fle', payload));
      const cpuPb = diff(s, snapshot());
      produced += RECORDS;
      s = snapshot();
      ca.push(await consume(`127.0.0.1:${portPlain}`, 'bench-plain'));
      const cpuCa = diff(s, snapshot());
      s = snapshot();
      cb.push(await consume(`127.0.0.1:${portPolicy}`, 'bench-fle'));
      const cpuCb = diff(s, snapshot());
      console.log(
        `round ${i + 1}: produce ${pa[i].toFixed(0)} → ${pb[i].toFixed(0)} rec/s (${(pb[i] / pa[i]).toFixed(2)}×), ` +
          `consume ${ca[i].toFixed(0)} → ${cb[i].toFixed(0)} rec/s (${(cb[i] / ca[i]).toFixed(2)}×); CPU s produce ${JSON.stringify(cpuPa)} → ${JSON.stringify(cpuPb)}, consume ${JSON.stringify(cpuCa)} → ${JSON.stringify(cpuCb)}`,
      );
    }
    const calls = await kmsCalls(fle);
    const gen = (calls['GenerateDataKey:ok'] ?? 0) - (calls0['GenerateDataKey:ok'] ?? 0);
    const dec = calls['Decrypt:ok'] ?? 0;
    const pr = pb.map((x, i) => x / pa[i]);
    const cr = cb.map((x, i) => x / ca[i]);
    console.log(
      `\nfield-encryption, ${RECORDS} × ${RECORD_BYTES} B JSON, 2 encrypted fields, 10 customer keys, 3 partitions, ${ROUNDS} rounds (median)` +
        `${SPLIT_CORES ? `, Kafka on CPU ${KAFKA_CPU} and Sluice on CPU ${SLUICE_CPU}` : ', all processes sharing every CPU'}:` +
        `\n  produce ratio ${median(pr).toFixed(2)}× [${pr.map((r) => r.toFixed(2)).join(', ')}] (goal ≥ 0.75×)` +
        `\n  consume (decrypting) ratio ${median(cr).toFixed(2)}× [${cr.map((r) => r.toFixed(2)).join(', ')}] (goal ≥ 0.60×)` +
        `\n  KMS: ${gen} GenerateDataKey for ${produced} records measured = ${((gen / produced) * 1e6).toFixed(1)} per million records; ` +
        `${dec} Decrypt in all (${JSON.stringify(calls)})` +
        `\n  gateway warnings: ${JSON.stringify([...problems])}`,
    );
  } finally {
    await plain.stop(0);
    await fle.stop(0);
    await kms.stop();
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
