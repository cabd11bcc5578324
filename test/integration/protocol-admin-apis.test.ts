// The admin and offset APIs that tools and policies touch, each through Sluice with the Kafka 4.4
// tool a user would run, against a real broker: ListOffsets (kafka-get-offsets), DeleteRecords,
// ElectLeaders, partition reassignments, client quotas and SCRAM credentials (kafka-configs),
// DescribeProducers (kafka-transactions), and OffsetForLeaderEpoch (a consumer resuming from a
// committed offset validates its position with it). Sluice's request counter shows each api
// went through it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { type KafkaToolName, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const TOPIC = 'ops';

describe('admin and offset APIs through Sluice', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let dir: string;
  let via: string[];

  const tool = (name: KafkaToolName, args: string[], input?: string) =>
    runKafkaToolOk(name, [...via, ...args], { timeoutMs: 120_000, ...(input ? { input } : {}) });

  /** How many requests of `api` Sluice has seen from clients. */
  async function requests(api: string): Promise<number> {
    const text = await gw.gateway.metrics.render();
    const line = text.split('\n').find((l) => l.startsWith(`sluice_requests_total{api="${api}"}`));
    return line ? Number(line.split(' ').pop()) : 0;
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sluice-admin-apis-'));
    cluster = await startCluster({ brokers: 1 });
    const port = await freePortBlock(4);
    gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port }],
    });
    via = ['--bootstrap-server', `127.0.0.1:${port}`];
    await tool('kafka-topics', ['--create', '--topic', TOPIC, '--partitions', '1']);
    await tool(
      'kafka-console-producer',
      ['--topic', TOPIC],
      `${Array.from({ length: 10 }, (_, i) => `r${i}`).join('\n')}\n`,
    );
  });

  after(async () => {
    await gw?.stop();
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('Given 10 records, when kafka-get-offsets and kafka-delete-records run through Sluice, then the end offset is 10 and after deleting up to 4 the earliest is 4', async () => {
    assert.match(
      (await tool('kafka-get-offsets', ['--topic', TOPIC])).stdout,
      new RegExp(`^${TOPIC}:0:10$`, 'm'),
    );
    const offsets = join(dir, 'delete.json');
    writeFileSync(
      offsets,
      JSON.stringify({ version: 1, partitions: [{ topic: TOPIC, partition: 0, offset: 4 }] }),
    );
    const deleted = await tool('kafka-delete-records', ['--offset-json-file', offsets]);
    assert.match(deleted.stdout, /low_watermark: 4/);
    const earliest = await tool('kafka-get-offsets', ['--topic', TOPIC, '--time', '-2']);
    assert.match(earliest.stdout, new RegExp(`^${TOPIC}:0:4$`, 'm'));
    assert.ok((await requests('ListOffsets')) >= 2);
    assert.equal(await requests('DeleteRecords'), 1);
  });

  test('Given the topic, when a preferred leader election and a reassignment run through Sluice, then both complete', async () => {
    const elected = await tool('kafka-leader-election', [
      '--election-type',
      'PREFERRED',
      '--topic',
      TOPIC,
      '--partition',
      '0',
    ]);
    assert.match(elected.stdout + elected.stderr, /already elected|Successfully completed leader election/);
    assert.equal(await requests('ElectLeaders'), 1);
    const plan = join(dir, 'reassign.json');
    const broker = cluster.brokers[0].id;
    writeFileSync(
      plan,
      JSON.stringify({ version: 1, partitions: [{ topic: TOPIC, partition: 0, replicas: [broker] }] }),
    );
    await tool('kafka-reassign-partitions', ['--reassignment-json-file', plan, '--execute']);
    const verified = await tool('kafka-reassign-partitions', ['--reassignment-json-file', plan, '--verify']);
    assert.match(verified.stdout, new RegExp(`Reassignment of partition ${TOPIC}-0 is (complete|completed)`));
    assert.ok((await requests('AlterPartitionReassignments')) >= 1);
    assert.ok((await requests('ListPartitionReassignments')) >= 1);
  });

  test('Given kafka-configs through Sluice, when a user quota and a SCRAM credential are set, then describe shows both', async () => {
    await tool('kafka-configs', [
      '--alter',
      '--entity-type',
      'users',
      '--entity-name',
      'alice',
      '--add-config',
      'producer_byte_rate=1048576',
    ]);
    const quota = await tool('kafka-configs', [
      '--describe',
      '--entity-type',
      'users',
      '--entity-name',
      'alice',
    ]);
    assert.match(quota.stdout, /producer_byte_rate=1048576/);
    await tool('kafka-configs', [
      '--alter',
      '--entity-type',
      'users',
      '--entity-name',
      'bob',
      '--add-config',
      'SCRAM-SHA-512=[iterations=8192,password=bob-secret]',
    ]);
    const scram = await tool('kafka-configs', [
      '--describe',
      '--entity-type',
      'users',
      '--entity-name',
      'bob',
    ]);
    assert.match(scram.stdout, /SCRAM-SHA-512=iterations=8192/);
    assert.ok((await requests('AlterClientQuotas')) >= 1);
    assert.ok((await requests('DescribeClientQuotas')) >= 1);
    assert.equal(await requests('AlterUserScramCredentials'), 1);
    assert.ok((await requests('DescribeUserScramCredentials')) >= 1);
  });

  test('Given an idempotent producer wrote the topic, when kafka-transactions describe-producers runs through Sluice, then it lists a producer id', async () => {
    const producers = await tool('kafka-transactions', [
      'describe-producers',
      '--topic',
      TOPIC,
      '--partition',
      '0',
    ]);
    assert.match(producers.stdout, /ProducerId/);
    assert.match(producers.stdout, /^\d+\s/m);
    assert.equal(await requests('DescribeProducers'), 1);
  });

  test('Given a group that committed, when a second consumer of the group resumes through Sluice, then it reads only what came after and validated its position (OffsetForLeaderEpoch)', async () => {
    const consume = (max: number) =>
      tool('kafka-console-consumer', [
        '--topic',
        TOPIC,
        '--group',
        'resumers',
        '--max-messages',
        String(max),
        '--timeout-ms',
        '60000',
        '--command-property',
        'auto.offset.reset=earliest',
      ]);
    const records = async (max: number) =>
      (await consume(max)).stdout.split('\n').filter((l) => /^r\d+$/.test(l));
    assert.deepEqual(await records(6), ['r4', 'r5', 'r6', 'r7', 'r8', 'r9']);
    await tool('kafka-console-producer', ['--topic', TOPIC], 'r10\nr11\n');
    const before = await requests('OffsetForLeaderEpoch');
    assert.deepEqual(await records(2), ['r10', 'r11']);
    assert.ok(
      (await requests('OffsetForLeaderEpoch')) > before,
      'the resuming consumer validated its position',
    );
  });
});
