// A Java consumer reads through Sluice at Fetch v16+ while partitions move between live
// brokers. The old leader, no longer a replica, answers the consumer's fetches with NOT_LEADER_OR_FOLLOWER and
// the new leader's address (KIP-951 NodeEndpoints, at the very end of the Fetch response);
// Sluice rewrites those as the response streams, so the consumer follows the new leader
// through Sluice's own address and never dials a broker itself.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FetchResponse } from '../../kafka/generated/fetch.ts';
import type { MetadataResponse } from '../../kafka/generated/metadata.ts';
import { decodeResponseFrame, encodeRequestFrame } from '../../kafka/messages.ts';
import { PADDING_TAG } from '../../kafka/tag-padding.ts';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaTool, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const RECORDS = 30_000;
const NOT_LEADER_OR_FOLLOWER = 6;

/** One request on a fresh connection; resolves with the response frame as sent (size prefix included). */
function request(port: number, apiKey: number, apiVersion: number, body: unknown): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const parts: Buffer[] = [];
    let have = 0;
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      parts.push(chunk);
      have += chunk.length;
      const all = Buffer.concat(parts, have);
      if (have >= 4 && have >= 4 + all.readInt32BE(0)) {
        socket.destroy();
        resolve(all);
      }
    });
    socket.write(
      encodeRequestFrame(
        { requestApiKey: apiKey, requestApiVersion: apiVersion, correlationId: 5, clientId: 'raw' },
        body,
      ),
    );
  });
}

/** Remote TCP ports of the sockets of processes whose command line contains `marker`. */
function remotePortsOf(marker: string): Set<number> {
  const inodes = new Set<string>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(marker)) continue;
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) inodes.add(m[1]);
      }
    } catch {
      // gone, or not ours to read
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'latin1');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10 || !inodes.has(cols[9])) continue;
      ports.add(Number.parseInt(cols[2].split(':')[1], 16));
    }
  }
  return ports;
}

describe('Fetch v16+ through Sluice while partition leadership moves', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;
  const level = process.env.SLUICE_TEST_LOG_LEVEL;

  before(async () => {
    cluster = await startCluster({ brokers: 3 });
    port = await freePortBlock(8);
    // The streamed rewrite says so at debug level.
    process.env.SLUICE_TEST_LOG_LEVEL = 'debug';
    gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port }],
    });
    if (level === undefined) delete process.env.SLUICE_TEST_LOG_LEVEL;
    else process.env.SLUICE_TEST_LOG_LEVEL = level;
  });
  after(async () => {
    await gw?.stop();
    await cluster?.stop();
  });

  test('Given a Java consumer reading through Sluice, when partitions move twice to other brokers, then it reads every record, NodeEndpoints reach it rewritten, and it never connects to a broker', async () => {
    const via = `127.0.0.1:${port}`;
    const ids = cluster.brokers.map((b) => b.id);
    // Two replicas per partition; each move takes the leader out of the replica set, so it stops
    // serving the partition (a follower still would: consumers fetch from followers since v11).
    const rotate = (k: number) => [0, 1, 2].map((p) => [ids[(p + k) % 3], ids[(p + k + 1) % 3]]);
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      via,
      '--create',
      '--topic',
      'moves',
      '--replica-assignment',
      rotate(0)
        .map((rs) => rs.join(':'))
        .join(','),
    ]);
    // Records keep arriving while the leaders move, so the consumer is fetching all along.
    const producer = runKafkaTool(
      'kafka-producer-perf-test',
      [
        '--topic',
        'moves',
        '--num-records',
        String(RECORDS),
        '--record-size',
        '100',
        '--throughput',
        '3000',
        '--command-property',
        `bootstrap.servers=${via}`,
        'acks=all',
      ],
      { timeoutMs: 180_000 },
    );
    const group = `moves-${Date.now()}`;
    const consumer = runKafkaTool(
      'kafka-console-consumer',
      [
        '--bootstrap-server',
        via,
        '--topic',
        'moves',
        '--group',
        group,
        '--from-beginning',
        '--max-messages',
        String(RECORDS),
        '--timeout-ms',
        '60000',
        '--formatter-property',
        'print.value=false',
        '--formatter-property',
        'print.offset=true',
        '--formatter-property',
        'print.partition=true',
      ],
      { timeoutMs: 240_000 },
    );
    const seen = new Set<number>();
    const watch = setInterval(() => {
      for (const p of remotePortsOf(group)) seen.add(p);
    }, 200);
    try {
      for (const k of [1, 2]) {
        await new Promise((r) => setTimeout(r, 3000));
        const plan = join(cluster.dir, `reassign-${k}.json`);
        writeFileSync(
          plan,
          JSON.stringify({
            version: 1,
            partitions: rotate(k).map((replicas, partition) => ({ topic: 'moves', partition, replicas })),
          }),
        );
        await runKafkaToolOk('kafka-reassign-partitions', [
          '--bootstrap-server',
          via,
          '--execute',
          '--reassignment-json-file',
          plan,
        ]);
        await runKafkaToolOk('kafka-leader-election', [
          '--bootstrap-server',
          via,
          '--election-type',
          'PREFERRED',
          '--all-topic-partitions',
        ]);
      }
      const produced = await producer;
      assert.equal(produced.exitCode, 0, produced.stderr);
      const consumed = await consumer;
      assert.equal(consumed.exitCode, 0, consumed.stderr);
      const lines = consumed.stdout.split('\n').filter(Boolean);
      assert.equal(lines.length, RECORDS, consumed.stderr.slice(-2000));
      assert.equal(new Set(lines).size, RECORDS, 'every record once');
    } finally {
      clearInterval(watch);
    }
    const rewritten = gw.logged(/rewrote the NodeEndpoints of a streamed Fetch response/);
    assert.ok(rewritten.length > 0, 'a Fetch response with NodeEndpoints went through the streamed rewrite');
    assert.deepEqual(gw.logged(/dropped the NodeEndpoints/), []);
    const brokerPorts = new Set(cluster.brokers.map((b) => b.plaintextPort));
    assert.ok(seen.size > 0, 'the consumer process was watched');
    for (const p of seen) assert.ok(!brokerPorts.has(p), `the consumer connected to broker port ${p}`);
    for (const p of seen)
      assert.ok(p >= port && p < port + 8, `the consumer connected to port ${p}, not Sluice's`);
  });

  test('Given the partitions moved, when a broker without a replica is asked for a partition at Fetch v17 through Sluice, then the bytes the client gets name the leader by its Sluice address only', async () => {
    const meta = decodeResponseFrame(
      (await request(port, 3, 12, { topics: [{ name: 'moves' }] })).subarray(4),
      3,
      12,
    ).body as MetadataResponse;
    const topic = meta.topics.find((t) => t.name === 'moves')!;
    const p0 = topic.partitions.find((p) => p.partitionIndex === 0)!;
    // A broker that holds no replica of it: followers serve consumers (KIP-392), it does not.
    const follower = meta.brokers.find((b) => !p0.replicaNodes.includes(b.nodeId))!;
    const leader = meta.brokers.find((b) => b.nodeId === p0.leaderId)!;
    const wire = await request(follower.port, 1, 17, {
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1 << 20,
      isolationLevel: 0,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topicId: topic.topicId,
          partitions: [
            {
              partition: 0,
              currentLeaderEpoch: -1,
              fetchOffset: 0n,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 1 << 20,
            },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    });
    assert.equal(wire.readInt32BE(0), wire.length - 4, 'the size prefix counts the bytes sent');
    const res = decodeResponseFrame(wire.subarray(4), 1, 17).body as FetchResponse;
    const part = res.responses[0].partitions[0];
    assert.equal(part.errorCode, NOT_LEADER_OR_FOLLOWER);
    assert.equal(part.currentLeader?.leaderId, leader.nodeId);
    assert.deepEqual(
      res.nodeEndpoints?.map((e) => `${e.nodeId}=${e.host}:${e.port}`),
      [`${leader.nodeId}=${leader.host}:${leader.port}`],
      'the leader, at its Sluice address',
    );
    assert.ok(
      res._unknownTaggedFields?.some((f) => f.tag >= PADDING_TAG),
      'padded to the reserve',
    );
    const upstream = cluster.broker(leader.nodeId).plaintextPort;
    const portBytes = Buffer.alloc(4);
    portBytes.writeInt32BE(upstream);
    assert.equal(wire.indexOf(portBytes), -1, `the upstream port ${upstream} is nowhere in the response`);
  });
});
