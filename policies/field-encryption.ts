// Field-level encryption with KMS envelope keys: on produce, chosen JSON fields (dotted paths
// with array indexes or `[*]`), the whole value, the key and chosen headers are replaced by encrypted
// values (docs/policies/field-encryption.md); on fetch, principals the config allows get the
// originals back, everyone else the ciphertext or a mask. The policy says WHAT and with which
// key; the gateway does the KMS calls and the AES-GCM work, so no key enters the sandbox.
// Config keys follow the commercial gateway's EncryptPlugin/DecryptPlugin where they coincide.

import type { PolicyRecord, RecordOutput } from '../sdk/index.ts';
import { accept, definePolicy, ErrorCodes, field, globMatch, modify, reject } from '../sdk/index.ts';

interface FieldRule {
  /** JSON path (`customer.ssn`, `banks[0].accountNo`, `items[*].card`) or, in recordHeader, a header name. */
  fieldName: string;
  /** `aws-kms://<key id, alias or ARN>`, may hold `{{record.topic}}`, `{{record.key}}`, `{{record.value.<path>}}`. */
  keySecretId?: string;
  /** Accepted for EncryptPlugin configs; Sluice always uses AES-256-GCM. */
  algorithm?: string;
}

interface Section {
  fields?: FieldRule[];
  /** The whole value (recordValue only). */
  payload?: { keySecretId?: string };
}

interface DecryptConfig {
  /** Principals (globs, `User:alice`, `User:svc-*`) that read the original values. */
  principals?: string[];
  /** What the others read: `ciphertext` (default) or `mask`. */
  otherwise?: 'ciphertext' | 'mask';
  mask?: string;
}

const ALGORITHMS = new Set(['AES256_GCM', 'AES128_GCM', 'AES_GCM']);
const PREFIX = 'aws-kms://';
/** Sluice envelopes: SLE2 (bound to a topic), SLE1 (older, not bound). */
const isEnvelope = (text: string) => text.startsWith('SLE2.') || text.startsWith('SLE1.');
const HOLDS_ENVELOPE = /SLE[12]\./;

type Json = unknown;
type Slot = { parent: Record<string, Json> | Json[]; key: string | number };
type Segment = { name: string } | { index: number } | { all: true };

/** `banks[0].accountNo` → name banks, index 0, name accountNo. */
function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[(?:\d+|\*)\])*)$/.exec(part);
    if (!m || (m[1] === '' && m[2] === '')) throw new Error(`bad field path ${JSON.stringify(path)}`);
    if (m[1] !== '') out.push({ name: m[1] });
    for (const ix of m[2].match(/\[(\d+|\*)\]/g) ?? []) {
      const inner = ix.slice(1, -1);
      out.push(inner === '*' ? { all: true } : { index: Number(inner) });
    }
  }
  return out;
}

/** Every present, non-null value at `path` in `doc`. */
function locate(doc: Json, path: Segment[]): Slot[] {
  let parents: { value: Json }[] = [{ value: doc }];
  let slots: Slot[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    slots = [];
    for (const { value } of parents) {
      if (typeof value !== 'object' || value === null) continue;
      if ('name' in seg) {
        if (!Array.isArray(value) && Object.hasOwn(value, seg.name))
          slots.push({ parent: value as Record<string, Json>, key: seg.name });
      } else if (Array.isArray(value)) {
        if ('index' in seg) {
          if (seg.index < value.length) slots.push({ parent: value, key: seg.index });
        } else for (let k = 0; k < value.length; k++) slots.push({ parent: value, key: k });
      }
    }
    parents = slots.map((s) => ({ value: (s.parent as Record<string | number, Json>)[s.key] }));
  }
  return slots.filter((s) => {
    const v = (s.parent as Record<string | number, Json>)[s.key];
    return v !== null && v !== undefined;
  });
}

function getAt(s: Slot): Json {
  return (s.parent as Record<string | number, Json>)[s.key];
}

function setAt(s: Slot, v: Json): void {
  (s.parent as Record<string | number, Json>)[s.key] = v;
}

/** `aws-kms://alias/x-{{record.topic}}` for this record → `alias/x-orders`. */
function keyFor(template: string, topic: string, record: PolicyRecord, doc: Json): string {
  const body = template.startsWith(PREFIX) ? template.slice(PREFIX.length) : template;
  const name = body.replace(/\{\{\s*record\.(topic|key|value\.[^}\s]+)\s*\}\}/g, (_, what: string) => {
    if (what === 'topic') return topic;
    if (what === 'key') return record.keyText() ?? '';
    const slots = locate(doc, parsePath(what.slice('value.'.length)));
    const v = slots.length === 1 ? getAt(slots[0]) : undefined;
    if (typeof v !== 'string' && typeof v !== 'number') throw new KeyTemplateError(template, what);
    return String(v);
  });
  if (name.includes('{{')) throw new KeyTemplateError(template, 'an unknown placeholder');
  return name;
}

class KeyTemplateError extends Error {
  constructor(template: string, what: string) {
    super(`key ${template}: ${what} has no string or number value in this record`);
  }
}

/** One KMS call per key name over every value that needs it; results put back in place. */
async function byKey(
  jobs: { key: string; text: string; put: (out: string) => void }[],
  run: (key: string, values: string[]) => Promise<string[]>,
): Promise<void> {
  const groups = new Map<string, typeof jobs>();
  for (const j of jobs) {
    const g = groups.get(j.key);
    if (g) g.push(j);
    else groups.set(j.key, [j]);
  }
  await Promise.all(
    [...groups].map(async ([key, group]) => {
      const out = await run(
        key,
        group.map((j) => j.text),
      );
      if (!Array.isArray(out) || out.length !== group.length)
        throw new Error('KMS returned a wrong number of values');
      for (let i = 0; i < group.length; i++) group[i].put(out[i]);
    }),
  );
}

interface Plan {
  fields: { path: Segment[]; key: string }[];
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
  const keyOf = (r: { keySecretId?: string }, where: string) => {
    const k = r.keySecretId ?? config.keySecretId;
    if (!k) throw new Error(`${where}: keySecretId is required (or a top-level keySecretId)`);
    if (/^[a-z0-9-]+:\/\//.test(k) && !k.startsWith(PREFIX)) {
      throw new Error(`${where}: keySecretId ${k}: only aws-kms:// keys are supported`);
    }
    return k;
  };
  const rule = (r: FieldRule, where: string) => {
    if (typeof r?.fieldName !== 'string' || r.fieldName === '')
      throw new Error(`${where}.fieldName is required`);
    if (r.algorithm !== undefined && !ALGORITHMS.has(r.algorithm)) {
      throw new Error(`${where}.algorithm ${r.algorithm}: only AES-GCM (AES-256-GCM is used)`);
    }
    return keyOf(r, where);
  };
  const fields = (config.recordValue.fields ?? []).map((r, i) => ({
    path: parsePath(r.fieldName),
    key: rule(r, `recordValue.fields[${i}]`),
  }));
  const payload = config.recordValue.payload;
  const headers = (config.recordHeader.fields ?? []).map((r, i) => ({
    name: r.fieldName,
    key: rule(r, `recordHeader.fields[${i}]`),
  }));
  if (payload && fields.length > 0) throw new Error('recordValue: payload and fields exclude each other');
  const d = config.decrypt;
  if (d.otherwise !== undefined && d.otherwise !== 'ciphertext' && d.otherwise !== 'mask') {
    throw new Error('decrypt.otherwise must be ciphertext or mask');
  }
  const recordKey = config.recordKey ?? {};
  if (/\{\{\s*record\.key\s*\}\}/.test(recordKey.keySecretId ?? '')) {
    throw new Error('recordKey.keySecretId: {{record.key}} cannot name the key that encrypts the record key');
  }
  return {
    fields,
    payloadKey: payload ? keyOf(payload, 'recordValue.payload') : null,
    recordKeyKey: Object.keys(recordKey).length > 0 ? keyOf(recordKey, 'recordKey') : null,
    headers,
    decrypt: {
      principals: d.principals ?? [],
      otherwise: d.otherwise ?? 'ciphertext',
      mask: d.mask ?? '****',
    },
  };
}

/** What each value is bound to: its topic, unless the config turns that off. */
function contextOf(ctx: { config: { bindToTopic?: boolean } }, batch: { topic: string }): string {
  return ctx.config.bindToTopic === false ? '' : batch.topic;
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
  headers?: { key: string; value: Uint8Array | string | null }[];
}

function output(records: readonly PolicyRecord[], edits: Map<number, Edit>): (PolicyRecord | RecordOutput)[] {
  return records.map((r) => {
    const e = edits.get(r.index);
    if (!e) return r;
    return r.with({
      ...(e.key !== undefined ? { key: e.key } : {}),
      ...(e.value !== undefined
        ? { value: e.value }
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
    const jobs: { key: string; text: string; put: (out: string) => void }[] = [];
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
        for (const f of p.fields) {
          const slots = locate(doc, f.path);
          if (slots.length === 0) continue;
          const key = keyFor(f.key, batch.topic, r, doc);
          const e = editOf(edits, r.index);
          e.doc = doc;
          for (const s of slots)
            jobs.push({ key, text: JSON.stringify(getAt(s)), put: (out) => setAt(s, out) });
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
      await byKey(jobs, (key, values) => ctx.kms.encrypt(key, values, { context: contextOf(ctx, batch) }));
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
    // A SASL user is known by its name (`alice`); configs may say `User:alice` as Kafka ACLs do.
    const names = ctx.principal.includes(':') ? [ctx.principal] : [ctx.principal, `User:${ctx.principal}`];
    const allowed = p.decrypt.principals.some((g) => names.some((n) => globMatch(g, n)));
    if (!allowed && p.decrypt.otherwise === 'ciphertext') return accept();
    const edits = new Map<number, Edit>();
    const jobs: { key: string; text: string; put: (out: string) => void }[] = [];
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
        for (const f of p.fields) {
          for (const s of locate(doc, f.path)) {
            const v = getAt(s);
            if (typeof v !== 'string') continue;
            add(v, (plain) => {
              editOf(edits, r.index).doc = doc;
              setAt(s, allowed ? JSON.parse(plain) : plain);
            });
          }
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
    await byKey(jobs, (key, values) => ctx.kms.decrypt(key, values, { context: contextOf(ctx, batch) }));
    if (edits.size === 0) return accept();
    if (allowed) ctx.metrics.count('values_decrypted', jobs.length);
    return modify({ records: output(batch.records, edits) });
  },
});
