// A broker stopped and started again while a producer writes through Sluice: leadership
// moves, the client follows through the rewritten metadata, no acknowledged record is lost.
// The producer is the Java one (kafka-producer-perf-test, idempotent, acks=all):
// @platformatic/kafka 1.35 cannot parse the NOT_LEADER_OR_FOLLOWER Produce v11 answers a
// leader change brings (it does not skip the partition-level tagged field) — with or without
// Sluice in between.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaTool, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { runKcatOk } from '../../rig/kcat.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

describe('gateway with a broker restart mid-run', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;

  before(async () => {
    cluster = await startCluster({ brokers: 3 });
    port = await freePortBlock(8);
    gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port }],
    });
  });
  after(async () => {
    await gw?.stop();
    await cluster?.stop();
  });

  test('Given a replicated topic, when broker 1 stops and starts while 30,000 records are produced through Sluice, then every acknowledged record is consumed', async () => {
    const via = `127.0.0.1:${port}`;
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      via,
      '--create',
      '--topic',
      'restart',
      '--partitions',
      '6',
      '--replication-factor',
      '3',
      '--config',
      'min.insync.replicas=2',
    ]);
    // 5,000 records/s: the run lasts about 6 s, the broker is away for part of it.
    const producer = runKafkaTool(
      'kafka-producer-perf-test',
      [
        '--topic',
        'restart',
        '--num-records',
        '30000',
        '--record-size',
        '200',
        '--throughput',
        '5000',
        '--command-property',
        `bootstrap.servers=${via}`,
        'acks=all',
        'delivery.timeout.ms=120000',
      ],
      { timeoutMs: 180_000 },
    );
    await new Promise((r) => setTimeout(r, 1500));
    await cluster.stopBroker(1);
    await new Promise((r) => setTimeout(r, 2000));
    await cluster.startBroker(1);
    const run = await producer;
    assert.equal(run.exitCode, 0, run.stderr);
    assert.match(run.stdout, /^30000 records sent/m);
    // Retriable NOT_LEADER_OR_FOLLOWER warnings are how a producer learns of the restart; a
    // send that finally failed would be logged at ERROR level.
    assert.doesNotMatch(run.stdout + run.stderr, /\bERROR\b|Error when sending/);
    const { stdout } = await runKcatOk(
      ['-b', via, '-C', '-t', 'restart', '-o', 'beginning', '-e', '-q', '-f', '%p %o\n'],
      {
        timeoutMs: 60_000,
      },
    );
    const records = stdout.split('\n').filter(Boolean);
    assert.equal(
      records.length,
      30_000,
      'every acknowledged record is in the log once (idempotent producer)',
    );
  });
});
