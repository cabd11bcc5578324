// The single record of a control batch (attribute bit 5). Brokers write them: transaction
// markers (COMMIT / ABORT, KIP-98) in data partitions, and KRaft bookkeeping in the metadata
// log. A policy must never treat one as data; the gateway forwards control batches untouched.
//
// ControlRecordKey => version int16, type int16
// EndTransactionMarker (value of COMMIT / ABORT) => version int16, coordinatorEpoch int32
import { ProtocolError } from '../errors.ts';
import type { KafkaRecord } from './record-batch.ts';

export const CONTROL_RECORD_TYPES = {
  0: 'abort',
  1: 'commit',
  2: 'leader-change',
  3: 'snapshot-header',
  4: 'snapshot-footer',
  5: 'kraft-version',
  6: 'kraft-voters',
} as const;
export type ControlRecordType = (typeof CONTROL_RECORD_TYPES)[keyof typeof CONTROL_RECORD_TYPES];

export interface ControlRecord {
  version: number;
  /** The named type, or 'unknown' for a type id this Sluice does not know (still forwarded). */
  type: ControlRecordType | 'unknown';
  typeId: number;
  /** For commit and abort markers: the transaction coordinator's epoch. */
  coordinatorEpoch?: number;
}

/** Reads the key (and, for transaction markers, the value) of a control batch's record. */
export function parseControlRecord(record: KafkaRecord): ControlRecord {
  const key = record.key;
  if (key === null || key.length < 4) {
    throw new ProtocolError('SLUICE_RECORDS_CORRUPT', 'control record key shorter than 4 bytes', {
      details: { keyLength: key?.length ?? -1 },
    });
  }
  const version = key.readInt16BE(0);
  const typeId = key.readInt16BE(2);
  const type = CONTROL_RECORD_TYPES[typeId as keyof typeof CONTROL_RECORD_TYPES] ?? 'unknown';
  const out: ControlRecord = { version, type, typeId };
  if (type === 'commit' || type === 'abort') {
    const value = record.value;
    if (value === null || value.length < 6) {
      throw new ProtocolError('SLUICE_RECORDS_CORRUPT', `${type} marker value shorter than 6 bytes`, {
        details: { valueLength: value?.length ?? -1 },
      });
    }
    out.coordinatorEpoch = value.readInt32BE(2);
  }
  return out;
}
