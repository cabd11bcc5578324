// Host-side conversion of decoded Kafka records into wire records. Runs outside the sandbox
// (gateway host or test harness), where TextDecoder exists: text is decoded here once so the
// isolate, which has no TextDecoder, gets ready-made strings for JSON policies.

import { isAscii } from 'node:buffer';
import type { WireBatch, WireHeader } from '../runtime/wire.ts';
import { WIRE_BYTES, WIRE_TEXT } from '../runtime/wire.ts';
import type { ValueEncoding } from '../types.ts';

/** A decoded record as the gateway hands it to the engine (and gets it back when modified). */
export interface BatchRecord {
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: { key: string; value: Uint8Array | null }[];
  /** Absolute timestamp in milliseconds. */
  timestamp: number;
  offsetDelta: number;
}

// ignoreBOM keeps a leading U+FEFF as data instead of silently dropping it.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const EMPTY = new Uint8Array(0);

/**
 * Packs records for the sandbox as bytes (memcpy only, so the gateway's event loop does no
 * UTF-8 work). With `source`, the bytes of the record batch the records were decoded from,
 * there is no copy at all: the part of it they cover goes as is, record framing included (the
 * sender vouches that it holds nothing but that batch). For `text` policies the sandbox
 * worker turns them into text with decodeWireBatch before the isolate call, because isolates
 * have no TextDecoder.
 */
export function toWireBatch(
  records: readonly BatchRecord[],
  values: ValueEncoding,
  source?: Uint8Array,
): WireBatch {
  const n = records.length;
  const layout = new Int32Array(n * 6);
  const ts = new Float64Array(n);
  const od = new Int32Array(n);
  let total = 0;
  let h: WireHeader[][] | null = null;
  for (let i = 0; i < n; i++) {
    const r = records[i];
    total += (r.key?.length ?? 0) + (r.value?.length ?? 0);
    ts[i] = r.timestamp;
    od[i] = r.offsetDelta;
    if (r.headers.length > 0) {
      h ??= Array.from({ length: n }, () => []);
      h[i] = r.headers.map((x) => [x.key, x.value]);
    }
  }
  const span = source ? spanIn(records, source) : null;
  if (span) {
    for (let i = 0; i < n; i++) {
      slot(layout, i * 6, records[i].key, span.start);
      slot(layout, i * 6 + 3, records[i].value, span.start);
    }
    return { n, text: '', bytes: span.bytes, layout, ts, od, h, decode: values === 'text' };
  }
  const bytes = new Uint8Array(total);
  let o = 0;
  const put = (b: Uint8Array | null, at: number) => {
    if (b === null) return; // kind 0 (null) is the array's initial value
    layout[at] = WIRE_BYTES;
    layout[at + 1] = o;
    bytes.set(b, o);
    o += b.length;
    layout[at + 2] = o;
  };
  for (let i = 0; i < n; i++) {
    put(records[i].key, i * 6);
    put(records[i].value, i * 6 + 3);
  }
  return { n, text: '', bytes, layout, ts, od, h, decode: values === 'text' };
}

/** A byte slot that points into the source (kind 0, null, is the array's initial value). */
function slot(layout: Int32Array, at: number, b: Uint8Array | null, start: number): void {
  if (b === null) return;
  layout[at] = WIRE_BYTES;
  layout[at + 1] = b.byteOffset - start;
  layout[at + 2] = b.byteOffset - start + b.length;
}

/**
 * The stretch of `source` that the keys and values cover, when every one of them is a view
 * into it; null when one is not (a policy's changed records), and they are copied instead.
 */
function spanIn(
  records: readonly BatchRecord[],
  source: Uint8Array,
): { bytes: Uint8Array; start: number } | null {
  const lo = source.byteOffset;
  const hi = lo + source.length;
  let start = hi;
  let end = lo;
  for (const r of records) {
    for (const b of [r.key, r.value]) {
      if (b === null) continue;
      if (b.buffer !== source.buffer || b.byteOffset < lo || b.byteOffset + b.length > hi) return null;
      if (b.byteOffset < start) start = b.byteOffset;
      if (b.byteOffset + b.length > end) end = b.byteOffset + b.length;
    }
  }
  if (end <= start) return null;
  return { bytes: new Uint8Array(source.buffer, start, end - start), start };
}

/** The batch with its byte slots back to back (a source span has record framing between them). */
function packed(b: WireBatch): WireBatch {
  const layout = b.layout;
  let total = 0;
  for (let at = 0; at < layout.length; at += 3) {
    if (layout[at] === WIRE_BYTES) total += layout[at + 2] - layout[at + 1];
  }
  if (total === b.bytes.length) return b;
  const bytes = new Uint8Array(total);
  let o = 0;
  for (let at = 0; at < layout.length; at += 3) {
    if (layout[at] !== WIRE_BYTES) continue;
    const length = layout[at + 2] - layout[at + 1];
    bytes.set(b.bytes.subarray(layout[at + 1], layout[at + 2]), o);
    layout[at + 1] = o;
    o += length;
    layout[at + 2] = o;
  }
  return { ...b, bytes };
}

/**
 * Turns the byte slots of a `decode` batch into text (slots that are not valid UTF-8 stay
 * bytes). Returns the text separately: handed to an isolate as its own argument, a large
 * string is copied several times faster than when nested in an object. Runs outside the
 * isolate (sandbox worker, test harness). Leaves `b` as it was.
 */
export function decodeWireBatch(b: WireBatch): { batch: WireBatch; text: string } {
  if (!b.decode || b.bytes.length === 0) return { batch: b, text: b.text };
  // The layout is rewritten below: a copy, because the same batch may be decoded again (a
  // policy and its shadow get one payload).
  const ascii = asciiText(b);
  if (ascii !== null) return ascii;
  b = packed({ ...b, layout: b.layout.slice() });
  const layout = b.layout;
  let whole: string | null = null;
  try {
    whole = strict.decode(b.bytes);
  } catch {
    // Some slot is not UTF-8: decode slot by slot below.
  }
  // Valid UTF-8 with as many UTF-16 units as bytes is pure ASCII: byte offsets are char offsets.
  if (whole !== null && whole.length === b.bytes.length) {
    for (let at = 0; at < layout.length; at += 3) if (layout[at] === WIRE_BYTES) layout[at] = WIRE_TEXT;
    return { batch: { ...b, bytes: EMPTY, text: '', decode: false }, text: whole };
  }
  const texts: string[] = [];
  let len = 0;
  for (let at = 0; at < layout.length; at += 3) {
    if (layout[at] !== WIRE_BYTES) continue;
    try {
      const s = strict.decode(b.bytes.subarray(layout[at + 1], layout[at + 2]));
      layout[at] = WIRE_TEXT;
      layout[at + 1] = len;
      len += s.length;
      layout[at + 2] = len;
      texts.push(s);
    } catch {
      // Not UTF-8: stays bytes; record.text() decodes it with replacement characters.
    }
  }
  return { batch: { ...b, text: '', decode: false }, text: texts.join('') };
}

/**
 * The common case of JSON records, every byte slot ASCII: the whole byte array read as latin1
 * is their text at the same offsets (ASCII reads the same in latin1 and UTF-8; the record
 * framing between slots comes along and is never looked at). No packing copy and no UTF-8
 * validation. Null when a slot is not ASCII.
 */
function asciiText(b: WireBatch): { batch: WireBatch; text: string } | null {
  const { layout, bytes } = b;
  for (let at = 0; at < layout.length; at += 3) {
    if (layout[at] === WIRE_BYTES && !isAscii(bytes.subarray(layout[at + 1], layout[at + 2]))) return null;
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const out = layout.slice();
  for (let at = 0; at < out.length; at += 3) if (out[at] === WIRE_BYTES) out[at] = WIRE_TEXT;
  return { batch: { ...b, layout: out, bytes: EMPTY, text: '', decode: false }, text };
}
