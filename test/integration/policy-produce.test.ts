// Policies on live produce traffic: a real 1-broker Kafka, Sluice in front (port routing) with
// its `policies:` config section, and real producers (kafka-console-producer and
// @platformatic/kafka). What a user sees: valid records land and are consumed, invalid ones
// come back to the producer as INVALID_RECORD with the policy's message.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Producer, stringSerializers } from '@platformatic/kafka';
import { compilePolicy } from '../../engine/index.ts';
import type { RecordBatch } from '../../kafka/records/record-batch.ts';
import { splitRecords } from '../../kafka/records/records-field.ts';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaTool, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { runKcatOk } from '../../rig/kcat.ts';
import { protocolErrors } from '../gateway/policy/client-errors.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const POLICIES = join(import.meta.dirname, '..', '..', 'policies');
const ORDER_SCHEMA = {
  type: 'object',
  required: ['id', 'amount'],
  properties: { id: { type: 'integer' }, amount: { type: 'number', minimum: 0 } },
};

async function policyFrom(source: string) {
  const r = await compilePolicy({
    source: `import { definePolicy, accept, reject, modify } from 'sluice/sdk';\n${source}`,
  });
  if (!r.ok) assert.fail(JSON.stringify(r.diagnostics));
  return r.policy;
}

async function policyFile(name: string) {
  const r = await compilePolicy({ entry: join(POLICIES, name) });
  if (!r.ok) assert.fail(JSON.stringify(r.diagnostics));
  return r.policy;
}

/** A policy that appends `suffix` to every value (to see order and revisions in what is consumed). */
const suffixPolicy = (suffix: string) => `export default definePolicy({
  name: 'suffix',
  onProduce(batch) {
    return modify({ records: batch.records.map((r) => r.with({ value: r.text() + '${suffix}' })) });
  },
});`;

describe('policies on produce traffic through Sluice', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;
  let via: string[];

  const consumeAll = async (topic: string, count: number) => {
    const { stdout } = await runKafkaToolOk('kafka-console-consumer', [
      ...via,
      '--topic',
      topic,
      '--from-beginning',
      '--max-messages',
      String(count),
      '--timeout-ms',
      '20000',
    ]);
    return stdout.trim().split('\n').filter(Boolean);
  };

  const produceConsole = (topic: string, lines: string[], extra: string[] = []) =>
    runKafkaTool(
      'kafka-console-producer',
      [...via, '--topic', topic, '--command-property', 'acks=all', ...extra],
      { input: `${lines.join('\n')}\n` },
    );

  const nodeProducer = () =>
    new Producer({
      clientId: 'policy-test',
      bootstrapBrokers: [`127.0.0.1:${port}`],
      serializers: stringSerializers,
      retries: 0,
    });

  before(async () => {
    cluster = await startCluster({ brokers: 1 });
    port = await freePortBlock(4);
    via = ['--bootstrap-server', `127.0.0.1:${port}`];
    gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port }],
      policies: {
        dir: POLICIES,
        deployments: [
          {
            id: 'orders-schema',
            file: 'json-schema.ts',
            scope: { topics: ['orders', 'hostile-neighbour'] },
            priority: 10,
            config: { schemas: { '*': ORDER_SCHEMA } },
          },
        ],
      },
    });
    const topics = [
      'orders',
      'audited',
      'fail-open',
      'fail-closed',
      'prio',
      'hostile',
      'hostile-neighbour',
      'swap',
      'fire-and-forget',
      'durable',
      'squeezed',
    ];
    for (const t of topics) await cluster.createTopic(t);
    // Its Node producers do not retry: they must not meet a leader not ready yet.
    await cluster.awaitLeaders(topics);
  });

  after(async () => {
    await gw?.stop();
    await cluster?.stop();
  });

  test('Given a JSON-schema policy from the config, when kafka-console-producer sends valid orders, then they land and kafka-console-consumer reads them through Sluice', async () => {
    const valid = ['{"id":1,"amount":10}', '{"id":2,"amount":20.5}', '{"id":3,"amount":0}'];
    const r = await produceConsole('orders', valid);
    assert.equal(r.exitCode, 0, r.stderr);
    assert.deepEqual(await consumeAll('orders', 3), valid);
  });

  test('Given a JSON-schema policy, when kafka-console-producer sends an invalid order, then the producer reports INVALID_RECORD with the policy message and nothing lands', async () => {
    // --sync: the tool waits for each send and exits non-zero with the error (asynchronous
    // sends are not reliably reported before the tool exits at end of input).
    const r = await produceConsole('orders', ['{"id":"four","amount":-1}'], ['--sync']);
    const out = `exit ${r.exitCode}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
    assert.notEqual(r.exitCode, 0, out);
    assert.match(r.stderr, /InvalidRecordException/, out);
    assert.match(r.stderr, /must be integer/, out);
    // Still only the three valid ones (read directly from the broker).
    const { stdout } = await runKafkaToolOk('kafka-console-consumer', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--topic',
      'orders',
      '--from-beginning',
      '--timeout-ms',
      '5000',
    ]);
    assert.equal(stdout.trim().split('\n').length, 3);
  });

  test('Given a JSON-schema policy, when @platformatic/kafka sends an invalid order, then the send fails with INVALID_RECORD and the policy message, and a valid one after it succeeds', async () => {
    const producer = nodeProducer();
    try {
      const err = await producer.send({ messages: [{ topic: 'orders', value: '{"id":5}' }], acks: -1 }).then(
        () => null,
        (e: unknown) => e,
      );
      assert.ok(err, 'the invalid record must be refused');
      const found = protocolErrors(err);
      const partition = found.find((e) => e.apiId === 'INVALID_RECORD');
      assert.ok(partition, JSON.stringify(found));
      assert.match(String(partition.serverErrorMessage), /orders-schema: 1 record\(s\) do not match/);
      assert.ok(found.some((e) => /must have required property 'amount'/.test(String(e.serverErrorMessage))));
      await producer.send({ messages: [{ topic: 'orders', value: '{"id":6,"amount":1}' }], acks: -1 });
    } finally {
      await producer.close();
    }
  });
  test('Given a policy in audit mode, when an invalid record is produced, then it lands and the gateway logs what the policy would have refused', async () => {
    await gw.gateway.policies!.deploy({
      id: 'audited-schema',
      policy: await policyFile('json-schema.ts'),
      scope: { topics: ['audited'] },
      mode: 'audit',
      config: { schemas: { '*': ORDER_SCHEMA } },
    });
    const r = await produceConsole('audited', ['not json at all']);
    assert.equal(r.exitCode, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /Exception/);
    assert.deepEqual(await consumeAll('audited', 1), ['not json at all']);
    const lines = gw.logged(/audit: policy would reject produce batch/);
    assert.ok(
      lines.some((l) => l.policy === 'audited-schema' && l.topic === 'audited'),
      JSON.stringify(lines),
    );
  });

  test('Given a throwing policy, when onError is open the record lands; when closed the producer gets INVALID_RECORD naming the failure', async () => {
    const throwing = await policyFrom(
      `export default definePolicy({ name: 'thrower', onProduce() { throw new Error('boom'); } });`,
    );
    await gw.gateway.policies!.deploy({
      id: 'thrower-open',
      policy: throwing,
      scope: { topics: ['fail-open'] },
      onError: 'open',
    });
    await gw.gateway.policies!.deploy({
      id: 'thrower-closed',
      policy: throwing,
      scope: { topics: ['fail-closed'] },
      onError: 'closed',
    });
    const open = await produceConsole('fail-open', ['kept']);
    assert.equal(open.exitCode, 0, open.stderr);
    assert.deepEqual(await consumeAll('fail-open', 1), ['kept']);
    const producer = nodeProducer();
    try {
      const err = await producer
        .send({ messages: [{ topic: 'fail-closed', value: 'refused' }], acks: -1 })
        .then(
          () => null,
          (e: unknown) => e,
        );
      const found = protocolErrors(err);
      const e = found.find((x) => x.apiId === 'INVALID_RECORD');
      assert.ok(e, JSON.stringify(found));
      assert.match(String(e.serverErrorMessage), /policy thrower-closed failed \(threw\): Error: boom/);
    } finally {
      await producer.close();
    }
    assert.ok(gw.logged(/policy failed/).some((l) => l.policy === 'thrower-open' && l.onError === 'open'));
  });

  test('Given two modifying policies on one topic and one on another, when records are produced, then they run in priority order and only where their scope matches', async () => {
    await gw.gateway.policies!.deploy({
      id: 'second',
      policy: await policyFrom(suffixPolicy('-b')),
      scope: { topics: ['prio'] },
      priority: 20,
    });
    await gw.gateway.policies!.deploy({
      id: 'first',
      policy: await policyFrom(suffixPolicy('-a')),
      scope: { topics: ['prio'] },
      priority: 5,
    });
    await gw.gateway.policies!.deploy({
      id: 'elsewhere',
      policy: await policyFrom(suffixPolicy('-x')),
      scope: { topics: ['swap-not-this'] },
    });
    const r = await produceConsole('prio', ['one', 'two']);
    assert.equal(r.exitCode, 0, r.stderr);
    assert.deepEqual(await consumeAll('prio', 2), ['one-a-b', 'two-a-b']);
  });

  test('Given a hostile policy (while(true){}), when a producer writes to its topic, then it gets the retriable REQUEST_TIMED_OUT, Sluice stays up and another topic keeps flowing meanwhile', async () => {
    await gw.gateway.policies!.deploy({
      id: 'spinner',
      policy: await policyFrom(
        `export default definePolicy({ name: 'spinner', onProduce() { while (true) {} } });`,
      ),
      scope: { topics: ['hostile'] },
      limits: { deadlineMs: 300 },
    });
    const victim = nodeProducer();
    const neighbour = nodeProducer();
    try {
      const hostile = victim.send({ messages: [{ topic: 'hostile', value: 'x' }], acks: -1 }).then(
        () => null,
        (e: unknown) => e,
      );
      // Meanwhile, valid traffic on another topic (its own policy, same sandbox pool) goes through.
      const t0 = Date.now();
      await neighbour.send({
        messages: [{ topic: 'hostile-neighbour', value: '{"id":1,"amount":1}' }],
        acks: -1,
      });
      const neighbourMs = Date.now() - t0;
      const found = protocolErrors(await hostile);
      const e = found.find((x) => x.apiId === 'REQUEST_TIMED_OUT');
      assert.ok(e, JSON.stringify(found));
      assert.match(String(e.serverErrorMessage), /policy spinner failed \(timeout\)/);
      assert.ok(neighbourMs < 5000, `neighbour took ${neighbourMs} ms`);
      // Still up: the same producer connection works on another topic.
      await victim.send({
        messages: [{ topic: 'hostile-neighbour', value: '{"id":2,"amount":2}' }],
        acks: -1,
      });
    } finally {
      await victim.close();
      await neighbour.close();
    }
    assert.deepEqual(await consumeAll('hostile-neighbour', 2), [
      '{"id":1,"amount":1}',
      '{"id":2,"amount":2}',
    ]);
    await gw.gateway.policies!.remove('spinner');
  });

  test('Given a producer connection open, when a new revision of its policy is deployed between two sends, then the second batch uses it and the connection is never dropped', async () => {
    const svc = gw.gateway.policies!;
    await svc.deploy({
      id: 'swapper',
      policy: await policyFrom(suffixPolicy('-v1')),
      scope: { topics: ['swap'] },
    });
    const producer = nodeProducer();
    try {
      await producer.send({ messages: [{ topic: 'swap', value: 'first' }], acks: -1 });
      const connections = gw.gateway.registry.size;
      await svc.deploy({
        id: 'swapper',
        policy: await policyFrom(suffixPolicy('-v2')),
        scope: { topics: ['swap'] },
      });
      await producer.send({ messages: [{ topic: 'swap', value: 'second' }], acks: -1 });
      assert.equal(gw.gateway.registry.size, connections, 'no connection dropped or re-opened');
    } finally {
      await producer.close();
    }
    assert.deepEqual(await consumeAll('swap', 2), ['first-v1', 'second-v2']);
  });

  test('Given a policy lowering acks to 0, when kafka-console-producer sends with acks=all and --sync, then each send succeeds (Sluice answers for the broker) and every record lands', async () => {
    await gw.gateway.policies!.deploy({
      id: 'acks-none',
      policy: await policyFrom(
        `export default definePolicy({ name: 'acks-none', onProduce: () => modify({ request: { acks: 0 } }) });`,
      ),
      scope: { topics: ['fire-and-forget'] },
    });
    // --sync waits out the console producer's 1 s linger per record: keep it short.
    const lines = Array.from({ length: 4 }, (_, i) => `ff-${i}`);
    const r = await produceConsole('fire-and-forget', lines, ['--sync']);
    assert.equal(r.exitCode, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /ERROR|Exception/);
    assert.deepEqual(await consumeAll('fire-and-forget', 4), lines);
  });

  test('Given a policy raising acks to all, when kcat produces with acks=0, then the records land and kcat sees no stray response', async () => {
    await gw.gateway.policies!.deploy({
      id: 'acks-all',
      policy: await policyFrom(
        `export default definePolicy({ name: 'acks-all', onProduce: (b) => b.acks === -1 ? accept() : modify({ request: { acks: -1 } }) });`,
      ),
      scope: { topics: ['durable'] },
    });
    const lines = Array.from({ length: 50 }, (_, i) => `d-${i}`);
    const r = await runKcatOk(
      ['-b', `127.0.0.1:${port}`, '-P', '-t', 'durable', '-X', 'acks=0', '-X', 'debug=protocol'],
      { input: `${lines.join('\n')}\n` },
    );
    // librdkafka logs a response it did not expect ("unknown correlation id" / "unexpected").
    assert.doesNotMatch(r.stderr, /unknown corr|unexpected response|Response for unknown/i);
    assert.deepEqual(await consumeAll('durable', 50), lines);
  });

  test('Given a policy asking for zstd, when kafka-console-producer sends uncompressed batches, then the broker stores zstd batches and the consumer reads the same values', async () => {
    await gw.gateway.policies!.deploy({
      id: 'squeeze',
      policy: await policyFrom(
        `export default definePolicy({ name: 'squeeze', onProduce: () => modify({ request: { compression: 'zstd' } }) });`,
      ),
      scope: { topics: ['squeezed'] },
    });
    const lines = Array.from({ length: 30 }, (_, i) => `{"n":${i},"pad":"${'z'.repeat(200)}"}`);
    const r = await produceConsole('squeezed', lines, ['--compression-codec', 'none']);
    assert.equal(r.exitCode, 0, r.stderr);
    assert.deepEqual(await consumeAll('squeezed', 30), lines);
    const segment = readFileSync(
      join(cluster.brokers[0].dir, 'data', 'squeezed-0', '00000000000000000000.log'),
    );
    const batches = splitRecords(segment) as RecordBatch[];
    assert.ok(batches.length > 0);
    assert.deepEqual([...new Set(batches.map((b) => b.compression))], ['zstd']);
    assert.equal(
      batches.reduce((n, b) => n + b.records().length, 0),
      30,
    );
  });
});
