// Field-level encryption of Avro record values with KMS envelope keys (the JSON policy is
// field-encryption.ts; docs/policies/field-encryption.md). The writer schema is given inline;
// each value is decoded with it, chosen fields are encrypted, and it is encoded again with the
// same schema, so every consumer's deserializer still reads it:
//   - a field whose type holds a string (string, or a union with a string branch) carries its
//     envelope in place, and one that holds bytes carries it as bytes;
//   - any other field (int, double, enum, record, array, …) is set to its type's zero (null in a
//     nullable union) and its envelope travels in the header `sluice-encrypted:<fieldName>`.
// What is encrypted is the field's own Avro encoding (base64), so every type comes back exactly.
// On fetch, principals the config allows get the originals back; the header is removed.

import type avro from 'avsc';
import { Buffer } from 'buffer';
import type { JsonPath, JsonSlot, PolicyRecord, RecordOutput } from '../sdk/index.ts';
import {
  accept,
  ConfigError,
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
  type AvroFraming,
  type AvroType,
  avroValueFields,
  branches,
  decodeFramed,
  encodeFramed,
  framingOf,
  typeAt,
} from './avro/schema.ts';
import {
  byKey,
  contextOf,
  type DecryptConfig,
  decryptPlan,
  type FieldRule,
  fieldPath,
  isEnvelope,
  type Job,
  keyFor,
  mayDecrypt,
  ruleKey,
} from './encryption/common.ts';

/** The header that carries the envelope of a field whose type cannot hold one. */
export const HEADER_PREFIX = 'sluice-encrypted:';

interface Rule {
  name: string;
  path: JsonPath;
  key: string;
  /** The field's declared type (a union as a whole): what its value is encoded with. */
  type: AvroType;
  /** Where the envelope goes: in place as a string, in place as bytes, or in a header. */
  carrier: 'string' | 'bytes' | 'header';
}

interface Load extends AvroFraming {
  rules: Rule[];
  decrypt: Required<DecryptConfig>;
}

const loads = new WeakMap<object, Load>();

function carrierOf(t: AvroType): Rule['carrier'] {
  const names = branches(t).map((b) => b.typeName);
  if (names.includes('string')) return 'string';
  if (names.includes('bytes')) return 'bytes';
  return 'header';
}

/** A value of `t` that says nothing: null where the type allows it, else zeros and empties. */
function zeroOf(t: AvroType): unknown {
  const bs = branches(t);
  if (bs.some((b) => b.typeName === 'null')) return null;
  const b = bs[0];
  switch (b.typeName) {
    case 'boolean':
      return false;
    case 'int':
    case 'float':
    case 'double':
      return 0;
    case 'long':
      return b.fromBuffer(Buffer.from([0]));
    case 'string':
      return '';
    case 'bytes':
      return Buffer.alloc(0);
    case 'fixed':
      return Buffer.alloc((b as avro.types.FixedType).size);
    case 'enum':
      return (b as avro.types.EnumType).symbols[0];
    case 'array':
      return [];
    case 'map':
      return {};
    case 'record':
      return Object.fromEntries((b as avro.types.RecordType).fields.map((f) => [f.name, zeroOf(f.type)]));
    default:
      // Logical types and anything else: the zero of its encoding (a 0 varint decodes as most).
      return b.fromBuffer(Buffer.from([0]));
  }
}

function load(config: {
  schema: unknown;
  framing: string;
  schemaIds: number[];
  keySecretId: string;
  recordValue: { fields?: FieldRule[] };
  decrypt: DecryptConfig;
}): Load {
  const problems: string[] = [];
  const framing = framingOf(config, problems);
  const type = framing?.type;
  const rules: Rule[] = [];
  const fields = config.recordValue?.fields ?? [];
  if (fields.length === 0) problems.push('recordValue.fields: name at least one field to encrypt');
  fields.forEach((r, i) => {
    const where = `recordValue.fields[${i}]`;
    try {
      const key = ruleKey(r, config.keySecretId, where);
      const path = fieldPath(r.fieldName);
      if (!type) return;
      const t = typeAt(type, path);
      if (typeof t === 'string') throw new Error(`${where}: path ${r.fieldName} ${t}`);
      rules.push({ name: r.fieldName, path, key, type: t, carrier: carrierOf(t) });
    } catch (e) {
      problems.push((e as Error).message);
    }
  });
  let decrypt: Required<DecryptConfig> | undefined;
  try {
    decrypt = decryptPlan(config.decrypt);
  } catch (e) {
    problems.push((e as Error).message);
  }
  if (problems.length > 0 || !framing || !decrypt) throw new ConfigError(problems);
  return { ...framing, rules, decrypt };
}

function loaded(config: object): Load {
  const l = loads.get(config);
  if (!l) throw new Error('field-encryption-avro: init did not run for this config');
  return l;
}

/** Slots of a rule that hold a value (null fields are left as they are). */
function present(doc: unknown, rule: Rule): JsonSlot[] {
  return jsonPathSlots(doc, rule.path).filter((s) => slotValue(s) !== null && slotValue(s) !== undefined);
}

const encodeField = (rule: Rule, v: unknown) => Buffer.from(rule.type.toBuffer(v)).toString('base64');
const decodeField = (rule: Rule, text: string) => rule.type.fromBuffer(Buffer.from(text, 'base64'));
const asText = (v: unknown) =>
  typeof v === 'string' ? v : v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : null;

interface Edit {
  doc: unknown;
  headers: Map<string, string | null>;
}

function output(
  records: readonly PolicyRecord[],
  edits: Map<number, Edit>,
  l: Load,
): (PolicyRecord | RecordOutput)[] {
  return records.map((r) => {
    const e = edits.get(r.index);
    if (!e || r.value === null) return r;
    const headers = r.headers
      .filter((h) => !e.headers.has(h.key) || e.headers.get(h.key) !== null)
      .map((h) => (e.headers.has(h.key) ? { key: h.key, value: e.headers.get(h.key) ?? null } : h));
    for (const [key, value] of e.headers) {
      if (value !== null && !r.headers.some((h) => h.key === key)) headers.push({ key, value });
    }
    return r.with({ value: encodeFramed(l, r.value, e.doc), headers });
  });
}

export default definePolicy({
  name: 'field-encryption-avro',
  description:
    'Encrypts chosen fields of Avro values (inline writer schema) on produce with KMS envelope keys, keeping the values valid for their schema; decrypts on fetch for allowed principals.',
  version: '1.0.0',
  values: 'bytes',
  config: {
    ...avroValueFields(),
    keySecretId: field.string({
      default: '',
      description: 'Default key for every rule: aws-kms://<key id, alias or ARN>, templates allowed.',
    }),
    recordValue: field.json<{ fields?: FieldRule[] }>({
      default: {},
      description: 'fields[]: fieldName (an Avro field path) and keySecretId.',
    }),
    decrypt: field.json<DecryptConfig>({
      default: {},
      description: 'principals that read originals; otherwise ciphertext or mask.',
    }),
    bindToTopic: field.boolean({
      default: true,
      description:
        'Bind each value to its topic (GCM additional data); off for topics mirrored under another name.',
    }),
  },
  init(config) {
    loads.set(config, load(config));
  },
  async onProduce(batch, ctx) {
    const l = loaded(ctx.config);
    const edits = new Map<number, Edit>();
    const jobs: Job[] = [];
    const errors: { index: number; message: string }[] = [];
    for (const r of batch.records) {
      if (r.value === null) continue; // a tombstone has nothing to hide
      const decoded = decodeFramed(l, r.value);
      if ('why' in decoded) {
        errors.push({ index: r.index, message: `value ${decoded.why}` });
        continue;
      }
      const doc = decoded.doc;
      const edit: Edit = { doc, headers: new Map() };
      let touched = false;
      try {
        for (const rule of l.rules) {
          const slots = present(doc, rule);
          if (slots.length === 0) continue;
          touched = true;
          const key = keyFor(rule.key, batch.topic, r, doc);
          if (rule.carrier === 'header') {
            // [position among the path's slots, encoding]: a zeroed null must not be taken for an original one.
            const all = jsonPathSlots(doc, rule.path);
            const held = all.flatMap((s, at) =>
              slots.some((p) => p.parent === s.parent && p.key === s.key) ? [at] : [],
            );
            const text = JSON.stringify(held.map((at) => [at, encodeField(rule, slotValue(all[at]))]));
            jobs.push({ key, text, put: (out) => edit.headers.set(`${HEADER_PREFIX}${rule.name}`, out) });
            for (const s of slots) setSlot(s, zeroOf(rule.type));
          } else {
            for (const s of slots) {
              const text = encodeField(rule, slotValue(s));
              jobs.push({
                key,
                text,
                put: (out) => setSlot(s, rule.carrier === 'string' ? out : Buffer.from(out, 'utf8')),
              });
            }
          }
        }
      } catch (err) {
        errors.push({ index: r.index, message: (err as Error).message });
        continue;
      }
      if (touched) edits.set(r.index, edit);
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
      ctx.log.warn('encryption failed, batch refused', { error: (err as Error).message });
      return reject(`field encryption unavailable: ${(err as Error).message}`, {
        errorCode: ErrorCodes.REQUEST_TIMED_OUT,
      });
    }
    ctx.metrics.count('values_encrypted', jobs.length);
    return modify({ records: output(batch.records, edits, l) });
  },
  async onFetch(batch, ctx) {
    const l = loaded(ctx.config);
    const allowed = mayDecrypt(l.decrypt, ctx.principal);
    if (!allowed && l.decrypt.otherwise === 'ciphertext') return accept();
    const edits = new Map<number, Edit>();
    const jobs: Job[] = [];
    for (const r of batch.records) {
      if (r.value === null) continue;
      const decoded = decodeFramed(l, r.value);
      if ('why' in decoded) continue; // not ours to open: passed as it is
      const edit: Edit = { doc: decoded.doc, headers: new Map() };
      for (const rule of l.rules) {
        if (rule.carrier === 'header') {
          const name = `${HEADER_PREFIX}${rule.name}`;
          const envelope = r.header(name);
          if (envelope === null || !isEnvelope(envelope) || !allowed) continue;
          const all = jsonPathSlots(edit.doc, rule.path);
          jobs.push({
            key: envelope.split('.')[2],
            text: envelope,
            put: (plain) => {
              for (const [at, encoded] of JSON.parse(plain) as [number, string][]) {
                if (all[at]) setSlot(all[at], decodeField(rule, encoded));
              }
              edit.headers.set(name, null);
              edits.set(r.index, edit);
            },
          });
          continue;
        }
        for (const s of present(edit.doc, rule)) {
          const text = asText(slotValue(s));
          if (text === null || !isEnvelope(text)) continue;
          if (!allowed) {
            setSlot(s, rule.carrier === 'string' ? l.decrypt.mask : Buffer.from(l.decrypt.mask, 'utf8'));
            edits.set(r.index, edit);
            continue;
          }
          jobs.push({
            key: text.split('.')[2],
            text,
            put: (plain) => {
              setSlot(s, decodeField(rule, plain));
              edits.set(r.index, edit);
            },
          });
        }
      }
    }
    // A KMS failure here throws: the deployment's onError decides.
    await byKey(jobs, (key, values) =>
      ctx.kms.decrypt(key, values, { context: contextOf(ctx.config, batch.topic) }),
    );
    if (edits.size === 0) return accept();
    if (allowed) ctx.metrics.count('values_decrypted', jobs.length);
    return modify({ records: output(batch.records, edits, l) });
  },
});
