// Proves the rig end to end on one broker, and proves the proof can fail: the same round trip
// must be refused with a wrong password and must fail while the broker is down.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type KafkaCluster, startCluster, USERS } from '../../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { kcatSaslSslArgs, runKcat } from '../../rig/kcat.ts';
import { type RoundTripTarget, roundTrip } from '../../rig/round-trip.ts';

describe('rig smoke: 1 broker over SASL_SSL', () => {
  let cluster: KafkaCluster;
  before(async () => {
    cluster = await startCluster({ brokers: 1 });
  });
  after(async () => {
    await cluster?.stop();
  });

  // Java tools speak SCRAM-SHA-512 as admin, kcat SASL/PLAIN as alice: both mechanisms, both
  // users. (Debian's kcat links librdkafka 2.0.2, whose SCRAM Kafka 4.0 refuses; fixed in 2.6.1.)
  function target(
    admin: { password: string; extra?: Record<string, number> } = { password: USERS.admin.password },
  ): RoundTripTarget {
    return {
      bootstrap: cluster.bootstrap.saslSsl,
      javaClientConfig: cluster.writeClientConfig({
        mechanism: 'SCRAM-SHA-512',
        username: USERS.admin.username,
        password: admin.password,
        extra: admin.extra,
      }),
      kcat: {
        bootstrap: cluster.bootstrap.saslSsl,
        caFile: cluster.tls.caFile,
        mechanism: 'PLAIN',
        ...USERS.alice,
      },
    };
  }

  test('Given a 6-partition topic, when 1,000 records are produced with kafka-console-producer, then kcat reads back exactly those records', async () => {
    const { produced, consumed } = await roundTrip(target(), { topic: 'smoke-ok' });

    assert.equal(consumed.length, 1000);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    assert.deepEqual(
      consumed.map(({ key, value }) => ({ key, value })).sort(byKey),
      [...produced].sort(byKey),
    );
    assert.deepEqual(
      [...new Set(consumed.map((r) => r.partition))].sort(),
      [0, 1, 2, 3, 4, 5],
      'keys spread over all 6 partitions',
    );
  });

  test('Given a wrong admin password, when the round trip runs, then kafka-topics fails with an authentication error', async () => {
    await assert.rejects(
      roundTrip(target({ password: 'not-the-password' }), { topic: 'smoke-bad-password' }),
      (error: Error) => {
        assert.equal((error as { code?: string }).code, 'SLUICE_RIG_TOOL_FAILED');
        assert.match(error.message, /Authentication failed/i);
        return true;
      },
    );
  });

  test('Given a wrong PLAIN password, when kcat asks for metadata, then it fails with an authentication error', async () => {
    const args = kcatSaslSslArgs({
      bootstrap: cluster.bootstrap.saslSsl,
      caFile: cluster.tls.caFile,
      mechanism: 'PLAIN',
      username: USERS.alice.username,
      password: 'wrong-secret',
    });
    const result = await runKcat([...args, '-L', '-m', '3'], { timeoutMs: 30_000 });

    assert.notEqual(result.exitCode, 0);
    assert.match(result.stderr, /Authentication failed|invalid credentials/i);
  });

  test('Given the rig tools, when kafka-producer-perf-test writes 20,000 records over SASL_SSL, then kafka-consumer-perf-test and kafka-console-consumer read them', async () => {
    const topic = 'smoke-perf';
    const producer = await runKafkaToolOk('kafka-producer-perf-test', [
      '--topic',
      topic,
      '--num-records',
      '20000',
      '--record-size',
      '100',
      '--throughput',
      '-1',
      '--command-config',
      cluster.clientConfig.scram,
      '--command-property',
      `bootstrap.servers=${cluster.bootstrap.saslSsl}`,
    ]);
    assert.match(producer.stdout, /^20000 records sent/m);

    const consumer = await runKafkaToolOk('kafka-consumer-perf-test', [
      '--bootstrap-server',
      cluster.bootstrap.saslSsl,
      '--command-config',
      cluster.clientConfig.plain,
      '--topic',
      topic,
      '--num-records',
      '20000',
      '--timeout',
      '30000',
      '--show-detailed-stats',
    ]);
    assert.equal(consumer.exitCode, 0);

    const firstThree = await runKafkaToolOk('kafka-console-consumer', [
      '--bootstrap-server',
      cluster.bootstrap.saslSsl,
      '--command-config',
      cluster.clientConfig.scram,
      '--topic',
      topic,
      '--from-beginning',
      '--max-messages',
      '3',
    ]);
    assert.equal(firstThree.stdout.trim().split('\n').length, 3);
  });

  test('Given the broker is stopped, when the round trip runs, then it fails; after a restart the same round trip works', async () => {
    await cluster.stopBroker(0);
    assert.equal(cluster.broker(0).running, false);
    const quick = {
      password: USERS.admin.password,
      extra: { 'default.api.timeout.ms': 5000, 'request.timeout.ms': 2500 },
    };
    await assert.rejects(roundTrip(target(quick), { topic: 'smoke-broker-down' }), (error: Error) => {
      assert.equal((error as { code?: string }).code, 'SLUICE_RIG_TOOL_FAILED');
      assert.match(error.message, /Timed ?out|TimeoutException/i);
      return true;
    });

    await cluster.startBroker(0);
    const { consumed } = await roundTrip(target(), { topic: 'smoke-after-restart', records: 100 });
    assert.equal(consumed.length, 100);
  });
});
