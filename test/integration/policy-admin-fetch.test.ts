// Policies on admin and consume traffic, and the merge of Sluice's answers into the broker's:
// a real 1-broker Kafka, Sluice in front (port routing) with policies enabled at runtime (no
// `policies:` section), real clients (kafka-topics, kafka-configs, kafka-console-consumer,
// @platformatic/kafka).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Producer, stringSerializers } from '@platformatic/kafka';
import { compilePolicy } from '../../engine/index.ts';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaTool, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { runKcat } from '../../rig/kcat.ts';
import { protocolErrors } from '../gateway/policy/client-errors.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

async function policyFrom(source: string) {
  const r = await compilePolicy({
    source: `import { definePolicy, accept, reject, modify } from 'sluice/sdk';\n${source}`,
  });
  if (!r.ok) assert.fail(JSON.stringify(r.diagnostics));
  return r.policy;
}

const GUARDRAILS = `export default definePolicy({
  name: 'guardrails',
  onCreateTopics(req) {
    for (const t of req.topics) if (t.numPartitions > 12) return reject(t.name + ': at most 12 partitions, asked for ' + t.numPartitions);
    return accept();
  },
  onAlterConfigs(req) {
    for (const r of req.resources)
      for (const c of r.configs)
        if (c.name === 'retention.ms' && c.value !== null && Number(c.value) < 60000) return reject(r.name + ': retention.ms below one minute');
    return accept();
  },
});`;

const MASK = `export default definePolicy({
  name: 'mask-cards',
  onFetch(batch) {
    return modify({ records: batch.records.map((r) => r.with({ value: r.text().replace(/\\d{4}-\\d{4}/g, '####-####') })) });
  },
});`;

const NO_BAD = `export default definePolicy({
  name: 'no-bad',
  onProduce(batch) {
    return batch.records.some((r) => r.text().includes('bad')) ? reject('bad record on partition ' + batch.partition) : accept();
  },
});`;

const READ_ONLY = `export default definePolicy({
  name: 'read-only-clients',
  requestApiKeys: [0],
  onRequest(req) {
    return req.clientId === 'reporting' ? reject('client reporting may not write') : accept();
  },
});`;

const NO_READS = `export default definePolicy({
  name: 'no-reads',
  requestApiKeys: [2, 11],
  onRequest(req) {
    return req.clientId === 'no-reads' ? reject('client no-reads may not read') : accept();
  },
});`;

describe('policies on admin, fetch and mixed produce traffic through Sluice', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;
  let via: string[];

  before(async () => {
    cluster = await startCluster({ brokers: 1 });
    port = await freePortBlock(4);
    via = ['--bootstrap-server', `127.0.0.1:${port}`];
    gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port }],
    });
    const svc = await gw.gateway.enablePolicies();
    await svc.deploy({ id: 'guardrails', policy: await policyFrom(GUARDRAILS) });
    await svc.deploy({ id: 'mask-cards', policy: await policyFrom(MASK), scope: { topics: ['cards'] } });
    await svc.deploy({ id: 'no-bad', policy: await policyFrom(NO_BAD), scope: { topics: ['mixed'] } });
    await svc.deploy({ id: 'read-only-clients', policy: await policyFrom(READ_ONLY) });
    await svc.deploy({ id: 'no-reads', policy: await policyFrom(NO_READS) });
  });

  after(async () => {
    await gw?.stop();
    await cluster?.stop();
  });

  /** Creates a topic directly on the broker. */
  const createTopic = (name: string) =>
    runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--create',
      '--topic',
      name,
    ]);

  test('Given a guardrail policy, when kafka-topics creates a 50-partition topic through Sluice, then it fails with POLICY_VIOLATION and the policy message, and a 3-partition topic is created', async () => {
    const refused = await runKafkaTool('kafka-topics', [
      ...via,
      '--create',
      '--topic',
      'too-wide',
      '--partitions',
      '50',
    ]);
    assert.notEqual(refused.exitCode, 0);
    assert.match(refused.stderr + refused.stdout, /PolicyViolationException/);
    assert.match(
      refused.stderr + refused.stdout,
      /guardrails: too-wide: at most 12 partitions, asked for 50/,
    );
    await runKafkaToolOk('kafka-topics', [...via, '--create', '--topic', 'narrow', '--partitions', '3']);
    const listed = await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--list',
    ]);
    assert.match(listed.stdout, /^narrow$/m);
    assert.doesNotMatch(listed.stdout, /^too-wide$/m);
  });

  test('Given a guardrail policy, when kafka-configs sets retention.ms=10 through Sluice, then it is refused with POLICY_VIOLATION and the topic keeps its retention', async () => {
    const r = await runKafkaTool('kafka-configs', [
      ...via,
      '--alter',
      '--entity-type',
      'topics',
      '--entity-name',
      'narrow',
      '--add-config',
      'retention.ms=10',
    ]);
    assert.notEqual(r.exitCode, 0);
    assert.match(r.stderr + r.stdout, /PolicyViolationException/);
    assert.match(r.stderr + r.stdout, /narrow: retention.ms below one minute/);
    const described = await runKafkaToolOk('kafka-configs', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--describe',
      '--entity-type',
      'topics',
      '--entity-name',
      'narrow',
    ]);
    assert.doesNotMatch(described.stdout, /retention\.ms=10\b/);
  });

  test('Given a masking onFetch policy, when records written directly to the broker are consumed through Sluice, then the consumer sees them masked while a direct consumer sees the originals', async () => {
    await createTopic('cards');
    const values = ['card 4111-1111 for alice', 'card 5500-0000 for bob', 'no card here'];
    await runKafkaToolOk(
      'kafka-console-producer',
      ['--bootstrap-server', cluster.bootstrap.plaintext, '--topic', 'cards'],
      {
        input: `${values.join('\n')}\n`,
      },
    );
    const consume = async (bootstrap: string[]) =>
      (
        await runKafkaToolOk('kafka-console-consumer', [
          ...bootstrap,
          '--topic',
          'cards',
          '--from-beginning',
          '--max-messages',
          '3',
          '--timeout-ms',
          '20000',
        ])
      ).stdout
        .trim()
        .split('\n');
    assert.deepEqual(await consume(via), [
      'card ####-#### for alice',
      'card ####-#### for bob',
      'no card here',
    ]);
    assert.deepEqual(await consume(['--bootstrap-server', cluster.bootstrap.plaintext]), values);
  });

  test('Given one send to two partitions where only partition 0 holds a bad record, when it passes Sluice, then partition 0 is refused with INVALID_RECORD and partition 1 lands (answers merged in order)', async () => {
    await runKafkaToolOk('kafka-topics', [...via, '--create', '--topic', 'mixed', '--partitions', '2']);
    await cluster.awaitLeaders(['mixed']); // the producer below does not retry
    const producer = new Producer({
      clientId: 'mixed',
      bootstrapBrokers: [`127.0.0.1:${port}`],
      serializers: stringSerializers,
      retries: 0,
    });
    let err: unknown = null;
    try {
      await producer.send({
        messages: [
          { topic: 'mixed', partition: 0, value: 'bad apple' },
          { topic: 'mixed', partition: 1, value: 'good apple' },
        ],
        acks: -1,
      });
    } catch (e) {
      err = e;
    } finally {
      await producer.close();
    }
    const found = protocolErrors(err);
    assert.deepEqual(
      found.map((e) => [e.apiId, e.serverErrorMessage]),
      [['INVALID_RECORD', 'no-bad: bad record on partition 0']],
    );
    const { stdout } = await runKafkaToolOk('kafka-console-consumer', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--topic',
      'mixed',
      '--from-beginning',
      '--max-messages',
      '1',
      '--timeout-ms',
      '15000',
      '--formatter-property',
      'print.partition=true',
    ]);
    assert.match(stdout.trim(), /^Partition:1\s+good apple$/);
  });
  test('Given librdkafka (kcat, an older Produce version), when it produces a bad record, then delivery fails with INVALID_RECORD and nothing lands', async () => {
    const before = await runKafkaToolOk('kafka-console-consumer', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--topic',
      'mixed',
      '--from-beginning',
      '--timeout-ms',
      '5000',
    ]);
    const r = await runKcat(
      ['-b', `127.0.0.1:${port}`, '-P', '-t', 'mixed', '-p', '0', '-X', 'message.send.max.retries=0'],
      {
        input: 'bad from kcat\n',
      },
    );
    // librdkafka names error 87 (INVALID_RECORD) "Broker failed to validate record".
    assert.match(r.stderr, /Delivery failed for message: Broker: Broker failed to validate record/, r.stderr);
    assert.notEqual(r.exitCode, 0);
    const afterwards = await runKafkaToolOk('kafka-console-consumer', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--topic',
      'mixed',
      '--from-beginning',
      '--timeout-ms',
      '5000',
    ]);
    assert.equal(afterwards.stdout, before.stdout);
  });

  test('Given an onRequest policy refusing Produce from one client id, when that client sends with kafka-console-producer, then it reports POLICY_VIOLATION with the message and nothing lands, while another client writes', async () => {
    await createTopic('ro');
    // --sync: the tool waits for each send and exits non-zero with the error.
    const send = (clientId: string, value: string) =>
      runKafkaTool(
        'kafka-console-producer',
        [...via, '--topic', 'ro', '--sync', '--command-property', `client.id=${clientId}`],
        { input: `${value}\n` },
      );
    const refused = await send('reporting', 'from reporting');
    const out = `exit ${refused.exitCode}\nstdout: ${refused.stdout}\nstderr: ${refused.stderr.slice(-2000)}`;
    assert.notEqual(refused.exitCode, 0, out);
    assert.match(
      refused.stderr,
      /PolicyViolationException: read-only-clients: client reporting may not write/,
      out,
    );
    const written = await send('writer', 'from writer');
    assert.equal(written.exitCode, 0, written.stderr);
    const landed = await runKafkaToolOk('kafka-console-consumer', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--topic',
      'ro',
      '--from-beginning',
      '--timeout-ms',
      '5000',
    ]);
    assert.deepEqual(landed.stdout.trim().split('\n'), ['from writer']);
  });
  test("Given an onRequest policy refusing ListOffsets and JoinGroup for one client id, when kcat asks for offsets and a Java consumer joins a group, then each gets its api's error response with POLICY_VIOLATION and the connection stays usable", async () => {
    await createTopic('offsets');
    // librdkafka prints the error of each partition's ListOffsets answer.
    const q = await runKcat([
      '-b',
      `127.0.0.1:${port}`,
      '-X',
      'client.id=no-reads',
      '-Q',
      '-t',
      'offsets:0:-1',
    ]);
    assert.match(q.stderr, /offsets_for_times failed: Broker: Policy violation/, q.stdout + q.stderr);
    const other = await runKcat([
      '-b',
      `127.0.0.1:${port}`,
      '-X',
      'client.id=reader',
      '-Q',
      '-t',
      'offsets:0:-1',
    ]);
    assert.match(other.stdout, /^offsets \[0\] offset 0$/m, other.stdout + other.stderr);
    // The Java consumer's JoinGroup gets POLICY_VIOLATION and fails at once instead of waiting on a closed connection.
    const join = await runKafkaTool(
      'kafka-console-consumer',
      [
        ...via,
        '--topic',
        'offsets',
        '--group',
        'refused-group',
        '--command-property',
        'client.id=no-reads',
        '--timeout-ms',
        '20000',
      ],
      { timeoutMs: 60_000 },
    );
    const joinOut = `exit ${join.exitCode}\nstdout: ${join.stdout}\nstderr: ${join.stderr.slice(-3000)}`;
    assert.match(
      join.stderr,
      /KafkaException: Unexpected error in join group response: Request parameters do not satisfy the configured policy/,
      joinOut,
    );
  });

  test('Given a consumer that learnt its topic before any fetch policy existed, when a masking policy is deployed mid-stream, then the next records reach it masked, never in the clear', async () => {
    // A gateway of its own, with no fetch policy at first: Sluice does not learn topic ids then.
    const ownPort = await freePortBlock(4);
    const own = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port: ownPort }],
    });
    try {
      const svc = await own.gateway.enablePolicies();
      await createTopic('late');
      const consumer = runKafkaToolOk(
        'kafka-console-consumer',
        [
          '--bootstrap-server',
          `127.0.0.1:${ownPort}`,
          '--topic',
          'late',
          '--max-messages',
          '1',
          '--timeout-ms',
          '30000',
        ],
        { timeoutMs: 60_000 },
      );
      // Let the consumer ask for metadata and start fetching (from the end of the empty topic).
      await new Promise((r) => setTimeout(r, 6000));
      await svc.deploy({ id: 'mask-late', policy: await policyFrom(MASK), scope: { topics: ['late'] } });
      await runKafkaToolOk(
        'kafka-console-producer',
        ['--bootstrap-server', cluster.bootstrap.plaintext, '--topic', 'late'],
        {
          input: 'card 4111-1111 for carol\n',
        },
      );
      assert.equal((await consumer).stdout.trim(), 'card ####-#### for carol');
    } finally {
      await own.stop();
    }
  });
});
