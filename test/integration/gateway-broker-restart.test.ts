// A broker stopped and started again while a client produces and consumes through Sluice:
// leadership moves, clients follow through the rewritten metadata, no acknowledged record is lost.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';
import { type KafkaCluster, startCluster } from '../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../rig/kafka-tools.ts';
import { runProcess } from '../rig/run-process.ts';

const NODE_CLIENT = join(import.meta.dirname, '..', 'gateway', 'support', 'node-client-roundtrip.ts');

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

  test('Given a replicated topic, when broker 1 stops and starts during a 30,000-record run through Sluice, then every acknowledged record is consumed', async () => {
    const via = ['--bootstrap-server', `127.0.0.1:${port}`];
    await runKafkaToolOk('kafka-topics', [
      ...via,
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
    const input = {
      bootstrap: [`127.0.0.1:${port}`],
      topic: 'restart',
      records: 30_000,
      groupId: 'restart-group',
      batchDelayMs: 150,
      timeoutMs: 240_000,
    };
    const client = runProcess(process.execPath, ['--no-node-snapshot', NODE_CLIENT, JSON.stringify(input)], {
      timeoutMs: 260_000,
    });
    await new Promise((r) => setTimeout(r, 1500));
    await cluster.stopBroker(1);
    await new Promise((r) => setTimeout(r, 2000));
    await cluster.startBroker(1);
    const run = await client;
    assert.equal(run.exitCode, 0, run.stderr);
    const { first } = JSON.parse(run.stdout.trim().split('\n').pop()!);
    assert.equal(first.distinct, 30_000, 'every produced value was consumed');
    assert.ok(first.count >= 30_000);
  });
});
