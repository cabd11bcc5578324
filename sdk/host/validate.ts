// Validation of a verdict in wire form. The engine runs it on everything that comes out of a
// sandbox; the test harness runs the same code so a unit test fails exactly where production
// would.

import { Buffer } from 'node:buffer';
import { encodeUtf8 } from '../runtime/utf8.ts';
import { WIRE_BYTES, WIRE_NULL, WIRE_TEXT } from '../runtime/wire.ts';
import type { CompressionName, ConfigChange, HookName, RecordError, RequestChanges } from '../types.ts';
import { COMPRESSION_NAMES } from '../types.ts';

export interface CheckedHeader {
  key: string;
  value: Uint8Array | null;
}

/** A record produced by a policy, with strings already encoded as UTF-8. */
export interface CheckedRecord {
  /** The index of the input record it derives from; -1 for a record the policy added. */
  sourceIndex: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: CheckedHeader[];
  timestamp: number;
}

export type CheckedVerdict =
  | { kind: 'accept' }
  | { kind: 'reject'; errorCode: number | undefined; message: string; recordErrors: RecordError[] }
  | { kind: 'modify'; records: CheckedRecord[] | undefined; request: RequestChanges | undefined };

export type CheckResult = { ok: true; verdict: CheckedVerdict } | { ok: false; problem: string };

const MAX_MESSAGE = 2000;
const RECORD_HOOKS: readonly HookName[] = ['onProduce', 'onFetch'];
const REQUEST_FIELDS: Record<HookName, readonly string[]> = {
  onProduce: ['acks', 'compression'],
  onFetch: [],
  onCreateTopics: ['topics'],
  onAlterConfigs: ['resources'],
  onRequest: ['clientId'],
};

const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : null;
const encode: (s: string) => Uint8Array = encoder ? (s) => encoder.encode(s) : encodeUtf8;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bytes(v: unknown, what: string): Uint8Array | null {
  if (v === null) return null;
  if (typeof v === 'string') return encode(v);
  if (v instanceof Uint8Array) return v;
  throw new TypeError(`${what} must be a string, a Uint8Array or null`);
}

function checkRecord(r: unknown, i: number, batchSize: number): CheckedRecord {
  if (!isObject(r)) throw new TypeError(`records[${i}] must be a record`);
  const src = r.src;
  if (typeof src !== 'number' || !Number.isInteger(src) || src < -1 || src >= batchSize) {
    throw new TypeError(`records[${i}] has an invalid source index`);
  }
  if (typeof r.ts !== 'number' || !Number.isFinite(r.ts))
    throw new TypeError(`records[${i}].timestamp must be a number`);
  const headers = checkHeaders(r.h, i);
  return {
    sourceIndex: src,
    key: bytes(r.k, `records[${i}].key`),
    value: bytes(r.v, `records[${i}].value`),
    headers,
    timestamp: r.ts,
  };
}

function checkHeaders(raw: unknown, i: number): CheckedHeader[] {
  if (!Array.isArray(raw)) throw new TypeError(`records[${i}].headers must be an array`);
  return raw.map((h: unknown, j: number) => {
    if (!Array.isArray(h) || typeof h[0] !== 'string')
      throw new TypeError(`records[${i}].headers[${j}] needs a string key`);
    return { key: h[0], value: bytes(h[1], `records[${i}].headers[${j}].value`) };
  });
}

/**
 * The records of a packed modify verdict (WireRecordsOut). Every offset is checked against the
 * arrays it points into. Text that is all ASCII is encoded once and sliced: its UTF-8 bytes sit
 * at the same offsets as its characters.
 */
function checkPackedRecords(p: Record<string, unknown>, batchSize: number): CheckedRecord[] {
  const { n, text, bytes: blob, layout, src, ts, h } = p;
  if (
    typeof n !== 'number' ||
    !Number.isInteger(n) ||
    n < 0 ||
    typeof text !== 'string' ||
    !(blob instanceof Uint8Array) ||
    !(layout instanceof Int32Array && layout.length === n * 6) ||
    !(src instanceof Int32Array && src.length === n) ||
    !(ts instanceof Float64Array && ts.length === n) ||
    !(h === null || (Array.isArray(h) && h.length === n))
  ) {
    throw new TypeError('modify records must be an array of records');
  }
  // All-ASCII text (JSON, usually) is encoded once and sliced; other text slot by slot, and its
  // UTF-8 length (counted, not encoded) tells which.
  const ascii = text.length > 0 && Buffer.byteLength(text, 'utf8') === text.length;
  const whole = ascii ? encode(text) : null;
  const slot = (i: number, at: number): Uint8Array | null => {
    const kind = layout[at];
    const start = layout[at + 1];
    const end = layout[at + 2];
    if (kind === WIRE_NULL) return null;
    const limit = kind === WIRE_TEXT ? text.length : kind === WIRE_BYTES ? blob.length : -1;
    if (start < 0 || start > end || end > limit) {
      throw new TypeError(`records[${i}].${at % 6 === 0 ? 'key' : 'value'} is out of bounds`);
    }
    if (kind === WIRE_BYTES) return blob.subarray(start, end);
    return whole !== null ? whole.subarray(start, end) : encode(text.slice(start, end));
  };
  const out = new Array<CheckedRecord>(n);
  for (let i = 0; i < n; i++) {
    if (src[i] < -1 || src[i] >= batchSize) throw new TypeError(`records[${i}] has an invalid source index`);
    if (!Number.isFinite(ts[i])) throw new TypeError(`records[${i}].timestamp must be a number`);
    out[i] = {
      sourceIndex: src[i],
      key: slot(i, i * 6),
      value: slot(i, i * 6 + 3),
      headers: h === null ? [] : checkHeaders(h[i], i),
      timestamp: ts[i],
    };
  }
  return out;
}

function checkConfigChanges(v: unknown, where: string): ConfigChange[] {
  if (!Array.isArray(v)) throw new TypeError(`${where} must be an array`);
  return v.map((c, i) => {
    if (!isObject(c) || typeof c.name !== 'string') throw new TypeError(`${where}[${i}] needs a name`);
    if (c.value !== null && typeof c.value !== 'string')
      throw new TypeError(`${where}[${i}].value must be a string or null`);
    if (!['set', 'delete', 'append', 'subtract'].includes(c.op as string))
      throw new TypeError(`${where}[${i}].op is invalid`);
    return { name: c.name, value: c.value as string | null, op: c.op as ConfigChange['op'] };
  });
}

function checkRequest(hook: HookName, req: unknown): RequestChanges {
  if (!isObject(req)) throw new TypeError('request must be an object');
  for (const k of Object.keys(req)) {
    if (req[k] !== undefined && !REQUEST_FIELDS[hook].includes(k))
      throw new TypeError(`${hook} cannot change request.${k}`);
  }
  const out: { -readonly [K in keyof RequestChanges]: RequestChanges[K] } = {};
  if (req.clientId !== undefined) {
    if (req.clientId !== null && typeof req.clientId !== 'string')
      throw new TypeError('request.clientId must be a string');
    out.clientId = req.clientId;
  }
  if (req.acks !== undefined) {
    if (req.acks !== 0 && req.acks !== 1 && req.acks !== -1)
      throw new TypeError('request.acks must be 0, 1 or -1');
    out.acks = req.acks;
  }
  if (req.compression !== undefined) {
    if (!COMPRESSION_NAMES.includes(req.compression as CompressionName))
      throw new TypeError(`request.compression must be one of ${COMPRESSION_NAMES.join(', ')}`);
    out.compression = req.compression as CompressionName;
  }
  if (req.topics !== undefined) {
    if (!Array.isArray(req.topics)) throw new TypeError('request.topics must be an array');
    out.topics = req.topics.map((t: unknown, i: number) => {
      if (!isObject(t) || typeof t.name !== 'string')
        throw new TypeError(`request.topics[${i}] needs a name`);
      for (const f of ['numPartitions', 'replicationFactor'] as const) {
        if (t[f] !== undefined && !Number.isInteger(t[f]))
          throw new TypeError(`request.topics[${i}].${f} must be an integer`);
      }
      if (t.configs !== undefined && !isObject(t.configs))
        throw new TypeError(`request.topics[${i}].configs must be an object`);
      for (const v of Object.values(t.configs ?? {})) {
        if (v !== null && typeof v !== 'string')
          throw new TypeError(`request.topics[${i}].configs values must be strings`);
      }
      return t as {
        name: string;
        numPartitions?: number;
        replicationFactor?: number;
        configs?: Record<string, string | null>;
      };
    });
  }
  if (req.resources !== undefined) {
    if (!Array.isArray(req.resources)) throw new TypeError('request.resources must be an array');
    out.resources = req.resources.map((r: unknown, i: number) => {
      if (!isObject(r) || typeof r.name !== 'string' || typeof r.type !== 'string') {
        throw new TypeError(`request.resources[${i}] needs a type and a name`);
      }
      return {
        type: r.type as never,
        name: r.name,
        configs: checkConfigChanges(r.configs, `request.resources[${i}].configs`),
      };
    });
  }
  return out;
}

/** Checks a verdict in wire form for `hook` over a batch of `batchSize` records. */
export function checkVerdict(hook: HookName, raw: unknown, batchSize: number): CheckResult {
  try {
    if (!isObject(raw))
      throw new TypeError(
        `a hook must return accept(), reject() or modify(); got ${raw === null ? 'null' : typeof raw}`,
      );
    if (raw.kind === 'accept') return { ok: true, verdict: { kind: 'accept' } };
    if (raw.kind === 'reject') {
      if (typeof raw.message !== 'string') throw new TypeError('reject needs a message string');
      const code = raw.errorCode;
      // 0 is NONE: a "rejection" the client would read as success, i.e. silent data loss.
      if (
        code !== undefined &&
        (!Number.isInteger(code) || code === 0 || (code as number) < -1 || (code as number) > 32767)
      ) {
        throw new TypeError('reject errorCode must be a non-zero Kafka error code');
      }
      const recordErrors: RecordError[] = [];
      if (raw.recordErrors !== undefined) {
        if (!RECORD_HOOKS.includes(hook)) throw new TypeError(`${hook} cannot return recordErrors`);
        if (!Array.isArray(raw.recordErrors)) throw new TypeError('recordErrors must be an array');
        for (const e of raw.recordErrors) {
          if (
            !isObject(e) ||
            !Number.isInteger(e.index) ||
            (e.index as number) < 0 ||
            (e.index as number) >= batchSize
          ) {
            throw new TypeError('each record error needs the index of a record in the batch');
          }
          recordErrors.push({
            index: e.index as number,
            message: String(e.message ?? '').slice(0, MAX_MESSAGE),
          });
        }
      }
      return {
        ok: true,
        verdict: {
          kind: 'reject',
          errorCode: code as number | undefined,
          message: raw.message.slice(0, MAX_MESSAGE),
          recordErrors,
        },
      };
    }
    if (raw.kind === 'modify') {
      let records: CheckedRecord[] | undefined;
      if (raw.records !== undefined) {
        if (!RECORD_HOOKS.includes(hook)) throw new TypeError(`${hook} cannot return records`);
        // Packed by the runtime; an array from bundles built before packing, or records the
        // runtime could not pack (malformed ones, refused below with what is wrong).
        if (Array.isArray(raw.records)) records = raw.records.map((r, i) => checkRecord(r, i, batchSize));
        else if (isObject(raw.records)) records = checkPackedRecords(raw.records, batchSize);
        else throw new TypeError('modify records must be an array');
      }
      const request = raw.request === undefined ? undefined : checkRequest(hook, raw.request);
      return { ok: true, verdict: { kind: 'modify', records, request } };
    }
    throw new TypeError('a verdict needs kind "accept", "reject" or "modify"');
  } catch (e) {
    return { ok: false, problem: (e as Error).message };
  }
}
