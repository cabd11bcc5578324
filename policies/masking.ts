// Masks chosen fields of JSON record values on fetch, so a consumer reads `4111********1111`
// where Kafka holds the card number. The rules (policies/masking/rules.ts): mask all, keep the
// first / last N characters, a salted SHA-256 (HMAC), or a constant. Principals on the
// allow-list read the originals; other principals can get their own rule set. Kafka keeps the
// originals: masking changes only what goes to the consumer.

import { accept, ConfigError, definePolicy, field, modify, type RecordOutput, reject } from '../sdk/index.ts';
import { applyRules, type Compiled, compileMasking, maskingFields, rulesFor } from './masking/rules.ts';

// Compiled once per load (init), read by every batch; keyed by the config object the hooks
// get as ctx.config (one per load), so loads in one process never see each other's rules.
const compiled = new WeakMap<object, Compiled>();

export default definePolicy({
  name: 'masking',
  description: 'Masks chosen fields of JSON values on fetch: mask, keep first/last N, salted hash, constant.',
  version: '1.0.0',
  config: {
    ...maskingFields(),
    nonJson: field.string({
      default: 'mask',
      enum: ['mask', 'pass', 'reject'],
      description: 'A value that is not JSON: replaced by ****, passed unchanged, or the partition refused.',
    }),
  },
  init(config) {
    const problems: string[] = [];
    const c = compileMasking(config, problems);
    if (problems.length > 0) throw new ConfigError(problems);
    compiled.set(config, c);
  },
  onFetch(batch, ctx) {
    const c = compiled.get(ctx.config);
    if (c === undefined) throw new Error('masking: init did not run for this config');
    const rules = rulesFor(c, ctx.principal);
    if (rules.length === 0) return accept();
    let masked = 0;
    let opaque = 0;
    let changed = false;
    const out: RecordOutput[] = [];
    for (const r of batch.records) {
      const text = r.text();
      // A tombstone has nothing to hide, and a consumer of a compacted topic needs it as it is.
      if (text === null) {
        out.push(r.with({}));
        continue;
      }
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        opaque++;
        if (ctx.config.nonJson === 'reject')
          return reject(`record ${r.index} is not JSON: its fields cannot be masked`);
        if (ctx.config.nonJson === 'mask') {
          out.push(r.with({ value: '****' }));
          changed = true;
        } else out.push(r.with({}));
        continue;
      }
      const n = applyRules(doc, rules);
      if (n === 0) out.push(r.with({}));
      else {
        out.push(r.with({ value: JSON.stringify(doc) }));
        masked += n;
        changed = true;
      }
    }
    if (masked > 0) ctx.metrics.count('fields_masked', masked);
    if (opaque > 0) ctx.metrics.count('values_not_json', opaque);
    return changed ? modify({ records: out }) : accept();
  },
});
