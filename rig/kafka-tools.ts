// Runs the Kafka CLI tools of the rig (rig/bin/*, the pinned jars) from tests.
import { join } from 'node:path';
import { withHostsFile } from './hostnames.ts';
import { ensureKafkaJars } from './kafka-dist.ts';
import { expectSuccess, type ProcessResult, runProcess } from './run-process.ts';

export const KAFKA_TOOLS = [
  'kafka-topics',
  'kafka-console-producer',
  'kafka-console-consumer',
  'kafka-broker-api-versions',
  'kafka-configs',
  'kafka-producer-perf-test',
  'kafka-consumer-perf-test',
  'kafka-storage',
  'kafka-consumer-groups',
  'kafka-share-groups',
  'kafka-console-share-consumer',
  'kafka-features',
  'kafka-transactions',
  'kafka-delete-records',
  'kafka-get-offsets',
  'kafka-leader-election',
  'kafka-reassign-partitions',
  'kafka-verifiable-producer',
  'kafka-verifiable-consumer',
] as const;
export type KafkaToolName = (typeof KAFKA_TOOLS)[number];

export const KAFKA_BIN_DIR = join(import.meta.dirname, 'bin');

export interface KafkaToolOptions {
  /** Resolve hostnames through this hosts file (see hostnames.ts), in a private mount namespace. */
  hostsFile?: string;
  /** Written to the tool's stdin (e.g. records for kafka-console-producer). */
  input?: string;
  /** Kill the tool and reject with SLUICE_RIG_TOOL_TIMEOUT after this long. Default 60 s. */
  timeoutMs?: number;
  /** Extra environment, e.g. KAFKA_OPTS or KAFKA_JVM_PERFORMANCE_OPTS. */
  env?: Record<string, string>;
  /** Run the tools of this Kafka release instead of the pinned one (fetched on first use). */
  version?: string;
}

/**
 * Runs `name` with `args` and resolves with its exit code and output whatever the exit code;
 * rejects only when it cannot start or exceeds its deadline.
 */
export function runKafkaTool(
  name: KafkaToolName,
  args: string[],
  options: KafkaToolOptions = {},
): Promise<ProcessResult> {
  const { hostsFile, input, timeoutMs, version } = options;
  const env = { ...options.env, ...(version ? { SLUICE_KAFKA_VERSION: version } : {}) };
  const script = join(KAFKA_BIN_DIR, name);
  if (hostsFile) {
    const wrapped = withHostsFile(hostsFile, script, args);
    return runProcess(wrapped.command, wrapped.args, { input, timeoutMs, env: { ...wrapped.env, ...env } });
  }
  return runProcess(script, args, { input, timeoutMs, env });
}

/** Like runKafkaTool, but rejects with SLUICE_RIG_TOOL_FAILED (and the stderr tail) on a non-zero exit. */
export async function runKafkaToolOk(
  name: KafkaToolName,
  args: string[],
  options: KafkaToolOptions = {},
): Promise<ProcessResult> {
  return expectSuccess(`${name} ${args.join(' ')}`, await runKafkaTool(name, args, options));
}

/**
 * Runs a single-file Java program (`java -cp <kafka libs> File.java ARGS`) against the pinned
 * Kafka jars, with the tools' fast-start JVM and log4j2 configuration. Resolves whatever the
 * exit code, like runKafkaTool.
 */
export function runKafkaJavaSource(
  file: string,
  args: string[],
  options: { timeoutMs?: number } = {},
): Promise<ProcessResult> {
  const dist = ensureKafkaJars();
  return runProcess(
    'java',
    [
      '-Xmx256m',
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      `-Dlog4j2.configurationFile=${dist.toolsLog4j}`,
      '-cp',
      dist.classpath,
      file,
      ...args,
    ],
    { timeoutMs: options.timeoutMs },
  );
}
