// The last records of one partition, read from the upstream cluster for a dry run: where the
// partition ends now, then Fetches from that end minus `count` (or its start) until the end.
// Bounded: at most `count` records and a few Fetches of at most a few MiB each.
import { KAFKA_ERROR_CODES } from '../../kafka/generated/error-codes.ts';
import { RecordBatch } from '../../kafka/records/record-batch.ts';
import { splitRecords } from '../../kafka/records/records-field.ts';
import type { BatchRecord } from '../../sdk/host/batch.ts';
import { kafkaErrorName, type UpstreamCluster } from './cluster.ts';
import { EARLIEST, fetchPartition, LATEST, offsetOf } from './requests.ts';

const FETCH_BYTES = 4 * 1024 * 1024;
const MAX_FETCHES = 16;

export interface RecentRecord {
  offset: number;
  record: BatchRecord;
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
    const end = await offsetOf(ch, topic, partition, LATEST);
    const start = await offsetOf(ch, topic, partition, EARLIEST);
    let next = Math.max(start, end - count);
    const out: RecentRecord[] = [];
    for (let i = 0; i < MAX_FETCHES && next < end; i++) {
      const p = await fetchPartition(ch, topic, partition, next, {
        waitMs: 0,
        maxBytes: FETCH_BYTES,
        timeoutMs: cluster.requestTimeoutMs,
      });
      if (p.errorCode !== KAFKA_ERROR_CODES.NONE) {
        throw new Error(`reading ${topic}-${partition}: ${kafkaErrorName(p.errorCode)}`);
      }
      const before = next;
      for (const piece of splitRecords(p.records, { allowPartialTail: true })) {
        if (!(piece instanceof RecordBatch)) continue;
        const last = Number(piece.baseOffset) + piece.lastOffsetDelta;
        if (!piece.isControl) {
          for (const r of piece.records()) {
            const offset = Number(piece.offsetOf(r));
            if (offset < next || offset >= end) continue;
            out.push({
              offset,
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
        if (last + 1 > next) next = last + 1;
      }
      if (next === before) break; // nothing came back: the partition moved on under us
    }
    return out.slice(-count).map((r, i) => ({ ...r, record: { ...r.record, offsetDelta: i } }));
  } finally {
    ch.close();
  }
}
