// The client matrix's @platformatic/kafka client (test/clients/protocol.ts): every codec is
// built in (snappy and lz4 as WebAssembly, zstd from node:zlib).
import { readFileSync } from 'node:fs';
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import type { CompressionName } from '../../../kafka/records/compression.ts';
import { emit, fail, type MatrixInput, type MatrixRecord, readInput } from '../protocol.ts';

// The package's exports leave out package.json, so it is read from node_modules directly.
const { version } = JSON.parse(
  readFileSync(new URL('../../../node_modules/@platformatic/kafka/package.json', import.meta.url), 'utf8'),
) as { version: string };

type Input = Exclude<MatrixInput, { action: 'version' }>;

function connection(input: Input) {
  const { security } = input;
  return {
    bootstrapBrokers: input.bootstrap.split(','),
    // tlsServerName: this client sends SNI only when asked, and SNI routing needs it.
    ...(security.tls ? { tls: { ca: readFileSync(security.caFile ?? '') }, tlsServerName: true } : {}),
    sasl: { mechanism: security.mechanism, username: security.username, password: security.password },
  };
}

async function admin(input: Extract<Input, { action: 'admin' }>): Promise<void> {
  const client = new Admin({ clientId: 'sluice-matrix-platformatic', ...connection(input) });
  try {
    await client.createTopics({ topics: [input.topic], partitions: input.partitions, replicas: 1 });
    const topics = (await client.listTopics()).sort();
    const described = await client.metadata({ topics: [input.topic], forceUpdate: true });
    const topic = described.topics.get(input.topic);
    if (!topic) fail(`topic ${input.topic} not described`);
    emit({ topics, partitions: topic.partitions.map((_, i) => i) });
  } finally {
    await client.close();
  }
}

/** The Kafka errors a @platformatic/kafka error nests (per partition, per record). */
function kafkaErrors(e: unknown): Array<{ apiId: string; apiCode?: number; serverErrorMessage?: string }> {
  const out: Array<{ apiId: string; apiCode?: number; serverErrorMessage?: string }> = [];
  const walk = (x: unknown) => {
    if (!x || typeof x !== 'object') return;
    const err = x as { apiId?: string; apiCode?: number; serverErrorMessage?: string; errors?: unknown[] };
    if (err.apiId)
      out.push({ apiId: err.apiId, apiCode: err.apiCode, serverErrorMessage: err.serverErrorMessage });
    for (const inner of err.errors ?? []) walk(inner);
  };
  walk(e);
  return out;
}

async function produce(input: Extract<Input, { action: 'produce' | 'refused' }>): Promise<void> {
  const delivered: Partial<Record<CompressionName, number>> = {};
  for (const batch of input.batches) {
    const producer = new Producer({
      clientId: 'sluice-matrix-platformatic',
      serializers: stringSerializers,
      compression: batch.codec,
      retries: 2,
      ...connection(input),
    });
    try {
      await producer.send({
        messages: batch.records.map((r) => ({ topic: input.topic, key: r.key, value: r.value })),
        acks: -1,
      });
      delivered[batch.codec] = (delivered[batch.codec] ?? 0) + batch.records.length;
    } catch (e) {
      if (input.action !== 'refused') throw e;
      // The partition's error and each record's error, nested inside one AggregateError.
      const err = e as Error & { code?: string };
      emit({
        error: {
          type: `${err.name} ${err.code ?? ''}`.trim(),
          message: err.message,
          nested: kafkaErrors(e).map((f) => ({
            name: f.apiId,
            code: f.apiCode,
            message: f.serverErrorMessage,
          })),
        },
      });
      return;
    } finally {
      await producer.close();
    }
  }
  emit({ delivered });
}

async function consume(input: Extract<Input, { action: 'consume' }>): Promise<void> {
  const consumer = new Consumer({
    clientId: 'sluice-matrix-platformatic',
    groupId: input.group,
    deserializers: stringDeserializers,
    ...connection(input),
  });
  const seen: MatrixRecord[] = [];
  const last = new Map<number, { commit(): unknown }>();
  try {
    const stream = await consumer.consume({
      topics: [input.topic],
      mode: 'committed',
      fallbackMode: 'earliest',
      autocommit: false,
      maxWaitTime: 500,
    });
    for await (const message of stream) {
      seen.push({
        key: String(message.key),
        value: String(message.value),
        partition: message.partition,
        offset: Number(message.offset),
      });
      last.set(message.partition, message);
      if (seen.length >= input.count) {
        // A message's commit() commits its offset + 1 for its partition.
        for (const m of last.values()) await m.commit();
        break;
      }
    }
    await stream.close();
  } finally {
    await consumer.close(true);
  }
  emit({ records: seen });
}

const input = readInput();
const deadline = setTimeout(() => fail('timed out'), 'timeoutMs' in input ? input.timeoutMs : 60_000);
try {
  if (input.action === 'version') emit({ client: '@platformatic/kafka', version });
  else if (input.action === 'admin') await admin(input);
  else if (input.action === 'consume') await consume(input);
  else await produce(input);
} catch (e) {
  fail(`${(e as Error).name}: ${(e as Error).message}`);
}
clearTimeout(deadline);
