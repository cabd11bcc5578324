// The 3.x line still in wide use behind Sluice: a Kafka 3.9 broker (ZooKeeper-free KRaft),
// port routing, and the newest Java tools (a client newer than the broker). One cluster.
//
// 3.9 brokers stop at ApiVersions v4 and Produce v11, and know no 4.x api keys (share groups,
// streams groups): what Sluice advertises must be what both sides support.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { intersectApiVersions, SLUICE_VERSIONS } from '../../gateway/filters/api-versions.ts';
import { type ApiVersionsResponse, decodeApiVersionsResponse } from '../../kafka/generated/api-versions.ts';
import { encodeRequestFrame } from '../../kafka/messages.ts';
import { Reader } from '../../kafka/reader.ts';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { KAFKA_MATRIX, KAFKA_VERSION } from '../../rig/kafka-dist.ts';
import { runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const BROKER = KAFKA_MATRIX.find((v) => v.startsWith('3.'))!;
const API_VERSIONS = 18;
const API_VERSIONS_V = 3; // read by every broker of the matrix and by Sluice

/** One ApiVersions v3 exchange on a fresh connection. */
function apiVersions(port: number): Promise<ApiVersionsResponse> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: '127.0.0.1', port });
    let got = Buffer.alloc(0);
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      if (got.length < 4 || got.length < 4 + got.readInt32BE(0)) return;
      socket.destroy();
      const r = new Reader(got.subarray(4, 4 + got.readInt32BE(0)));
      assert.equal(r.readInt32(), 1);
      resolve(decodeApiVersionsResponse(r, API_VERSIONS_V));
    });
    socket.write(
      encodeRequestFrame(
        {
          requestApiKey: API_VERSIONS,
          requestApiVersion: API_VERSIONS_V,
          correlationId: 1,
          clientId: 'matrix',
        },
        { clientSoftwareName: 'sluice-test', clientSoftwareVersion: '1.0' },
      ),
    );
  });
}

const ranges = (r: ApiVersionsResponse) =>
  r.apiKeys.map((k) => [k.apiKey, k.minVersion, k.maxVersion]).sort((a, b) => a[0]! - b[0]!);

describe(`Kafka ${BROKER} broker behind Sluice`, { timeout: 90_000 }, () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;

  before(async () => {
    cluster = await startCluster({ version: BROKER });
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

  test(`Given a ${BROKER} broker, when a client asks Sluice for ApiVersions, then it gets exactly the intersection of the broker's ranges and Sluice's`, async () => {
    const direct = await apiVersions(cluster.brokers[0]!.plaintextPort);
    const through = await apiVersions(port);
    assert.equal(direct.errorCode, 0);
    assert.equal(through.errorCode, 0);
    assert.deepEqual(
      ranges(through),
      ranges({ ...direct, apiKeys: intersectApiVersions(direct.apiKeys, SLUICE_VERSIONS) }),
    );
    // The broker's own limits, not Sluice's, where the broker is older.
    const by = new Map(ranges(through).map(([key, min, max]) => [key, [min, max]]));
    assert.deepEqual(by.get(API_VERSIONS), [0, 4]);
    assert.equal(by.get(0)?.[1], 11, 'Produce stops at v11 on 3.9');
    assert.equal(by.has(78), false, 'no ShareFetch on a 3.9 broker');
    assert.equal(by.has(76), false, 'no ShareGroupHeartbeat on a 3.9 broker');
    // Nothing the broker offers that Sluice knows is lost on the way.
    for (const [key, min, max] of ranges(direct)) {
      const ours = SLUICE_VERSIONS.get(key!);
      if (ours && Math.max(min!, ours.min) <= Math.min(max!, ours.max))
        assert.ok(by.has(key!), `api key ${key}`);
    }
  });

  test(`Given the Kafka ${KAFKA_VERSION} Java tools (newer than the broker), when they list versions, create a topic, produce and consume through Sluice, then all of it works`, async () => {
    const via = ['--bootstrap-server', `127.0.0.1:${port}`];
    const opts = { timeoutMs: 60_000 };
    const { stdout: versions } = await runKafkaToolOk('kafka-broker-api-versions', via, opts);
    assert.match(versions, /ApiVersions\(18\): 0 to 4 \[usable: 4\]/);
    const topic = 'newer-client-39';
    await runKafkaToolOk('kafka-topics', [...via, '--create', '--topic', topic, '--partitions', '3'], opts);
    const records = Array.from({ length: 50 }, (_, i) => `${topic}-${i}`);
    await runKafkaToolOk('kafka-console-producer', [...via, '--topic', topic], {
      ...opts,
      input: `${records.join('\n')}\n`,
    });
    const { stdout } = await runKafkaToolOk(
      'kafka-console-consumer',
      [...via, '--topic', topic, '--from-beginning', '--max-messages', '50', '--timeout-ms', '30000'],
      opts,
    );
    assert.deepEqual(stdout.trim().split('\n').sort(), [...records].sort());
    assert.equal(gw.logged(/closing connection/).length, 0, JSON.stringify(gw.logged(/closing connection/)));
  });
});
