// Validates record values (and optionally keys) in the Confluent wire format — magic byte 0,
// a 4-byte big-endian schema id, then the payload — against the schema registered under that
// id: Avro with avsc, JSON Schema with a validator the host compiled (draft-07, 2019-09 or
// 2020-12). Schemas come from the host (`ctx.schemas`, backed by the gateway's schemaRegistry
// section); the id must belong to the subject the naming strategy expects for the topic.
// Topics without a registry can carry an inline schema instead (values only, no framing).
// A batch with any invalid record is refused whole, one record error per invalid record
// (index + path), so idempotent producers keep their sequences. docs/policies/schema-validation.md.

import avro from 'avsc';
import { Buffer } from 'buffer';
import {
  accept,
  definePolicy,
  ErrorCodes,
  field,
  type JsonSchemaValidator,
  type PolicyContext,
  type RegisteredSchema,
  reject,
} from '../sdk/index.ts';

type AvroType = ReturnType<typeof avro.Type.forSchema>;

/** A schema id made ready to validate with, or why it cannot be. */
interface Prepared {
  readonly at: number;
  readonly problem?: string;
  readonly type?: 'AVRO' | 'JSON';
  readonly avro?: AvroType;
  readonly json?: JsonSchemaValidator;
  /** The name RecordNameStrategy uses: Avro's full name, a JSON schema's title. */
  readonly recordName?: string;
  readonly subjects?: readonly string[];
  /** When its subjects were last asked for again because a record expected another one. */
  readonly rechecked?: number;
}

const CACHE_MAX = 1000;
/**
 * An id whose subjects lack the one a record needs is asked for again, answered no older than
 * this, at most once per this interval: the same schema registered under one more subject (a
 * second topic using it) keeps its id, and the cached subjects would refuse that topic's records
 * until the caches expire.
 */
const RECHECK_MS = 5000;
/** Lookups by id, kept for `cacheTtlMs` (the host has its own cache in front of the registry). */
const prepared = new Map<number, Prepared>();
const LONG = avro.Type.forSchema('long');
const STRING = avro.Type.forSchema('string');
const inlineAvro = new Map<string, AvroType>();

const STRATEGIES = ['TopicNameStrategy', 'RecordNameStrategy', 'TopicRecordNameStrategy', 'none'] as const;

function prepare(s: RegisteredSchema | null, id: number, now: number): Prepared {
  if (s === null) return { at: now, problem: `schema id ${id} is not registered` };
  const subjects = s.subjects?.map((x) => x.subject);
  if (s.problem !== undefined) return { at: now, problem: s.problem, subjects };
  if (s.type === 'AVRO') {
    try {
      const t = avro.Type.forSchema(JSON.parse(s.schema));
      return { at: now, type: 'AVRO', avro: t, recordName: t.name, subjects };
    } catch (e) {
      return { at: now, problem: `schema id ${id} is not a usable Avro schema: ${(e as Error).message}` };
    }
  }
  if (s.type === 'JSON' && s.validator) {
    let title: string | undefined;
    try {
      const t = (JSON.parse(s.schema) as { title?: unknown }).title;
      if (typeof t === 'string') title = t;
    } catch {}
    return { at: now, type: 'JSON', json: s.validator, recordName: title, subjects };
  }
  return { at: now, problem: `schema id ${id} is ${s.type}, which this policy does not validate` };
}

class AvroPathError extends Error {
  readonly path: string;
  constructor(path: string, why: string) {
    super(`${path}: ${why}`);
    this.path = path;
  }
}

/** Walks Avro binary along the schema to name where decoding fails (avsc says what, not where). */
function walk(t: AvroType, buf: Buffer, pos: number, path: string): number {
  const x = t as unknown as {
    typeName: string;
    fields?: { name: string; type: AvroType }[];
    types?: AvroType[];
    itemsType?: AvroType;
    valuesType?: AvroType;
    symbols?: string[];
  };
  const long = (at: number, what: string) => {
    const r = LONG.decode(buf, at);
    if (r.offset < 0) throw new AvroPathError(path, `truncated (${what} expected)`);
    return r as { value: number; offset: number };
  };
  switch (x.typeName) {
    case 'record':
    case 'error':
      for (const f of x.fields ?? []) pos = walk(f.type, buf, pos, `${path}.${f.name}`);
      return pos;
    case 'union:unwrapped':
    case 'union:wrapped': {
      const r = long(pos, 'union branch');
      const n = x.types?.length ?? 0;
      if (r.value < 0 || r.value >= n) {
        throw new AvroPathError(path, `union branch ${r.value} does not exist (the union has ${n})`);
      }
      return walk((x.types as AvroType[])[r.value], buf, r.offset, path);
    }
    case 'enum': {
      const r = long(pos, 'enum index');
      const n = x.symbols?.length ?? 0;
      if (r.value < 0 || r.value >= n)
        throw new AvroPathError(path, `enum index ${r.value} is not one of ${n} symbols`);
      return r.offset;
    }
    case 'array':
    case 'map': {
      let k = 0;
      for (;;) {
        const r = long(pos, 'block count');
        pos = r.offset;
        let n = r.value;
        if (n === 0) return pos;
        if (n < 0) {
          n = -n;
          pos = long(pos, 'block size').offset;
        }
        // Every item takes a byte at least (but null): a count beyond the bytes left is garbage.
        if (n > buf.length - pos + 1 && (x.itemsType ?? x.valuesType) !== undefined) {
          const item = (x.itemsType ?? x.valuesType) as unknown as { typeName: string };
          if (item.typeName !== 'null' || n > 1_000_000) {
            throw new AvroPathError(path, `block of ${n} items is longer than the record`);
          }
        }
        for (let j = 0; j < n; j++, k++) {
          if (x.typeName === 'array') pos = walk(x.itemsType as AvroType, buf, pos, `${path}[${k}]`);
          else {
            const key = STRING.decode(buf, pos);
            if (key.offset < 0) throw new AvroPathError(path, 'truncated (map key expected)');
            pos = walk(x.valuesType as AvroType, buf, key.offset, `${path}.${key.value as string}`);
          }
        }
      }
    }
    default: {
      const r = t.decode(buf, pos);
      if (r.offset < 0) throw new AvroPathError(path, `truncated (${x.typeName} expected)`);
      return r.offset;
    }
  }
}

/** Where `varint` leaves the value it read (zigzag-decoded; exact up to 2^53, enough for counts). */
let varintValue = 0;

/** Reads one Avro int/long; the position after it, or -1 when truncated or longer than 10 bytes. */
function varint(buf: Buffer, pos: number): number {
  let n = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.length) return -1;
    const b = buf[pos++];
    n += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) {
      varintValue = n % 2 === 0 ? n / 2 : -(n + 1) / 2;
      return pos;
    }
    scale *= 128;
  }
  return -1;
}

type SkipType = {
  typeName: string;
  fields?: { type: SkipType }[];
  types?: SkipType[];
  itemsType?: SkipType;
  valuesType?: SkipType;
  symbols?: string[];
  size?: number;
};

/**
 * Checks Avro binary against the schema without building the value (no strings decoded, no
 * objects): the position after one datum of `t`, or -1 when the bytes cannot be one. String
 * contents are not checked for UTF-8, as Avro's own decoders do not refuse them either.
 */
function skip(t: SkipType, buf: Buffer, pos: number): number {
  switch (t.typeName) {
    case 'null':
      return pos;
    case 'boolean':
      return pos < buf.length && buf[pos] <= 1 ? pos + 1 : -1;
    case 'int':
    case 'long':
      return varint(buf, pos);
    case 'float':
      return pos + 4 <= buf.length ? pos + 4 : -1;
    case 'double':
      return pos + 8 <= buf.length ? pos + 8 : -1;
    case 'string':
    case 'bytes': {
      pos = varint(buf, pos);
      if (pos < 0 || varintValue < 0 || pos + varintValue > buf.length) return -1;
      return pos + varintValue;
    }
    case 'fixed':
      return pos + (t.size as number) <= buf.length ? pos + (t.size as number) : -1;
    case 'enum':
      pos = varint(buf, pos);
      return pos >= 0 && varintValue >= 0 && varintValue < (t.symbols as string[]).length ? pos : -1;
    case 'record':
    case 'error':
      for (const f of t.fields as { type: SkipType }[]) {
        pos = skip(f.type, buf, pos);
        if (pos < 0) return -1;
      }
      return pos;
    case 'union:unwrapped':
    case 'union:wrapped': {
      pos = varint(buf, pos);
      const types = t.types as SkipType[];
      if (pos < 0 || varintValue < 0 || varintValue >= types.length) return -1;
      return skip(types[varintValue], buf, pos);
    }
    case 'array':
    case 'map': {
      const item = (t.typeName === 'array' ? t.itemsType : t.valuesType) as SkipType;
      for (;;) {
        pos = varint(buf, pos);
        if (pos < 0) return -1;
        let n = varintValue;
        if (n === 0) return pos;
        if (n < 0) {
          n = -n;
          pos = varint(buf, pos); // the block's size in bytes
          if (pos < 0) return -1;
        }
        if (n > buf.length - pos + 1 && (item.typeName !== 'null' || n > 1_000_000)) return -1;
        for (let j = 0; j < n; j++) {
          if (t.typeName === 'map') {
            pos = skip(STRING_SKIP, buf, pos);
            if (pos < 0) return -1;
          }
          pos = skip(item, buf, pos);
          if (pos < 0) return -1;
        }
      }
    }
    default:
      return -2; // a type this walker does not know: let avsc decide
  }
}
const STRING_SKIP: SkipType = { typeName: 'string' };

/** Null when the bytes are valid Avro of `t`; otherwise the path and reason. */
function avroProblem(t: AvroType, body: Buffer, what: string): string | null {
  const end = skip(t as unknown as SkipType, body, 0);
  if (end === body.length) return null;
  if (end !== -2) {
    // Invalid: walk again, slowly, to name the path.
    try {
      const at = walk(t, body, 0, what);
      if (at < body.length) return `${what}: ${body.length - at} byte(s) left over after the record`;
    } catch (p) {
      if (p instanceof AvroPathError) return p.message;
    }
  }
  try {
    t.fromBuffer(body);
    return null;
  } catch (e) {
    return `${what}: ${(e as Error).message}`;
  }
}

function jsonProblem(v: JsonSchemaValidator, body: Buffer, what: string): string | null {
  let doc: unknown;
  try {
    doc = JSON.parse(body.toString('utf8'));
  } catch {
    return `${what}: not JSON`;
  }
  return v.validate(doc) ? null : v.errorsText(what);
}

function schemaIdOf(v: Uint8Array): number | null {
  if (v.length < 5 || v[0] !== 0) return null;
  return ((v[1] << 24) >>> 0) + (v[2] << 16) + (v[3] << 8) + v[4];
}

export default definePolicy({
  name: 'schema-validation',
  description:
    'Refuses records whose Confluent-framed Avro or JSON payload does not match the schema registered under its id.',
  version: '1.0.0',
  values: 'bytes',
  config: {
    value: field.boolean({ default: true, description: 'Validate record values.' }),
    key: field.boolean({ default: false, description: 'Validate record keys (framed, from the registry).' }),
    schemaId: field.string({
      enum: ['required', 'optional', 'forbidden'],
      default: 'required',
      description:
        'required: every validated part must be framed (magic 0 + id); optional: unframed parts pass unchecked; ' +
        'forbidden: a framed part is refused (topics that must not use the registry).',
    }),
    subjectNameStrategy: field.string({
      enum: STRATEGIES,
      default: 'TopicNameStrategy',
      description:
        'Which subject the id must be registered under: <topic>-value / <topic>-key, the record name, ' +
        '<topic>-<record name>; none = any subject.',
    }),
    allowTombstones: field.boolean({ default: true, description: 'Let null values (deletes) through.' }),
    inlineAvro: field.json<Record<string, unknown>>({
      default: {},
      description:
        'Topic → Avro schema, for topics without a registry: values are plain Avro binary, no framing.',
    }),
    inlineJson: field.jsonSchemas({
      optional: true,
      description: 'Topic → JSON Schema, for topics without a registry: values are plain JSON, no framing.',
    }),
    registryUnavailable: field.string({
      enum: ['retry', 'accept'],
      default: 'retry',
      description:
        'When a schema cannot be looked up (registry unreachable, nothing cached): retry = refuse the batch with the ' +
        'retriable REQUEST_TIMED_OUT; accept = let it through unvalidated, logged.',
    }),
    cacheTtlMs: field.integer({
      default: 60000,
      min: 0,
      description: 'How long the policy keeps a looked-up schema before asking the host again.',
    }),
    maxErrorsPerBatch: field.integer({
      default: 20,
      min: 1,
      description: 'Record errors reported per batch at most.',
    }),
  },
  init(config) {
    inlineAvro.clear();
    prepared.clear();
    for (const [topic, schema] of Object.entries(config.inlineAvro)) {
      try {
        inlineAvro.set(topic, avro.Type.forSchema(schema as Parameters<typeof avro.Type.forSchema>[0]));
      } catch (e) {
        throw new Error(`inlineAvro["${topic}"] is not a usable Avro schema: ${(e as Error).message}`);
      }
    }
  },
  async onProduce(batch, ctx) {
    const c = ctx.config;
    const now = Date.now();
    const inlineJ =
      c.inlineJson === undefined
        ? undefined
        : Object.hasOwn(c.inlineJson, batch.topic)
          ? c.inlineJson[batch.topic]
          : undefined;
    const inlineA = inlineAvro.get(batch.topic);
    const inline = inlineJ !== undefined || inlineA !== undefined;
    const parts: ('key' | 'value')[] = [];
    if (c.key) parts.push('key');
    if (c.value) parts.push('value');

    // One host lookup per id not cached, all in parallel.
    const wanted = new Set<number>();
    if (c.schemaId !== 'forbidden') {
      for (const r of batch.records) {
        for (const part of parts) {
          if (part === 'value' && inline) continue;
          const bytes = part === 'key' ? r.key : r.value;
          const id = bytes === null ? null : schemaIdOf(bytes);
          const have = id === null ? undefined : prepared.get(id);
          if (id !== null && (have === undefined || now - have.at >= c.cacheTtlMs)) wanted.add(id);
        }
      }
    }
    try {
      await Promise.all(
        [...wanted].map(async (id) => {
          const p = prepare(await ctx.schemas.get(id), id, now);
          if (prepared.size >= CACHE_MAX) prepared.clear();
          prepared.set(id, p);
        }),
      );
    } catch (e) {
      // The host could not reach the registry and had nothing cached for some id.
      ctx.metrics.count('registry_unavailable');
      const why = `schema registry unavailable (${(e as Error).message}) for schema id(s) ${[...wanted].join(', ')}`;
      if (c.registryUnavailable === 'accept') {
        ctx.log.warn(`${why}: batch accepted unvalidated (registryUnavailable: accept)`);
        return accept();
      }
      // Retriable: producers retry, and nothing reaches Kafka unvalidated meanwhile.
      return reject(`${why}; retry later`, { errorCode: ErrorCodes.REQUEST_TIMED_OUT });
    }

    const check = (subjectMisses?: Set<number>) => {
      const errors: { index: number; message: string }[] = [];
      for (const r of batch.records) {
        if (errors.length >= c.maxErrorsPerBatch) break;
        for (const part of parts) {
          const problem = checkPart(
            part,
            part === 'key' ? r.key : r.value,
            batch.topic,
            ctx,
            inline && part === 'value' ? { inlineA, inlineJ } : undefined,
            subjectMisses,
          );
          if (problem !== null) {
            errors.push({ index: r.index, message: problem });
            break;
          }
        }
      }
      return errors;
    };
    const misses = new Set<number>();
    let errors = check(misses);
    const recheck = [...misses].filter((id) => {
      const at = prepared.get(id)?.rechecked;
      return at === undefined || now - at >= RECHECK_MS;
    });
    if (recheck.length > 0) {
      try {
        await Promise.all(
          recheck.map(async (id) => {
            const p = prepare(await ctx.schemas.get(id, { maxAgeMs: RECHECK_MS }), id, now);
            prepared.set(id, { ...p, rechecked: now });
          }),
        );
        errors = check();
      } catch {
        // The registry cannot say more now: the records stay refused for what was known.
      }
    }
    if (errors.length === 0) return accept();
    ctx.metrics.count('invalid_records', errors.length);
    const first = errors[0];
    return reject(
      `${errors.length} record(s) do not match their schema on ${batch.topic}: record ${first.index}: ${first.message}`,
      { recordErrors: errors.map((e) => ({ index: e.index, message: `record ${e.index}: ${e.message}` })) },
    );
  },
});

type Config = PolicyContext<{
  schemaId: string;
  subjectNameStrategy: string;
  allowTombstones: boolean;
}>;

/** Null when this key or value is acceptable; otherwise why not, naming the path. */
function checkPart(
  part: 'key' | 'value',
  bytes: Uint8Array | null,
  topic: string,
  ctx: Config,
  inline: { inlineA?: AvroType; inlineJ?: JsonSchemaValidator } | undefined,
  subjectMisses?: Set<number>,
): string | null {
  const c = ctx.config;
  if (bytes === null) {
    if (part === 'key') return null; // a record without a key is ordinary
    return c.allowTombstones ? null : 'null value (tombstone) not allowed';
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (inline) {
    if (inline.inlineA) return avroProblem(inline.inlineA, buf, part);
    return jsonProblem(inline.inlineJ as JsonSchemaValidator, buf, part);
  }
  const id = schemaIdOf(bytes);
  if (c.schemaId === 'forbidden') {
    return id === null ? null : `${part} carries a schema id (${id}), which this topic does not allow`;
  }
  if (id === null) {
    return c.schemaId === 'optional'
      ? null
      : `${part} is not in the Confluent wire format (magic byte 0 + 4-byte schema id)`;
  }
  const p = prepared.get(id);
  if (p === undefined) return `${part} schema id ${id} is unavailable`;
  if (p.problem !== undefined) return `${part}: ${p.problem}`;
  if (c.subjectNameStrategy !== 'none') {
    const subject = expectedSubject(c.subjectNameStrategy, topic, part, p.recordName);
    if (subject === null) {
      return `${part} schema id ${id} has no record name (${c.subjectNameStrategy} needs an Avro named type or a JSON schema title)`;
    }
    if (p.subjects === undefined)
      return `${part} schema id ${id}: the schema source does not say its subjects`;
    if (!p.subjects.includes(subject)) {
      subjectMisses?.add(id);
      return `${part} schema id ${id} is not registered under subject ${subject} (${c.subjectNameStrategy}); it is under ${p.subjects.length === 0 ? 'no subject' : p.subjects.join(', ')}`;
    }
  }
  const body = buf.subarray(5);
  return p.type === 'AVRO'
    ? avroProblem(p.avro as AvroType, body, part)
    : jsonProblem(p.json as JsonSchemaValidator, body, part);
}

function expectedSubject(
  strategy: string,
  topic: string,
  part: 'key' | 'value',
  recordName: string | undefined,
): string | null {
  if (strategy === 'TopicNameStrategy') return `${topic}-${part}`;
  if (recordName === undefined) return null;
  return strategy === 'RecordNameStrategy' ? recordName : `${topic}-${recordName}`;
}
