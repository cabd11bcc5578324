// The last records of one partition, read from the upstream cluster for a dry run: where the
// partition ends now, then Fetches from that end minus `count` (or its start) until the end.
// Bounded: at most `count` records and a few Fetches of at most a few MiB each.
import { API_KEYS } from '../../kafka/apis.ts';
import { KAFKA_ERROR_CODES } from '../../kafka/generated/error-codes.ts';
import { RecordBatch } from '../../kafka/records/record-batch.ts';
import { splitRecords } from '../../kafka/records/records-field.ts';
import type { BatchRecord } from '../../sdk/host/batch.ts';
import type { UpstreamChannel } from './channel.ts';
import { kafkaErrorName, type UpstreamCluster } from './cluster.ts';

const LIST_OFFSETS = { key: API_KEYS.ListOffsets, version: 7 };
const FETCH = { key: API_KEYS.Fetch, version: 12 };
const EARLIEST = -2n;
const LATEST = -1n;
const FETCH_BYTES = 4 * 1024 * 1024;
const MAX_FETCHES = 16;

export interface RecentRecord {
  offset: number;
  record: BatchRecord;
}

async function offsetAt(
  ch: UpstreamChannel,
  topic: string,
  partition: number,
  timestamp: bigint,
): Promise<bigint> {
  const res = await ch.request(LIST_OFFSETS, {
    replicaId: -1,
    isolationLevel: 1,
    topics: [{ name: topic, partitions: [{ partitionIndex: partition, currentLeaderEpoch: -1, timestamp }] }],
  });
  const p = res.topics[0]?.partitions[0];
  if (!p || p.errorCode !== KAFKA_ERROR_CODES.NONE) {
    throw new Error(`offsets of ${topic}-${partition}: ${kafkaErrorName(p?.errorCode ?? -1)}`);
  }
  return p.offset;
}

/** Up to `count` of the last committed records of `topic`-`partition`, oldest first. */
export async function readRecentRecords(
  cluster: UpstreamCluster,
  topic: string,
  partition: number,
  count: number,
): Promise<RecentRecord[]> {
  const ch = await cluster.open(await cluster.leaderOf(topic, partition));
  try {
    const end = await offsetAt(ch, topic, partition, LATEST);
    const start = await offsetAt(ch, topic, partition, EARLIEST);
    let next = end - BigInt(count) > start ? end - BigInt(count) : start;
    const out: RecentRecord[] = [];
    for (let i = 0; i < MAX_FETCHES && next < end; i++) {
      const res = await ch.request(FETCH, {
        replicaId: -1,
        maxWaitMs: 0,
        minBytes: 0,
        maxBytes: FETCH_BYTES,
        isolationLevel: 1,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            topic,
            partitions: [
              {
                partition,
                currentLeaderEpoch: -1,
                fetchOffset: next,
                lastFetchedEpoch: -1,
                logStartOffset: -1n,
                partitionMaxBytes: FETCH_BYTES,
              },
            ],
          },
        ],
        forgottenTopicsData: [],
        rackId: '',
      });
      const p = res.responses[0]?.partitions[0];
      if (!p || p.errorCode !== KAFKA_ERROR_CODES.NONE) {
        throw new Error(`reading ${topic}-${partition}: ${kafkaErrorName(p?.errorCode ?? -1)}`);
      }
      const before = next;
      for (const piece of splitRecords(p.records, { allowPartialTail: true })) {
        if (!(piece instanceof RecordBatch)) continue;
        const last = piece.baseOffset + BigInt(piece.lastOffsetDelta);
        if (!piece.isControl) {
          for (const r of piece.records()) {
            const offset = piece.offsetOf(r);
            if (offset < next || offset >= end) continue;
            out.push({
              offset: Number(offset),
              record: {
                key: r.key,
                value: r.value,
                headers: r.headers,
                timestamp: Number(piece.timestampOf(r)),
                offsetDelta: out.length,
              },
            });
          }
        }
        if (last + 1n > next) next = last + 1n;
      }
      if (next === before) break; // nothing came back: the partition moved on under us
    }
    return out.slice(-count).map((r, i) => ({ ...r, record: { ...r.record, offsetDelta: i } }));
  } finally {
    ch.close();
  }
}
