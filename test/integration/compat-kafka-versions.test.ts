// Kafka currency through Sluice: the newest Java client (the release the rig pins) against the
// newest broker, clients and brokers of different releases on either side of Sluice, and a client
// deliberately newer than Sluice's codecs.
//
// Regression: Kafka 4.4 clients send ApiVersions v5, which Sluice's 4.0 codecs could not read;
// Sluice forwarded it, failed to decode the broker's answer, closed the connection, and every
// 4.4 tool timed out ("Timed out waiting for a node assignment").
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { API_INFO } from '../../kafka/generated/api-keys.ts';
import { decodeApiVersionsResponse } from '../../kafka/generated/api-versions.ts';
import { encodeRequestFrame } from '../../kafka/messages.ts';
import { Reader } from '../../kafka/reader.ts';
import { Writer } from '../../kafka/writer.ts';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { KAFKA_MATRIX, KAFKA_VERSION } from '../../rig/kafka-dist.ts';
import { runKafkaTool, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const API_VERSIONS = 18;
const METADATA = 3;
const UNSUPPORTED_VERSION = 35;
const OLDER = KAFKA_MATRIX[0];

/** Through Sluice with `tools`: list the brokers' versions, create a topic, produce 20 records and read them back. */
async function exercise(port: number, tools: string, topic: string): Promise<string> {
  const via = ['--bootstrap-server', `127.0.0.1:${port}`];
  const opts = { version: tools, timeoutMs: 60_000 };
  const { stdout: versions } = await runKafkaToolOk('kafka-broker-api-versions', via, opts);
  await runKafkaToolOk('kafka-topics', [...via, '--create', '--topic', topic, '--partitions', '2'], opts);
  const records = Array.from({ length: 20 }, (_, i) => `${topic}-${i}`);
  await runKafkaToolOk('kafka-console-producer', [...via, '--topic', topic], {
    ...opts,
    input: `${records.join('\n')}\n`,
  });
  const { stdout } = await runKafkaToolOk(
    'kafka-console-consumer',
    [...via, '--topic', topic, '--from-beginning', '--max-messages', '20', '--timeout-ms', '30000'],
    opts,
  );
  assert.deepEqual(stdout.trim().split('\n').sort(), [...records].sort());
  return versions;
}

/** One frame over a raw socket: resolves with the response payload, or 'closed' when Sluice hangs up first. */
function exchange(socket: Socket, frame: Buffer): Promise<Buffer | 'closed'> {
  return new Promise((resolve) => {
    let got = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      if (got.length >= 4 && got.length >= 4 + got.readInt32BE(0)) {
        done();
        resolve(got.subarray(4, 4 + got.readInt32BE(0)));
      }
    };
    const onClose = () => {
      done();
      resolve('closed');
    };
    const done = () => {
      socket.off('data', onData);
      socket.off('close', onClose);
    };
    socket.on('data', onData);
    socket.on('close', onClose);
    socket.write(frame);
  });
}

/** A flexible request (header v2) with an empty tagged body, written by hand so any version can be sent. */
function flexibleRequest(apiKey: number, apiVersion: number, correlationId: number, body: Buffer): Buffer {
  const w = new Writer(64);
  const at = w.reserveInt32();
  w.appendInt16(apiKey).appendInt16(apiVersion).appendInt32(correlationId);
  w.appendNullableString('newer-than-sluice').appendUnsignedVarInt(0);
  w.appendBytes(body);
  w.setInt32At(at, w.length - 4);
  return w.toBuffer();
}

/** ApiVersions v3+ body: client software name and version (compact strings), no tagged fields. */
function apiVersionsBody(): Buffer {
  return new Writer(32)
    .appendCompactString('sluice-test')
    .appendCompactString('1.0')
    .appendUnsignedVarInt(0)
    .toBuffer();
}

describe(`Kafka ${KAFKA_VERSION} (the newest release) through Sluice`, () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;

  before(async () => {
    cluster = await startCluster();
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

  test(`Given the Kafka ${KAFKA_VERSION} Java tools, when they list versions, create a topic, produce and consume through Sluice, then all of it works and ApiVersions is usable at the newest version`, async () => {
    const versions = await exercise(port, KAFKA_VERSION, 'newest-java');
    const newest = API_INFO[API_VERSIONS]!.maxVersion;
    assert.match(versions, new RegExp(`ApiVersions\\(18\\): 0 to \\d+ \\[usable: ${newest}\\]`));
    assert.equal(gw.logged(/closing connection/).length, 0, JSON.stringify(gw.logged(/closing connection/)));
  });

  test('Given a client that sends ApiVersions one version newer than Sluice knows, when Sluice answers, then it is a v0 UNSUPPORTED_VERSION with the range to retry in, and the retry on the same connection succeeds', async () => {
    const newest = API_INFO[API_VERSIONS]!.maxVersion;
    const socket = connect({ host: '127.0.0.1', port });
    try {
      const first = await exchange(socket, flexibleRequest(API_VERSIONS, newest + 1, 7, apiVersionsBody()));
      assert.notEqual(first, 'closed');
      const r = new Reader(first as Buffer);
      assert.equal(r.readInt32(), 7); // response header v0, always, for ApiVersions
      const refused = decodeApiVersionsResponse(r, 0);
      assert.equal(refused.errorCode, UNSUPPORTED_VERSION);
      assert.deepEqual(
        refused.apiKeys.map((k) => [k.apiKey, k.minVersion, k.maxVersion]),
        [[API_VERSIONS, 0, newest]],
      );

      const retry = await exchange(
        socket,
        Buffer.from(
          encodeRequestFrame(
            {
              requestApiKey: API_VERSIONS,
              requestApiVersion: newest,
              correlationId: 8,
              clientId: 'retrying',
            },
            { clientSoftwareName: 'sluice-test', clientSoftwareVersion: '1.0' },
          ),
        ),
      );
      assert.notEqual(retry, 'closed');
      const rr = new Reader(retry as Buffer);
      assert.equal(rr.readInt32(), 8);
      const ok = decodeApiVersionsResponse(rr, newest);
      assert.equal(ok.errorCode, 0);
      assert.ok(
        ok.apiKeys.some((k) => k.apiKey === METADATA),
        'the broker answered with its versions',
      );
    } finally {
      socket.destroy();
    }
  });

  test('Given a client that sends Metadata newer than Sluice can read (addresses must be rewritten), when Sluice sees it, then the connection is closed with SLUICE_PROTOCOL_UNSUPPORTED_VERSION instead of forwarding it', async () => {
    const newest = API_INFO[METADATA]!.maxVersion;
    const socket = connect({ host: '127.0.0.1', port });
    try {
      const body = new Writer(8)
        .appendUnsignedVarInt(0)
        .appendInt8(0)
        .appendInt8(0)
        .appendUnsignedVarInt(0)
        .toBuffer();
      const answer = await exchange(socket, flexibleRequest(METADATA, newest + 1, 9, body));
      assert.equal(answer, 'closed');
      const logged = gw.logs.filter((l) => l.code === 'SLUICE_PROTOCOL_UNSUPPORTED_VERSION');
      assert.equal(logged.length, 1, JSON.stringify(gw.logs.slice(-3)));
      assert.match(String(logged[0].msg), new RegExp(`api key 3 version ${newest + 1}`));
    } finally {
      socket.destroy();
    }
  });

  test(`Given the Kafka ${OLDER} Java tools (a client older than the broker), when they run through Sluice, then all of it works`, async () => {
    await exercise(port, OLDER, 'older-client');
  });
});

describe(`Kafka ${OLDER} broker behind Sluice (a broker older than the client)`, () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;

  before(async () => {
    cluster = await startCluster({ version: OLDER });
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

  test(`Given the Kafka ${KAFKA_VERSION} Java tools and a ${OLDER} broker, when they run through Sluice, then all of it works and the versions offered are the broker's`, async () => {
    const versions = await exercise(port, KAFKA_VERSION, 'newer-client');
    // A 4.0 broker stops at ApiVersions v4, so the intersection does too.
    assert.match(versions, /ApiVersions\(18\): 0 to 4 \[usable: 4\]/);
    const direct = await runKafkaTool(
      'kafka-broker-api-versions',
      ['--bootstrap-server', cluster.bootstrap.plaintext],
      {
        version: OLDER,
      },
    );
    assert.match(direct.stdout, /ApiVersions\(18\): 0 to 4/);
  });
});
