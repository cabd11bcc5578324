// A real Node Kafka client (@platformatic/kafka) run as its own process, so that it can be
// started inside the private hosts-file namespace (SNI names). It produces N records across
// partitions, consumes them with a consumer group, commits, then proves the group resumes
// from the commit. Prints one JSON line with what it saw. Input: JSON in argv[2].

import { readFileSync } from 'node:fs';
import { Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';

interface Input {
  bootstrap: string[];
  topic: string;
  records: number;
  groupId: string;
  caFile?: string;
  sasl?: { mechanism: 'PLAIN' | 'SCRAM-SHA-512'; username: string; password: string };
  timeoutMs?: number;
  /** Pause between produce batches, so that a test can disturb the cluster mid-run. */
  batchDelayMs?: number;
}

const input = JSON.parse(process.argv[2]) as Input;
const connection = {
  bootstrapBrokers: input.bootstrap,
  // tlsServerName: this client sends SNI only when asked, and SNI routing needs it.
  ...(input.caFile ? { tls: { ca: readFileSync(input.caFile) }, tlsServerName: true } : {}),
  ...(input.sasl ? { sasl: input.sasl } : {}),
};

const deadline = setTimeout(() => {
  console.error('node client: timed out');
  process.exit(3);
}, input.timeoutMs ?? 120_000);

async function produce(from: number, to: number): Promise<void> {
  const producer = new Producer({
    clientId: 'sluice-test-producer',
    serializers: stringSerializers,
    ...connection,
  });
  try {
    const batch = 1000;
    for (let i = from; i < to; i += batch) {
      const messages = [];
      for (let j = i; j < Math.min(i + batch, to); j++) {
        messages.push({ topic: input.topic, key: `k-${j % 97}`, value: String(j) });
      }
      await producer.send({ messages, acks: -1 });
      if (input.batchDelayMs) await new Promise((r) => setTimeout(r, input.batchDelayMs));
    }
  } finally {
    await producer.close();
  }
}

interface Seen {
  count: number;
  /** Distinct values: retries after a broker failure may deliver a record twice. */
  distinct: number;
  partitions: Record<number, number>;
  inOrder: boolean;
  min: number;
}

async function consume(expected: number): Promise<Seen> {
  const consumer = new Consumer({
    clientId: 'sluice-test-consumer',
    groupId: input.groupId,
    deserializers: stringDeserializers,
    ...connection,
  });
  const seen: Seen = { count: 0, distinct: 0, partitions: {}, inOrder: true, min: Number.MAX_SAFE_INTEGER };
  const values = new Set<number>();
  const last = new Map<number, number>();
  const lastMessage = new Map<number, { commit(): unknown }>();
  try {
    const stream = await consumer.consume({
      topics: [input.topic],
      mode: 'committed',
      fallbackMode: 'earliest',
      autocommit: false,
      maxWaitTime: 500,
    });
    for await (const message of stream) {
      const v = Number(message.value);
      const prev = last.get(message.partition);
      // Records of one key go to one partition in produce order: values must only grow.
      if (prev !== undefined && v <= prev) seen.inOrder = false;
      last.set(message.partition, v);
      lastMessage.set(message.partition, message);
      seen.partitions[message.partition] = (seen.partitions[message.partition] ?? 0) + 1;
      seen.min = Math.min(seen.min, v);
      seen.count++;
      values.add(v);
      seen.distinct = values.size;
      if (seen.distinct >= expected) {
        // Commit where this consumer stopped on every partition, so the group resumes there.
        for (const m of lastMessage.values()) await m.commit();
        break;
      }
    }
    await stream.close();
  } finally {
    await consumer.close(true);
  }
  return seen;
}

await produce(0, input.records);
const first = await consume(input.records);
await produce(input.records, input.records + 100);
const resumed = await consume(100);
clearTimeout(deadline);
console.log(JSON.stringify({ first, resumed }));
