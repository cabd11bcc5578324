// The client matrix's KafkaJS client (test/clients/protocol.ts). KafkaJS writes none and gzip
// itself; snappy, lz4 and zstd need a codec plugin registered by the application (users
// install kafkajs-snappy, kafkajs-lz4, @kafkajs/zstd). Here the plugins are the compression
// functions of Sluice's own record layer, which frame each codec as Kafka's Java clients do.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as KafkaJS from 'kafkajs';
import {
  COMPRESSION,
  type CompressionName,
  compress,
  decompress,
} from '../../../kafka/records/compression.ts';
import { emit, fail, type MatrixInput, type MatrixRecord, readInput } from '../protocol.ts';

const require = createRequire(import.meta.url);
const { Kafka, CompressionTypes, CompressionCodecs, logLevel } = require('kafkajs') as typeof KafkaJS;
const { version } = require('kafkajs/package.json') as { version: string };

const CODEC_TYPES: Record<CompressionName, KafkaJS.CompressionTypes> = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
  snappy: CompressionTypes.Snappy,
  lz4: CompressionTypes.LZ4,
  zstd: CompressionTypes.ZSTD,
};

const codecs = CompressionCodecs as Record<number, unknown>;
for (const name of ['snappy', 'lz4', 'zstd'] as const) {
  codecs[CODEC_TYPES[name]] = () => ({
    compress: async (encoder: { buffer: Buffer }) => compress(COMPRESSION[name], encoder.buffer),
    decompress: async (buffer: Buffer) => decompress(COMPRESSION[name], buffer),
  });
}

type Input = Exclude<MatrixInput, { action: 'version' }>;

function kafka(input: Input): KafkaJS.Kafka {
  const { security } = input;
  return new Kafka({
    clientId: 'sluice-matrix-kafkajs',
    brokers: input.bootstrap.split(','),
    // Node's TLS sends the broker's host name as SNI, which Sluice routes on.
    ssl: security.tls ? { ca: [readFileSync(security.caFile ?? '')] } : false,
    sasl:
      security.mechanism === 'PLAIN'
        ? { mechanism: 'plain', username: security.username, password: security.password }
        : { mechanism: 'scram-sha-512', username: security.username, password: security.password },
    logLevel: logLevel.NOTHING,
    retry: { retries: 3 },
  });
}

async function admin(input: Extract<Input, { action: 'admin' }>): Promise<void> {
  const client = kafka(input).admin();
  await client.connect();
  try {
    const created = await client.createTopics({
      topics: [{ topic: input.topic, numPartitions: input.partitions, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    if (!created) fail(`topic ${input.topic} was not created`);
    const topics = (await client.listTopics()).sort();
    const described = await client.fetchTopicMetadata({ topics: [input.topic] });
    const partitions = described.topics[0].partitions.map((p) => p.partitionId).sort((a, b) => a - b);
    emit({ topics, partitions });
  } finally {
    await client.disconnect();
  }
}

async function produce(input: Extract<Input, { action: 'produce' | 'refused' }>): Promise<void> {
  const delivered: Partial<Record<CompressionName, number>> = {};
  const client = kafka(input);
  for (const batch of input.batches) {
    const producer = client.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await producer.send({
        topic: input.topic,
        acks: -1,
        compression: CODEC_TYPES[batch.codec],
        messages: batch.records.map((r) => ({ key: r.key, value: r.value })),
      });
      delivered[batch.codec] = (delivered[batch.codec] ?? 0) + batch.records.length;
    } catch (e) {
      if (input.action !== 'refused') throw e;
      // A refusal comes as the KafkaJSProtocolError itself; a retry error would carry it as its cause.
      const err = e as Error & { cause?: Error & { type?: string; code?: number; retriable?: boolean } };
      const inner = err.cause ?? err;
      emit({
        error: {
          type: `${err.name}${err.cause ? ` (cause: ${err.cause.name})` : ''}`,
          code: (inner as { code?: number }).code,
          name: (inner as { type?: string }).type,
          message: `${err.message}${err.cause ? ` (cause: ${err.cause.message})` : ''}`,
          retriable: (inner as { retriable?: boolean }).retriable,
        },
      });
      return;
    } finally {
      await producer.disconnect();
    }
  }
  emit({ delivered });
}

async function consume(input: Extract<Input, { action: 'consume' }>): Promise<void> {
  const consumer = kafka(input).consumer({ groupId: input.group, maxWaitTimeInMs: 500 });
  const seen: MatrixRecord[] = [];
  const next = new Map<number, string>();
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: input.topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            if (seen.length >= input.count) return;
            seen.push({
              key: message.key?.toString() ?? '',
              value: message.value?.toString() ?? '',
              partition,
              offset: Number(message.offset),
            });
            next.set(partition, String(Number(message.offset) + 1));
            if (seen.length >= input.count) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.commitOffsets(
      [...next].map(([partition, offset]) => ({ topic: input.topic, partition, offset })),
    );
  } finally {
    await consumer.disconnect();
  }
  emit({ records: seen });
}

const input = readInput();
const deadline = setTimeout(() => fail('timed out'), 'timeoutMs' in input ? input.timeoutMs : 60_000);
try {
  if (input.action === 'version') emit({ client: 'kafkajs', version });
  else if (input.action === 'admin') await admin(input);
  else if (input.action === 'consume') await consume(input);
  else await produce(input);
} catch (e) {
  fail(`${(e as Error).name}: ${(e as Error).message}`);
}
clearTimeout(deadline);
