// Port routing end to end: a real 3-broker Kafka cluster, Sluice in front with a bootstrap
// port and one port per broker, and real clients (Kafka CLI tools, kcat, @platformatic/kafka).
// A plaintext listener forwards to the brokers' PLAINTEXT listeners; a TLS listener forwards
// to their SASL_SSL listeners with SASL passed through unchanged.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KafkaCluster, startCluster, USERS } from '../../rig/kafka-cluster.ts';
import { runKafkaTool, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { kcatSaslSslArgs, runKcat, runKcatOk } from '../../rig/kcat.ts';
import { roundTrip } from '../../rig/round-trip.ts';
import { runProcess } from '../../rig/run-process.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const NODE_CLIENT = join(import.meta.dirname, '..', 'gateway', 'support', 'node-client-roundtrip.ts');

describe('gateway port routing, 3 brokers', () => {
  let cluster: KafkaCluster;
  let plain: RunningGateway;
  let tls: RunningGateway;
  let plainPort: number;
  let tlsPort: number;

  before(async () => {
    cluster = await startCluster({ brokers: 3 });
    plainPort = await freePortBlock(8);
    plain = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port: plainPort }],
    });
    tlsPort = await freePortBlock(8);
    tls = await startGateway({
      upstream: {
        bootstrapServers: cluster.bootstrap.saslSsl.split(','),
        security: 'ssl',
        tls: { caFile: cluster.tls.caFile },
      },
      listeners: [
        {
          name: 'tls',
          routing: 'port',
          port: tlsPort,
          tls: {
            certFile: join(cluster.tls.dir, 'server-chain.crt'),
            keyFile: join(cluster.tls.dir, 'server.key'),
          },
        },
      ],
    });
  });

  after(async () => {
    await plain?.stop();
    await tls?.stop();
    await cluster?.stop();
  });

  const upstreamPorts = () => cluster.brokers.flatMap((b) => [b.plaintextPort, b.saslSslPort]);

  test('Given port routing, when kafka-broker-api-versions runs through Sluice, then every broker appears at its gateway port and no upstream port leaks', async () => {
    const { stdout } = await runKafkaToolOk('kafka-broker-api-versions', [
      '--bootstrap-server',
      `127.0.0.1:${plainPort}`,
    ]);
    for (const id of [0, 1, 2]) {
      assert.match(stdout, new RegExp(`^127\\.0\\.0\\.1:${plainPort + 1 + id} \\(id: ${id} `, 'm'));
    }
    for (const port of upstreamPorts()) assert.doesNotMatch(stdout, new RegExp(`:${port}\\b`));
  });

  test('Given port routing, when a 6-partition topic is created through Sluice, then it is listed both through Sluice and directly', async () => {
    const via = ['--bootstrap-server', `127.0.0.1:${plainPort}`];
    await runKafkaToolOk('kafka-topics', [
      ...via,
      '--create',
      '--topic',
      'port-six',
      '--partitions',
      '6',
      '--replication-factor',
      '3',
    ]);
    const listed = await runKafkaToolOk('kafka-topics', [...via, '--list']);
    assert.match(listed.stdout, /^port-six$/m);
    const direct = await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--list',
    ]);
    assert.match(direct.stdout, /^port-six$/m);
    const described = await runKafkaToolOk('kafka-topics', [...via, '--describe', '--topic', 'port-six']);
    const leaders = new Set([...described.stdout.matchAll(/Leader: (\d+)/g)].map((m) => m[1]));
    assert.ok(leaders.size >= 2, `partition leaders on several brokers: ${[...leaders].join(',')}`);
  });

  test('Given port routing, when kafka-console-producer writes 1,000 records, then kafka-console-consumer --from-beginning reads all of them back', async () => {
    const via = ['--bootstrap-server', `127.0.0.1:${plainPort}`];
    await runKafkaToolOk('kafka-topics', [
      ...via,
      '--create',
      '--topic',
      'port-console',
      '--partitions',
      '6',
      '--replication-factor',
      '1',
    ]);
    const values = Array.from({ length: 1000 }, (_, i) => `record-${i}`);
    await runKafkaToolOk(
      'kafka-console-producer',
      [...via, '--topic', 'port-console', '--command-property', 'acks=all'],
      {
        input: `${values.join('\n')}\n`,
      },
    );
    const { stdout } = await runKafkaToolOk('kafka-console-consumer', [
      ...via,
      '--topic',
      'port-console',
      '--from-beginning',
      '--max-messages',
      '1000',
      '--timeout-ms',
      '60000',
    ]);
    const got = stdout.split('\n').filter((l) => l.startsWith('record-'));
    assert.equal(got.length, 1000);
    assert.deepEqual([...got].sort(), [...values].sort());
  });

  test('Given port routing, when kcat lists metadata, produces and consumes, then it only sees gateway addresses and gets its records back', async () => {
    const b = ['-b', `127.0.0.1:${plainPort}`];
    const meta = await runKcatOk([...b, '-L']);
    assert.match(meta.stdout, /3 brokers:/);
    for (const id of [0, 1, 2])
      assert.match(meta.stdout, new RegExp(`broker ${id} at 127\\.0\\.0\\.1:${plainPort + 1 + id}`));
    for (const port of upstreamPorts()) assert.doesNotMatch(meta.stdout, new RegExp(`:${port}\\b`));
    const lines = Array.from({ length: 200 }, (_, i) => `kcat-${i}`);
    await runKcatOk([...b, '-P', '-t', 'port-kcat', '-K', ':'], {
      input: `${lines.map((l, i) => `${i % 7}:${l}`).join('\n')}\n`,
    });
    const consumed = await runKcatOk([
      ...b,
      '-C',
      '-t',
      'port-kcat',
      '-o',
      'beginning',
      '-e',
      '-q',
      '-f',
      '%s\n',
    ]);
    assert.deepEqual(consumed.stdout.split('\n').filter(Boolean).sort(), [...lines].sort());
  });

  test('Given port routing, when @platformatic/kafka produces 100,000 records over 6 partitions led by different brokers, then a consumer group reads all in order and resumes from its commit', async () => {
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      `127.0.0.1:${plainPort}`,
      '--create',
      '--topic',
      'port-node',
      '--partitions',
      '6',
      '--replication-factor',
      '1',
    ]);
    const input = {
      bootstrap: [`127.0.0.1:${plainPort}`],
      topic: 'port-node',
      records: 100_000,
      groupId: 'port-node-group',
    };
    // Asynchronous spawn: the gateway runs in this process and must keep serving meanwhile.
    const run = await runProcess(
      process.execPath,
      ['--no-node-snapshot', NODE_CLIENT, JSON.stringify(input)],
      {
        timeoutMs: 180_000,
      },
    );
    assert.equal(run.exitCode, 0, run.stderr);
    const { first, resumed } = JSON.parse(run.stdout.trim().split('\n').pop()!);
    assert.equal(first.count, 100_000);
    assert.equal(first.distinct, 100_000);
    assert.equal(first.inOrder, true);
    assert.equal(Object.keys(first.partitions).length, 6);
    assert.equal(resumed.count, 100);
    assert.equal(resumed.min, 100_000, 'the group resumed after its committed offsets');
  });

  test('Given a TLS port listener in front of SASL_SSL brokers, when Java tools (SCRAM) and kcat (PLAIN) run a round trip, then SASL passes through and the principal is known without any password logged', async () => {
    const bootstrap = `127.0.0.1:${tlsPort}`;
    const { produced, consumed } = await roundTrip(
      {
        bootstrap,
        javaClientConfig: cluster.writeClientConfig({ mechanism: 'SCRAM-SHA-512', ...USERS.admin }),
        kcat: { bootstrap, caFile: cluster.tls.caFile, mechanism: 'PLAIN', ...USERS.alice },
      },
      { topic: 'port-sasl', records: 1000 },
    );
    assert.equal(consumed.length, produced.length);
    const principals = new Set(tls.logged(/client authenticated/).map((l) => l.principal));
    assert.ok(principals.has('admin'), 'SCRAM principal recorded');
    assert.ok(principals.has('alice'), 'PLAIN principal recorded');
    const all = JSON.stringify(tls.logs);
    assert.doesNotMatch(all, /admin-secret|alice-secret/);
  });

  test('Given a wrong password, when kafka-topics and kcat connect through Sluice, then each sees the broker authentication error', async () => {
    const bootstrap = `127.0.0.1:${tlsPort}`;
    const config = cluster.writeClientConfig({
      mechanism: 'SCRAM-SHA-512',
      username: 'admin',
      password: 'wrong-password',
      extra: { 'default.api.timeout.ms': 15000, 'request.timeout.ms': 10000 },
    });
    const java = await runKafkaTool('kafka-topics', [
      '--bootstrap-server',
      bootstrap,
      '--command-config',
      config,
      '--list',
    ]);
    assert.notEqual(java.exitCode, 0);
    assert.match(java.stdout + java.stderr, /Authentication failed/i);
    const args = kcatSaslSslArgs({
      bootstrap,
      caFile: cluster.tls.caFile,
      mechanism: 'PLAIN',
      username: 'alice',
      password: 'nope',
    });
    const kcat = await runKcat([...args, '-L', '-m', '5'], { timeoutMs: 30_000 });
    assert.notEqual(kcat.exitCode, 0);
    assert.match(kcat.stderr, /Authentication failed|invalid credentials/i);
    assert.ok(tls.logged(/client authentication refused by broker/).length >= 1);
  });
});
