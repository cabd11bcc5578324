// Exactly once through faults: Kafka's own verifiable producer (idempotent, acks=all) writes
// through a real `sluice start` process with a produce policy on the topic, while a broker is
// killed with SIGKILL and restarted, Sluice itself is killed with SIGKILL and restarted on the
// same ports, and a sandbox worker is killed mid-run. Read straight from the brokers afterwards,
// every record the producer saw acknowledged is in the log exactly once, and each partition
// holds its records in the order they were sent. A second run puts a field-encryption policy
// on the topic with moto's real KMS server behind it and makes KMS hang mid-run: produce is
// refused (retriable) while no data key can be had, then the same holds, with every value in
// the log an envelope and every value read back through Sluice the original. A third run puts
// the schema-validation policy on the topic, the producer framing every value with an id of a
// real registry (Apicurio) and a new id every 500 records, and freezes the registry mid-run:
// batches with an id not yet looked up are refused (retriable) until it answers again, and the
// same holds, with every value in the log framed.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaJavaSource, runKafkaTool } from '../../rig/kafka-tools.ts';
import { runKcatOk } from '../../rig/kcat.ts';
import { MOTO_CREDENTIALS, MOTO_REGION, startMotoKms } from '../../rig/moto-kms.ts';
import { startSchemaRegistry } from '../../rig/schema-registry.ts';
import { freePortBlock } from '../gateway/support/gateway-harness.ts';
import { type SluiceProcess, startSluiceProcess } from '../gateway/support/sluice-process.ts';

const RECORDS = 30_000;
/** 15 s at 1,000 records/s: the KMS outage falls in its middle. */
const KMS_RECORDS = 15_000;
/** The registry run: as long, a new schema id every REGISTRY_IDS_EVERY records. */
const REGISTRY_RECORDS = 15_000;
const REGISTRY_IDS_EVERY = 500;
const POLICIES = join(import.meta.dirname, '..', '..', 'policies');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The sandbox workers: the Sluice process's children, from /proc (no procps needed). */
function workerPids(sluice: SluiceProcess): number[] {
  const parent = sluice.child.pid;
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // stat: pid (comm) state ppid …; comm may hold spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/**
 * Every record of `topic` as `partition offset value` lines, read with kcat from `bootstrap`.
 * With `framed`, each value must be in the Confluent wire format (magic 0, a 4-byte schema id
 * below 128) and the line holds what follows the framing; the framing's bytes may be a newline
 * or a space, so values are cut by their length, not split.
 */
async function readTopic(bootstrap: string, topic: string, framed = false): Promise<string[]> {
  const format = framed ? '%p %o %S %s\n' : '%p %o %s\n';
  const { stdout } = await runKcatOk(
    ['-b', bootstrap, '-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', format],
    { timeoutMs: 120_000 },
  );
  if (!framed) return stdout.split('\n').filter(Boolean);
  const lines: string[] = [];
  for (let at = 0; at < stdout.length; ) {
    const head = /^(\d+) (\d+) (\d+) /.exec(stdout.slice(at, at + 64));
    assert.ok(head, `kcat output at ${at}: ${JSON.stringify(stdout.slice(at, at + 64))}`);
    const value = stdout.slice(at + head[0].length, at + head[0].length + Number(head[3]));
    assert.match(value, /^\0\0\0\0[\x01-\x7f]\d+$/, `record ${head[1]}@${head[2]} is framed`);
    lines.push(`${head[1]} ${head[2]} ${value.slice(5)}`);
    at += head[0].length + Number(head[3]) + 1;
  }
  return lines;
}

/**
 * Kafka's verifiable producer, idempotent with acks=all and unbounded retries, at 1,000 records/s.
 * With `framing`, its values leave in the Confluent wire format (java/FramedVerifiableProducer.java):
 * value n framed with `ids[n / perId]`.
 */
function verifiableProducer(
  dir: string,
  via: string,
  topic: string,
  records: number,
  framing?: { ids: number[]; perId: number },
) {
  const producerConfig = join(dir, `${topic}-producer.properties`);
  writeFileSync(
    producerConfig,
    [
      'enable.idempotence=true',
      'acks=all',
      'max.in.flight.requests.per.connection=5',
      'retries=2147483647',
      'delivery.timeout.ms=240000',
      'request.timeout.ms=15000',
      'reconnect.backoff.max.ms=1000',
      ...(framing
        ? [
            'interceptor.classes=FramedVerifiableProducer$Framing',
            `framing.schema.ids=${framing.ids.join(',')}`,
            `framing.records.per.id=${framing.perId}`,
          ]
        : []),
      '',
    ].join('\n'),
  );
  const args = [
    '--bootstrap-server',
    via,
    '--topic',
    topic,
    '--max-messages',
    String(records),
    '--throughput',
    '1000',
    '--acks',
    '-1',
    '--producer.config',
    producerConfig,
  ];
  if (!framing) return runKafkaTool('kafka-verifiable-producer', args, { timeoutMs: 300_000 });
  return runKafkaJavaSource(join(import.meta.dirname, 'java', 'FramedVerifiableProducer.java'), args, {
    timeoutMs: 300_000,
  });
}

/**
 * The producer's run against what a topic holds (`partition offset value` lines): every send
 * acknowledged, each acknowledged value there exactly once, at the offset it was acked at, in
 * the order sent within its partition.
 */
function assertExactlyOnce(
  run: { exitCode: number | null; stdout: string; stderr: string },
  lines: string[],
  records: number,
): void {
  assert.equal(run.exitCode, 0, run.stderr.slice(-2000));
  const acked = new Map<string, { partition: number; offset: number }>();
  let failed = 0;
  let firstError = '';
  for (const line of run.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line) as { name: string; value?: string; partition?: number; offset?: number };
    if (event.name === 'producer_send_success') {
      acked.set(event.value!, { partition: event.partition!, offset: event.offset! });
    } else if (event.name === 'producer_send_error') {
      failed++;
      firstError ||= line;
    }
  }
  assert.equal(
    failed,
    0,
    `an idempotent producer with unbounded retries loses no send; the first lost: ${firstError}`,
  );
  assert.equal(acked.size, records, 'every record was acknowledged once');
  const seen = new Map<string, number>();
  const lastValue = new Map<number, number>();
  let outOfOrder = 0;
  for (const line of lines) {
    const [p, o, value] = line.split(' ');
    seen.set(value, (seen.get(value) ?? 0) + 1);
    const partition = Number(p);
    if (Number(value) < (lastValue.get(partition) ?? -1)) outOfOrder++;
    lastValue.set(partition, Number(value));
    const ack = acked.get(value);
    if (ack)
      assert.deepEqual(
        [partition, Number(o)],
        [ack.partition, ack.offset],
        `record ${value} where it was acked`,
      );
  }
  const duplicates = [...seen.values()].filter((n) => n > 1).length;
  const missing = [...acked.keys()].filter((v) => !seen.has(v)).length;
  assert.deepEqual({ missing, duplicates, outOfOrder }, { missing: 0, duplicates: 0, outOfOrder: 0 });
  assert.equal(seen.size, records);
}

/**
 * Writes `dir/<name>.yaml`: Sluice on `port` in front of `cluster`, then `sections`, then the
 * policy deployments (YAML list items) from `policiesDir`.
 */
function writeConfig(
  dir: string,
  cluster: KafkaCluster,
  name: string,
  port: number,
  policies: { dir: string; deployments: string[] },
  sections: string[] = [],
): string {
  const file = join(dir, `${name}.yaml`);
  const head = `upstream:\n  bootstrapServers: [${cluster.bootstrap.plaintext}]\nlisteners:\n  - { name: plain, routing: port, port: ${port} }\n`;
  const tail = [`policies:`, `  dir: ${policies.dir}`, '  deployments:', ...policies.deployments];
  writeFileSync(file, head + [...sections, ...tail].map((l) => `${l}\n`).join(''));
  return file;
}

/** 3 partitions, 3 replicas, min.insync.replicas=2: acks=all survives one broker down. */
const createTopic = (cluster: KafkaCluster, topic: string) =>
  cluster.createTopic(topic, {
    partitions: 3,
    replicationFactor: 3,
    configs: { 'min.insync.replicas': '2' },
  });

/**
 * Runs a producer and makes a dependency of Sluice hang (`pause`) for 4 s from its third
 * second, while it is still sending; resolves with the producer's run.
 */
async function hangMidRun<R>(
  producing: Promise<R>,
  what: string,
  dependency: { pause(): void; resume(): void },
): Promise<R> {
  let sending = true;
  void producing.finally(() => {
    sending = false;
  });
  await sleep(3000);
  assert.ok(sending, `${what} hangs while the producer is still sending`);
  dependency.pause();
  await sleep(4000);
  dependency.resume();
  return producing;
}

async function kill(sluice: SluiceProcess): Promise<void> {
  sluice.child.kill('SIGKILL');
  await sluice.exited;
}

describe('exactly once through broker, gateway, sandbox, KMS and schema registry faults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-eos-'));
  let cluster: KafkaCluster;
  let sluice: SluiceProcess | undefined;
  let config: string;
  let via: string;

  before(async () => {
    cluster = await startCluster({ brokers: 3 });
    const port = await freePortBlock(8);
    via = `127.0.0.1:${port}`;
    writeFileSync(
      join(dir, 'passes.ts'),
      `import { accept, definePolicy } from 'sluice/sdk';
// Counts every record (the batch is decoded and crosses to the sandbox), changes nothing.
export default definePolicy({
  name: 'passes',
  onProduce(batch, ctx) {
    ctx.metrics.count('records', batch.records.length);
    return accept();
  },
});
`,
    );
    config = writeConfig(dir, cluster, 'sluice', port, {
      dir,
      deployments: ['    - { id: passes, file: passes.ts, scope: { topics: [eos] } }'],
    });
    sluice = await startSluiceProcess(config);
    await createTopic(cluster, 'eos');
  });
  after(async () => {
    if (sluice) await kill(sluice);
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('Given an idempotent acks=all producer through Sluice and a produce policy, when a broker, Sluice and a sandbox worker are each killed with SIGKILL mid-run, then every acknowledged record is in the log exactly once, in order per partition', async () => {
    // 1,000 records/s: at least 30 s of sending; the faults fall inside its first 15 s or so.
    const producing = verifiableProducer(dir, via, 'eos', RECORDS);
    let sending = true;
    void producing.finally(() => {
      sending = false;
    });
    await sleep(2000);
    await cluster.stopBroker(1, { signal: 'SIGKILL' });
    await sleep(1500);
    await cluster.startBroker(1);
    assert.ok(sluice);
    assert.ok(sending, 'Sluice is killed while the producer is still sending');
    await kill(sluice);
    sluice = undefined;
    await sleep(500);
    sluice = await startSluiceProcess(config);
    await sleep(1500);
    const workers = workerPids(sluice);
    assert.ok(workers.length > 0, 'the restarted Sluice runs a sandbox worker');
    assert.ok(sending, 'the worker is killed while the producer is still sending');
    process.kill(workers[0], 'SIGKILL');
    const run = await producing;
    // Straight from the brokers, not through Sluice: what Kafka really holds.
    assertExactlyOnce(run, await readTopic(cluster.bootstrap.plaintext, 'eos'), RECORDS);
  });

  test('Given a field-encryption policy with a real KMS (moto), when KMS hangs for 4 s mid-run, then produce is refused while no data key can be had and every acknowledged record is in the log once, in order, as an envelope, and reads back as the original through Sluice', async () => {
    const kms = await startMotoKms();
    let encrypting: SluiceProcess | undefined;
    try {
      await kms.createKey('alias/eos');
      const port = await freePortBlock(8);
      const kmsConfig = writeConfig(
        dir,
        cluster,
        'sluice-kms',
        port,
        {
          dir: POLICIES,
          deployments: [
            '    - id: eos-pii',
            '      file: field-encryption.ts',
            '      scope: { topics: [eos-kms] }',
            '      kmsKeys: [alias/eos]',
            '      limits: { deadlineMs: 2000, cpuMs: 1000, memoryMb: 256 }',
            '      config:',
            '        recordValue: { payload: { keySecretId: "aws-kms://alias/eos" } }',
            '        decrypt: { principals: ["User:ANONYMOUS"] }',
          ],
        },
        [
          'kms:',
          `  endpoint: ${kms.endpoint}`,
          `  region: ${MOTO_REGION}`,
          `  accessKeyId: ${MOTO_CREDENTIALS.accessKeyId}`,
          `  secretAccessKey: ${MOTO_CREDENTIALS.secretAccessKey}`,
          // A new data key every 500 records, so a KMS outage bites within the second.
          '  maxKeyUses: 500',
          '  requestTimeoutMs: 1000',
          '  maxAttempts: 1',
        ],
      );
      encrypting = await startSluiceProcess(kmsConfig);
      await createTopic(cluster, 'eos-kms');
      const run = await hangMidRun(
        verifiableProducer(dir, `127.0.0.1:${port}`, 'eos-kms', KMS_RECORDS),
        'KMS',
        kms,
      );

      // The outage was seen: batches refused with the retriable REQUEST_TIMED_OUT, and retried.
      assert.match(
        encrypting.output(),
        /"reason":"field encryption unavailable: kms.encrypt failed"/,
        'produce was refused during the outage',
      );
      const refused = encrypting.output().match(/field encryption unavailable/g)?.length ?? 0;
      console.log(`KMS outage: ${refused} partition batches refused (retriable), then retried`);
      // Straight from the brokers: only envelopes, never a value in clear.
      const stored = await readTopic(cluster.bootstrap.plaintext, 'eos-kms');
      assert.equal(stored.length, KMS_RECORDS);
      const clear = stored.filter((l) => !l.split(' ')[2].startsWith('SLE2.'));
      assert.deepEqual(clear, [], 'every value in the log is encrypted');
      // Through Sluice, decrypted: each acknowledged record once, at its offset, in order.
      // A fetch whose decryption misses its deadline (cold KMS Decrypt calls on a loaded
      // machine) is answered with a retriable error, which kcat reports and stops on; a
      // consumer retries, and so does this read, saying why.
      let decrypted: string[] | undefined;
      for (let attempt = 1; !decrypted; attempt++) {
        try {
          decrypted = await readTopic(`127.0.0.1:${port}`, 'eos-kms');
        } catch (err) {
          const said = encrypting
            .output()
            .split('\n')
            .filter((l) => /"level":(40|50)/.test(l) && !/field encryption unavailable|kms.encrypt/.test(l));
          console.log(
            `read through Sluice, attempt ${attempt}: ${(err as Error).message}\n${said.slice(-10).join('\n')}`,
          );
          if (attempt === 3) throw err;
        }
      }
      assertExactlyOnce(run, decrypted, KMS_RECORDS);
    } finally {
      if (encrypting) await kill(encrypting);
      await kms.stop();
    }
  });
  test('Given the schema-validation policy with a real registry (Apicurio) and a producer framing its values with a new schema id every 500 records, when the registry hangs for 4 s mid-run, then batches with an id not yet looked up are refused while it hangs and every acknowledged record is in the log once, in order, framed', async () => {
    const registry = await startSchemaRegistry();
    let validating: SluiceProcess | undefined;
    try {
      // One JSON schema per 500 records, registered by a producer's serializer.
      const serializer = new SchemaRegistry({ host: registry.url });
      const ids: number[] = [];
      for (let i = 0; i * REGISTRY_IDS_EVERY < REGISTRY_RECORDS; i++) {
        // Apicurio 2.4 tells a JSON Schema from its content: without `$schema` (or
        // `properties`) it refuses one that is only `type: integer`.
        const schema = {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'integer',
          minimum: 0,
          description: `eos part ${i}`,
        };
        const { id } = await serializer.register(
          { type: SchemaType.JSON, schema: JSON.stringify(schema) },
          { subject: 'eos-registry-value' },
        );
        ids.push(id);
      }
      assert.equal(new Set(ids).size, ids.length, 'a distinct id per part');
      const port = await freePortBlock(8);
      const registryConfig = writeConfig(
        dir,
        cluster,
        'sluice-registry',
        port,
        {
          dir: POLICIES,
          // deadlineMs above the registry's timeoutMs: a hung lookup ends as the registry's error.
          deployments: [
            '    - { id: eos-schemas, file: schema-validation.ts, scope: { topics: [eos-registry] }, limits: { deadlineMs: 3000 } }',
          ],
        },
        [`schemaRegistry: { url: ${registry.url}, timeoutMs: 1000 }`],
      );
      validating = await startSluiceProcess(registryConfig);
      await createTopic(cluster, 'eos-registry');
      const run = await hangMidRun(
        verifiableProducer(dir, `127.0.0.1:${port}`, 'eos-registry', REGISTRY_RECORDS, {
          ids,
          perId: REGISTRY_IDS_EVERY,
        }),
        'the registry',
        registry,
      );

      // The outage was seen: batches refused with the retriable REQUEST_TIMED_OUT, and retried.
      const refused = validating.output().match(/"reason":"schema registry unavailable/g)?.length ?? 0;
      console.log(`registry outage: ${refused} partition batches refused (retriable), then retried`);
      assert.ok(refused > 0, 'produce was refused during the outage');
      assert.doesNotMatch(
        validating.output(),
        /do not match their schema/,
        'no record was refused as invalid',
      );
      const holds = validating
        .output()
        .split('\n')
        .filter((l) => /idempotent (batch|producer partition)/.test(l));
      console.log(`sequence holds: ${holds.length} log lines\n${holds.slice(0, 40).join('\n')}`);
      // Straight from the brokers: every value framed, each acknowledged one once, in order.
      try {
        assertExactlyOnce(
          run,
          await readTopic(cluster.bootstrap.plaintext, 'eos-registry', true),
          REGISTRY_RECORDS,
        );
      } catch (err) {
        console.log(`producer stderr (last 6000):\n${run.stderr.slice(-6000)}`);
        throw err;
      }
    } finally {
      if (validating) await kill(validating);
      await registry.stop();
    }
  });
});
