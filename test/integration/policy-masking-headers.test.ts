// The masking and header-injection built-ins on real traffic: a real 1-broker SASL_SSL Kafka,
// Sluice in front with one SNI listener (names resolved to 127.0.0.1 in a private mount
// namespace), the built-ins (masking, masking-avro, header-injection) compiled from
// policies/*.ts and deployed at runtime, real clients (kcat, kafka-console-consumer,
// kafka-console-share-consumer) authenticating as two SASL users. What Kafka holds is read
// directly from the broker's PLAINTEXT listener, past Sluice; the Avro records are written
// there by @platformatic/kafka.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Producer } from '@platformatic/kafka';
import avro from 'avsc';
import { compilePolicy } from '../../engine/index.ts';
import { withHostsFile, writeHostsFile } from '../../rig/hostnames.ts';
import { type KafkaCluster, startCluster, USERS } from '../../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { kcatSaslSslArgs, runKcatOk } from '../../rig/kcat.ts';
import { expectSuccess, runProcess } from '../../rig/run-process.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const DOMAIN = 'sluice.test';
const BOOTSTRAP_HOST = `gateway.${DOMAIN}`;
const BROKER_HOST = `brokermain0-gateway.${DOMAIN}`;
const TOPIC = 'customers';
const SALT = 'integration-salt-7f3a9c2e';

const RECORDS = [
  {
    id: 1,
    name: 'Ann Lee',
    email: 'ann@example.com',
    ssn: '123-45-6789',
    cards: [{ number: '4111111111111111' }, { number: '5500000000000004' }],
  },
  { id: 2, name: 'Bo Chan', email: 'bo@example.com', ssn: '987-65-4321', cards: [] },
].map((r) => JSON.stringify(r));

const AVRO_TOPIC = 'customers-avro';
const AVRO_SCHEMA = {
  type: 'record',
  name: 'Customer',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'ssn', type: ['null', 'string'] },
    {
      name: 'cards',
      type: {
        type: 'array',
        items: { type: 'record', name: 'Card', fields: [{ name: 'number', type: 'string' }] },
      },
    },
  ],
};
const avroType = avro.Type.forSchema(AVRO_SCHEMA as avro.Schema);
const AVRO_RECORDS = [
  { id: 1, ssn: '123-45-6789', cards: [{ number: '4111111111111111' }] },
  { id: 2, ssn: null, cards: [{ number: '5500000000000004' }, { number: '340000000000009' }] },
];
/** Confluent wire format: magic 0, schema id 1, Avro binary (avsc, the serializer of @kafkajs/confluent-schema-registry). */
const framedAvro = (v: unknown) => Buffer.concat([Buffer.from([0, 0, 0, 0, 1]), avroType.toBuffer(v)]);

/** kcat -f '%S:%s' output (value size, colon, value bytes), read back as Buffers. */
function sizedValues(out: Buffer): Buffer[] {
  const values: Buffer[] = [];
  let at = 0;
  while (at < out.length) {
    const colon = out.indexOf(0x3a, at);
    const size = Number(out.subarray(at, colon).toString());
    values.push(out.subarray(colon + 1, colon + 1 + size));
    at = colon + 1 + size;
  }
  return values;
}

async function builtIn(file: string) {
  const r = await compilePolicy({ entry: join(import.meta.dirname, '..', '..', 'policies', file) });
  if (!r.ok) assert.fail(JSON.stringify(r.diagnostics));
  return r.policy;
}

/** kcat -f output: one line per record, headers then value, split by a tab. */
const FORMAT = '%h\\t%s\\n';
function parseLines(stdout: string): { headers: Map<string, string>; value: string }[] {
  return stdout
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [h, value] = l.split('\t');
      const headers = new Map(
        h
          .split(',')
          .filter((kv) => kv.includes('='))
          .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)] as [string, string]),
      );
      return { headers, value };
    });
}

describe('masking on fetch and header injection on produce through Sluice', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let hostsFile: string;
  let bootstrap: string;
  let producedFrom: number;
  let producedTo: number;

  const viaSluice = (user: { username: string; password: string }) =>
    kcatSaslSslArgs({ bootstrap, caFile: cluster.tls.caFile, mechanism: 'PLAIN', ...user });

  before(async () => {
    cluster = await startCluster({ brokers: 1, tlsDomain: DOMAIN });
    const port = await freePortBlock(1);
    gw = await startGateway({
      upstream: {
        bootstrapServers: cluster.bootstrap.saslSsl.split(','),
        security: 'ssl',
        tls: { caFile: cluster.tls.caFile },
        sasl: { mechanism: 'SCRAM-SHA-512', ...USERS.admin },
      },
      listeners: [
        {
          name: 'external',
          routing: 'sni',
          port,
          bootstrapHost: BOOTSTRAP_HOST,
          brokerHostPattern: `brokermain{nodeId}-gateway.${DOMAIN}`,
          tls: {
            certFile: join(cluster.tls.dir, 'server-chain.crt'),
            keyFile: join(cluster.tls.dir, 'server.key'),
          },
        },
      ],
    });
    hostsFile = writeHostsFile(join(mkdtempSync(join(tmpdir(), 'sluice-masking-')), 'hosts'), [
      BOOTSTRAP_HOST,
      BROKER_HOST,
    ]);
    bootstrap = `${BOOTSTRAP_HOST}:${port}`;
    const svc = await gw.gateway.enablePolicies();
    await svc.deploy({
      id: 'customers-mask',
      policy: await builtIn('masking.ts'),
      scope: { topics: [TOPIC] },
      config: {
        salt: SALT,
        // ctx.principal is Kafka's form of the SASL user (see docs/policies/masking.md).
        allow: ['User:admin'],
        rules: [
          { path: 'cards[*].number', rule: 'keepLast', n: 4 },
          { path: 'ssn', rule: 'mask' },
          { path: 'email', rule: 'hash' },
        ],
      },
    });
    await svc.deploy({
      id: 'customers-stamp',
      policy: await builtIn('header-injection.ts'),
      scope: { topics: [TOPIC] },
      config: {
        headers: {
          'x-sluice-principal': '{{principal}}',
          'x-sluice-client': '{{clientId}}',
          'x-sluice-via': '{{listener}}|{{serverName}}|{{gatewayHost}}',
          'x-sluice-topic': '{{topic}}-{{partition}}',
          'x-sluice-time': '{{timeMs}}',
        },
        remove: ['x-internal-*'],
      },
    });
    await svc.deploy({
      id: 'customers-avro-mask',
      policy: await builtIn('masking-avro.ts'),
      scope: { topics: [AVRO_TOPIC] },
      config: {
        schema: AVRO_SCHEMA,
        schemaIds: [1],
        allow: ['User:admin'],
        rules: [
          { path: 'cards[*].number', rule: 'keepLast', n: 4 },
          { path: 'ssn', rule: 'mask' },
        ],
      },
    });
    for (const topic of [TOPIC, AVRO_TOPIC])
      await runKafkaToolOk('kafka-topics', [
        '--bootstrap-server',
        cluster.bootstrap.plaintext,
        '--create',
        '--topic',
        topic,
        '--partitions',
        '1',
      ]);
    // Avro records written straight to the broker by a Node client, as a producer that never
    // passes Sluice would.
    const producer = new Producer({
      clientId: 'avro-writer',
      bootstrapBrokers: cluster.bootstrap.plaintext.split(','),
    });
    try {
      await producer.send({
        messages: AVRO_RECORDS.map((r) => ({ topic: AVRO_TOPIC, value: framedAvro(r) })),
      });
    } finally {
      await producer.close();
    }
    // alice produces through Sluice with headers of her own, one of them forging a stamp.
    producedFrom = Date.now();
    await runKcatOk(
      [
        ...viaSluice(USERS.alice),
        '-X',
        'client.id=crm-app',
        '-P',
        '-t',
        TOPIC,
        '-H',
        'trace=abc',
        '-H',
        'x-internal-route=eu-1',
        '-H',
        'x-sluice-principal=admin',
      ],
      { hostsFile, input: `${RECORDS.join('\n')}\n` },
    );
    producedTo = Date.now();
  });

  after(async () => {
    await gw?.stop();
    await cluster?.stop();
  });

  test('Given header injection, When alice produces through Sluice, Then a direct consumer sees the stamped headers, hers kept, the internal one removed and the forged one replaced', async () => {
    const { stdout } = await runKcatOk([
      '-b',
      cluster.bootstrap.plaintext,
      '-C',
      '-t',
      TOPIC,
      '-e',
      '-f',
      FORMAT,
    ]);
    const got = parseLines(stdout);
    assert.equal(got.length, RECORDS.length, stdout);
    for (const r of got) {
      assert.deepEqual([...r.headers.keys()].sort(), [
        'trace',
        'x-sluice-client',
        'x-sluice-principal',
        'x-sluice-time',
        'x-sluice-topic',
        'x-sluice-via',
      ]);
      assert.equal(r.headers.get('trace'), 'abc');
      assert.equal(r.headers.get('x-sluice-principal'), 'User:alice', 'the forged value is replaced');
      assert.equal(r.headers.get('x-sluice-client'), 'crm-app');
      assert.equal(r.headers.get('x-sluice-via'), `external|${BROKER_HOST}|${hostname()}`);
      assert.equal(r.headers.get('x-sluice-topic'), `${TOPIC}-0`);
      const t = Number(r.headers.get('x-sluice-time'));
      assert.ok(t >= producedFrom - 1000 && t <= producedTo + 1000, `time ${t} within the produce`);
    }
  });

  test('Given masking, When the broker is read directly, Then Kafka holds the original values', async () => {
    const { stdout } = await runKcatOk([
      '-b',
      cluster.bootstrap.plaintext,
      '-C',
      '-t',
      TOPIC,
      '-e',
      '-f',
      FORMAT,
    ]);
    assert.deepEqual(
      parseLines(stdout).map((r) => r.value),
      RECORDS,
    );
  });

  test('Given masking, When alice consumes through Sluice with kafka-console-consumer, Then card numbers keep their last 4, ssn is ****, email is the salted hash, other fields are untouched', async () => {
    const config = cluster.writeClientConfig({ mechanism: 'SCRAM-SHA-512', ...USERS.alice });
    const { stdout } = await runKafkaToolOk(
      'kafka-console-consumer',
      [
        '--bootstrap-server',
        bootstrap,
        '--command-config',
        config,
        '--topic',
        TOPIC,
        '--from-beginning',
        '--max-messages',
        String(RECORDS.length),
        '--timeout-ms',
        '30000',
      ],
      { hostsFile, timeoutMs: 90_000 },
    );
    const docs = stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    const hash = (v: string) => createHmac('sha256', SALT).update(v).digest('hex');
    assert.deepEqual(docs, [
      {
        id: 1,
        name: 'Ann Lee',
        email: hash('ann@example.com'),
        ssn: '****',
        cards: [{ number: '************1111' }, { number: '************0004' }],
      },
      { id: 2, name: 'Bo Chan', email: hash('bo@example.com'), ssn: '****', cards: [] },
    ]);
    assert.doesNotMatch(stdout, /4111111111111111|123-45-6789|ann@example\.com/);
  });

  test('Given masking, When alice reads in a share group (KIP-932) through Sluice, Then the ShareFetch records are masked too', async () => {
    const group = `${TOPIC}-share`;
    // Share groups start at the latest offset unless told otherwise.
    await runKafkaToolOk('kafka-configs', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--alter',
      '--entity-type',
      'groups',
      '--entity-name',
      group,
      '--add-config',
      'share.auto.offset.reset=earliest',
    ]);
    const config = cluster.writeClientConfig({ mechanism: 'SCRAM-SHA-512', ...USERS.alice });
    const { stdout } = await runKafkaToolOk(
      'kafka-console-share-consumer',
      [
        '--bootstrap-server',
        bootstrap,
        '--command-config',
        config,
        '--topic',
        TOPIC,
        '--group',
        group,
        '--max-messages',
        String(RECORDS.length),
        '--timeout-ms',
        '60000',
      ],
      { hostsFile, timeoutMs: 120_000 },
    );
    const docs = stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      docs.map((d) => [d.id, d.ssn, d.cards.map((c: { number: string }) => c.number)]),
      [
        [1, '****', ['************1111', '************0004']],
        [2, '****', []],
      ],
    );
  });

  test('Given masking with admin on the allow-list, When admin consumes through Sluice with kcat, Then it reads the original values byte for byte', async () => {
    const { stdout } = await runKcatOk([...viaSluice(USERS.admin), '-C', '-t', TOPIC, '-e', '-f', FORMAT], {
      hostsFile,
    });
    assert.deepEqual(
      parseLines(stdout).map((r) => r.value),
      RECORDS,
    );
  });

  /** kcat through Sluice as `user`, its binary output carried as base64 through the namespace's shell. */
  async function avroThroughSluice(user: { username: string; password: string }): Promise<Buffer[]> {
    const args = [...viaSluice(user), '-C', '-t', AVRO_TOPIC, '-e', '-f', '%S:%s'];
    const wrapped = withHostsFile(hostsFile, 'sh', ['-c', 'kcat "$@" | base64 -w0', 'sh', ...args]);
    const r = expectSuccess('kcat', await runProcess(wrapped.command, wrapped.args, { env: wrapped.env }));
    return sizedValues(Buffer.from(r.stdout, 'base64'));
  }

  test('Given masking-avro with an inline schema, When alice reads Avro records through Sluice with kcat, Then they are masked by field name, keep their Confluent framing and decode with the writer schema', async () => {
    const values = await avroThroughSluice(USERS.alice);
    assert.equal(values.length, AVRO_RECORDS.length);
    for (const v of values) assert.deepEqual([...v.subarray(0, 5)], [0, 0, 0, 0, 1]);
    assert.deepEqual(
      values.map((v) => JSON.parse(JSON.stringify(avroType.fromBuffer(v.subarray(5))))),
      [
        { id: 1, ssn: '****', cards: [{ number: '************1111' }] },
        { id: 2, ssn: null, cards: [{ number: '************0004' }, { number: '***********0009' }] },
      ],
    );
  });

  test('Given masking-avro with admin on the allow-list, When admin reads through Sluice, Then the Avro bytes are the ones the producer wrote', async () => {
    const values = await avroThroughSluice(USERS.admin);
    assert.deepEqual(values, AVRO_RECORDS.map(framedAvro));
  });
});
