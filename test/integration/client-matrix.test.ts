// The client matrix (docs/compatibility.md): real, current Kafka clients of several languages
// through Sluice in front of one real Kafka broker, each through port routing (SASL_PLAINTEXT,
// PLAIN) and through SNI over SASL_SSL (SCRAM-SHA-512). Each client program under
// test/clients/ does one action per run (test/clients/protocol.ts): admin create/list/describe,
// produce with every codec the client has, consume in a group and commit, resume from the
// commit, and a produce batch that a Sluice policy refuses. What is asserted is what a user
// sees: exact records read back, the codec each batch was stored with, the refusal's error.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Admin } from '@platformatic/kafka';
import { COMPRESSION_NAMES, type CompressionName } from '../../kafka/records/compression.ts';
import { batchSizeAt, RecordBatch } from '../../kafka/records/record-batch.ts';
import { withHostsFile, writeHostsFile } from '../../rig/hostnames.ts';
import { type KafkaCluster, startCluster, USERS } from '../../rig/kafka-cluster.ts';
import { ensureKafkaJars, KAFKA_MATRIX, KAFKA_VERSION, REPO_ROOT } from '../../rig/kafka-dist.ts';
import { expectSuccess, runProcess } from '../../rig/run-process.ts';
import { goClientBinary, PYTHON_VENV } from '../clients/locations.ts';
import type {
  AdminOutput,
  ConsumeOutput,
  MatrixInput,
  MatrixRecord,
  ProduceOutput,
  RefusedOutput,
  Security,
  VersionOutput,
} from '../clients/protocol.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const DOMAIN = 'sluice.test';
const BOOTSTRAP_HOST = `gateway.${DOMAIN}`;
const brokerHost = (id: number) => `brokermain${id}-gateway.${DOMAIN}`;
const POLICIES = join(REPO_ROOT, 'policies');
const CLIENTS = join(REPO_ROOT, 'test', 'clients');
const NODE = join(REPO_ROOT, 'node_modules', '.bin', 'node');
const REFUSED_TOPIC = 'matrix-refused';
const PARTITIONS = 3;
const PER_CODEC = 20;
const RESUMED = 10;
/** A client run's own deadline; the process gets 30 s more before it is killed. */
const RUN_TIMEOUT_MS = 60_000;

interface ClientUnderTest {
  id: string;
  /** The codecs the client writes (KafkaJS: with codec plugins, see its program). */
  codecs: readonly CompressionName[];
  command(input: string): { command: string; args: string[]; env?: Record<string, string> };
  /** Once before the client's first run (e.g. compiling it). */
  prepare?(): Promise<void>;
  cleanup?(): void;
  /** What the application sees when Sluice refuses its batch. */
  checkRefusal(error: RefusedOutput['error']): void;
}

// The refusal every client gets: Sluice's json-schema policy answers INVALID_RECORD (87)
// with the partition's error_message and one record error; which parts reach the
// application depends on the client.
const POLICY_MESSAGE =
  'matrix-schema: 1 record(s) do not match the schema of matrix-refused: value/id must be integer';
const RECORD_MESSAGE = 'value/id must be integer';
/** The rig's kafka-run-class flags: a short-lived JVM on two shared cores. */
const JAVA_FAST_START = [
  '-Xmx256m',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:-UsePerfData',
  '-Xshare:auto',
];

function requireFile(path: string, step: string): string {
  if (!existsSync(path)) {
    assert.fail(`${path} is missing: run the .ci/run step "${step}" (bash .ci/run) to install it`);
  }
  return path;
}

/**
 * The Java client on the kafka-clients jar of one Kafka release the rig fetches. Compiled once
 * per release (javac against that release's jars), run with the rig's fast-start JVM flags.
 */
function javaClient(version: string): ClientUnderTest {
  let classes = '';
  let libs = '';
  return {
    id: `java-${version}`,
    codecs: COMPRESSION_NAMES,
    async prepare() {
      libs = ensureKafkaJars(version).libsDir;
      classes = mkdtempSync(join(tmpdir(), `sluice-matrix-java-${version}-`));
      const source = join(CLIENTS, 'java', 'MatrixClient.java');
      const r = await runProcess('javac', ['-nowarn', '-cp', `${libs}/*`, '-d', classes, source], {
        timeoutMs: 120_000,
      });
      expectSuccess(`javac MatrixClient.java against Kafka ${version}`, r);
    },
    cleanup: () => rmSync(classes, { recursive: true, force: true }),
    command: (input) => ({
      command: 'java',
      args: [
        ...JAVA_FAST_START,
        `-Dlog4j2.configurationFile=${join(REPO_ROOT, 'rig', 'config', 'log4j2-tools.properties')}`,
        '-cp',
        `${classes}:${libs}/*`,
        'MatrixClient',
        input,
      ],
    }),
    checkRefusal(error) {
      assert.equal(error.type, 'org.apache.kafka.common.InvalidRecordException');
      assert.equal(error.code, 87);
      assert.equal(error.name, 'INVALID_RECORD');
      assert.equal(error.retriable, false);
      // The first record error's message, not the partition's error_message.
      assert.equal(error.message, RECORD_MESSAGE);
    },
  };
}

const CLIENTS_UNDER_TEST: ClientUnderTest[] = [
  {
    id: 'franz-go',
    codecs: COMPRESSION_NAMES,
    command: (input) => ({
      command: requireFile(goClientBinary(), 'Go client (franz-go)'),
      args: [input],
    }),
    checkRefusal(error) {
      assert.equal(error.type, '*kerr.Error');
      assert.equal(error.code, 87);
      assert.equal(error.name, 'INVALID_RECORD');
      // franz-go reports its own description of the code; the broker's message is not kept.
      assert.match(error.message, /^INVALID_RECORD: /);
    },
  },
  {
    id: 'confluent-kafka-python',
    codecs: COMPRESSION_NAMES,
    command: (input) => ({
      command: requireFile(join(PYTHON_VENV, 'bin', 'python'), 'confluent-kafka (librdkafka)'),
      args: [join(CLIENTS, 'python', 'matrix_client.py'), input],
    }),
    checkRefusal(error) {
      assert.equal(error.type, 'KafkaError');
      assert.equal(error.code, 87);
      assert.equal(error.name, 'INVALID_RECORD');
      assert.equal(error.retriable, false);
      // librdkafka's delivery report carries its text for the code, not the broker's message.
      assert.equal(error.message, 'Broker: Broker failed to validate record');
    },
  },
  {
    id: 'kafkajs',
    codecs: COMPRESSION_NAMES,
    command: (input) => ({
      command: NODE,
      args: ['--no-node-snapshot', join(CLIENTS, 'node', 'kafkajs-client.ts'), input],
    }),
    checkRefusal(error) {
      assert.equal(error.type, 'KafkaJSProtocolError');
      assert.equal(error.code, 87);
      assert.equal(error.name, 'INVALID_RECORD');
      assert.equal(error.retriable, false);
      assert.match(error.message, /^This record has failed the validation on broker/);
    },
  },
  {
    id: 'platformatic-kafka',
    codecs: COMPRESSION_NAMES,
    command: (input) => ({
      command: NODE,
      args: ['--no-node-snapshot', join(CLIENTS, 'node', 'platformatic-client.ts'), input],
    }),
    checkRefusal(error) {
      assert.equal(error.type, 'AggregateError PLT_KFK_MULTIPLE');
      assert.equal(error.message, 'Producing messages failed.');
      // The partition's INVALID_RECORD with the policy's message, and the record's error.
      const partition = error.nested?.find((n) => n.name === 'INVALID_RECORD');
      assert.ok(partition, JSON.stringify(error.nested));
      assert.equal(partition.code, 87);
      assert.equal(partition.message, POLICY_MESSAGE);
      assert.ok(
        error.nested?.some((n) => n.message === RECORD_MESSAGE),
        JSON.stringify(error.nested),
      );
    },
  },
  // The Java clients of every Kafka release the rig fetches (the broker matrix's versions).
  ...[KAFKA_VERSION, ...KAFKA_MATRIX].map(javaClient),
];

interface Mode {
  id: 'port' | 'sni';
  title: string;
  bootstrap: string;
  security: Security;
  hostsFile?: string;
}

/** Every record of `topic` as the broker stored it, with the codec of the batch holding it. */
function storedRecords(cluster: KafkaCluster, topic: string): Map<string, CompressionName> {
  const out = new Map<string, CompressionName>();
  const dataDir = join(cluster.brokers[0].dir, 'data');
  for (const dir of readdirSync(dataDir).filter((d) => d.startsWith(`${topic}-`))) {
    for (const file of readdirSync(join(dataDir, dir)).filter((f) => f.endsWith('.log'))) {
      const segment = readFileSync(join(dataDir, dir, file));
      for (let offset = 0; offset + 12 <= segment.length; ) {
        const size = batchSizeAt(segment, offset);
        if (offset + size > segment.length) break; // a batch still being written
        const batch = RecordBatch.decode(segment, offset);
        for (const r of batch.records()) out.set(r.value?.toString('utf8') ?? '<null>', batch.compression);
        offset += size;
      }
    }
  }
  return out;
}

const byKey = (a: MatrixRecord, b: MatrixRecord) => a.key.localeCompare(b.key);
const keyValue = (records: MatrixRecord[]) => records.map(({ key, value }) => ({ key, value })).sort(byKey);

/** What each client showed, printed at the end (docs/compatibility.md is written from it). */
const seen: Record<string, unknown>[] = [];

describe('client matrix: real clients through Sluice in front of Kafka', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  const modes: Mode[] = [];
  const suiteStarted = performance.now();

  before(async () => {
    cluster = await startCluster({ brokers: 1, tlsDomain: DOMAIN });
    const port = await freePortBlock(4);
    const sniPort = await freePortBlock(1);
    gw = await startGateway({
      upstream: {
        bootstrapServers: cluster.bootstrap.saslSsl.split(','),
        security: 'ssl',
        tls: { caFile: cluster.tls.caFile },
        sasl: { mechanism: 'SCRAM-SHA-512', ...USERS.admin },
      },
      listeners: [
        // No TLS to the client: it speaks SASL_PLAINTEXT to Sluice, Sluice TLS to the broker.
        { name: 'port', routing: 'port', port },
        {
          name: 'sni',
          routing: 'sni',
          port: sniPort,
          bootstrapHost: BOOTSTRAP_HOST,
          brokerHostPattern: `brokermain{nodeId}-gateway.${DOMAIN}`,
          tls: {
            certFile: join(cluster.tls.dir, 'server-chain.crt'),
            keyFile: join(cluster.tls.dir, 'server.key'),
          },
        },
      ],
      policies: {
        dir: POLICIES,
        deployments: [
          {
            id: 'matrix-schema',
            file: 'json-schema.ts',
            scope: { topics: [REFUSED_TOPIC] },
            config: {
              schemas: { '*': { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } } },
            },
          },
        ],
      },
    });
    const hostsFile = writeHostsFile(join(mkdtempSync(join(tmpdir(), 'sluice-matrix-')), 'hosts'), [
      BOOTSTRAP_HOST,
      brokerHost(0),
    ]);
    modes.push(
      {
        id: 'port',
        title: 'port routing, SASL_PLAINTEXT (PLAIN)',
        bootstrap: `127.0.0.1:${port}`,
        security: { tls: false, mechanism: 'PLAIN', ...USERS.alice },
      },
      {
        id: 'sni',
        title: 'SNI routing, SASL_SSL (SCRAM-SHA-512)',
        bootstrap: `${BOOTSTRAP_HOST}:${sniPort}`,
        security: { tls: true, caFile: cluster.tls.caFile, mechanism: 'SCRAM-SHA-512', ...USERS.alice },
        hostsFile,
      },
    );
    const admin = new Admin({ clientId: 'matrix-setup', bootstrapBrokers: [cluster.bootstrap.plaintext] });
    try {
      await admin.createTopics({ topics: [REFUSED_TOPIC], partitions: 1, replicas: 1 });
    } finally {
      await admin.close();
    }
  });

  after(async () => {
    process.stdout.write(`\nclient matrix (${Math.round((performance.now() - suiteStarted) / 1000)} s):\n`);
    for (const row of seen) process.stdout.write(`  ${JSON.stringify(row)}\n`);
    await gw?.stop();
    await cluster?.stop();
  });

  async function run<T>(client: ClientUnderTest, mode: Mode | undefined, input: MatrixInput): Promise<T> {
    const json = JSON.stringify(input);
    const { command, args, env = {} } = client.command(json);
    const wrapped = mode?.hostsFile
      ? withHostsFile(mode.hostsFile, command, args)
      : { command, args, env: {} as Record<string, string> };
    const r = await runProcess(wrapped.command, wrapped.args, {
      env: { ...env, ...wrapped.env },
      timeoutMs: RUN_TIMEOUT_MS + 30_000,
    });
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('{'));
    assert.equal(
      r.exitCode,
      0,
      `${client.id} ${input.action} (${mode?.id ?? '-'}) exited ${r.exitCode ?? r.signal}:\n${r.stderr.slice(-3000)}`,
    );
    assert.ok(lines.length > 0, `${client.id} ${input.action} printed no JSON:\n${r.stdout}\n${r.stderr}`);
    return JSON.parse(lines[lines.length - 1]) as T;
  }

  // Two clients at a time: a run waits on the network (group joins, acks) as much as it
  // computes, so a second one fills the idle time of two cores. Each client's own steps stay
  // in order; topics and groups are per client and mode.
  describe('clients', { concurrency: 2 }, () => {
    for (const client of CLIENTS_UNDER_TEST) {
      describe(client.id, { concurrency: 1 }, () => {
        let versionLabel = 'not started';
        after(() => client.cleanup?.());

        // A test, not a hook: a client that is not installed is a failed test, not cancelled ones.
        test('Given the client is installed, when asked, then it names its version', async () => {
          await client.prepare?.();
          const version = await run<VersionOutput>(client, undefined, { action: 'version' });
          assert.ok(version.version, JSON.stringify(version));
          versionLabel = version.librdkafka
            ? `${version.version} (librdkafka ${version.librdkafka})`
            : version.version;
        });

        for (const modeId of ['port', 'sni'] as const) {
          describe(modeId === 'port' ? 'port routing (SASL_PLAINTEXT)' : 'SNI (SASL_SSL)', {
            concurrency: 1,
          }, () => {
            const topic = `matrix-${client.id}-${modeId}`;
            const group = `${topic}-group`;
            const mode = () => modes.find((m) => m.id === modeId) as Mode;
            const common = () => ({
              bootstrap: mode().bootstrap,
              security: mode().security,
              timeoutMs: RUN_TIMEOUT_MS,
            });
            const row: Record<string, unknown> = { client: client.id, mode: modeId };
            seen.push(row);
            const produced = client.codecs.flatMap((codec) =>
              Array.from({ length: PER_CODEC }, (_, i) => ({
                codec,
                key: `${codec}-${i}`,
                value: `${topic}/${codec}/${i}/`.padEnd(300, `${codec}${i % 5}`),
              })),
            );
            const later = Array.from({ length: RESUMED }, (_, i) => ({
              key: `later-${i}`,
              value: `${topic}/later/${i}`,
            }));

            test('Given the client, when it creates a topic through Sluice, then it lists it and describes its partitions', async () => {
              row.version = versionLabel;
              const out = await run<AdminOutput>(client, mode(), {
                action: 'admin',
                ...common(),
                topic,
                partitions: PARTITIONS,
              });
              assert.ok(out.topics.includes(topic), JSON.stringify(out.topics));
              assert.ok(out.topics.includes(REFUSED_TOPIC), JSON.stringify(out.topics));
              assert.deepEqual(out.partitions, [0, 1, 2]);
              row.admin = 'ok';
            });

            test(`Given the topic, when the client produces ${PER_CODEC} records with each codec, then each is stored in a batch of that codec`, async () => {
              const out = await run<ProduceOutput>(client, mode(), {
                action: 'produce',
                ...common(),
                topic,
                batches: client.codecs.map((codec) => ({
                  codec,
                  records: produced
                    .filter((r) => r.codec === codec)
                    .map(({ key, value }) => ({ key, value })),
                })),
              });
              assert.deepEqual(out.delivered, Object.fromEntries(client.codecs.map((c) => [c, PER_CODEC])));
              const stored = storedRecords(cluster, topic);
              assert.equal(stored.size, produced.length);
              for (const r of produced) assert.equal(stored.get(r.value), r.codec, `the codec of ${r.key}`);
              row.codecs = client.codecs.join(',');
            });

            test('Given the records, when a consumer in a group reads them and commits, then it gets exactly them, in order per partition', async () => {
              const out = await run<ConsumeOutput>(client, mode(), {
                action: 'consume',
                ...common(),
                topic,
                group,
                count: produced.length,
              });
              assert.deepEqual(keyValue(out.records), keyValue(produced));
              for (const p of [0, 1, 2]) {
                const offsets = out.records.filter((r) => r.partition === p).map((r) => r.offset ?? -1);
                assert.deepEqual(
                  offsets,
                  [...offsets].sort((a, b) => a - b),
                  `partition ${p} in order`,
                );
              }
              row.group = 'ok';
            });

            test('Given the commit, when more records are produced and a second consumer of the group starts, then it reads only the new ones', async () => {
              await run<ProduceOutput>(client, mode(), {
                action: 'produce',
                ...common(),
                topic,
                batches: [{ codec: 'none', records: later }],
              });
              const out = await run<ConsumeOutput>(client, mode(), {
                action: 'consume',
                ...common(),
                topic,
                group,
                count: later.length,
              });
              assert.deepEqual(keyValue(out.records), keyValue(later));
              row.resume = 'ok';
            });

            test('Given a policy on a topic, when the client produces a record it refuses, then the client reports INVALID_RECORD', async () => {
              const out = await run<RefusedOutput | ProduceOutput>(client, mode(), {
                action: 'refused',
                ...common(),
                topic: REFUSED_TOPIC,
                batches: [{ codec: 'none', records: [{ key: client.id, value: '{"id":"not a number"}' }] }],
              });
              assert.ok('error' in out, `the send succeeded: ${JSON.stringify(out)}`);
              row.refusal = out.error;
              client.checkRefusal(out.error);
            });
          });
        }
      });
    }
  });

  test('Given every refusal, then nothing landed on the refused topic, Sluice logged each with the policy message, and closed no connection for a protocol error', () => {
    assert.equal(storedRecords(cluster, REFUSED_TOPIC).size, 0);
    // Where users of clients that drop the broker's message find it: Sluice's log line.
    const refusals = gw.logs.filter(
      (l) => l.audit === 'verdict' && l.result === 'reject' && l.policy === 'matrix-schema',
    );
    for (const clientId of ['go', 'python', 'kafkajs', 'platformatic', 'java'].map(
      (c) => `sluice-matrix-${c}`,
    )) {
      for (const listener of ['port', 'sni']) {
        const line = refusals.find((l) => l.clientId === clientId && l.listener === listener);
        assert.ok(line, `no refusal logged for ${clientId} on ${listener}: ${JSON.stringify(refusals)}`);
        // The policy's own message; clients get it prefixed with the deployment id.
        assert.equal(`matrix-schema: ${line.reason}`, POLICY_MESSAGE);
        assert.deepEqual(line.recordErrors, [{ batchIndex: 0, message: RECORD_MESSAGE }]);
        assert.equal(line.topic, REFUSED_TOPIC);
        assert.equal(line.principal, 'User:alice');
      }
    }
    const protocolErrors = gw.logs.filter((l) =>
      /SLUICE_PROTOCOL|SLUICE_CONNECTION_PROTOCOL/.test(JSON.stringify(l)),
    );
    assert.deepEqual(protocolErrors, []);
  });
});
