// The schema-validation policy on live produce traffic: a real 1-broker Kafka, Sluice in front
// with its `schemaRegistry` and `policies:` sections, and a real producer (@platformatic/kafka)
// sending Avro (encoded by avsc) and JSON. What a user sees: valid records land; invalid ones
// come back as INVALID_RECORD naming the record index and the failing path; audit mode lets
// them through and logs; a registry that cannot be reached refuses framed records with the
// retriable REQUEST_TIMED_OUT (or, with registryUnavailable: accept, lets them through).
//
// No real Confluent-compatible registry could be installed on this machine (see
// docs/policies/schema-validation.md, "Testing"): the registry path is covered end to end in a
// sandbox against a stand-in (test/gateway/registry/schema-source.test.ts); here the registry
// is a closed port on 127.0.0.1, and the schemas that must validate are inline.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Producer } from '@platformatic/kafka';
import avro from 'avsc';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../../rig/kafka-tools.ts';
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

  const endOffset = async (topic: string) => {
    const { stdout } = await runKafkaToolOk('kafka-get-offsets', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--topic',
      topic,
    ]);
    return Number(stdout.trim().split(':').at(-1));
  };

  const send = async (topic: string, values: Buffer[]) => {
    const producer = new Producer({
      clientId: 'schema-test',
      bootstrapBrokers: [`127.0.0.1:${port}`],
      retries: 0,
    });
    try {
      await producer.send({ messages: values.map((value) => ({ topic, value })), acks: -1 });
      return null;
    } catch (e) {
      return protocolErrors(e);
    } finally {
      await producer.close();
    }
  };

  before(async () => {
    cluster = await startCluster({ brokers: 1 });
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
    for (const t of TOPICS) {
      await runKafkaToolOk('kafka-topics', [
        '--bootstrap-server',
        cluster.bootstrap.plaintext,
        '--create',
        '--topic',
        t,
        '--partitions',
        '1',
        '--replication-factor',
        '1',
      ]);
    }
  });

  after(async () => {
    await gw?.stop();
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
});
