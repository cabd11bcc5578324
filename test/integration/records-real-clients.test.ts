// Record batches as real clients write them, for every codec: the Java producer
// (kafka-console-producer) and librdkafka (kcat -z). The broker keeps a producer's batch
// as written (it only assigns offsets and refreshes the CRC), so its log segment files hold
// the clients' own compressed bytes. We decode those, check every record, re-encode them,
// then send a batch we modified back through a Produce request and read it with the Java
// consumer, which checks the CRC (check.crcs=true by default), and with kcat.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FetchRequest, FetchResponse } from '../../kafka/generated/fetch.ts';
import type { ProduceRequest, ProduceResponse } from '../../kafka/generated/produce.ts';
import { type DecodedResponse, decodeResponseFrame, encodeRequestFrame } from '../../kafka/messages.ts';
import { COMPRESSION_NAMES, decompress, isXerialSnappy } from '../../kafka/records/compression.ts';
import { parseControlRecord } from '../../kafka/records/control-record.ts';
import {
  encodeRecordBatch,
  encodeRecords,
  type KafkaRecord,
  RecordBatch,
} from '../../kafka/records/record-batch.ts';
import { joinRecords, splitRecords } from '../../kafka/records/records-field.ts';
import { Writer } from '../../kafka/writer.ts';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { runKcatOk } from '../../rig/kcat.ts';

const CODECS = COMPRESSION_NAMES;
const RECORDS = 120;
const TX_RECORDS = 3000;

interface Expected {
  key: string | null;
  value: string;
  headers: Array<[string, string]>;
}

/** ~1 KiB distinct, compressible values: enough for several lz4 blocks and xerial chunks per batch. */
function expectedRecords(topic: string): Expected[] {
  return Array.from({ length: RECORDS }, (_, i) => ({
    key: i % 10 === 3 ? null : `key-${i}`,
    value: `${topic}-${i}-`.padEnd(1000, `abc${i % 7}xyz`),
    headers: [
      ['source', topic],
      ['n', String(i)],
    ],
  }));
}

function text(b: Buffer | null): string | null {
  return b === null ? null : b.toString('utf8');
}

function asExpected(r: KafkaRecord): Expected {
  return {
    key: text(r.key),
    value: text(r.value) ?? '<null>',
    headers: r.headers.map((h) => [h.key, text(h.value) ?? '<null>']),
  };
}

/** Sends one request over PLAINTEXT with the generated codecs and decodes the response body. */
async function exchange<T>(hostPort: string, apiKey: number, version: number, body: unknown): Promise<T> {
  const frame = encodeRequestFrame(
    { requestApiKey: apiKey, requestApiVersion: version, correlationId: 7, clientId: 'sluice-records-test' },
    body,
  );
  const [host, port] = hostPort.split(':');
  const response = await new Promise<Buffer>((resolve, reject) => {
    const socket = connect(Number(port), host, () => socket.write(frame));
    let received = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4 && received.length >= 4 + received.readInt32BE(0)) {
        socket.destroy();
        resolve(received.subarray(4, 4 + received.readInt32BE(0)));
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('connection closed before a whole response')));
    socket.setTimeout(30_000, () => socket.destroy(new Error('request timed out')));
  });
  const { header, body: decoded } = decodeResponseFrame(response, apiKey, version) as DecodedResponse<T>;
  assert.equal(header.correlationId, 7);
  return decoded;
}

/** Produce v11 (acks=-1) of one records field to partition 0; returns the partition's result. */
async function produceRaw(
  hostPort: string,
  topic: string,
  records: Buffer,
): Promise<{ errorCode: number; errorMessage?: string | null }> {
  const request: ProduceRequest = {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30_000,
    topicData: [{ name: topic, partitionData: [{ index: 0, records }] }],
  };
  const body = await exchange<ProduceResponse>(hostPort, 0, 11, request);
  const partition = body.responses[0].partitionResponses[0];
  return { errorCode: partition.errorCode, errorMessage: partition.errorMessage };
}

/** Fetch v12 (the last version naming topics) of partition 0 from offset 0, at most `partitionMaxBytes`. */
async function fetchRaw(hostPort: string, topic: string, partitionMaxBytes: number): Promise<Buffer | null> {
  const request: FetchRequest = {
    replicaId: -1,
    maxWaitMs: 0,
    minBytes: 1,
    maxBytes: 50 * 1024 * 1024,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic,
        partitions: [
          {
            partition: 0,
            currentLeaderEpoch: -1,
            fetchOffset: 0n,
            lastFetchedEpoch: -1,
            logStartOffset: -1n,
            partitionMaxBytes,
          },
        ],
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  };
  const body = await exchange<FetchResponse>(hostPort, 1, 12, request);
  const partition = body.responses[0].partitions[0];
  assert.equal(partition.errorCode, 0);
  return partition.records;
}

describe('record batches from real clients', () => {
  let cluster: KafkaCluster;
  const segments = new Map<string, Buffer>();

  function segment(topic: string): Buffer {
    const file = join(cluster.brokers[0].dir, 'data', `${topic}-0`, '00000000000000000000.log');
    return readFileSync(file);
  }

  before(async () => {
    cluster = await startCluster({ brokers: 1 });
    const bootstrap = cluster.bootstrap.plaintext;
    for (const codec of CODECS) {
      const topic = `java-${codec}`;
      const lines = expectedRecords(topic).map(
        (r) => `${r.headers.map(([k, v]) => `${k}:${v}`).join(',')}\t${r.key ?? '<null>'}\t${r.value}`,
      );
      await runKafkaToolOk(
        'kafka-console-producer',
        [
          '--bootstrap-server',
          bootstrap,
          '--topic',
          topic,
          '--reader-property',
          'parse.key=true',
          '--reader-property',
          'parse.headers=true',
          '--reader-property',
          'null.marker=<null>',
          // The console producer's own option wins over --producer-property compression.type.
          '--compression-codec',
          codec,
          '--command-property',
          'linger.ms=1000',
          '--command-property',
          'batch.size=1048576',
        ],
        { input: `${lines.join('\n')}\n`, timeoutMs: 90_000 },
      );
      segments.set(topic, segment(topic));
    }
    // Transactions: data batches flagged transactional, and COMMIT markers (control batches)
    // that the broker writes when each transaction ends.
    await runKafkaToolOk(
      'kafka-producer-perf-test',
      [
        '--topic',
        'java-tx',
        '--num-records',
        String(TX_RECORDS),
        '--record-size',
        '200',
        '--throughput',
        '-1',
        '--transactional-id',
        'sluice-records-tx',
        '--transaction-duration-ms',
        '200',
        '--command-property',
        `bootstrap.servers=${bootstrap}`,
        'compression.type=zstd',
        'linger.ms=20',
      ],
      { timeoutMs: 90_000 },
    );
    segments.set('java-tx', segment('java-tx'));
    for (const codec of CODECS) {
      const topic = `kcat-${codec}`;
      // kcat sets the same headers on every message: only `source` here.
      const lines = expectedRecords(topic).map((r) => `${r.key ?? ''}\t${r.value}`);
      await runKcatOk(
        [
          '-P',
          '-b',
          bootstrap,
          '-t',
          topic,
          '-z',
          codec,
          '-K',
          '\t',
          '-H',
          `source=${topic}`,
          '-X',
          'linger.ms=500',
          '-X',
          'batch.size=1000000',
        ],
        { input: `${lines.join('\n')}\n` },
      );
      segments.set(topic, segment(topic));
    }
  });

  after(async () => {
    await cluster?.stop();
  });

  for (const codec of CODECS) {
    test(`Given batches the Java producer wrote with ${codec}, When decoded from the broker's log, Then every record, header and producer field is there`, (t) => {
      const topic = `java-${codec}`;
      const bytes = segments.get(topic)!;
      const pieces = splitRecords(bytes);
      assert.deepEqual(joinRecords(pieces), bytes, 'untouched pieces join to the segment bytes');
      const batches = pieces.filter((p): p is RecordBatch => p instanceof RecordBatch);
      assert.equal(batches.length, pieces.length, 'only v2 batches');
      const records = batches.flatMap((b) => b.records());
      assert.deepEqual(records.map(asExpected), expectedRecords(topic));
      for (const b of batches) {
        assert.equal(b.compression, codec);
        assert.ok(b.producerId >= 0n, 'the Java producer is idempotent by default');
        assert.ok(b.baseSequence >= 0);
        assert.equal(b.isTransactional, false);
        assert.equal(b.timestampType, 'create-time');
      }
      t.diagnostic(
        `${batches.length} batch(es), first payload starts ${batches[0].bytes.subarray(61, 69).toString('hex')}`,
      );
    });

    test(`Given batches kcat wrote with ${codec}, When decoded from the broker's log, Then every record is there`, (t) => {
      const topic = `kcat-${codec}`;
      const bytes = segments.get(topic)!;
      const batches = splitRecords(bytes) as RecordBatch[];
      const records = batches.flatMap((b) => b.records());
      const expected = expectedRecords(topic).map((r) => ({
        key: r.key ?? '',
        value: r.value,
        headers: [['source', topic]],
      }));
      assert.deepEqual(records.map(asExpected), expected);
      for (const b of batches) assert.equal(b.compression, codec);
      t.diagnostic(
        `${batches.length} batch(es), first payload starts ${batches[0].bytes.subarray(61, 69).toString('hex')}`,
      );
    });

    test(`Given ${codec} batches from both clients, When their records are re-encoded, Then the record bytes are identical to the clients'`, () => {
      for (const client of ['java', 'kcat']) {
        for (const b of splitRecords(segments.get(`${client}-${codec}`)!) as RecordBatch[]) {
          const w = new Writer();
          encodeRecords(w, b.records());
          assert.deepEqual(w.buffer, decompress(b.compressionId, b.bytes.subarray(61)), `${client} ${codec}`);
          if (codec === 'none') assert.deepEqual(encodeRecordBatch(b.fields(), b.records()), b.bytes);
        }
      }
    });
  }

  test('Given snappy and lz4 batches of both clients, When their framing is inspected, Then Java writes xerial snappy, kcat raw snappy, both lz4 frames with independent blocks', (t) => {
    const payload = (topic: string) =>
      (splitRecords(segments.get(topic)!)[0] as RecordBatch).bytes.subarray(61);
    assert.equal(isXerialSnappy(payload('java-snappy')), true);
    assert.equal(isXerialSnappy(payload('kcat-snappy')), false);
    for (const client of ['java', 'kcat']) {
      const frame = payload(`${client}-lz4`);
      assert.equal(frame.readUInt32LE(0), 0x184d2204);
      assert.equal((frame[4] >>> 5) & 1, 1, `${client}: independent blocks`);
      t.diagnostic(`${client} lz4 FLG=0x${frame[4].toString(16)} BD=0x${frame[5].toString(16)}`);
    }
  });

  test('Given a transactional Java producer, When its log is decoded, Then data batches are transactional and each transaction ends in a COMMIT control batch we re-encode byte for byte', (t) => {
    const batches = splitRecords(segments.get('java-tx')!) as RecordBatch[];
    const data = batches.filter((b) => !b.isControl);
    const control = batches.filter((b) => b.isControl);
    assert.equal(
      data.reduce((n, b) => n + b.records().length, 0),
      TX_RECORDS,
    );
    assert.ok(control.length >= 1, 'at least one COMMIT marker');
    const producerId = data[0].producerId;
    assert.ok(producerId >= 0n);
    for (const b of data) {
      assert.equal(b.isTransactional, true);
      assert.equal(b.compression, 'zstd');
      assert.equal(b.producerId, producerId);
    }
    for (const b of control) {
      assert.equal(b.isTransactional, true);
      assert.equal(b.producerId, producerId);
      assert.equal(b.compression, 'none');
      const records = b.records();
      assert.equal(records.length, 1);
      assert.equal(parseControlRecord(records[0]).type, 'commit');
      assert.deepEqual(encodeRecordBatch(b.fields(), records), b.bytes, 'control batch re-encodes exactly');
    }
    t.diagnostic(`${data.length} transactional data batches, ${control.length} COMMIT markers`);
  });

  test("Given a batch of each codec modified by us, When produced to the real broker, Then it is accepted and the Java consumer reads the new values (and kcat's batches)", async () => {
    const modified: string[] = [];
    for (const codec of CODECS) {
      const topic = `java-${codec}`;
      const original = splitRecords(segments.get(topic)!)[0] as RecordBatch;
      const records = original
        .records()
        .map((r) => ({ ...r, value: Buffer.from(`MODIFIED-${text(r.value)}`) }));
      modified.push(...records.map((r) => String(r.value)));
      // Not idempotent any more: the original producer's sequence numbers are already taken.
      const batch = encodeRecordBatch(
        { ...original.fields(), baseOffset: 0n, producerId: -1n, producerEpoch: -1, baseSequence: -1 },
        records,
      );
      const result = await produceRaw(cluster.brokers[0].plaintext, topic, batch);
      assert.deepEqual(result, { errorCode: 0, errorMessage: null }, codec);
    }
    const { stdout } = await runKafkaToolOk(
      'kafka-console-consumer',
      [
        '--bootstrap-server',
        cluster.bootstrap.plaintext,
        '--include',
        // kcat's topics too: the Java consumer must also read librdkafka's raw snappy.
        `(java|kcat)-(${CODECS.join('|')})`,
        '--from-beginning',
        '--max-messages',
        String(2 * CODECS.length * RECORDS + modified.length),
        '--timeout-ms',
        '30000',
      ],
      { timeoutMs: 90_000 },
    );
    const lines = stdout.split('\n');
    const consumed = lines.filter((l) => l.startsWith('MODIFIED-'));
    assert.deepEqual(consumed.sort(), [...modified].sort());
    for (const codec of CODECS) {
      const fromKcat = lines.filter((l) => l.startsWith(`kcat-${codec}-`));
      assert.equal(fromKcat.length, RECORDS, `Java consumer reads kcat's ${codec} batches`);
    }
  });

  test('Given our modified batches in the log, When kcat (librdkafka) consumes them, Then it reads the new values for every codec', async () => {
    for (const codec of CODECS) {
      const { stdout } = await runKcatOk([
        '-C',
        '-b',
        cluster.bootstrap.plaintext,
        '-t',
        `java-${codec}`,
        '-o',
        'beginning',
        '-e',
        '-q',
        '-f',
        '%s\n',
      ]);
      const values = stdout.split('\n').filter((l) => l.length > 0);
      const ours = (splitRecords(segments.get(`java-${codec}`)!)[0] as RecordBatch).recordCount;
      assert.equal(values.length, RECORDS + ours, codec);
      assert.equal(values.filter((v) => v.startsWith('MODIFIED-')).length, ours, codec);
    }
  });

  test('Given the broker log after our produce, When split and decoded again, Then our batches carry the broker-assigned offsets and valid CRCs', () => {
    for (const codec of CODECS) {
      const batches = splitRecords(segment(`java-${codec}`)) as RecordBatch[];
      const last = batches[batches.length - 1];
      assert.equal(last.compression, codec);
      assert.ok(last.baseOffset >= BigInt(RECORDS));
      last.verifyCrc();
      assert.match(String(last.records()[0].value), /^MODIFIED-/);
    }
  });

  test('Given a Fetch whose size limit ends inside the second batch, When the real broker answers, Then the first batch is whole and the cut-off tail is kept byte for byte', async () => {
    const log = segment('java-none');
    const [first, second] = splitRecords(log) as RecordBatch[];
    assert.ok(second, 'the topic holds the Java batch and our modified one');
    const limit = first.bytes.length + 50;
    const records = await fetchRaw(cluster.brokers[0].plaintext, 'java-none', limit);
    assert.ok(records);
    assert.equal(records.length, limit, 'the broker cut the second batch at the limit');
    assert.throws(() => splitRecords(records), /cut short/);
    const pieces = splitRecords(records, { allowPartialTail: true });
    assert.deepEqual(
      pieces.map((p) => p.kind),
      ['batch', 'partial'],
    );
    assert.deepEqual(pieces[0].bytes, first.bytes, 'the fetched batch is the logged one');
    assert.deepEqual(pieces[1].bytes, second.bytes.subarray(0, 50));
    assert.deepEqual(joinRecords(pieces), records);
    assert.equal((pieces[0] as RecordBatch).records().length, RECORDS);
  });

  test('Given a Fetch of each compressed topic, When its batches are split, Then they are the logged batches and forward unchanged', async () => {
    for (const codec of CODECS) {
      for (const client of ['java', 'kcat']) {
        const topic = `${client}-${codec}`;
        const records = await fetchRaw(cluster.brokers[0].plaintext, topic, 10 * 1024 * 1024);
        assert.ok(records);
        assert.deepEqual(records, segment(topic), topic);
        assert.deepEqual(joinRecords(splitRecords(records)), records, topic);
      }
    }
  });
});
