// What the field-encryption policies (JSON in field-encryption.ts, Avro in
// field-encryption-avro.ts) share: rules naming aws-kms:// keys with templates over the record,
// one KMS call per key over a whole batch, the context each value is bound to, and who reads
// the originals on fetch.

import type { JsonPath, PolicyRecord } from '../../sdk/index.ts';
import { globMatch, jsonPathSlots, parseJsonPath, slotValue } from '../../sdk/index.ts';

export interface FieldRule {
  /** JSON path (`customer.ssn`, `banks[0].accountNo`, `items[*].card`), an Avro field path, or a header name. */
  fieldName: string;
  /** `aws-kms://<key id, alias or ARN>`, may hold `{{record.topic}}`, `{{record.key}}`, `{{record.value.<path>}}`. */
  keySecretId?: string;
  /** Accepted for EncryptPlugin configs; Sluice always uses AES-256-GCM. */
  algorithm?: string;
}

export interface DecryptConfig {
  /** Principals (globs, `User:alice`, `User:svc-*`) that read the original values. */
  principals?: string[];
  /** What the others read: `ciphertext` (default) or `mask`. */
  otherwise?: 'ciphertext' | 'mask';
  mask?: string;
}

const ALGORITHMS = new Set(['AES256_GCM', 'AES128_GCM', 'AES_GCM']);
const PREFIX = 'aws-kms://';

/** Sluice envelopes: SLE2 (bound to a topic), SLE1 (older, not bound). */
export const isEnvelope = (text: string): boolean => text.startsWith('SLE2.') || text.startsWith('SLE1.');
export const HOLDS_ENVELOPE = /SLE[12]\./;

/** The key template of a rule (or the default), checked: only aws-kms:// keys. */
export function keyOf(r: { keySecretId?: string }, defaultKey: string, where: string): string {
  const k = r.keySecretId ?? defaultKey;
  if (!k) throw new Error(`${where}: keySecretId is required (or a top-level keySecretId)`);
  if (/^[a-z0-9-]+:\/\//.test(k) && !k.startsWith(PREFIX)) {
    throw new Error(`${where}: keySecretId ${k}: only aws-kms:// keys are supported`);
  }
  return k;
}

/** A field rule's key template, its fieldName and algorithm checked. */
export function ruleKey(r: FieldRule, defaultKey: string, where: string): string {
  if (typeof r?.fieldName !== 'string' || r.fieldName === '')
    throw new Error(`${where}.fieldName is required`);
  if (r.algorithm !== undefined && !ALGORITHMS.has(r.algorithm)) {
    throw new Error(`${where}.algorithm ${r.algorithm}: only AES-GCM (AES-256-GCM is used)`);
  }
  return keyOf(r, defaultKey, where);
}

/** A dotted field path, refused with its text when malformed. */
export function fieldPath(text: string): JsonPath {
  try {
    return parseJsonPath(text);
  } catch (err) {
    throw new Error(`bad field path ${JSON.stringify(text)}: ${(err as Error).message}`);
  }
}

export class KeyTemplateError extends Error {
  constructor(template: string, what: string) {
    super(`key ${template}: ${what} has no string or number value in this record`);
  }
}

/** `aws-kms://alias/x-{{record.topic}}` for this record → `alias/x-orders`; `doc` is the decoded value. */
export function keyFor(template: string, topic: string, record: PolicyRecord, doc: unknown): string {
  const body = template.startsWith(PREFIX) ? template.slice(PREFIX.length) : template;
  const name = body.replace(/\{\{\s*record\.(topic|key|value\.[^}\s]+)\s*\}\}/g, (_, what: string) => {
    if (what === 'topic') return topic;
    if (what === 'key') return record.keyText() ?? '';
    const slots = jsonPathSlots(doc, fieldPath(what.slice('value.'.length)));
    const v = slots.length === 1 ? slotValue(slots[0]) : undefined;
    if (typeof v !== 'string' && typeof v !== 'number') throw new KeyTemplateError(template, what);
    return String(v);
  });
  if (name.includes('{{')) throw new KeyTemplateError(template, 'an unknown placeholder');
  return name;
}

/** One value to encrypt or decrypt with a key, and where its result goes. */
export interface Job {
  key: string;
  text: string;
  put: (out: string) => void;
}

/** One KMS call per key name over every value that needs it; results put back in place. */
export async function byKey(
  jobs: Job[],
  run: (key: string, values: string[]) => Promise<string[]>,
): Promise<void> {
  const groups = new Map<string, Job[]>();
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

/** What each value is bound to: its topic, unless the config turns that off (`bindToTopic: false`). */
export function contextOf(config: { bindToTopic?: boolean }, topic: string): string {
  return config.bindToTopic === false ? '' : topic;
}

/** The decrypt section with its defaults, checked. */
export function decryptPlan(d: DecryptConfig): Required<DecryptConfig> {
  if (d.otherwise !== undefined && d.otherwise !== 'ciphertext' && d.otherwise !== 'mask') {
    throw new Error('decrypt.otherwise must be ciphertext or mask');
  }
  return { principals: d.principals ?? [], otherwise: d.otherwise ?? 'ciphertext', mask: d.mask ?? '****' };
}

/** Whether `principal` reads originals. A SASL user may be named `alice` or `User:alice`. */
export function mayDecrypt(d: Required<DecryptConfig>, principal: string): boolean {
  const names = principal.includes(':') ? [principal] : [principal, `User:${principal}`];
  return d.principals.some((g) => names.some((n) => globMatch(g, n)));
}
