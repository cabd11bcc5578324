// PolicyRecord views over WireRecords. Text and bytes are converted lazily and at most once,
// so a JSON policy that only calls json() never pays for a byte array and vice versa.

import type { PolicyRecord, RecordChanges, RecordHeader, RecordOutput } from '../types.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';
import type { WireBatch, WireBytes, WireHeader } from './wire.ts';
import { WIRE_BYTES, WIRE_TEXT } from './wire.ts';

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

/**
 * A PolicyRecord over one slot of a WireBatch. A class with prototype accessors rather than an
 * object literal with closures: a batch builds hundreds of these, and per-instance closures
 * made record creation the most expensive part of an empty policy's batch. Keys and values
 * are sliced out of the packed batch lazily, on first use.
 */
class WireRecordView implements PolicyRecord {
  readonly index: number;
  readonly #b: WireBatch;
  #k: WireBytes | undefined;
  #v: WireBytes | undefined;
  #key: Uint8Array | null | undefined;
  #value: Uint8Array | null | undefined;
  #text: string | null | undefined;
  #headers: RecordHeader[] | undefined;

  constructor(b: WireBatch, index: number) {
    this.#b = b;
    this.index = index;
  }

  #slot(at: number): WireBytes {
    const l = this.#b.layout;
    const kind = l[at];
    if (kind === WIRE_TEXT) return this.#b.text.slice(l[at + 1], l[at + 2]);
    // A copy, not a view: a view would drag the whole batch's bytes along if returned.
    if (kind === WIRE_BYTES) return this.#b.bytes.slice(l[at + 1], l[at + 2]);
    return null;
  }

  /** The key as the host sent it (text or bytes). */
  get rawKey(): WireBytes {
    if (this.#k === undefined) this.#k = this.#slot(this.index * 6);
    return this.#k;
  }

  /** The value as the host sent it (text or bytes). */
  get rawValue(): WireBytes {
    if (this.#v === undefined) this.#v = this.#slot(this.index * 6 + 3);
    return this.#v;
  }

  get #rawHeaders(): WireHeader[] {
    return this.#b.h?.[this.index] ?? [];
  }

  get key(): Uint8Array | null {
    if (this.#key === undefined) this.#key = toBytes(this.rawKey);
    return this.#key;
  }

  get value(): Uint8Array | null {
    if (this.#value === undefined) this.#value = toBytes(this.rawValue);
    return this.#value;
  }

  get headers(): readonly RecordHeader[] {
    if (this.#headers === undefined)
      this.#headers = this.#rawHeaders.map(([key, value]) => ({ key, value: toBytes(value) }));
    return this.#headers;
  }

  get timestamp(): number {
    return this.#b.ts[this.index];
  }

  get offsetDelta(): number {
    return this.#b.od[this.index];
  }

  keyText(): string | null {
    return toText(this.rawKey);
  }

  text(): string | null {
    if (this.#text === undefined) this.#text = toText(this.rawValue);
    return this.#text;
  }

  json<T>(): T {
    const t = this.text();
    if (t === null) throw new RecordFormatError(this.index, `record ${this.index} has no value (tombstone)`);
    try {
      return JSON.parse(t) as T;
    } catch (e) {
      throw new RecordFormatError(this.index, `record ${this.index} is not JSON: ${(e as Error).message}`);
    }
  }

  header(key: string): string | null {
    const h = this.#rawHeaders.find(([k]) => k === key);
    return h ? toText(h[1]) : null;
  }

  with(changes: RecordChanges): RecordOutput {
    return {
      sourceIndex: this.index,
      key: changes.key !== undefined ? changes.key : this.rawKey,
      value: changes.value !== undefined ? changes.value : this.rawValue,
      headers: changes.headers ?? this.#rawHeaders.map(([key, value]) => ({ key, value })),
      timestamp: changes.timestamp ?? this.timestamp,
    };
  }
}

/** The records of a packed batch as PolicyRecords. */
export function unpackBatch(b: WireBatch): PolicyRecord[] {
  const out = new Array<PolicyRecord>(b.n);
  for (let i = 0; i < b.n; i++) out[i] = new WireRecordView(b, i);
  return out;
}

/** The output form of an unchanged record (a policy may return records it received as-is). */
export function recordAsOutput(r: PolicyRecord): RecordOutput {
  return r.with({});
}
