// Field-level encryption with KMS envelope keys: on produce, chosen JSON fields (dotted paths
// with array indexes or `[*]`), the whole value, the key and chosen headers are replaced by encrypted
// values (docs/policies/field-encryption.md); on fetch, principals the config allows get the
// originals back, everyone else the ciphertext or a mask. The policy says WHAT and with which
// key; the gateway does the KMS calls and the AES-GCM work, so no key enters the sandbox.
// Config keys follow the commercial gateway's EncryptPlugin/DecryptPlugin where they coincide.

import type { JsonPath, JsonSlot, PolicyRecord, RecordOutput } from '../sdk/index.ts';
import {
  accept,
  definePolicy,
  ErrorCodes,
  field,
  jsonPathSlots,
  modify,
  reject,
  setSlot,
  slotValue,
} from '../sdk/index.ts';
import {
  byKey,
  contextOf,
  type DecryptConfig,
  decryptPlan,
  type FieldRule,
  fieldPath,
  HOLDS_ENVELOPE,
  isEnvelope,
  type Job,
  keyFor,
  keyOf,
  mayDecrypt,
  ruleKey,
} from './encryption/common.ts';

interface Section {
  fields?: FieldRule[];
  /** The whole value (recordValue only). */
  payload?: { keySecretId?: string };
}

type Json = unknown;

/** Every present, non-null value at `path` in `doc`. */
function locate(doc: Json, path: JsonPath) {
  return jsonPathSlots(doc, path).filter((s) => {
    const v = slotValue(s);
    return v !== null && v !== undefined;
  });
}

interface Plan {
  fields: { path: JsonPath; key: string }[];
  payloadKey: string | null;
  /** The key (KMS key template) that encrypts each record's key, or null. */
  recordKeyKey: string | null;
  headers: { name: string; key: string }[];
  decrypt: Required<DecryptConfig>;
}

function plan(config: {
  keySecretId: string;
  recordValue: Section;
  recordKey: { keySecretId?: string } | Record<string, never>;
  recordHeader: Section;
  decrypt: DecryptConfig;
}): Plan {
  const fields = (config.recordValue.fields ?? []).map((r, i) => ({
    path: fieldPath(r.fieldName),
    key: ruleKey(r, config.keySecretId, `recordValue.fields[${i}]`),
  }));
  const payload = config.recordValue.payload;
  const headers = (config.recordHeader.fields ?? []).map((r, i) => ({
    name: r.fieldName,
    key: ruleKey(r, config.keySecretId, `recordHeader.fields[${i}]`),
  }));
  if (payload && fields.length > 0) throw new Error('recordValue: payload and fields exclude each other');
  const recordKey = config.recordKey ?? {};
  if (/\{\{\s*record\.key\s*\}\}/.test(recordKey.keySecretId ?? '')) {
    throw new Error('recordKey.keySecretId: {{record.key}} cannot name the key that encrypts the record key');
  }
  return {
    fields,
    payloadKey: payload ? keyOf(payload, config.keySecretId, 'recordValue.payload') : null,
    recordKeyKey:
      Object.keys(recordKey).length > 0 ? keyOf(recordKey, config.keySecretId, 'recordKey') : null,
    headers,
    decrypt: decryptPlan(config.decrypt),
  };
}

/** Plans by config object: a config is checked once, on the first batch or at init. */
const plans = new WeakMap<object, Plan>();
function planOf(config: Parameters<typeof plan>[0]): Plan {
  let p = plans.get(config);
  if (!p) {
    p = plan(config);
    plans.set(config, p);
  }
  return p;
}

/** Per record: its new key, value text and headers (each if changed). */
interface Edit {
  key?: string;
  doc?: Json;
  value?: string;
  /** Replacements of tokens in the value's text (instead of `doc`, when the text reads as it parses). */
  spans?: { text: string; at: [start: number, end: number, json: string][] };
  headers?: { key: string; value: Uint8Array | string | null }[];
}

/**
 * Where each JSON string token (as JSON.stringify writes it) stands in a JSON text, or null
 * when that cannot be told from the text alone. Without a backslash in the text every string
 * is written as JSON.stringify writes it, so the token the parse found at a path is in the text
 * as is, and a token found there exactly once is that one. Replacing tokens in place keeps
 * every other byte as stored and re-serialises nothing.
 */
function stringTokenSpans(text: string, tokens: readonly string[]): number[] | null {
  if (text.includes('\\')) return null;
  const at: number[] = [];
  for (const t of tokens) {
    if (t[0] !== '"') return null;
    const i = text.indexOf(t);
    if (i < 0 || text.indexOf(t, i + 1) >= 0) return null;
    at.push(i);
  }
  return distinct(at);
}

/** The positions, or null when two rules led to one token (it is then replaced once, in the document). */
function distinct(at: number[]): number[] | null {
  return new Set(at).size === at.length ? at : null;
}

/**
 * stringTokenSpans for envelopes, with one pass over the text instead of a search per value:
 * without backslashes, every `"SLE` in a JSON text opens a string token (a closing quote is
 * never followed by a letter), so listing those once shows where each envelope is, and
 * whether it is there once.
 */
function envelopeTokenSpans(text: string, envelopes: readonly string[]): number[] | null {
  if (text.includes('\\')) return null;
  const opens: number[] = [];
  for (let p = text.indexOf('"SLE'); p >= 0; p = text.indexOf('"SLE', p + 4)) opens.push(p);
  const at: number[] = [];
  for (const v of envelopes) {
    let hit = -1;
    for (const p of opens) {
      // A slice compared is far cheaper in V8 than startsWith at an offset.
      if (text.charCodeAt(p + 1 + v.length) !== 34 || text.slice(p + 1, p + 1 + v.length) !== v) continue;
      if (hit >= 0) return null;
      hit = p;
    }
    if (hit < 0) return null;
    at.push(hit);
  }
  return distinct(at);
}

/**
 * A job's put that replaces `text`'s token at start..end with `json(out)`. Made here, apart
 * from the slots, so that it keeps nothing of the parsed document alive until the KMS reply:
 * a batch's documents die young instead of being copied by every scavenge.
 */
function spanPut(e: Edit, text: string, start: number, end: number, json: (out: string) => string) {
  return (out: string) => {
    e.spans ??= { text, at: [] };
    e.spans.at.push([start, end, json(out)]);
  };
}

/** The text with its spans replaced. */
function spliced({ text, at }: NonNullable<Edit['spans']>): string {
  at.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [start, end, json] of at) {
    out += text.slice(from, start) + json;
    from = end;
  }
  return out + text.slice(from);
}

function output(records: readonly PolicyRecord[], edits: Map<number, Edit>): (PolicyRecord | RecordOutput)[] {
  return records.map((r) => {
    const e = edits.get(r.index);
    if (!e) return r;
    return r.with({
      ...(e.key !== undefined ? { key: e.key } : {}),
      ...(e.value !== undefined
        ? { value: e.value }
        : e.spans !== undefined
          ? { value: spliced(e.spans) }
          : e.doc !== undefined
            ? { value: JSON.stringify(e.doc) }
            : {}),
      ...(e.headers ? { headers: e.headers } : {}),
    });
  });
}

function headerEdit(r: PolicyRecord, e: Edit): NonNullable<Edit['headers']> {
  e.headers ??= r.headers.map((h) => ({ key: h.key, value: h.value }));
  return e.headers;
}

function editOf(edits: Map<number, Edit>, index: number): Edit {
  let e = edits.get(index);
  if (!e) {
    e = {};
    edits.set(index, e);
  }
  return e;
}

export default definePolicy({
  name: 'field-encryption',
  description:
    'Encrypts JSON fields, whole values and headers on produce with KMS envelope keys; decrypts on fetch for allowed principals.',
  version: '1.0.0',
  config: {
    keySecretId: field.string({
      default: '',
      description: 'Default key for every rule: aws-kms://<key id, alias or ARN>, templates allowed.',
    }),
    recordValue: field.json<Section>({
      default: {},
      description: 'fields[] (fieldName, keySecretId) or payload (whole value).',
    }),
    recordKey: field.json<{ keySecretId?: string }>({
      default: {},
      description: 'keySecretId: encrypt each record key as a whole (the partition is chosen before).',
    }),
    recordHeader: field.json<Section>({ default: {}, description: 'fields[]: header names to encrypt.' }),
    decrypt: field.json<DecryptConfig>({
      default: {},
      description: 'principals that read originals; otherwise ciphertext or mask.',
    }),
    bindToTopic: field.boolean({
      default: true,
      description:
        'Bind each value to its topic (GCM additional data): copied to another topic, it no longer decrypts. Turn off for mirrored topics read under another name.',
    }),
    kmsConfig: field.json<Record<string, unknown>>({
      default: {},
      description: 'Accepted for EncryptPlugin configs; KMS settings are the gateway kms: section.',
    }),
  },
  init(config) {
    planOf(config);
  },
  async onProduce(batch, ctx) {
    const p = planOf(ctx.config);
    const edits = new Map<number, Edit>();
    const jobs: Job[] = [];
    const errors: { index: number; message: string }[] = [];
    for (const r of batch.records) {
      const text = r.text();
      let doc: Json;
      try {
        if (text !== null && p.fields.length > 0) doc = JSON.parse(text);
        if (text !== null && p.payloadKey !== null) {
          const key = keyFor(
            p.payloadKey,
            batch.topic,
            r,
            p.payloadKey.includes('record.value') ? JSON.parse(text) : null,
          );
          jobs.push({ key, text, put: (out) => (editOf(edits, r.index).value = out) });
        }
        const recordKey = p.recordKeyKey === null ? null : r.keyText();
        if (recordKey !== null) {
          const needsDoc = p.recordKeyKey!.includes('record.value') && text !== null;
          const key = keyFor(p.recordKeyKey!, batch.topic, r, doc ?? (needsDoc ? JSON.parse(text) : null));
          jobs.push({ key, text: recordKey, put: (out) => (editOf(edits, r.index).key = out) });
        }
        const found: { slot: JsonSlot; key: string; json: string }[] = [];
        for (const f of p.fields) {
          const slots = locate(doc, f.path);
          if (slots.length === 0) continue;
          const key = keyFor(f.key, batch.topic, r, doc);
          for (const slot of slots) found.push({ slot, key, json: JSON.stringify(slotValue(slot)) });
        }
        if (found.length > 0 && text !== null) {
          const e = editOf(edits, r.index);
          const at = stringTokenSpans(
            text,
            found.map((x) => x.json),
          );
          if (at === null) e.doc = doc;
          found.forEach(({ slot, key, json }, i) => {
            const put =
              at === null
                ? (out: string) => setSlot(slot, out)
                : spanPut(e, text, at[i], at[i] + json.length, JSON.stringify);
            jobs.push({ key, text: json, put });
          });
        }
        for (const h of p.headers) {
          const value = r.header(h.name);
          if (value === null) continue;
          const key = keyFor(h.key, batch.topic, r, doc ?? null);
          const e = editOf(edits, r.index);
          jobs.push({
            key,
            text: value,
            put: (out) => {
              const x = headerEdit(r, e).find((x) => x.key === h.name);
              if (x) x.value = out;
            },
          });
        }
      } catch (err) {
        errors.push({
          index: r.index,
          message: err instanceof SyntaxError ? 'value is not JSON' : (err as Error).message,
        });
      }
    }
    // A record that cannot be encrypted is refused, never passed on in clear.
    if (errors.length > 0)
      return reject(`record ${errors[0].index}: ${errors[0].message}`, { recordErrors: errors });
    if (jobs.length === 0) return accept();
    try {
      await byKey(jobs, (key, values) =>
        ctx.kms.encrypt(key, values, { context: contextOf(ctx.config, batch.topic) }),
      );
    } catch (err) {
      // Fail closed whatever onError says, with a code producers retry: nothing reaches Kafka in clear.
      ctx.log.warn('encryption failed, batch refused', { error: (err as Error).message });
      return reject(`field encryption unavailable: ${(err as Error).message}`, {
        errorCode: ErrorCodes.REQUEST_TIMED_OUT,
      });
    }
    ctx.metrics.count('values_encrypted', jobs.length);
    return modify({ records: output(batch.records, edits) });
  },
  async onFetch(batch, ctx) {
    const p = planOf(ctx.config);
    const allowed = mayDecrypt(p.decrypt, ctx.principal);
    if (!allowed && p.decrypt.otherwise === 'ciphertext') return accept();
    const edits = new Map<number, Edit>();
    const jobs: Job[] = [];
    // A field's plaintext is its JSON text; what the others get is the mask, a string.
    const readBack = allowed ? (plain: string): Json => JSON.parse(plain) : (mask: string): Json => mask;
    const readBackJson = (plain: string) => JSON.stringify(readBack(plain));
    /** The key reference is the envelope's third part (SLE1.<type>.<key>.…). */
    const add = (text: string, put: (plain: string) => void) => {
      if (!isEnvelope(text)) return;
      if (!allowed) return put(p.decrypt.mask);
      jobs.push({ key: text.split('.')[2], text, put });
    };
    for (const r of batch.records) {
      const text = r.text();
      if (text !== null && p.payloadKey !== null) {
        add(text, (plain) => (editOf(edits, r.index).value = plain));
      }
      const recordKey = p.recordKeyKey === null ? null : r.keyText();
      if (recordKey !== null) add(recordKey, (plain) => (editOf(edits, r.index).key = plain));
      if (text !== null && p.fields.length > 0 && HOLDS_ENVELOPE.test(text)) {
        let doc: Json;
        try {
          doc = JSON.parse(text);
        } catch {
          continue;
        }
        const found: { slot: JsonSlot; envelope: string }[] = [];
        for (const f of p.fields) {
          for (const slot of locate(doc, f.path)) {
            const v = slotValue(slot);
            if (typeof v === 'string' && isEnvelope(v)) found.push({ slot, envelope: v });
          }
        }
        const at =
          found.length > 0
            ? envelopeTokenSpans(
                text,
                found.map((x) => x.envelope),
              )
            : null;
        if (found.length > 0) {
          const e = editOf(edits, r.index);
          if (at === null) e.doc = doc;
          found.forEach(({ slot, envelope }, i) => {
            if (at === null) add(envelope, (plain) => setSlot(slot, readBack(plain)));
            else add(envelope, spanPut(e, text, at[i], at[i] + envelope.length + 2, readBackJson));
          });
        }
      }
      for (const h of p.headers) {
        const v = r.header(h.name);
        if (v === null) continue;
        add(v, (plain) => {
          const x = headerEdit(r, editOf(edits, r.index)).find((x) => x.key === h.name);
          if (x) x.value = plain;
        });
      }
    }
    // A KMS failure here throws: the deployment's onError decides (closed: the partition gets
    // an error and no records; open: the consumer reads the ciphertext).
    await byKey(jobs, (key, values) =>
      ctx.kms.decrypt(key, values, { context: contextOf(ctx.config, batch.topic) }),
    );
    if (edits.size === 0) return accept();
    if (allowed) ctx.metrics.count('values_decrypted', jobs.length);
    return modify({ records: output(batch.records, edits) });
  },
});
