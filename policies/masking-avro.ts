// Masks chosen fields of Avro record values on fetch, with the rules of the JSON masking
// policy (policies/masking/rules.ts). The writer schema is given inline in the config (a topic
// whose producers use one schema); each value is decoded with it, masked by field name, and
// encoded again with the same schema, so the consumer's deserializer still reads it. A rule
// whose result the field's type cannot hold (`mask` on an `int`) is refused when the policy loads.

import avro from 'avsc';
import { Buffer } from 'buffer';
import {
  accept,
  ConfigError,
  definePolicy,
  field,
  type JsonPath,
  modify,
  type RecordOutput,
  reject,
} from '../sdk/index.ts';
import { type AvroType, schemaIdOf, typeAt } from './avro/schema.ts';
import {
  applyRules,
  type Compiled,
  compileMasking,
  maskingFields,
  type RuleConfig,
  rulesFor,
} from './masking/rules.ts';

interface AvroLoad {
  masking: Compiled;
  type: AvroType;
  confluent: boolean;
  ids: ReadonlySet<number>;
}

// Per load, keyed by the config object the hooks see as ctx.config.
const loads = new WeakMap<object, AvroLoad>();

/** Refuses a rule whose result the field's Avro type cannot hold. */
function checkRule(type: AvroType) {
  return (path: JsonPath, rule: RuleConfig): string | null => {
    const leaf = typeAt(type, path);
    if (typeof leaf === 'string') return `path ${path.text} ${leaf}`;
    const result =
      rule.rule === 'replace'
        ? rule.value
        : rule.rule === 'mask' && typeof rule.value === 'string'
          ? rule.value
          : '****';
    return leaf.isValid(result)
      ? null
      : `rule ${rule.rule} gives ${JSON.stringify(result)}, which the Avro type ${JSON.stringify(leaf.schema())} at ${path.text} cannot hold`;
  };
}

export default definePolicy({
  name: 'masking-avro',
  description:
    'Masks chosen fields of Avro values (inline writer schema) on fetch: mask, keep first/last N, salted hash, constant.',
  version: '1.0.0',
  values: 'bytes',
  config: {
    ...maskingFields(),
    schema: field.json<unknown>({ description: 'The Avro writer schema of the values (JSON).' }),
    framing: field.string({
      default: 'confluent',
      enum: ['confluent', 'none'],
      description:
        'confluent: magic byte 0 + 4-byte schema id before the Avro binary; none: Avro binary alone.',
    }),
    schemaIds: field.json<number[]>({
      default: [],
      description: 'With confluent framing: the registry ids that stand for this schema; empty = any id.',
    }),
    undecodable: field.string({
      default: 'reject',
      enum: ['reject', 'pass'],
      description: 'A value the schema does not decode: the partition refused, or passed unchanged.',
    }),
  },
  init(config) {
    const problems: string[] = [];
    let type: AvroType | undefined;
    try {
      type = avro.Type.forSchema(config.schema as avro.Schema);
    } catch (e) {
      problems.push(`schema: ${(e as Error).message}`);
    }
    const ids = config.schemaIds;
    if (!Array.isArray(ids) || ids.some((id) => !Number.isInteger(id) || id < 0))
      problems.push('schemaIds must be a list of schema ids (integers >= 0)');
    const masking = compileMasking(config, problems, type ? checkRule(type) : undefined);
    if (problems.length > 0 || type === undefined) throw new ConfigError(problems);
    loads.set(config, { masking, type, confluent: config.framing === 'confluent', ids: new Set(ids) });
  },
  onFetch(batch, ctx) {
    const load = loads.get(ctx.config);
    if (load === undefined) throw new Error('masking-avro: init did not run for this config');
    const rules = rulesFor(load.masking, ctx.principal);
    if (rules.length === 0) return accept();
    const head = load.confluent ? 5 : 0;
    let masked = 0;
    let changed = false;
    const out: RecordOutput[] = [];
    for (const r of batch.records) {
      const v = r.value;
      // A tombstone has nothing to hide, and a consumer of a compacted topic needs it as it is.
      if (v === null) {
        out.push(r.with({}));
        continue;
      }
      let doc: unknown;
      let why: string | null = null;
      if (load.confluent) {
        const id = schemaIdOf(v);
        if (id === null) why = 'is not Confluent-framed (magic byte 0 + schema id)';
        else if (load.ids.size > 0 && !load.ids.has(id))
          why = `has schema id ${id}, not one of the configured schemaIds`;
      }
      if (why === null) {
        const body = Buffer.from(v.buffer, v.byteOffset + head, v.length - head);
        try {
          const { value, offset } = load.type.decode(body, 0);
          // A value that decodes with bytes left over was written with another schema.
          if (offset !== body.length) why = 'does not decode with the configured schema';
          else doc = value;
        } catch (e) {
          why = `does not decode with the configured schema: ${(e as Error).message}`;
        }
      }
      if (why !== null) {
        if (ctx.config.undecodable === 'reject')
          return reject(`record ${r.index} ${why}: its fields cannot be masked`);
        out.push(r.with({}));
        continue;
      }
      const n = applyRules(doc, rules);
      if (n === 0) {
        out.push(r.with({}));
        continue;
      }
      const encoded = load.type.toBuffer(doc);
      const value = new Uint8Array(head + encoded.length);
      value.set(v.subarray(0, head));
      value.set(encoded, head);
      out.push(r.with({ value }));
      masked += n;
      changed = true;
    }
    if (masked > 0) ctx.metrics.count('fields_masked', masked);
    return changed ? modify({ records: out }) : accept();
  },
});
