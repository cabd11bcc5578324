// Masks chosen fields of Avro record values on fetch, with the rules of the JSON masking
// policy (policies/masking/rules.ts). The writer schema is given inline in the config (a topic
// whose producers use one schema); each value is decoded with it, masked by field name, and
// encoded again with the same schema, so the consumer's deserializer still reads it. A rule
// whose result the field's type cannot hold (`mask` on an `int`) is refused when the policy loads.

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
import {
  type AvroFraming,
  type AvroType,
  avroValueFields,
  decodeFramed,
  encodeFramed,
  framingOf,
  typeAt,
} from './avro/schema.ts';
import {
  applyRules,
  type Compiled,
  compileMasking,
  maskingFields,
  type RuleConfig,
  rulesFor,
} from './masking/rules.ts';

interface AvroLoad extends AvroFraming {
  masking: Compiled;
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
    ...avroValueFields(),
    undecodable: field.string({
      default: 'reject',
      enum: ['reject', 'pass'],
      description: 'A value the schema does not decode: the partition refused, or passed unchanged.',
    }),
  },
  init(config) {
    const problems: string[] = [];
    const framing = framingOf(config, problems);
    const masking = compileMasking(config, problems, framing ? checkRule(framing.type) : undefined);
    if (problems.length > 0 || framing === undefined) throw new ConfigError(problems);
    loads.set(config, { ...framing, masking });
  },
  onFetch(batch, ctx) {
    const load = loads.get(ctx.config);
    if (load === undefined) throw new Error('masking-avro: init did not run for this config');
    const rules = rulesFor(load.masking, ctx.principal);
    if (rules.length === 0) return accept();
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
      const decoded = decodeFramed(load, v);
      const why = 'why' in decoded ? decoded.why : null;
      const doc = 'doc' in decoded ? decoded.doc : undefined;
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
      const value = encodeFramed(load, v, doc);
      out.push(r.with({ value }));
      masked += n;
      changed = true;
    }
    if (masked > 0) ctx.metrics.count('fields_masked', masked);
    return changed ? modify({ records: out }) : accept();
  },
});
