// Flow control and request bookkeeping through Sluice against a real broker, with a raw
// Kafka client built from the generated codecs so that the test controls every byte:
// a client that stops reading makes Sluice stop reading the broker (bounded memory), and
// acks=0 produce requests (which get no response) do not shift the response bookkeeping.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { encodeFrame, FrameDecoder } from '../../kafka/frame.ts';
import { encodeFetchRequest } from '../../kafka/generated/fetch.ts';
import { encodeMetadataRequest } from '../../kafka/generated/metadata.ts';
import { encodeProduceRequest } from '../../kafka/generated/produce.ts';
import { encodeRequestHeader } from '../../kafka/generated/request-header.ts';
import { requestHeaderVersion } from '../../kafka/header.ts';
import { Writer } from '../../kafka/writer.ts';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { runKcatOk } from '../../rig/kcat.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

function request(apiKey: number, version: number, correlationId: number, body: (w: Writer) => void): Buffer {
  const w = new Writer(256);
  encodeRequestHeader(w, requestHeaderVersion(apiKey, version), {
    requestApiKey: apiKey,
    requestApiVersion: version,
    correlationId,
    clientId: 'raw-test',
  });
  body(w);
  return encodeFrame(w.toBuffer());
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port }, () => resolve(s));
    s.once('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('gateway flow control and request bookkeeping, 1 broker', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;

  before(async () => {
    cluster = await startCluster({ brokers: 1 });
    port = await freePortBlock(4);
    gw = await startGateway({
      upstream: { bootstrapServers: [cluster.bootstrap.plaintext] },
      listeners: [{ name: 'plain', routing: 'port', port }],
    });
  });
  after(async () => {
    await gw?.stop();
    await cluster?.stop();
  });

  test('Given a client that stops reading, when 40 MB of Fetch responses are due, then Sluice pauses the broker side and holds little; once the client reads, all 40 responses arrive in order', async () => {
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--create',
      '--topic',
      'bp',
      '--partitions',
      '1',
    ]);
    await runKafkaToolOk(
      'kafka-producer-perf-test',
      [
        '--topic',
        'bp',
        '--num-records',
        '4000',
        '--record-size',
        '1024',
        '--throughput',
        '-1',
        '--command-property',
        `bootstrap.servers=${cluster.bootstrap.plaintext}`,
        'acks=1',
      ],
      { timeoutMs: 120_000 },
    );
    const client = await open(port + 1); // broker 0's port
    client.pause();
    const fetches: Buffer[] = [];
    for (let i = 1; i <= 40; i++) {
      fetches.push(
        request(1, 12, i, (w) =>
          encodeFetchRequest(w, 12, {
            replicaId: -1,
            maxWaitMs: 100,
            minBytes: 1,
            maxBytes: 1_048_576,
            isolationLevel: 0,
            sessionId: 0,
            sessionEpoch: -1,
            topics: [
              {
                topic: 'bp',
                partitions: [
                  {
                    partition: 0,
                    currentLeaderEpoch: -1,
                    fetchOffset: 0n,
                    lastFetchedEpoch: -1,
                    logStartOffset: -1n,
                    partitionMaxBytes: 1_048_576,
                  },
                ],
              },
            ],
            forgottenTopicsData: [],
            rackId: '',
          }),
        ),
      );
    }
    client.write(Buffer.concat(fetches));
    await sleep(3000);
    const pair = gw.gateway.registry.list().find((p) => p.info.route.kind === 'broker');
    assert.ok(pair, 'the pair exists');
    const held = pair.clientSocket.writableLength;
    assert.ok(held < 2 * 1024 * 1024, `Sluice holds ${held} bytes for the stalled client`);
    assert.equal(pair.upstreamSocket?.isPaused(), true, 'reading from the broker is paused');

    const decoder = new FrameDecoder({ maxFrameSize: 8 * 1024 * 1024 });
    const ids: number[] = [];
    let bytes = 0;
    await new Promise<void>((resolve, reject) => {
      client.on('data', (chunk: Buffer) => {
        for (const f of decoder.push(chunk)) {
          ids.push(f.readInt32BE(0));
          bytes += f.length;
        }
        if (ids.length === 40) resolve();
      });
      client.once('close', () => reject(new Error(`closed after ${ids.length} responses`)));
      client.resume();
    });
    client.destroy();
    assert.deepEqual(
      ids,
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    assert.ok(bytes > 30 * 1024 * 1024, `received ${bytes} bytes`);
  });

  test('Given an acks=0 produce followed by a Metadata request, when both go through Sluice, then the Metadata answer arrives and the connection stays open', async () => {
    const client = await open(port);
    const produce = request(0, 9, 1, (w) =>
      encodeProduceRequest(w, 9, { transactionalId: null, acks: 0, timeoutMs: 1000, topicData: [] }),
    );
    const metadata = request(3, 12, 2, (w) =>
      encodeMetadataRequest(w, 12, {
        topics: [],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      }),
    );
    const decoder = new FrameDecoder();
    const got = await new Promise<number[]>((resolve, reject) => {
      const ids: number[] = [];
      client.on('data', (chunk: Buffer) => {
        for (const f of decoder.push(chunk)) ids.push(f.readInt32BE(0));
        if (ids.length >= 1) setTimeout(() => resolve(ids), 300);
      });
      client.once('close', () => reject(new Error('connection closed')));
      client.write(Buffer.concat([produce, metadata]));
    });
    assert.deepEqual(got, [2]);
    assert.equal(client.destroyed, false);
    client.destroy();
  });

  test('Given kafka-console-producer with acks=0, when it writes through Sluice, then kcat reads every record back', async () => {
    const via = `127.0.0.1:${port}`;
    const lines = Array.from({ length: 300 }, (_, i) => `acks0-${i}`);
    await runKafkaToolOk(
      'kafka-console-producer',
      ['--bootstrap-server', via, '--topic', 'acks0', '--command-property', 'acks=0'],
      {
        input: `${lines.join('\n')}\n`,
      },
    );
    const { stdout } = await runKcatOk(['-b', via, '-C', '-t', 'acks0', '-o', 'beginning', '-e', '-q']);
    assert.deepEqual(stdout.split('\n').filter(Boolean).sort(), [...lines].sort());
  });

  test('Given one client that sends a malformed frame, when Sluice reads it, then only that connection is closed, with one log line', async () => {
    const good = await open(port);
    const bad = await open(port);
    const badClosed = new Promise<void>((resolve) => bad.once('close', () => resolve()));
    bad.on('error', () => undefined);
    bad.write(Buffer.from([0xff, 0xff, 0xff, 0xfe, 1, 2, 3]));
    await badClosed;
    const lines = gw.logged(/malformed request/);
    assert.equal(lines.length, 1);
    assert.equal(lines[0].code, 'SLUICE_PROTOCOL_INVALID_LENGTH');
    const metadata = request(3, 12, 5, (w) =>
      encodeMetadataRequest(w, 12, {
        topics: [],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      }),
    );
    const id = await new Promise<number>((resolve) => {
      good.once('data', (d: Buffer) => resolve(d.readInt32BE(4)));
      good.write(metadata);
    });
    assert.equal(id, 5, 'the other connection still works');
    good.destroy();
  });
});
