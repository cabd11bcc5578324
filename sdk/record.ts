// PolicyRecord views over WireRecords. Text and bytes are converted lazily and at most once,
// so a JSON policy that only calls json() never pays for a byte array and vice versa.

import type { PolicyRecord, RecordChanges, RecordHeader, RecordOutput } from './types.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';
import type { WireBytes, WireRecord } from './wire.ts';

/** Thrown by `record.json()` when the value is not valid JSON. */
export class RecordFormatError extends Error {
  readonly code = 'SLUICE_POLICY_RECORD_FORMAT';
  readonly index: number;
  constructor(index: number, message: string) {
    super(message);
    this.name = 'RecordFormatError';
    this.index = index;
  }
}

function toBytes(v: WireBytes): Uint8Array | null {
  return typeof v === 'string' ? encodeUtf8(v) : v;
}
function toText(v: WireBytes): string | null {
  return v === null || typeof v === 'string' ? v : decodeUtf8(v);
}

export function makeRecord(w: WireRecord, index: number): PolicyRecord {
  let keyBytes: Uint8Array | null | undefined;
  let valueBytes: Uint8Array | null | undefined;
  let valueText: string | null | undefined;
  let headers: RecordHeader[] | undefined;
  const record: PolicyRecord = {
    index,
    get key() {
      if (keyBytes === undefined) keyBytes = toBytes(w.k);
      return keyBytes;
    },
    get value() {
      if (valueBytes === undefined) valueBytes = toBytes(w.v);
      return valueBytes;
    },
    get headers() {
      if (headers === undefined) headers = w.h.map(([key, value]) => ({ key, value: toBytes(value) }));
      return headers;
    },
    timestamp: w.ts,
    offsetDelta: w.od,
    keyText: () => toText(w.k),
    text() {
      if (valueText === undefined) valueText = toText(w.v);
      return valueText;
    },
    json<T>(): T {
      const t = record.text();
      if (t === null) throw new RecordFormatError(index, `record ${index} has no value (tombstone)`);
      try {
        return JSON.parse(t) as T;
      } catch (e) {
        throw new RecordFormatError(index, `record ${index} is not JSON: ${(e as Error).message}`);
      }
    },
    header(key: string) {
      const h = w.h.find(([k]) => k === key);
      return h ? toText(h[1]) : null;
    },
    with(changes: RecordChanges): RecordOutput {
      return {
        sourceIndex: index,
        key: changes.key !== undefined ? changes.key : w.k,
        value: changes.value !== undefined ? changes.value : w.v,
        headers: changes.headers ?? w.h.map(([key, value]) => ({ key, value })),
        timestamp: changes.timestamp ?? w.ts,
      };
    },
  };
  return record;
}

/** The output form of an unchanged record (a policy may return records it received as-is). */
export function recordAsOutput(r: PolicyRecord): RecordOutput {
  return r.with({});
}
