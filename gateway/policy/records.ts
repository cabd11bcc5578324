// Conversions between the protocol layer's record batches and the engine's BatchRecord, and
// the re-encoding of a batch whose records a policy changed (same header fields and codec,
// new length, count, timestamps and CRC-32C).
import type { Logger } from 'pino';
import type { BatchRecord } from '../../engine/index.ts';
import { SluiceError } from '../../kafka/errors.ts';
import { KAFKA_ERROR_CODES } from '../../kafka/generated/error-codes.ts';
import { COMPRESSION, type CompressionName } from '../../kafka/records/compression.ts';
import {
  ATTRIBUTE,
  encodeRecordBatch,
  type KafkaRecord,
  type RecordBatch,
} from '../../kafka/records/record-batch.ts';

/** What a broker answers for a batch with a bad CRC or unreadable records. */
export const { CORRUPT_MESSAGE } = KAFKA_ERROR_CODES;

/**
 * A record batch the policy layer could not read (bad CRC, truncated, bad codec data): logs
 * it, and returns CORRUPT_MESSAGE for its partition. Anything but a protocol error is a bug
 * and is thrown on.
 */
export function unreadableBatch(
  log: Logger,
  side: 'produce request' | 'fetch response',
  fields: Record<string, unknown>,
  err: unknown,
): number {
  if (!(err instanceof SluiceError)) throw err;
  if (err.code === 'SLUICE_RECORDS_TOO_LARGE') {
    const limit = (err.details?.limit as string | undefined) ?? 'limits.maxPolicyBytesPerRequest';
    log.warn(
      { ...fields, err: String(err), limit },
      `record batch in a ${side} is more than a request may decode for policies; partition answered with MESSAGE_TOO_LARGE`,
    );
    return KAFKA_ERROR_CODES.MESSAGE_TOO_LARGE;
  }
  log.warn(
    { ...fields, err: String(err) },
    `corrupt record batch in a ${side}; partition answered with CORRUPT_MESSAGE`,
  );
  return CORRUPT_MESSAGE;
}

/** The batch's records as the engine takes them (keys and values stay views, no copy). */
export function toBatchRecords(batch: RecordBatch, maxBytes?: number): BatchRecord[] {
  return batch.records(maxBytes === undefined ? {} : { maxDecompressedBytes: maxBytes }).map((r) => ({
    key: r.key,
    value: r.value,
    headers: r.headers,
    timestamp: Number(batch.timestampOf(r)),
    offsetDelta: r.offsetDelta,
  }));
}

function buf(b: Uint8Array | null): Buffer | null {
  if (b === null) return null;
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * Writes `batch` again with `records` (offset deltas as given: renumbered from 0 on the produce
 * side, the source record's delta on the fetch side). Base and max timestamps follow the new
 * records; producer id, epoch, sequence and attributes are kept, the codec too unless `codec`
 * names another one.
 */
export function reencodeBatch(
  batch: RecordBatch,
  records: readonly BatchRecord[],
  side: 'produce' | 'fetch',
  codec: CompressionName = batch.compression,
): Buffer {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const r of records) {
    if (r.timestamp < min) min = r.timestamp;
    if (r.timestamp > max) max = r.timestamp;
  }
  const logAppend = batch.timestampType === 'log-append-time';
  const base = records.length === 0 || logAppend ? batch.baseTimestamp : BigInt(min);
  const kafka: KafkaRecord[] = records.map((r) => ({
    attributes: 0,
    timestampDelta: logAppend ? 0n : BigInt(r.timestamp) - base,
    offsetDelta: r.offsetDelta,
    key: buf(r.key),
    value: buf(r.value),
    headers: r.headers.map((h) => ({ key: h.key, value: buf(h.value) })),
  }));
  const fields = batch.fields();
  return encodeRecordBatch(
    {
      ...fields,
      attributes: (fields.attributes & ~ATTRIBUTE.compressionMask) | COMPRESSION[codec],
      baseTimestamp: base,
      maxTimestamp: logAppend ? fields.maxTimestamp : records.length === 0 ? base : BigInt(max),
      // Produce records are renumbered from 0; on the fetch side dropped records leave gaps
      // and the batch still ends where it ended (the consumer's next offset depends on it).
      lastOffsetDelta: side === 'produce' ? records.length - 1 : fields.lastOffsetDelta,
    },
    kafka,
  );
}
