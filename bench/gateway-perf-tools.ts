// kafka-producer-perf-test and kafka-consumer-perf-test from the rig's pinned jars, run with a
// fully JIT-compiling JVM (the rig's default C1-only JVM starts fast but would make the client
// the bottleneck), and their summaries parsed into numbers.
import { runKafkaTool } from '../rig/kafka-tools.ts';

export const RECORD_BYTES = 1024;

// Full JIT and a fixed heap for the brokers: the rig's default (C1 only, small heap) is tuned
// for fast test start-up, not for throughput.
export const BROKER_JVM = [
  '-Xms1g',
  '-Xmx1g',
  '-XX:+UseParallelGC',
  '-XX:-UsePerfData',
  '-Djava.awt.headless=true',
];

/** A client's view of one target: bootstrap, optional property file, optional hosts file. */
export interface Target {
  bootstrap: string;
  clientConfig?: string;
  hostsFile?: string;
}

export interface ProducerResult {
  records: number;
  recordsPerSec: number;
  /** 10^6 bytes of record values per second. */
  mbPerSec: number;
  avgLatencyMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  p999Ms: number;
  seconds: number;
}

export interface ConsumerResult {
  records: number;
  /** Excluding the group join (fetch.nMsg.sec), which is not data-plane time. */
  recordsPerSec: number;
  mbPerSec: number;
  rebalanceMs: number;
  seconds: number;
}

const TOOL_ENV = {
  KAFKA_JVM_PERFORMANCE_OPTS: '-XX:+UseParallelGC -Djava.awt.headless=true',
  KAFKA_HEAP_OPTS: '-Xms512m -Xmx512m',
};

function failure(tool: string, r: { exitCode: number | null; stdout: string; stderr: string }): Error {
  return new Error(`${tool} exited ${r.exitCode}:\n${r.stderr.slice(-2000)}\n${r.stdout.slice(-1000)}`);
}

// "1000000 records sent, 52335.4 records/sec (51.11 MB/sec), 580.15 ms avg latency,
//  1032.00 ms max latency, 590 ms 50th, 811 ms 95th, 869 ms 99th, 1000 ms 99.9th."
const PRODUCER_SUMMARY =
  /(\d+) records sent, ([\d.]+) records\/sec \([\d.]+ MB\/sec\), ([\d.]+) ms avg latency, [\d.]+ ms max latency, (\d+) ms 50th, (\d+) ms 95th, (\d+) ms 99th, (\d+) ms 99\.9th/;

export function parseProducerSummary(stdout: string): ProducerResult {
  const m = PRODUCER_SUMMARY.exec(stdout);
  if (!m) throw new Error(`no producer summary in:\n${stdout.slice(-1000)}`);
  const records = Number(m[1]);
  const recordsPerSec = Number(m[2]);
  return {
    records,
    recordsPerSec,
    mbPerSec: (recordsPerSec * RECORD_BYTES) / 1e6,
    avgLatencyMs: Number(m[3]),
    p50Ms: Number(m[4]),
    p95Ms: Number(m[5]),
    p99Ms: Number(m[6]),
    p999Ms: Number(m[7]),
    seconds: records / recordsPerSec,
  };
}

/** The consumer's CSV summary: a header line naming the columns, then one line of values. */
export function parseConsumerSummary(stdout: string): ConsumerResult {
  const lines = stdout.split('\n').map((l) => l.trim());
  const headerAt = lines.findIndex((l) => l.startsWith('start.time'));
  if (headerAt < 0 || !lines[headerAt + 1])
    throw new Error(`no consumer summary in:\n${stdout.slice(-1000)}`);
  const names = lines[headerAt].split(/,\s*/);
  const values = lines[headerAt + 1].split(/,\s*/);
  const get = (name: string) => {
    const v = Number(values[names.indexOf(name)]);
    if (!Number.isFinite(v)) throw new Error(`consumer summary lacks ${name}: ${lines[headerAt + 1]}`);
    return v;
  };
  const records = get('data.consumed.in.nMsg');
  const recordsPerSec = get('fetch.nMsg.sec');
  return {
    records,
    recordsPerSec,
    mbPerSec: (recordsPerSec * RECORD_BYTES) / 1e6,
    rebalanceMs: get('rebalance.time.ms'),
    seconds: get('fetch.time.ms') / 1000,
  };
}

export async function producerPerf(
  target: Target,
  topic: string,
  records: number,
  throughput = -1,
): Promise<ProducerResult> {
  const args = [
    '--topic',
    topic,
    '--num-records',
    String(records),
    '--record-size',
    String(RECORD_BYTES),
    '--throughput',
    String(throughput),
    '--command-property',
    `bootstrap.servers=${target.bootstrap}`,
    'acks=all',
  ];
  if (target.clientConfig) args.push('--command-config', target.clientConfig);
  const r = await runKafkaTool('kafka-producer-perf-test', args, {
    hostsFile: target.hostsFile,
    env: TOOL_ENV,
    timeoutMs: 300_000,
  });
  if (r.exitCode !== 0) throw failure('kafka-producer-perf-test', r);
  return parseProducerSummary(r.stdout);
}

let groups = 0;

/** Reads `records` records from the beginning of `topic` with a fresh consumer group. */
export async function consumerPerf(target: Target, topic: string, records: number): Promise<ConsumerResult> {
  const args = [
    '--bootstrap-server',
    target.bootstrap,
    '--topic',
    topic,
    '--num-records',
    String(records),
    '--group',
    `bench-${process.pid}-${++groups}`,
    '--timeout',
    '30000',
  ];
  if (target.clientConfig) args.push('--command-config', target.clientConfig);
  const r = await runKafkaTool('kafka-consumer-perf-test', args, {
    hostsFile: target.hostsFile,
    env: TOOL_ENV,
    timeoutMs: 300_000,
  });
  if (r.exitCode !== 0) throw failure('kafka-consumer-perf-test', r);
  const result = parseConsumerSummary(r.stdout);
  if (result.records < records) throw new Error(`consumer read ${result.records} of ${records} records`);
  return result;
}
