// The schema-validation policy on live produce traffic: a real 1-broker Kafka, Sluice in front
// with its `schemaRegistry` and `policies:` sections, and a real producer (@platformatic/kafka).
// What a user sees: valid records land; invalid ones come back as INVALID_RECORD naming the
// record index and the failing path; audit mode lets them through and logs; a registry that
// cannot be reached refuses framed records with the retriable REQUEST_TIMED_OUT (or, with
// registryUnavailable: accept, lets them through).
//
// Two gateways on one cluster. The first has inline schemas (Avro encoded by avsc, JSON) and a
// registry that is a closed port on 127.0.0.1. The second talks to a real Confluent-compatible
// registry, Apicurio Registry's /apis/ccompat/v7 (rig/schema-registry.ts, built by
// .ci/install-registry.sh), into which the real serializer of @kafkajs/confluent-schema-registry
// registers Avro and JSON schemas and whose ids it frames records with: payloads that do not
// match, unframed records, ids of another subject or none, keys, RecordNameStrategy, how often
// the gateway asks the registry (its access log), and the registry frozen with SIGSTOP.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { Admin, Producer } from '@platformatic/kafka';
import { Ajv2020 } from 'ajv/dist/2020.js';
import avro from 'avsc';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { type ProxyAuth, startRegistryProxy } from '../../rig/registry-proxy.ts';
import { type SchemaRegistry as RealRegistry, startSchemaRegistry } from '../../rig/schema-registry.ts';
import { protocolErrors } from '../gateway/policy/client-errors.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const POLICIES = join(import.meta.dirname, '..', '..', 'policies');
const ORDER = {
  type: 'record',
  name: 'Order',
  namespace: 'shop',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID'] } },
  ],
};
const PAYMENT = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['id', 'amount'],
  properties: { id: { type: 'integer' }, amount: { type: 'number', minimum: 0 } },
};
const orderType = avro.Type.forSchema(ORDER as never);
const TOPICS = ['orders', 'payments', 'audited-orders', 'registry-orders', 'registry-open'];
/** Topics of the gateway that talks to the real registry. */
const PROXIED_TOPICS = ['proxied-basic', 'proxied-bearer'];
const REAL_TOPICS = [
  'reg-orders',
  'reg-payments',
  'reg-keyed',
  'reg-records',
  'reg-cached',
  'reg-outage',
  'reg-shared',
];
/** An Avro record schema of namespace shop, from field name → type. */
const avroRecord = (name: string, fields: Record<string, unknown>) => ({
  type: 'record',
  name,
  namespace: 'shop',
  fields: Object.entries(fields).map(([field, type]) => ({ name: field, type })),
});
/** Another record type: its bytes are valid Avro, but not of ORDER. */
const CUSTOMER = avroRecord('Customer', { name: 'string', tier: 'int' });
/** ORDER's next version (a field with a default): a new id under the same subject. */
const ORDER_V2 = { ...ORDER, fields: [...ORDER.fields, { name: 'note', type: 'string', default: '' }] };
const ORDER_KEY = avroRecord('OrderKey', { id: 'string' });
const REFUND = avroRecord('Refund', { amount: 'int' });
// A registry gives the same content one id under every subject, and the gateway caches the
// subjects of an id: each test registers schemas of its own so that no test sees another's.
const OUTAGE_ORDER = { ...ORDER, name: 'OutageOrder' };
const OUTAGE_ORDER_V2 = { ...ORDER_V2, name: 'OutageOrder' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

function framed(id: number, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt32BE(id, 1);
  return Buffer.concat([head, body]);
}

describe('schema-validation policy through Sluice', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;
  // The gateway in front of the real registry, the registry, and its serializer's client.
  let real: RunningGateway;
  let realPort: number;
  let registry: RealRegistry;
  let serializer: SchemaRegistry;

  const endOffset = async (topic: string) => {
    const { stdout } = await runKafkaToolOk('kafka-get-offsets', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--topic',
      topic,
    ]);
    return Number(stdout.trim().split(':').at(-1));
  };

  const produce = async (via: number, messages: { topic: string; key?: Buffer; value: Buffer }[]) => {
    const producer = new Producer({
      clientId: 'schema-test',
      bootstrapBrokers: [`127.0.0.1:${via}`],
      retries: 0,
    });
    try {
      await producer.send({ messages, acks: -1 });
      return null;
    } catch (e) {
      return protocolErrors(e);
    } finally {
      await producer.close();
    }
  };
  const send = (topic: string, values: Buffer[]) =>
    produce(
      port,
      values.map((value) => ({ topic, value })),
    );
  const sendReal = (topic: string, values: Buffer[]) =>
    produce(
      realPort,
      values.map((value) => ({ topic, value })),
    );
  /** The message of the first error with this Kafka error name, failing the test when there is none. */
  const refusal = (errors: Awaited<ReturnType<typeof send>>, apiId: string) => {
    const e = errors?.find((x) => x.apiId === apiId);
    assert.ok(e, `expected ${apiId}, got ${JSON.stringify(errors)}`);
    return String(e.serverErrorMessage);
  };
  const register = async (subject: string, type: SchemaType, schema: object) =>
    (await serializer.register({ type, schema: JSON.stringify(schema) } as never, { subject })).id;
  /** GETs of this path the registry served (Quarkus access log). */
  const registryGets = (path: string) =>
    registry
      .output()
      .split('\n')
      .filter((l) => l.includes(`ACCESS GET /apis/ccompat/v7/${path} `)).length;

  before(async () => {
    [cluster, registry] = await Promise.all([
      startCluster({ brokers: 1 }),
      startSchemaRegistry({ accessLog: true }),
    ]);
    serializer = new SchemaRegistry(
      { host: registry.url },
      { [SchemaType.JSON]: { ajvInstance: new Ajv2020({ strict: false }) as never } },
    );
    port = await freePortBlock(4);
    const inline = {
      inlineAvro: { orders: ORDER, 'audited-orders': ORDER },
      inlineJson: { payments: PAYMENT },
    };
    gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port }],
      schemaRegistry: { url: `http://127.0.0.1:${await closedPort()}`, timeoutMs: 1000 },
      policies: {
        dir: POLICIES,
        deployments: [
          {
            id: 'inline',
            file: 'schema-validation.ts',
            scope: { topics: ['orders', 'payments'] },
            config: inline,
          },
          {
            id: 'audit',
            file: 'schema-validation.ts',
            scope: { topics: ['audited-orders'] },
            mode: 'audit',
            config: inline,
          },
          { id: 'registry', file: 'schema-validation.ts', scope: { topics: ['registry-orders'] } },
          {
            id: 'registry-open',
            file: 'schema-validation.ts',
            scope: { topics: ['registry-open'] },
            config: { registryUnavailable: 'accept' },
          },
        ],
      },
    });
    realPort = await freePortBlock(4);
    real = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port: realPort }],
      // 1 s per request: a frozen registry costs a batch one second before it is refused.
      schemaRegistry: { url: registry.url, timeoutMs: 1000 },
      policies: {
        dir: POLICIES,
        deployments: [
          {
            id: 'topic-names',
            file: 'schema-validation.ts',
            scope: { topics: ['reg-orders', 'reg-payments', 'reg-cached', 'reg-outage', 'reg-shared'] },
            // Above schemaRegistry.timeoutMs: a lookup that hangs ends as the registry's
            // retriable error, not as the policy missing its deadline (default 200 ms).
            limits: { deadlineMs: 3000 },
          },
          {
            id: 'keys',
            file: 'schema-validation.ts',
            scope: { topics: ['reg-keyed'] },
            config: { key: true },
          },
          {
            id: 'record-names',
            file: 'schema-validation.ts',
            scope: { topics: ['reg-records'] },
            config: { subjectNameStrategy: 'RecordNameStrategy' },
          },
        ],
      },
    });
    const admin = new Admin({
      clientId: 'schema-test-admin',
      bootstrapBrokers: [cluster.bootstrap.plaintext],
    });
    const topics = [...TOPICS, ...REAL_TOPICS, ...PROXIED_TOPICS];
    try {
      await admin.createTopics({ topics, partitions: 1, replicas: 1 });
      // The tests' producers do not retry: they must not meet a leader not ready yet.
      await cluster.awaitLeaders(topics);
    } finally {
      await admin.close();
    }
  });

  after(async () => {
    await real?.stop();
    await gw?.stop();
    await registry?.stop();
    await cluster?.stop();
  });

  test('Given an inline Avro schema, When valid records are sent, Then they land; When one of three is invalid, Then INVALID_RECORD names record 1 and value.status, and none lands', async () => {
    const good = orderType.toBuffer({ id: 1, status: 'NEW' });
    assert.equal(await send('orders', [good, orderType.toBuffer({ id: 2, status: 'PAID' })]), null);
    assert.equal(await endOffset('orders'), 2);
    const bad = Buffer.from(good);
    bad[1] = 0x0a; // enum index 5 of 2 symbols
    const errors = await send('orders', [good, bad, good]);
    const e = errors?.find((x) => x.apiId === 'INVALID_RECORD');
    assert.ok(e, JSON.stringify(errors));
    assert.match(
      String(e.serverErrorMessage),
      /record 1: value\.status: enum index 5 is not one of 2 symbols/,
    );
    assert.equal(await endOffset('orders'), 2, 'the whole batch was refused');
  });

  test('Given an inline JSON Schema (2020-12), When a value breaks it, Then the JSON path is in the message', async () => {
    assert.equal(await send('payments', [Buffer.from('{"id":1,"amount":3}')]), null);
    const errors = await send('payments', [Buffer.from('{"id":2,"amount":-3}')]);
    const e = errors?.find((x) => x.apiId === 'INVALID_RECORD');
    assert.ok(e, JSON.stringify(errors));
    assert.match(String(e.serverErrorMessage), /record 0: value\/amount must be >= 0/);
    assert.equal(await endOffset('payments'), 1);
  });

  test('Given audit mode, When an invalid record is sent, Then it lands and the gateway logs what would have been refused', async () => {
    assert.equal(await send('audited-orders', [Buffer.from('not avro at all')]), null);
    assert.equal(await endOffset('audited-orders'), 1);
    const lines = gw.logged(/audit: policy would reject produce batch/);
    assert.ok(
      lines.some((l) => l.policy === 'audit' && l.topic === 'audited-orders'),
      JSON.stringify(lines),
    );
  });

  test('Given the registry cannot be reached, When a framed record is sent, Then it is refused with the retriable REQUEST_TIMED_OUT and nothing lands', async () => {
    const errors = await send('registry-orders', [framed(1, orderType.toBuffer({ id: 1, status: 'NEW' }))]);
    const e = errors?.find((x) => x.apiId === 'REQUEST_TIMED_OUT');
    assert.ok(e, JSON.stringify(errors));
    assert.match(String(e.serverErrorMessage), /schema registry unavailable .*schema id\(s\) 1; retry later/);
    assert.equal(await endOffset('registry-orders'), 0);
    assert.ok(gw.logged(/schema registry lookup failed/).length > 0, 'the outage is logged');
    // An unframed value is refused without asking the registry (schemaId: required).
    const plain = await send('registry-orders', [Buffer.from('{}')]);
    assert.match(
      String(plain?.find((x) => x.apiId === 'INVALID_RECORD')?.serverErrorMessage),
      /record 0: value is not in the Confluent wire format/,
    );
  });

  test('Given registryUnavailable: accept, When the registry cannot be reached, Then the record lands unvalidated', async () => {
    assert.equal(await send('registry-open', [framed(1, Buffer.from('anything'))]), null);
    assert.equal(await endOffset('registry-open'), 1);
  });
  test('Given Avro records framed by the real serializer with an id registered in Apicurio, When they are sent, Then they land; When one of three is bytes of another schema or cut short, Then INVALID_RECORD names its index and path, and none lands', async () => {
    const id = await register('reg-orders-value', SchemaType.AVRO, ORDER);
    const good = await serializer.encode(id, { id: 1, status: 'PAID' });
    assert.equal(good[0], 0, 'Confluent framing: magic byte 0');
    assert.equal(good.readUInt32BE(1), id);
    assert.equal(
      await sendReal('reg-orders', [good, await serializer.encode(id, { id: 2, status: 'NEW' })]),
      null,
    );
    assert.equal(await endOffset('reg-orders'), 2);

    // Valid Avro of Customer (its own id), framed with Order's id: the name's length reads as
    // Order.id, then 'A' (0x41) as the enum index of Order.status.
    const customerId = await register('customers-value', SchemaType.AVRO, CUSTOMER);
    const customer = await serializer.encode(customerId, { name: 'Ada', tier: 3 });
    const foreign = Buffer.concat([good.subarray(0, 5), customer.subarray(5)]);
    const m1 = refusal(await sendReal('reg-orders', [good, foreign, good]), 'INVALID_RECORD');
    assert.match(
      m1,
      /: 1 record\(s\) do not match their schema on reg-orders: record 1: value\.status: enum index -33 is not one of 2 symbols/,
    );

    const cut = good.subarray(0, good.length - 1); // Order.status is gone
    const m2 = refusal(await sendReal('reg-orders', [good, good, cut]), 'INVALID_RECORD');
    assert.match(m2, /record 2: value\.status: truncated \(enum index expected\)/);
    assert.equal(await endOffset('reg-orders'), 2, 'no record of a refused batch landed');
  });

  test('Given a JSON Schema (2020-12) registered by the real serializer, When a value breaks it, Then INVALID_RECORD names the JSON path; an unknown id and an unframed value are refused too', async () => {
    const id = await register('reg-payments-value', SchemaType.JSON, PAYMENT);
    const good = await serializer.encode(id, { id: 1, amount: 3 });
    assert.equal(await sendReal('reg-payments', [good]), null);
    // The serializer refuses to write an invalid value, so frame one by hand with the same id.
    const bad = Buffer.concat([good.subarray(0, 5), Buffer.from('{"id":2,"amount":-3}')]);
    assert.match(
      refusal(await sendReal('reg-payments', [bad]), 'INVALID_RECORD'),
      /record 0: value\/amount must be >= 0/,
    );
    const broken = Buffer.concat([good.subarray(0, 5), Buffer.from('{"id":2,')]);
    assert.match(
      refusal(await sendReal('reg-payments', [good, broken]), 'INVALID_RECORD'),
      /record 1: value: not JSON/,
    );
    assert.match(
      refusal(await sendReal('reg-payments', [framed(987_654, Buffer.from('{}'))]), 'INVALID_RECORD'),
      /record 0: value: schema id 987654 is not registered/,
    );
    // schemaId: required (the default): a value without the framing is refused unread.
    assert.match(
      refusal(await sendReal('reg-payments', [good, Buffer.from('{"id":3,"amount":1}')]), 'INVALID_RECORD'),
      /record 1: value is not in the Confluent wire format/,
    );
    assert.equal(await endOffset('reg-payments'), 1);
  });

  test("Given TopicNameStrategy, When a record carries an id registered under another topic's subject only, Then it is refused naming both subjects", async () => {
    const id = await register('customers-value', SchemaType.AVRO, CUSTOMER);
    const value = await serializer.encode(id, { name: 'Bo', tier: 1 });
    const m = refusal(await sendReal('reg-orders', [value]), 'INVALID_RECORD');
    assert.match(
      m,
      new RegExp(
        `record 0: value schema id ${id} is not registered under subject reg-orders-value \\(TopicNameStrategy\\); it is under customers-value`,
      ),
    );
    assert.equal(await endOffset('reg-orders'), 2);
  });

  test('Given key: true, When keys are framed with an id of <topic>-key, Then records land; When a key is unframed or of the value subject, Then INVALID_RECORD names the key', async () => {
    const keyId = await register('reg-keyed-key', SchemaType.AVRO, ORDER_KEY);
    const valueId = await register('reg-keyed-value', SchemaType.AVRO, { ...ORDER, name: 'KeyedOrder' });
    const key = await serializer.encode(keyId, { id: 'order-1' });
    const value = await serializer.encode(valueId, { id: 1, status: 'NEW' });
    assert.equal(await produce(realPort, [{ topic: 'reg-keyed', key, value }]), null);
    const plainKey = await produce(realPort, [{ topic: 'reg-keyed', key: Buffer.from('order-2'), value }]);
    assert.match(refusal(plainKey, 'INVALID_RECORD'), /record 0: key is not in the Confluent wire format/);
    const swapped = await produce(realPort, [{ topic: 'reg-keyed', key: value, value }]);
    assert.match(
      refusal(swapped, 'INVALID_RECORD'),
      new RegExp(`record 0: key schema id ${valueId} is not registered under subject reg-keyed-key`),
    );
    assert.equal(await endOffset('reg-keyed'), 1);
  });

  test("Given an id the gateway has cached under another topic's subject, When the same schema is registered under this topic's subject, Then its records land once the policy's 5 s recheck interval has passed, not after the caches' TTL (minutes)", async () => {
    const shared = avroRecord('Shared', { id: 'long' });
    const id = await register('shared-origin-value', SchemaType.AVRO, shared);
    const value = await serializer.encode(id, { id: 1 });
    assert.match(
      refusal(await sendReal('reg-shared', [value]), 'INVALID_RECORD'),
      /it is under shared-origin-value/,
    );
    // A registry gives the same content the same id under every subject.
    assert.equal(await register('reg-shared-value', SchemaType.AVRO, shared), id);
    // Within RECHECK_MS (5 s) of the refusal the policy does not ask again; after it, it does.
    await sleep(5000);
    assert.equal(await sendReal('reg-shared', [value]), null);
    assert.equal(await endOffset('reg-shared'), 1);
  });

  test('Given RecordNameStrategy, When the id is registered under the Avro full name, Then it lands; When only under <topic>-value, Then it is refused', async () => {
    const byName = await register('shop.Order', SchemaType.AVRO, ORDER_V2);
    assert.equal(
      await sendReal('reg-records', [await serializer.encode(byName, { id: 7, status: 'NEW', note: 'x' })]),
      null,
    );
    const byTopic = await register('reg-records-value', SchemaType.AVRO, REFUND);
    const m = refusal(
      await sendReal('reg-records', [await serializer.encode(byTopic, { amount: 2 })]),
      'INVALID_RECORD',
    );
    assert.match(
      m,
      /is not registered under subject shop\.Refund \(RecordNameStrategy\); it is under reg-records-value/,
    );
    assert.equal(await endOffset('reg-records'), 1);
  });

  test('Given many batches with one schema id, Then the gateway asks the registry for that id once (its schema and its subjects), not once per batch', async () => {
    const id = await register('reg-cached-value', SchemaType.AVRO, { ...ORDER, name: 'CachedOrder' });
    const value = await serializer.encode(id, { id: 1, status: 'NEW' });
    // The serializer fetched the schema to encode; count only what comes after.
    const before = registryGets(`schemas/ids/${id}`);
    for (let i = 0; i < 10; i++) assert.equal(await sendReal('reg-cached', [value, value]), null);
    assert.equal(registryGets(`schemas/ids/${id}`) - before, 1, 'GET /schemas/ids/{id} once');
    assert.equal(registryGets(`schemas/ids/${id}/versions`), 1, 'GET /schemas/ids/{id}/versions once');
    assert.equal(await endOffset('reg-cached'), 20, 'every batch was validated and landed');
  });

  test('Given the registry frozen (SIGSTOP), When a record carries an id the gateway has not seen, Then it is refused with the retriable REQUEST_TIMED_OUT while a cached id still lands; after SIGCONT the same record lands', async () => {
    const seen = await register('reg-outage-value', SchemaType.AVRO, OUTAGE_ORDER);
    const fresh = await register('reg-outage-value', SchemaType.AVRO, OUTAGE_ORDER_V2);
    const cached = await serializer.encode(seen, { id: 1, status: 'NEW' });
    const unseen = await serializer.encode(fresh, { id: 2, status: 'PAID', note: 'later' });
    assert.equal(await sendReal('reg-outage', [cached]), null);
    registry.pause();
    try {
      const m = refusal(await sendReal('reg-outage', [unseen]), 'REQUEST_TIMED_OUT');
      assert.match(
        m,
        new RegExp(`schema registry unavailable \\(.*\\) for schema id\\(s\\) ${fresh}; retry later`),
      );
      assert.equal(await sendReal('reg-outage', [cached]), null, 'a cached id does not need the registry');
      assert.ok(real.logged(/schema registry lookup failed/).length > 0, 'the outage is logged');
    } finally {
      registry.resume();
    }
    assert.equal(await endOffset('reg-outage'), 2);
    // The registry answers again (a refused lookup is not remembered as a miss).
    let after: Awaited<ReturnType<typeof sendReal>> = [];
    for (let i = 0; i < 10 && after !== null; i++) {
      after = await sendReal('reg-outage', [unseen]);
      if (after !== null) await sleep(500);
    }
    assert.equal(after, null, JSON.stringify(after));
    assert.equal(await endOffset('reg-outage'), 3);
  });
  /**
   * The registry behind an HTTPS proxy asking for `auth`, and a gateway per `registryConfigs`
   * entry (its schemaRegistry section with the proxy's URL) validating `topic`; `run` gets
   * each gateway's port in that order.
   */
  async function throughProxy(
    auth: ProxyAuth,
    topic: string,
    registryConfigs: ((proxy: { url: string; caFile: string }) => Record<string, unknown>)[],
    run: (ports: number[], gateways: RunningGateway[], accessLog: () => string[]) => Promise<void>,
  ): Promise<void> {
    const proxy = await startRegistryProxy(registry, auth);
    const gateways: RunningGateway[] = [];
    try {
      const ports: number[] = [];
      for (const config of registryConfigs) {
        const p = await freePortBlock(4);
        gateways.push(
          await startGateway({
            upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
            listeners: [{ name: 'plain', routing: 'port', port: p }],
            schemaRegistry: { timeoutMs: 2000, ...config(proxy) },
            policies: {
              dir: POLICIES,
              deployments: [
                {
                  id: 'proxied',
                  file: 'schema-validation.ts',
                  scope: { topics: [topic] },
                  limits: { deadlineMs: 4000 },
                },
              ],
            },
          }),
        );
        ports.push(p);
      }
      await run(ports, gateways, () => proxy.accessLog());
    } finally {
      for (const g of gateways) await g.stop();
      await proxy.stop();
    }
  }
  const sendVia = (via: number, topic: string, values: Buffer[]) =>
    produce(
      via,
      values.map((value) => ({ topic, value })),
    );

  test('Given the registry behind HTTPS with basic auth, When the gateway trusts its CA and has the password, Then framed records are validated and land; with a wrong password or without the CA they are refused as retriable and the gateway logs HTTP 401 or the certificate, never the password', async () => {
    const id = await register('proxied-basic-value', SchemaType.AVRO, { ...ORDER, name: 'ProxiedOrder' });
    const value = await serializer.encode(id, { id: 1, status: 'NEW' });
    await throughProxy(
      { basic: { username: 'sluice', password: 'registry-secret' } },
      'proxied-basic',
      [
        (p) => ({
          url: p.url,
          caFile: p.caFile,
          basicAuth: { username: 'sluice', password: 'registry-secret' },
        }),
        (p) => ({ url: p.url, caFile: p.caFile, basicAuth: { username: 'sluice', password: 'wrong' } }),
        (p) => ({ url: p.url, basicAuth: { username: 'sluice', password: 'registry-secret' } }),
      ],
      async ([good, wrongPassword, untrusted], [, wrongGw, untrustedGw], accessLog) => {
        assert.equal(await sendVia(good, 'proxied-basic', [value]), null);
        assert.equal(await endOffset('proxied-basic'), 1);
        assert.ok(
          accessLog().some((l) => l.startsWith(`200 GET /apis/ccompat/v7/schemas/ids/${id}`)),
          `the schema came through the proxy: ${accessLog().join(' | ')}`,
        );

        // The client is told to retry; the operator's log says why (the sandbox sees no detail).
        const logOf = (g: RunningGateway) => JSON.stringify(g.logged(/schema registry lookup failed/));
        const refused = refusal(await sendVia(wrongPassword, 'proxied-basic', [value]), 'REQUEST_TIMED_OUT');
        assert.match(refused, /schema registry unavailable .*retry later/);
        assert.ok(
          accessLog().some((l) => l.startsWith('401 GET')),
          'the proxy refused the password',
        );
        assert.match(logOf(wrongGw), /HTTP 401 \(credentials refused\)/);
        assert.doesNotMatch(logOf(wrongGw), /wrong|registry-secret/, 'no password in the log');

        const untrustedRefusal = refusal(
          await sendVia(untrusted, 'proxied-basic', [value]),
          'REQUEST_TIMED_OUT',
        );
        assert.match(untrustedRefusal, /schema registry unavailable .*retry later/);
        assert.match(logOf(untrustedGw), /certificate/i);
        assert.equal(await endOffset('proxied-basic'), 1, 'nothing refused landed');
      },
    );
  });

  test('Given the registry behind HTTPS asking for a bearer token, When the gateway sends it, Then framed records are validated and land', async () => {
    const id = await register('proxied-bearer-value', SchemaType.AVRO, { ...ORDER, name: 'BearerOrder' });
    await throughProxy(
      { bearerToken: 'tok-4f9a' },
      'proxied-bearer',
      [(p) => ({ url: p.url, caFile: p.caFile, bearerToken: 'tok-4f9a' })],
      async ([via], _gateways, accessLog) => {
        const good = await serializer.encode(id, { id: 1, status: 'PAID' });
        const bad = Buffer.concat([good.subarray(0, 5), Buffer.from([0x7f])]);
        assert.equal(await sendVia(via, 'proxied-bearer', [good]), null);
        refusal(await sendVia(via, 'proxied-bearer', [bad]), 'INVALID_RECORD');
        assert.equal(await endOffset('proxied-bearer'), 1);
        assert.ok(
          accessLog().some((l) => l.startsWith(`200 GET /apis/ccompat/v7/schemas/ids/${id}`)),
          accessLog().join(' | '),
        );
      },
    );
  });
});
