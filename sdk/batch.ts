// Host-side conversion of decoded Kafka records into wire records. Runs outside the sandbox
// (gateway host or test harness), where TextDecoder exists: text is decoded here once so the
// isolate, which has no TextDecoder, gets ready-made strings for JSON policies.

import type { ValueEncoding } from './types.ts';
import type { WireBytes, WireRecord } from './wire.ts';

/** A decoded record as the gateway hands it to the engine (and gets it back when modified). */
export interface BatchRecord {
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: { key: string; value: Uint8Array | null }[];
  /** Absolute timestamp in milliseconds. */
  timestamp: number;
  offsetDelta: number;
}

const strict = new TextDecoder('utf-8', { fatal: true });

function wireBytes(b: Uint8Array | null, values: ValueEncoding): WireBytes {
  if (b === null || values === 'bytes') return b;
  try {
    return strict.decode(b);
  } catch {
    // Not UTF-8: hand the bytes over; record.text() will still decode with replacement chars.
    return b;
  }
}

export function toWireRecords(records: readonly BatchRecord[], values: ValueEncoding): WireRecord[] {
  return records.map((r) => ({
    k: wireBytes(r.key, values),
    v: wireBytes(r.value, values),
    h: r.headers.map((h) => [h.key, h.value]),
    ts: r.timestamp,
    od: r.offsetDelta,
  }));
}
