// Produce throughput through Sluice with one JSON-schema policy (1 KB JSON records) against
// Sluice without policies, in the same run: one real broker, two gateways in this process
// (one with the policy engine and policies/json-schema.ts deployed, one without),
// kafka-producer-perf-test with a payload file of valid JSON records, rounds alternated.
// Prints the ratio (goal ≥ 0.80×), the per-batch cost seen by the gateway, and where the CPU of
// each run went (gateway, sandbox worker, broker, producer, whole machine).
//
//   ./node_modules/.bin/node --no-node-snapshot bench/gateway-policy.ts [records] [rounds] [batch.size]
//   SLUICE_BENCH_POLICY=empty: an accept-all policy instead, to price the sandbox boundary alone.
//   SLUICE_BENCH_POLICY=avro: policies/schema-validation.ts with an inline Avro schema instead
//     (1 KB Avro records, decoded by avsc in the sandbox; no registry lookups in the loop).
//   bench/policy-registry.ts: the same policy with the schema in a real registry (Apicurio),
//     records in the Confluent wire format.
//   SLUICE_BENCH_CORES=split: Kafka (broker and producer JVMs) on CPU 0, Sluice (this process and
//     its sandbox worker) on CPU 1, as when the gateway has cores of its own; both runs of a
//     round get the same split. Default: everything shares every CPU.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { compilePolicy } from '../engine/index.ts';
import { validateConfig } from '../gateway/config/validate.ts';
import { createLogger } from '../gateway/logger.ts';
import { Gateway } from '../gateway/server/gateway.ts';
import { startCluster } from '../rig/kafka-cluster.ts';
import { KAFKA_BIN_DIR, runKafkaTool } from '../rig/kafka-tools.ts';
import { runProcess } from '../rig/run-process.ts';
import {
  APICURIO_VERSION,
  type SchemaRegistry as Registry,
  startSchemaRegistry,
} from '../rig/schema-registry.ts';
import { freePortBlock } from '../test/gateway/support/gateway-harness.ts';
import { EMPTY_POLICY_SOURCE } from './engine-common.ts';
import { findPid, processCpuSeconds, reapedChildrenCpuSeconds } from './gateway-process.ts';
import { median } from './measure.ts';

const RECORDS = Number(process.argv[2] ?? 300_000);
const ROUNDS = Number(process.argv[3] ?? 3);
/** Producer batch.size: per-batch sandbox cost is amortised over the records of a batch. */
const BATCH_BYTES = Number(process.argv[4] ?? 65536);
const RECORD_BYTES = 1024;
/** avro-registry: bench/policy-registry.ts. */
export type BenchPolicy = 'json-schema' | 'empty' | 'avro' | 'avro-registry';
const SPLIT_CORES = process.env.SLUICE_BENCH_CORES === 'split';
const KAFKA_CPU = '0';
const SLUICE_CPU = '1';

/** Pins every thread of a process to one CPU (taskset -a). */
async function pin(pid: number, cpu: string): Promise<void> {
  const r = await runProcess('taskset', ['-a', '-p', '-c', cpu, String(pid)]);
  if (r.exitCode !== 0) throw new Error(`taskset ${pid}: ${r.stderr}`);
}

const SCHEMA = {
  type: 'object',
  required: ['id', 'customer', 'amount', 'currency', 'items'],
  properties: {
    id: { type: 'integer' },
    customer: { type: 'string', minLength: 1 },
    amount: { type: 'number', minimum: 0 },
    currency: { enum: ['EUR', 'USD', 'GBP'] },
    items: { type: 'array', items: { type: 'object', required: ['sku', 'qty'] } },
    note: { type: 'string' },
  },
};

const AVRO_ORDER = {
  type: 'record',
  name: 'Order',
  namespace: 'bench',
  fields: [
    { name: 'id', type: 'string' },
    { name: 'currency', type: { type: 'enum', name: 'Currency', symbols: ['EUR', 'USD', 'GBP'] } },
    { name: 'qty', type: 'int' },
    { name: 'lines', type: { type: 'array', items: 'string' } },
    { name: 'note', type: 'string' },
  ],
};

/**
 * 1,000 valid Avro orders of exactly RECORD_BYTES, every byte below 0x80 and none a newline:
 * kafka-producer-perf-test reads its payload file as UTF-8 text lines, so only such bytes
 * survive unchanged. Strings of 50 characters (length prefix 100), 19 of them, small ints.
 */
function avroPayloadFile(dir: string, framing = ''): string {
  const lines: string[] = [];
  const zigzag = (n: number) => String.fromCharCode(n * 2);
  const str = (s: string) => zigzag(s.length) + s;
  for (let i = 0; i < 1000; i++) {
    const id = `order-${String(i).padStart(4, '0')}`;
    const items = Array.from({ length: 19 }, (_, k) => `line-${i}-${k}-`.padEnd(50, 'x'));
    let body =
      str(id) + zigzag(i % 3) + zigzag(1 + (i % 4)) + zigzag(items.length) + items.map(str).join('') + '\0';
    const pad = RECORD_BYTES - body.length - 1;
    if (pad < 0 || pad >= 64 || pad === 5) throw new Error(`avro payload ${i}: pad ${pad}`);
    body += str('n'.repeat(pad));
    if (body.length !== RECORD_BYTES || /[\n\r\u0080-\uffff]/.test(body))
      throw new Error(`avro payload ${i} is malformed`);
    lines.push(framing + body);
  }
  const file = join(dir, 'orders.avro.lines');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** 1,000 distinct valid JSON orders, each exactly RECORD_BYTES long. */
function payloadFile(dir: string): string {
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const doc = {
      id: i,
      customer: `customer-${i % 97}`,
      amount: (i * 7.31) % 1000,
      currency: ['EUR', 'USD', 'GBP'][i % 3],
      items: Array.from({ length: 1 + (i % 5) }, (_, k) => ({ sku: `sku-${i}-${k}`, qty: 1 + k })),
      note: '',
    };
    const base = JSON.stringify(doc).length;
    doc.note = 'x'.repeat(RECORD_BYTES - base);
    const line = JSON.stringify(doc);
    if (line.length !== RECORD_BYTES) throw new Error(`payload ${i} is ${line.length} bytes`);
    lines.push(line);
  }
  const file = join(dir, 'orders.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const silent = new Writable({ write: (_c, _e, cb) => cb() });

async function gateway(
  bootstrap: string[],
  port: number,
  more: Record<string, unknown> = {},
): Promise<Gateway> {
  const config = validateConfig(
    {
      upstream: { bootstrapServers: bootstrap },
      listeners: [{ name: 'plain', routing: 'port', port }],
      ...more,
    },
    { baseDir: process.cwd(), source: 'bench' },
  );
  const g = new Gateway(config, createLogger('warn', silent));
  await g.start();
  return g;
}

const PERF_ENV = {
  KAFKA_JVM_PERFORMANCE_OPTS: '-XX:+UseParallelGC -Djava.awt.headless=true',
  KAFKA_HEAP_OPTS: '-Xms512m -Xmx512m',
};

async function perf(bootstrap: string, topic: string, payload: string): Promise<number> {
  const tool = join(KAFKA_BIN_DIR, 'kafka-producer-perf-test');
  const r = await runProcess(
    SPLIT_CORES ? 'taskset' : tool,
    [
      ...(SPLIT_CORES ? ['-c', KAFKA_CPU, tool] : []),
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
      `batch.size=${BATCH_BYTES}`,
    ],
    { env: PERF_ENV, timeoutMs: 600_000 },
  );
  const m = /(\d+) records sent, ([\d.]+) records\/sec/.exec(r.stdout);
  if (r.exitCode !== 0 || !m) throw new Error(`perf test failed (${r.exitCode}):\n${r.stderr.slice(-1500)}`);
  return Number(m[2]);
}

/** CPU seconds (user + system) a process has used so far; 0 for none. */
const cpuSeconds = (pid: number | undefined) => (pid === undefined ? 0 : processCpuSeconds(pid));

/** Busy and total jiffies of the whole machine, from /proc/stat: is a run CPU-bound? */
function machineTicks(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3] - f[4], total };
}

/**
 * The registry of the avro-registry run, with AVRO_ORDER registered under bench-policy-value,
 * and the Confluent framing of its id (magic 0, 4-byte id) that prefixes every payload line.
 */
async function registryWithOrder(): Promise<{ registry: Registry; framing: string }> {
  const registry = await startSchemaRegistry({ accessLog: true });
  const { id } = await new SchemaRegistry({ host: registry.url }).register(
    { type: SchemaType.AVRO, schema: JSON.stringify(AVRO_ORDER) },
    { subject: 'bench-policy-value' },
  );
  // The payload file is text lines: the id's byte must be one a line can hold unchanged.
  if (id >= 128 || id === 10 || id === 13) throw new Error(`schema id ${id} cannot be framed in a text line`);
  return { registry, framing: `\0\0\0\0${String.fromCharCode(id)}` };
}

export async function main(policy: BenchPolicy, goal = 0.8): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-bench-policy-'));
  const avro = policy === 'avro' || policy === 'avro-registry';
  const [cluster, reg] = await Promise.all([
    startCluster({ brokers: 1, jvmOpts: ['-Xmx1g', '-XX:+UseParallelGC'] }),
    policy === 'avro-registry' ? registryWithOrder() : undefined,
  ]);
  const brokerPid = findPid('kafka.Kafka');
  if (brokerPid === undefined) throw new Error('no broker process found');
  if (SPLIT_CORES) {
    await pin(brokerPid, KAFKA_CPU);
    // The registry is not Sluice's: it gets Kafka's CPU.
    if (reg) await pin(reg.registry.pid, KAFKA_CPU);
    // The sandbox worker, forked later, inherits this.
    await pin(process.pid, SLUICE_CPU);
  }
  const portPlain = await freePortBlock(4);
  const portPolicy = await freePortBlock(4);
  const bootstrap = cluster.bootstrap.plaintext.split(',');
  const plain = await gateway(bootstrap, portPlain);
  const withPolicy = await gateway(
    bootstrap,
    portPolicy,
    reg ? { schemaRegistry: { url: reg.registry.url, timeoutMs: 2000 } } : {},
  );
  try {
    const svc = await withPolicy.enablePolicies();
    // SLUICE_BENCH_POLICY=empty: a policy that accepts without looking, to price the sandbox
    // boundary alone (records still cross it once per batch).
    const empty = policy === 'empty';
    const compiled = await compilePolicy(
      empty
        ? {
            source: EMPTY_POLICY_SOURCE,
          }
        : {
            entry: join(
              import.meta.dirname,
              '..',
              'policies',
              avro ? 'schema-validation.ts' : 'json-schema.ts',
            ),
          },
    );
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    await svc.deploy({
      id: 'orders-schema',
      policy: compiled.policy,
      // avro-registry: the defaults (framed values, ids of bench-policy-value in the registry).
      config:
        empty || policy === 'avro-registry'
          ? {}
          : avro
            ? { inlineAvro: { 'bench-policy': AVRO_ORDER } }
            : { schemas: { '*': SCHEMA } },
      // Above the registry's timeoutMs: a cold first lookup is not a policy timeout.
      ...(reg ? { limits: { deadlineMs: 3000 } } : {}),
    });

    // Per-batch cost as the gateway sees it: time from handing a partition batch to the
    // engine until its outcome, records per batch.
    const engine = svc.engine;
    const run = engine.runProduce.bind(engine);
    const stats = { batches: 0, records: 0, micros: 0, rejected: 0, failures: {} as Record<string, number> };
    engine.runProduce = async (rc, batch) => {
      const t0 = performance.now();
      const o = await run(rc, batch);
      stats.micros += (performance.now() - t0) * 1000;
      stats.batches++;
      stats.records += batch.records.length;
      if (o.action === 'reject') {
        stats.rejected++;
        const kind = o.failure ?? 'verdict';
        stats.failures[kind] = (stats.failures[kind] ?? 0) + 1;
      }
      return o;
    };

    const payload = avro ? avroPayloadFile(dir, reg?.framing) : payloadFile(dir);
    for (const t of ['bench-plain', 'bench-policy']) {
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
    // Warm-up (JIT in broker and gateway, sandbox isolate).
    await perf(`127.0.0.1:${portPlain}`, 'bench-plain', payload);
    await perf(`127.0.0.1:${portPolicy}`, 'bench-policy', payload);
    Object.assign(stats, { batches: 0, records: 0, micros: 0, rejected: 0, failures: {} });
    const registryRequests = () => reg?.registry.output().match(/ACCESS GET /g)?.length ?? 0;
    const requestsBefore = registryRequests();
    const workerPid = () => engine.workerPids[0];
    /** CPU seconds so far of each part of the system, to see where a run's CPU went. */
    const snapshot = () => {
      const c = process.cpuUsage();
      const m = machineTicks();
      return {
        gateway: (c.user + c.system) / 1e6,
        worker: cpuSeconds(workerPid()),
        broker: cpuSeconds(brokerPid),
        producer: reapedChildrenCpuSeconds(),
        machine: m.busy / 100,
        total: m.total / 100,
      };
    };
    type Snapshot = ReturnType<typeof snapshot>;
    const used = (x: Snapshot, y: Snapshot): Snapshot =>
      Object.fromEntries(
        Object.keys(x).map((k) => [k, y[k as keyof Snapshot] - x[k as keyof Snapshot]]),
      ) as Snapshot;
    const sum = (xs: Snapshot[]): Snapshot =>
      xs.reduce(
        (acc, x) =>
          Object.fromEntries(
            Object.keys(x).map((k) => [k, acc[k as keyof Snapshot] + x[k as keyof Snapshot]]),
          ) as Snapshot,
      );
    const plainCpu: Snapshot[] = [];
    const policyCpu: Snapshot[] = [];

    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      let s0 = snapshot();
      a.push(await perf(`127.0.0.1:${portPlain}`, 'bench-plain', payload));
      plainCpu.push(used(s0, snapshot()));
      s0 = snapshot();
      b.push(await perf(`127.0.0.1:${portPolicy}`, 'bench-policy', payload));
      policyCpu.push(used(s0, snapshot()));
      const busy = (x: Snapshot) => `${((100 * x.machine) / x.total).toFixed(0)}%`;
      console.log(
        `round ${i + 1}: no policy ${a[i].toFixed(0)} rec/s, ${policy} policy ${b[i].toFixed(0)} rec/s` +
          ` (machine busy ${busy(plainCpu[i])} / ${busy(policyCpu[i])})`,
      );
    }
    const cpu = { plain: sum(plainCpu), policy: sum(policyCpu) };
    const perBatch = (k: keyof Snapshot) =>
      `${(((cpu.policy[k] - cpu.plain[k]) * 1e6) / stats.batches).toFixed(0)} µs`;
    // The machine is shared: pair each policy run with the no-policy run just before it.
    const ratios = b.map((x, i) => x / a[i]);
    const ratio = median(ratios);
    console.log(
      `\nproduce, ${RECORDS} × ${RECORD_BYTES} B ${avro ? `Avro${reg ? ' (+ 5 B framing)' : ''}` : 'JSON'}, acks=all, batch.size=${BATCH_BYTES}, linger.ms=5, 3 partitions, ${ROUNDS} rounds (median)` +
        `${SPLIT_CORES ? `, Kafka on CPU ${KAFKA_CPU} and Sluice on CPU ${SLUICE_CPU}` : ', all processes sharing every CPU'}:` +
        `\n  Sluice, no policies:        ${median(a).toFixed(0)} rec/s (${((median(a) * RECORD_BYTES) / 1e6).toFixed(1)} MB/s)` +
        `\n  Sluice, ${policy} policy: ${median(b).toFixed(0)} rec/s (${((median(b) * RECORD_BYTES) / 1e6).toFixed(1)} MB/s)` +
        `\n  ratio: ${ratio.toFixed(2)}× median of rounds [${ratios.map((r) => r.toFixed(2)).join(', ')}] (goal ≥ ${goal.toFixed(2)}×)` +
        `\n  per partition batch: ${(stats.micros / stats.batches).toFixed(0)} µs for ${(stats.records / stats.batches).toFixed(0)} records avg ` +
        `(${(stats.micros / stats.records).toFixed(2)} µs/record, wall time incl. queueing), ${stats.batches} batches, ` +
        `${stats.rejected} refused ${JSON.stringify(stats.failures)}` +
        `\n  CPU per run (s), no policy → policy: ${(
          ['gateway', 'worker', 'broker', 'producer', 'machine'] as const
        )
          .map((k) => `${k} ${(cpu.plain[k] / ROUNDS).toFixed(1)} → ${(cpu.policy[k] / ROUNDS).toFixed(1)}`)
          .join(', ')}` +
        `\n  CPU per partition batch over the no-policy path: gateway ${perBatch('gateway')}, sandbox worker ${perBatch('worker')},` +
        ` broker ${perBatch('broker')}, producer ${perBatch('producer')}; whole machine ${perBatch('machine')}` +
        (reg
          ? `\n  registry (Apicurio ${APICURIO_VERSION}): ${registryRequests() - requestsBefore} GET requests during the measured rounds (${ROUNDS * RECORDS} records)`
          : ''),
    );
  } finally {
    await plain.stop(0);
    await withPolicy.stop(0);
    await reg?.registry.stop();
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const p = process.env.SLUICE_BENCH_POLICY;
  await main(p === 'empty' || p === 'avro' ? p : 'json-schema');
}
