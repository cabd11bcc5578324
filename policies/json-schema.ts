// Validates JSON record values against a JSON Schema per topic. The schemas come from the
// deployment's config and are compiled outside the sandbox when the policy loads
// (`field.jsonSchemas`), so the isolate holds validators, not a schema compiler. A batch with
// any invalid record is refused as a whole, with one record error per invalid record, so
// idempotent producers keep their sequences.

import { accept, definePolicy, field, reject } from '../sdk/index.ts';

export default definePolicy({
  name: 'json-schema',
  description: 'Refuses produce batches whose JSON values do not match the topic schema.',
  version: '1.1.0',
  config: {
    schemas: field.jsonSchemas({
      description:
        'Topic name → JSON Schema (draft-07). The key "*" applies to topics without their own schema. ' +
        'Unknown keywords are refused; formats are not checked.',
    }),
    allowTombstones: field.boolean({
      default: true,
      description: 'Let null values (deletes on compacted topics) through.',
    }),
    maxErrorsPerBatch: field.integer({
      default: 20,
      min: 1,
      description: 'Record errors reported per batch at most.',
    }),
  },
  onProduce(batch, ctx) {
    const schemas = ctx.config.schemas;
    const validator = Object.hasOwn(schemas, batch.topic) ? schemas[batch.topic] : schemas['*'];
    if (!validator) return accept();
    const errors: { index: number; message: string }[] = [];
    for (const record of batch.records) {
      if (errors.length >= ctx.config.maxErrorsPerBatch) break;
      const text = record.text();
      if (text === null) {
        if (!ctx.config.allowTombstones)
          errors.push({ index: record.index, message: 'null value (tombstone) not allowed' });
        continue;
      }
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        errors.push({ index: record.index, message: 'value is not JSON' });
        continue;
      }
      if (!validator.validate(doc))
        errors.push({ index: record.index, message: validator.errorsText('value') });
    }
    if (errors.length === 0) return accept();
    ctx.metrics.count('invalid_records', errors.length);
    return reject(
      `${errors.length} record(s) do not match the schema of ${batch.topic}: ${errors[0].message}`,
      {
        recordErrors: errors,
      },
    );
  },
});
