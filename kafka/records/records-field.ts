// The `records` field of a Produce request or a Fetch response: a run of record batches laid
// end to end. Each piece keeps its own bytes so that joining the pieces of an untouched field
// gives back the exact input. Magic v0/v1 message sets (pre-0.11 clients and old log
// segments) are kept as opaque pieces and never decoded. A Fetch response may end in the
// first part of a batch that did not fit the fetch size; that tail is kept as it is, because
// clients expect it and skip it themselves.
import { ProtocolError } from '../errors.ts';
import { batchSizeAt, LOG_OVERHEAD, MAGIC_OFFSET, RecordBatch } from './record-batch.ts';

/** A magic v0 or v1 message (with its offset and size prefix), passed through untouched. */
export interface LegacyMessage {
  readonly kind: 'legacy';
  readonly magic: 0 | 1;
  readonly bytes: Buffer;
}

/** The cut-off start of a batch at the end of a Fetch response. */
export interface PartialBatch {
  readonly kind: 'partial';
  readonly bytes: Buffer;
}

export type RecordsPiece = RecordBatch | LegacyMessage | PartialBatch;

export interface SplitRecordsOptions {
  /** Accept a cut-off batch at the end (Fetch responses); otherwise it is SLUICE_PROTOCOL_TRUNCATED. */
  allowPartialTail?: boolean;
}

/**
 * Splits a records field into its batches (headers decoded, records left alone), legacy
 * messages and, if allowed, a partial tail. `records` of null (Kafka's nullable records) gives [].
 */
export function splitRecords(records: Buffer | null, options: SplitRecordsOptions = {}): RecordsPiece[] {
  const pieces: RecordsPiece[] = [];
  if (records === null) return pieces;
  let offset = 0;
  while (offset < records.length) {
    const remaining = records.length - offset;
    if (options.allowPartialTail && isCutShort(records, offset)) {
      pieces.push({ kind: 'partial', bytes: records.subarray(offset) });
      break;
    }
    const size = batchSizeAt(records, offset);
    const magic = records.readInt8(offset + MAGIC_OFFSET);
    if (magic === 0 || magic === 1) {
      pieces.push({ kind: 'legacy', magic, bytes: records.subarray(offset, offset + size) });
    } else if (magic === 2) {
      pieces.push(RecordBatch.decode(records, offset));
    } else {
      throw new ProtocolError('SLUICE_RECORDS_UNSUPPORTED_MAGIC', `records hold magic ${magic}`, {
        details: { offset, magic, remaining },
      });
    }
    offset += size;
  }
  return pieces;
}

function isCutShort(records: Buffer, offset: number): boolean {
  const remaining = records.length - offset;
  if (remaining < LOG_OVERHEAD) return true;
  return records.readInt32BE(offset + 8) > remaining - LOG_OVERHEAD;
}

/** Joins pieces back into one records field; untouched pieces contribute their original bytes. */
export function joinRecords(pieces: readonly RecordsPiece[]): Buffer {
  if (pieces.length === 1) return pieces[0].bytes;
  return Buffer.concat(pieces.map((p) => p.bytes));
}
