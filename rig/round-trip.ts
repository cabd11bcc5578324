// The rig's end-to-end proof, as one function so tests can assert both that it works and that
// it fails when something is broken: create a topic with kafka-topics, produce distinct
// records with kafka-console-producer (Java client), read them back with kcat (librdkafka),
// all over SASL_SSL. Aimed at a broker or, later, at the gateway in front of one.

import { runKafkaToolOk } from './kafka-tools.ts';
import { type KcatSaslSsl, kcatSaslSslArgs, runKcatOk } from './kcat.ts';

export interface RoundTripTarget {
  /** SASL_SSL bootstrap for the Java tools. */
  bootstrap: string;
  /** Java client properties (security.protocol, sasl.*, ssl.truststore.*) for the Java tools. */
  javaClientConfig: string;
  /** Connection settings for kcat. */
  kcat: KcatSaslSsl;
  /** Resolve names through this hosts file (see hostnames.ts). */
  hostsFile?: string;
}

export interface RoundTripOptions {
  topic: string;
  partitions?: number;
  records?: number;
  /** Per tool run. Default 60 s. */
  timeoutMs?: number;
}

export interface ConsumedRecord {
  partition: number;
  key: string;
  value: string;
}

export interface RoundTripResult {
  /** What was produced, in order: `key-NNNN` → `value-NNNN-<topic>`. */
  produced: Array<{ key: string; value: string }>;
  consumed: ConsumedRecord[];
}

/** Runs create → produce → consume; rejects with the failing tool's error (typed RigError). */
export async function roundTrip(
  target: RoundTripTarget,
  options: RoundTripOptions,
): Promise<RoundTripResult> {
  const { topic, partitions = 6, records = 1000, timeoutMs = 60_000 } = options;
  const tool = { hostsFile: target.hostsFile, timeoutMs };
  const common = ['--bootstrap-server', target.bootstrap];
  await runKafkaToolOk(
    'kafka-topics',
    [
      ...common,
      '--command-config',
      target.javaClientConfig,
      '--create',
      '--topic',
      topic,
      '--partitions',
      String(partitions),
      '--replication-factor',
      '1',
    ],
    tool,
  );

  const width = String(records - 1).length;
  const produced = Array.from({ length: records }, (_, i) => {
    const n = String(i).padStart(width, '0');
    return { key: `key-${n}`, value: `value-${n}-${topic}` };
  });
  await runKafkaToolOk(
    'kafka-console-producer',
    [
      ...common,
      '--command-config',
      target.javaClientConfig,
      '--topic',
      topic,
      '--reader-property',
      'parse.key=true',
      '--reader-property',
      'key.separator=\t',
      '--command-property',
      'acks=all',
    ],
    { ...tool, input: `${produced.map((r) => `${r.key}\t${r.value}`).join('\n')}\n` },
  );

  // -e: exit once every partition is read to its end; -q: no informational lines on stdout.
  const { stdout } = await runKcatOk(
    [...kcatSaslSslArgs(target.kcat), '-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%p\t%k\t%s\n'],
    tool,
  );
  const consumed = stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const [partition, key, value] = line.split('\t');
      return { partition: Number(partition), key, value };
    });
  return { produced, consumed };
}
