// The requests Sluice itself sends upstream, each written once: create a topic, write records
// to a partition, find an offset, read a partition. They run on a channel the caller holds
// (a bootstrap server's for CreateTopics, the partition leader's for the others) and throw
// with the Kafka error's name when the broker refuses.
import { API_KEYS } from '../../kafka/apis.ts';
import { KAFKA_ERROR_CODES } from '../../kafka/generated/error-codes.ts';
import type { FetchResponsePartitionData } from '../../kafka/generated/fetch.ts';
import { encodeRecordBatch } from '../../kafka/records/record-batch.ts';
import type { UpstreamChannel } from './channel.ts';
import { kafkaErrorName } from './cluster.ts';

const CREATE_TOPICS = { key: API_KEYS.CreateTopics, version: 7 };
const LIST_OFFSETS = { key: API_KEYS.ListOffsets, version: 7 };
const PRODUCE = { key: API_KEYS.Produce, version: 9 };
const FETCH = { key: API_KEYS.Fetch, version: 12 };
const { NONE, TOPIC_ALREADY_EXISTS } = KAFKA_ERROR_CODES;
const READ_COMMITTED = 1;

export const EARLIEST = -2n;
export const LATEST = -1n;

export interface NewTopic {
  name: string;
  partitions: number;
  /** -1: the broker's default. */
  replicationFactor: number;
  configs: Record<string, string>;
}

/** Creates the topic; false when it exists already. */
export async function createTopic(ch: UpstreamChannel, t: NewTopic, timeoutMs: number): Promise<boolean> {
  const res = await ch.request(CREATE_TOPICS, {
    topics: [
      {
        name: t.name,
        numPartitions: t.partitions,
        replicationFactor: t.replicationFactor,
        assignments: [],
        configs: Object.entries(t.configs).map(([name, value]) => ({ name, value })),
      },
    ],
    timeoutMs,
    validateOnly: false,
  });
  const r = res.topics[0];
  if (!r) throw new Error('the broker answered CreateTopics without the topic');
  if (r.errorCode === TOPIC_ALREADY_EXISTS) return false;
  if (r.errorCode !== NONE)
    throw new Error(`creating ${t.name}: ${kafkaErrorName(r.errorCode)} ${r.errorMessage ?? ''}`);
  return true;
}

export interface OutgoingRecord {
  key: Buffer | null;
  value: Buffer | null;
}

/** Writes `records` as one batch with acks=all; resolves with the offset of the first. */
export async function produceRecords(
  ch: UpstreamChannel,
  topic: string,
  partition: number,
  records: readonly OutgoingRecord[],
  timeoutMs: number,
): Promise<number> {
  const now = BigInt(Date.now());
  const batch = encodeRecordBatch(
    {
      baseOffset: 0n,
      partitionLeaderEpoch: -1,
      attributes: 0,
      lastOffsetDelta: records.length - 1,
      baseTimestamp: now,
      maxTimestamp: now,
      producerId: -1n,
      producerEpoch: -1,
      baseSequence: -1,
    },
    records.map((r, i) => ({
      attributes: 0,
      timestampDelta: 0n,
      offsetDelta: i,
      key: r.key,
      value: r.value,
      headers: [],
    })),
  );
  const res = await ch.request(PRODUCE, {
    transactionalId: null,
    acks: -1,
    timeoutMs,
    topicData: [{ name: topic, partitionData: [{ index: partition, records: batch }] }],
  });
  const p = res.responses[0]?.partitionResponses[0];
  if (!p) throw new Error('the broker answered a Produce without the partition');
  if (p.errorCode !== NONE)
    throw new Error(`writing to ${topic}: ${kafkaErrorName(p.errorCode)} ${p.errorMessage ?? ''}`);
  return Number(p.baseOffset);
}

/** The partition's first offset (EARLIEST) or the offset after its last committed record (LATEST). */
export async function offsetOf(
  ch: UpstreamChannel,
  topic: string,
  partition: number,
  at: bigint,
): Promise<number> {
  const res = await ch.request(LIST_OFFSETS, {
    replicaId: -1,
    isolationLevel: READ_COMMITTED,
    topics: [
      { name: topic, partitions: [{ partitionIndex: partition, currentLeaderEpoch: -1, timestamp: at }] },
    ],
  });
  const p = res.topics[0]?.partitions[0];
  if (!p || p.errorCode !== NONE) {
    throw new Error(`offsets of ${topic}-${partition}: ${kafkaErrorName(p?.errorCode ?? -1)}`);
  }
  return Number(p.offset);
}

/** One Fetch of committed records from `offset`, waiting up to `waitMs` for some to arrive. */
export async function fetchPartition(
  ch: UpstreamChannel,
  topic: string,
  partition: number,
  offset: number,
  opts: { waitMs: number; maxBytes: number; timeoutMs: number },
): Promise<FetchResponsePartitionData> {
  const res = await ch.request(
    FETCH,
    {
      replicaId: -1,
      maxWaitMs: opts.waitMs,
      minBytes: opts.waitMs > 0 ? 1 : 0,
      maxBytes: opts.maxBytes,
      isolationLevel: READ_COMMITTED,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic,
          partitions: [
            {
              partition,
              currentLeaderEpoch: -1,
              fetchOffset: BigInt(offset),
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: opts.maxBytes,
            },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    },
    opts.timeoutMs + opts.waitMs,
  );
  const p = res.responses[0]?.partitions[0];
  if (!p) throw new Error('the broker answered a Fetch without the partition');
  return p;
}
