// Golden bytes: real Kafka clients (the Java CLI tools and kcat) talk to a real broker through a
// small TLS relay that records every frame in both directions. Each recorded frame must decode
// with the generated codecs to the values the clients and broker meant, and re-encode to
// exactly the recorded bytes. The relay rewrites the broker port in Metadata, FindCoordinator
// and DescribeCluster responses to its own (with the same codecs), so that follow-up
// connections — Produce to the leader, JoinGroup to the coordinator — also pass through it;
// it records the broker's bytes before the rewrite.
//
// A second suite hands Kafka's own Java message classes (kafka-clients 4.0.2) our encoding of a
// sample of every API, version and direction: Kafka must read every byte and write back the
// same bytes.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import tls from 'node:tls';
import { encodeFrame, FrameDecoder } from '../../kafka/frame.ts';
import { API_KEYS } from '../../kafka/generated/api-keys.ts';
import { API_CODECS, type ApiCodec, DATA_CODECS } from '../../kafka/generated/index.ts';
import { encodeRequestHeader } from '../../kafka/generated/request-header.ts';
import { encodeResponseHeader } from '../../kafka/generated/response-header.ts';
import { MESSAGE_SCHEMAS } from '../../kafka/generated/schemas.ts';
import { peekRequestHeader, peekResponseCorrelationId } from '../../kafka/header.ts';
import {
  decodeRequestFrame,
  decodeResponseFrame,
  encodeRequestFrame,
  encodeResponseFrame,
} from '../../kafka/messages.ts';
import { Reader } from '../../kafka/reader.ts';
import { Writer } from '../../kafka/writer.ts';
import { type KafkaCluster, startCluster, USERS } from '../../rig/kafka-cluster.ts';
import { ensureKafkaJars, KAFKA_MATRIX, KAFKA_VERSION } from '../../rig/kafka-dist.ts';
import { KAFKA_BIN_DIR, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { kcatSaslSslArgs, runKcatOk } from '../../rig/kcat.ts';
import { expectSuccess, runProcess } from '../../rig/run-process.ts';
import { sampleMessage } from '../kafka/sample-messages.ts';

interface RecordedFrame {
  connection: number;
  direction: 'request' | 'response';
  apiKey: number;
  apiVersion: number;
  bytes: Buffer;
}

/** TLS in, TLS out, frames recorded in between. One relay stands for the single broker. */
class RecordingRelay {
  readonly frames: RecordedFrame[] = [];
  /** Problems seen inside socket handlers, asserted empty by the tests (a throw there would crash the run). */
  readonly errors: string[] = [];
  readonly #server: tls.Server;
  readonly #sockets = new Set<tls.TLSSocket>();
  #connections = 0;
  port = 0;

  readonly upstream: { host: string; port: number };

  constructor(upstream: { host: string; port: number }, tlsDir: string) {
    this.upstream = upstream;
    const ca = readFileSync(join(tlsDir, 'ca.crt'));
    this.#server = tls.createServer(
      { key: readFileSync(join(tlsDir, 'server.key')), cert: readFileSync(join(tlsDir, 'server.crt')) },
      (client) => this.#relay(client, ca),
    );
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.address() as { port: number }).port;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  #relay(client: tls.TLSSocket, ca: Buffer): void {
    const connection = ++this.#connections;
    const upstream = tls.connect({ host: this.upstream.host, port: this.upstream.port, ca });
    this.#sockets.add(client).add(upstream);
    const inFlight = new Map<number, { apiKey: number; apiVersion: number }>();
    const requests = new FrameDecoder();
    const responses = new FrameDecoder();
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', closeBoth).on('close', closeBoth);
    upstream.on('error', closeBoth).on('close', closeBoth);

    client.on('data', (chunk: Buffer) => {
      let frames: Buffer[];
      try {
        frames = requests.push(chunk);
      } catch (error) {
        this.errors.push(`connection ${connection}: ${String(error)}`);
        closeBoth();
        return;
      }
      for (const frame of frames) {
        const { apiKey, apiVersion, correlationId } = peekRequestHeader(frame);
        inFlight.set(correlationId, { apiKey, apiVersion });
        this.frames.push({ connection, direction: 'request', apiKey, apiVersion, bytes: Buffer.from(frame) });
        upstream.write(encodeFrame(frame));
      }
    });
    upstream.on('data', (chunk: Buffer) => {
      let frames: Buffer[];
      try {
        frames = responses.push(chunk);
      } catch (error) {
        this.errors.push(`connection ${connection}: ${String(error)}`);
        closeBoth();
        return;
      }
      for (const frame of frames) {
        const correlationId = peekResponseCorrelationId(frame);
        const request = inFlight.get(correlationId);
        if (!request) {
          this.errors.push(`connection ${connection}: response to unknown correlation id ${correlationId}`);
          closeBoth();
          return;
        }
        inFlight.delete(correlationId);
        this.frames.push({ connection, direction: 'response', ...request, bytes: Buffer.from(frame) });
        try {
          client.write(this.#rewrite(frame, request.apiKey, request.apiVersion));
        } catch (error) {
          this.errors.push(
            `connection ${connection}: api ${request.apiKey} v${request.apiVersion}: ${String(error)}`,
          );
          closeBoth();
          return;
        }
      }
    });
  }

  /** Points broker addresses at the relay, so that clients keep coming back through it. */
  #rewrite(frame: Buffer, apiKey: number, apiVersion: number): Buffer {
    type Endpoint = { port: number };
    let endpoints: Endpoint[] = [];
    const decoded = decodeResponseFrame(frame, apiKey, apiVersion);
    const body = decoded.body as { brokers?: Endpoint[]; coordinators?: Endpoint[]; port?: number };
    if (apiKey === API_KEYS.Metadata || apiKey === API_KEYS.DescribeCluster) endpoints = body.brokers ?? [];
    else if (apiKey === API_KEYS.FindCoordinator) {
      endpoints = body.coordinators ?? [];
      if (body.port !== undefined) body.port = this.port;
    } else return encodeFrame(frame);
    for (const endpoint of endpoints) endpoint.port = this.port;
    return encodeResponseFrame(apiKey, apiVersion, decoded.header, decoded.body);
  }
}

describe('golden bytes from real Kafka clients and a real broker', { timeout: 600_000 }, () => {
  let cluster: KafkaCluster;
  let relay: RecordingRelay;
  const topic = 'golden-orders';
  const group = 'golden-group';

  before(async () => {
    cluster = await startCluster({ brokers: 1 });
    const [host, port] = cluster.broker(cluster.brokers[0].id).saslSsl.split(':');
    relay = new RecordingRelay({ host, port: Number(port) }, cluster.tls.dir);
    await relay.listen();
    const bootstrap = `127.0.0.1:${relay.port}`;
    const javaConfig = cluster.writeClientConfig({ mechanism: 'SCRAM-SHA-512', ...USERS.admin });
    const kcat = kcatSaslSslArgs({
      bootstrap,
      caFile: cluster.tls.caFile,
      mechanism: 'PLAIN',
      ...USERS.alice,
    });

    // CreateTopics, Metadata, ApiVersions, SaslHandshake, SaslAuthenticate (SCRAM) from the Java admin client.
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      bootstrap,
      '--command-config',
      javaConfig,
      '--create',
      '--topic',
      topic,
      '--partitions',
      '3',
      '--replication-factor',
      '1',
    ]);
    // DescribeCluster from the Java admin client.
    expectSuccess(
      'kafka-cluster cluster-id',
      await runProcess(join(KAFKA_BIN_DIR, 'kafka-run-class'), [
        'org.apache.kafka.tools.ClusterTool',
        'cluster-id',
        '--bootstrap-server',
        bootstrap,
        '--config',
        javaConfig,
      ]),
    );
    // Produce (and InitProducerId) from the Java producer.
    await runKafkaToolOk(
      'kafka-console-producer',
      ['--bootstrap-server', bootstrap, '--command-config', javaConfig, '--topic', topic],
      { input: 'java-1\njava-2\njava-3\n' },
    );
    // Produce from kcat (librdkafka), SASL/PLAIN.
    await runKcatOk([...kcat, '-P', '-t', topic, '-p', '0'], { input: 'kcat-1\nkcat-2\n' });
    // FindCoordinator, JoinGroup, SyncGroup, ListOffsets, Fetch, OffsetCommit from the Java consumer.
    await runKafkaToolOk('kafka-console-consumer', [
      '--bootstrap-server',
      bootstrap,
      '--command-config',
      javaConfig,
      '--topic',
      topic,
      '--group',
      group,
      '--from-beginning',
      '--max-messages',
      '5',
    ]);
    // ListOffsets and Fetch from kcat.
    await runKcatOk([...kcat, '-C', '-t', topic, '-o', 'beginning', '-e', '-q']);
    // The same group exchange from librdkafka's balanced consumer, which uses older versions.
    await runKcatOk([...kcat, '-X', 'auto.offset.reset=earliest', '-G', `${group}-kcat`, '-e', '-q', topic], {
      timeoutMs: 90_000,
    });
  });

  after(async () => {
    await relay?.close();
    await cluster?.stop();
  });

  const framesOf = (name: keyof typeof API_KEYS, direction: 'request' | 'response') =>
    relay.frames.filter((f) => f.apiKey === API_KEYS[name] && f.direction === direction);

  function decoded<T>(name: keyof typeof API_KEYS, direction: 'request' | 'response'): T[] {
    const frames = framesOf(name, direction);
    assert.ok(frames.length > 0, `no ${name} ${direction} was recorded`);
    return frames.map(
      (f) =>
        (direction === 'request'
          ? decodeRequestFrame(f.bytes)
          : decodeResponseFrame(f.bytes, f.apiKey, f.apiVersion)
        ).body as T,
    );
  }

  test('Given every frame recorded between the clients and the broker, when decoded and re-encoded, then the bytes are identical', (t) => {
    assert.deepEqual(relay.errors, []);
    assert.ok(relay.frames.length > 50, `only ${relay.frames.length} frames recorded`);
    const seen = new Set<string>();
    for (const f of relay.frames) {
      const again =
        f.direction === 'request'
          ? (() => {
              const { header, body } = decodeRequestFrame(f.bytes);
              return encodeRequestFrame(header, body).subarray(4);
            })()
          : (() => {
              const { header, body } = decodeResponseFrame(f.bytes, f.apiKey, f.apiVersion);
              return encodeResponseFrame(f.apiKey, f.apiVersion, header, body).subarray(4);
            })();
      assert.deepStrictEqual(
        again,
        f.bytes,
        `api ${f.apiKey} v${f.apiVersion} ${f.direction} on connection ${f.connection}`,
      );
      seen.add(`${f.apiKey}:${f.direction}`);
    }
    const versions = new Map<string, Set<number>>();
    for (const f of relay.frames) {
      const name = Object.entries(API_KEYS).find(([, key]) => key === f.apiKey)?.[0] ?? String(f.apiKey);
      if (!versions.has(name)) versions.set(name, new Set());
      versions.get(name)!.add(f.apiVersion);
    }
    t.diagnostic(
      `${relay.frames.length} frames: ${[...versions].map(([name, v]) => `${name} v${[...v].sort((a, b) => a - b).join('/')}`).join(', ')}`,
    );
    const required = [
      'ApiVersions',
      'Metadata',
      'Produce',
      'Fetch',
      'ListOffsets',
      'FindCoordinator',
      'DescribeCluster',
      'CreateTopics',
      'SaslHandshake',
      'SaslAuthenticate',
      'JoinGroup',
      'OffsetCommit',
    ] as const;
    for (const name of required) {
      for (const direction of ['request', 'response']) {
        assert.ok(seen.has(`${API_KEYS[name]}:${direction}`), `no ${name} ${direction} recorded`);
      }
    }
  });

  test('Given the ApiVersions exchange, when decoded, then the broker lists Produce and Fetch with their version ranges', () => {
    for (const response of decoded<{ errorCode: number; apiKeys: { apiKey: number; maxVersion: number }[] }>(
      'ApiVersions',
      'response',
    )) {
      if (response.errorCode !== 0) continue; // a client probing a newer version gets UNSUPPORTED_VERSION first
      const produce = response.apiKeys.find((k) => k.apiKey === API_KEYS.Produce);
      assert.ok(produce && produce.maxVersion >= 11, 'Produce v11+');
      assert.ok(response.apiKeys.some((k) => k.apiKey === API_KEYS.Fetch));
    }
  });

  test('Given the SASL exchanges, when decoded, then the mechanisms are SCRAM-SHA-512 (Java) and PLAIN (kcat) and authentication succeeded', () => {
    const mechanisms = decoded<{ mechanism: string }>('SaslHandshake', 'request').map((r) => r.mechanism);
    assert.ok(mechanisms.includes('SCRAM-SHA-512') && mechanisms.includes('PLAIN'), mechanisms.join(','));
    for (const response of decoded<{ errorCode: number }>('SaslHandshake', 'response'))
      assert.equal(response.errorCode, 0);
    const plain = decoded<{ authBytes: Buffer }>('SaslAuthenticate', 'request').find((r) =>
      r.authBytes.includes(Buffer.from(`\0${USERS.alice.username}\0`)),
    );
    assert.ok(plain, 'kcat sends PLAIN credentials as \\0user\\0password');
    for (const response of decoded<{ errorCode: number }>('SaslAuthenticate', 'response'))
      assert.equal(response.errorCode, 0);
  });

  test('Given CreateTopics and DescribeCluster, when decoded, then they name the topic, its partitions and the cluster id', () => {
    const [create] = decoded<{ topics: { name: string; numPartitions: number }[] }>(
      'CreateTopics',
      'request',
    );
    assert.deepEqual(
      create.topics.map((t) => [t.name, t.numPartitions]),
      [[topic, 3]],
    );
    const [created] = decoded<{ topics: { name: string; errorCode: number }[] }>('CreateTopics', 'response');
    assert.equal(created.topics[0].errorCode, 0);
    const [cluster_] = decoded<{ clusterId: string; brokers: { port: number }[] }>(
      'DescribeCluster',
      'response',
    );
    assert.equal(cluster_.clusterId, cluster.clusterId);
    assert.equal(cluster_.brokers.length, 1);
  });

  test('Given Metadata responses, when decoded, then the topic has three partitions led by the one broker', () => {
    const responses = decoded<{
      brokers: { nodeId: number }[];
      topics: { name: string | null; partitions: { leaderId: number }[] }[];
    }>('Metadata', 'response');
    const withTopic = responses.flatMap((r) =>
      r.topics.filter((t) => t.name === topic).map((t) => ({ r, t })),
    );
    assert.ok(withTopic.length > 0);
    for (const { r, t } of withTopic) {
      if (t.partitions.length === 0) continue;
      assert.equal(t.partitions.length, 3);
      assert.ok(t.partitions.every((p) => p.leaderId === r.brokers[0].nodeId));
    }
  });

  test('Given Produce from the Java producer and kcat, when decoded, then record batches for the topic were sent and acknowledged', () => {
    const requests = decoded<{
      topicData: { name?: string; topicId?: string; partitionData: { records: Buffer | null }[] }[];
    }>('Produce', 'request');
    // Produce v13+ (Kafka 4.4's Java producer) names the topic by the id Metadata gave it.
    const ids = new Set(
      decoded<{ topics: { name: string | null; topicId?: string }[] }>('Metadata', 'response').flatMap((r) =>
        r.topics.filter((t) => t.name === topic && t.topicId).map((t) => t.topicId),
      ),
    );
    const batches = requests.flatMap((r) =>
      r.topicData
        .filter((t) => t.name === topic || (t.topicId !== undefined && ids.has(t.topicId)))
        .flatMap((t) => t.partitionData),
    );
    assert.ok(batches.length >= 2, 'one from each client');
    for (const p of batches) {
      assert.ok(p.records && p.records.length > 61, 'a v2 batch has a 61-byte header');
      assert.equal(p.records.readInt8(16), 2, 'magic 2');
    }
    for (const response of decoded<{ responses: { partitionResponses: { errorCode: number }[] }[] }>(
      'Produce',
      'response',
    )) {
      for (const p of response.responses.flatMap((r) => r.partitionResponses)) assert.equal(p.errorCode, 0);
    }
  });

  test('Given Fetch and ListOffsets, when decoded, then the fetched batches carry the produced values', () => {
    const fetched = decoded<{ responses: { partitions: { records: Buffer | null }[] }[] }>(
      'Fetch',
      'response',
    )
      .flatMap((r) => r.responses.flatMap((t) => t.partitions))
      .map((p) => p.records ?? Buffer.alloc(0));
    const all = Buffer.concat(fetched);
    for (const value of ['java-1', 'java-3', 'kcat-2']) assert.ok(all.includes(value), `fetched ${value}`);
    const offsets = decoded<{ topics: { name: string }[] }>('ListOffsets', 'request');
    assert.ok(offsets.some((r) => r.topics.some((t) => t.name === topic)));
  });

  test('Given the consumer group exchange, when decoded, then FindCoordinator, JoinGroup and OffsetCommit name the group', () => {
    const find = decoded<{ key?: string; coordinatorKeys?: string[] }>('FindCoordinator', 'request');
    assert.ok(find.some((r) => r.key === group || r.coordinatorKeys?.includes(group)));
    const joins = decoded<{
      groupId: string;
      protocolType: string;
      protocols: { name: string; metadata: Buffer }[];
    }>('JoinGroup', 'request');
    assert.deepEqual(
      [...new Set(joins.map((j) => j.groupId))].sort(),
      [group, `${group}-kcat`],
      'Java and kcat groups',
    );
    for (const join_ of joins) {
      assert.equal(join_.protocolType, 'consumer');
      assert.ok(join_.protocols.length > 0);
      // Each protocol's metadata is a ConsumerProtocolSubscription, prefixed by its int16 version.
      for (const protocol of join_.protocols) {
        const reader = new Reader(protocol.metadata);
        const version = reader.readInt16();
        const subscription = DATA_CODECS.ConsumerProtocolSubscription.decode(reader, version);
        reader.expectEnd('subscription');
        assert.deepEqual(
          subscription.topics,
          [topic],
          `${join_.groupId} ${protocol.name} subscribes to the topic`,
        );
        const w = new Writer().appendInt16(version);
        DATA_CODECS.ConsumerProtocolSubscription.encode(w, version, subscription);
        assert.deepStrictEqual(w.buffer, protocol.metadata, 'the subscription re-encodes to the same bytes');
      }
    }
    const commits = decoded<{
      groupId: string;
      topics: { name: string; partitions: { partitionIndex: number; committedOffset: bigint }[] }[];
    }>('OffsetCommit', 'request');
    const latest = new Map<number, bigint>();
    for (const c of commits.filter((x) => x.groupId === group)) {
      for (const t of c.topics.filter((x) => x.name === topic)) {
        for (const p of t.partitions) latest.set(p.partitionIndex, p.committedOffset);
      }
    }
    const total = [...latest.values()].reduce((a, b) => a + b, 0n);
    assert.equal(total, 5n, 'the group committed past all five records');
    for (const response of decoded<{ topics: { partitions: { errorCode: number }[] }[] }>(
      'OffsetCommit',
      'response',
    )) {
      for (const p of response.topics.flatMap((t) => t.partitions)) assert.equal(p.errorCode, 0);
    }
  });
});

// Reads records of (kind: 0 request, 1 response, 2 named message [+ int16 name length + name],
// api key, version, length, bytes) and answers one line per record: its index, then SAME when
// Kafka's generated message class reads all bytes and writes the same bytes, DIFF, LEFT n
// (bytes not read), ERROR, or SKIP for versions this kafka-clients does not have.
const JAVA_PARITY = `
import java.lang.reflect.Constructor;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.message.ApiMessageType;
import org.apache.kafka.common.protocol.ByteBufferAccessor;
import org.apache.kafka.common.protocol.Message;
import org.apache.kafka.common.protocol.ObjectSerializationCache;
import org.apache.kafka.common.protocol.Readable;

public class KafkaParity {
  public static void main(String[] args) throws Exception {
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(Path.of(args[0])));
    boolean newest = args.length > 2 && args[2].equals("newest");
    StringBuilder out = new StringBuilder();
    for (int index = 0; in.hasRemaining(); index++) {
      byte kind = in.get();
      String name = null;
      if (kind == 2) {
        byte[] nameBytes = new byte[in.getShort()];
        in.get(nameBytes);
        name = new String(nameBytes, StandardCharsets.UTF_8);
      }
      short apiKey = in.getShort();
      short version = in.getShort();
      byte[] bytes = new byte[in.getInt()];
      in.get(bytes);
      out.append(index);
      try {
        ByteBufferAccessor reader = new ByteBufferAccessor(ByteBuffer.wrap(bytes));
        Message message;
        if (kind == 2) {
          Class<?> type;
          try {
            type = Class.forName("org.apache.kafka.common.message." + name);
          } catch (ClassNotFoundException e) {
            out.append(" SKIP\\n"); // a message this release does not have
            continue;
          }
          short lowest = type.getField("LOWEST_SUPPORTED_VERSION").getShort(null);
          short highest = type.getField("HIGHEST_SUPPORTED_VERSION").getShort(null);
          if (version < lowest || version > highest) {
            out.append(" SKIP\\n");
            continue;
          }
          Constructor<?> read = type.getConstructor(Readable.class, short.class);
          message = (Message) read.newInstance(reader, version);
        } else {
          ApiMessageType type;
          try {
            type = ApiMessageType.fromApiKey(apiKey);
          } catch (UnsupportedVersionException e) {
            out.append(" SKIP\\n"); // an api this release does not have
            continue;
          }
          // Unstable (preview) versions may change in a later release: only the newest checks them.
          if (version < type.lowestSupportedVersion() || version > type.highestSupportedVersion(newest)) {
            out.append(" SKIP\\n");
            continue;
          }
          message = kind == 1 ? type.newResponse() : type.newRequest();
          message.read(reader, version);
        }
        if (reader.remaining() != 0) {
          out.append(" LEFT ").append(reader.remaining()).append("\\n");
          continue;
        }
        ObjectSerializationCache cache = new ObjectSerializationCache();
        ByteBuffer again = ByteBuffer.allocate(message.size(cache, version));
        message.write(new ByteBufferAccessor(again), cache, version);
        again.flip();
        byte[] written = new byte[again.remaining()];
        again.get(written);
        out.append(Arrays.equals(bytes, written) ? " SAME\\n" : " DIFF\\n");
      } catch (Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        out.append(" ERROR ").append(cause.toString().replace('\\n', ' ')).append("\\n");
      }
    }
    Files.writeString(Path.of(args[1]), out.toString());
  }
}
`;

/** Our encoding of both sample styles for every API, version and direction, every data message and header, framed for KafkaParity. */
function parityInput(): { input: Buffer; names: string[] } {
  const records: Buffer[] = [];
  const names: string[] = [];
  for (const codec of Object.values(API_CODECS) as ApiCodec<unknown, unknown>[]) {
    for (let v = codec.minVersion; v <= codec.maxVersion; v++) {
      for (const response of [false, true]) {
        const schema = Object.values(MESSAGE_SCHEMAS).find(
          (m) => m.apiKey === codec.apiKey && m.type === (response ? 'response' : 'request'),
        )!;
        for (const style of ['full', 'sparse'] as const) {
          const w = new Writer();
          const encode = response ? codec.encodeResponse : codec.encodeRequest;
          encode(w, v, sampleMessage(schema, v, style, v * 31 + codec.apiKey));
          const head = Buffer.alloc(9);
          head.writeInt8(response ? 1 : 0, 0);
          head.writeInt16BE(codec.apiKey, 1);
          head.writeInt16BE(v, 3);
          head.writeInt32BE(w.length, 5);
          records.push(head, w.toBuffer());
          names.push(`${schema.name} v${v} ${style}`);
        }
      }
    }
  }
  // Messages carried inside others (consumer protocol, KRaft records) and the headers, by class name.
  const named: Array<[string, string, number, number, Encode]> = [
    ...Object.values(DATA_CODECS).map(
      (c) =>
        [c.name, c.name, c.minVersion, c.maxVersion, c.encode] as [string, string, number, number, Encode],
    ),
    ['RequestHeader', 'RequestHeaderData', 0, 2, encodeRequestHeader],
    ['ResponseHeader', 'ResponseHeaderData', 0, 1, encodeResponseHeader],
  ];
  for (const [name, javaName, min, max, encode] of named) {
    for (let v = min; v <= max; v++) {
      for (const style of ['full', 'sparse'] as const) {
        const w = new Writer();
        encode(w, v, sampleMessage(MESSAGE_SCHEMAS[name], v, style, v * 17 + name.length) as never);
        const javaNameBytes = Buffer.from(javaName);
        const head = Buffer.alloc(3 + javaNameBytes.length + 8);
        head.writeInt8(2, 0);
        head.writeInt16BE(javaNameBytes.length, 1);
        javaNameBytes.copy(head, 3);
        head.writeInt16BE(-1, 3 + javaNameBytes.length);
        head.writeInt16BE(v, 5 + javaNameBytes.length);
        head.writeInt32BE(w.length, 7 + javaNameBytes.length);
        records.push(head, w.toBuffer());
        names.push(`${name} v${v} ${style}`);
      }
    }
  }
  return { input: Buffer.concat(records), names };
}

type Encode = (writer: Writer, version: number, value: never) => void;

describe("Kafka's own Java message classes read what the generated codecs write", {
  timeout: 600_000,
}, () => {
  test(`Given samples of every API, version and direction, data message and header, when kafka-clients ${[KAFKA_VERSION, ...KAFKA_MATRIX].join(', ')} (the 3.x one still has the versions 4.0 dropped) read and rewrite them, then each message is read to the last byte and rewritten identically by at least one`, async (t) => {
    const dist = ensureKafkaJars();
    const slf4j = join(dist.libsDir, readdirSync(dist.libsDir).find((f) => f.startsWith('slf4j-api'))!);
    const classpaths: Record<string, string> = {};
    for (const version of [KAFKA_VERSION, ...KAFKA_MATRIX]) {
      classpaths[version] = `${ensureKafkaJars(version).clientsJar}${delimiter}${slf4j}`;
    }
    const dir = mkdtempSync(join(tmpdir(), 'sluice-parity-'));
    try {
      const { input, names } = parityInput();
      writeFileSync(join(dir, 'KafkaParity.java'), JAVA_PARITY);
      writeFileSync(join(dir, 'in.bin'), input);
      const same = new Set<number>();
      const failures: string[] = [];
      for (const [version, classpath] of Object.entries(classpaths)) {
        const out = join(dir, `out-${version}.txt`);
        // Java 11+ runs a single source file directly.
        expectSuccess(
          `java KafkaParity.java (kafka-clients ${version})`,
          await runProcess(
            'java',
            [
              '-cp',
              classpath,
              join(dir, 'KafkaParity.java'),
              join(dir, 'in.bin'),
              out,
              version === KAFKA_VERSION ? 'newest' : 'older',
            ],
            {
              timeoutMs: 240_000,
            },
          ),
        );
        const lines = readFileSync(out, 'utf8').trim().split('\n');
        assert.equal(lines.length, names.length);
        const counts = new Map<string, number>();
        lines.forEach((line, i) => {
          const verdict = line.split(' ')[1];
          counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
          if (verdict === 'SAME') same.add(i);
          else if (verdict !== 'SKIP') failures.push(`kafka-clients ${version}, ${names[i]}: ${line}`);
        });
        t.diagnostic(`kafka-clients ${version}: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
      }
      assert.deepEqual(failures, []);
      const unchecked = names.filter((_, i) => !same.has(i));
      assert.deepEqual(unchecked, [], 'every message is checked by at least one Kafka version');
      t.diagnostic(`${same.size} of ${names.length} messages confirmed by Kafka's own classes`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
