// Validates JSON record values against a JSON Schema per topic, with ajv. Schemas are compiled
// once per load (init), not per batch. A batch with any invalid record is refused as a whole,
// with one record error per invalid record, so idempotent producers keep their sequences.

import { Ajv, type ValidateFunction } from 'ajv';
import { accept, definePolicy, field, reject } from '../sdk/index.ts';

let validators = new Map<string, ValidateFunction>();
let ajv: Ajv;

export default definePolicy({
  name: 'json-schema',
  description: 'Refuses produce batches whose JSON values do not match the topic schema.',
  version: '1.0.0',
  config: {
    schemas: field.json<Record<string, object>>({
      description: 'Topic name → JSON Schema. The key "*" applies to topics without their own schema.',
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
  init(config) {
    // No meta-schemas (meta: false) saves ~2.5 MB per loaded policy; strict mode still refuses
    // unknown keywords, so a typo in a schema fails the deployment instead of passing everything.
    // Formats are not checked: ajv-formats is not on the allow-list.
    ajv = new Ajv({
      strictSchema: true,
      strictTypes: false,
      strictTuples: false,
      strictRequired: false,
      meta: false,
      validateSchema: false,
      validateFormats: false,
      logger: false,
      code: { source: false },
    });
    validators = new Map(
      Object.entries(config.schemas).map(([topic, schema]) => {
        const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
        return [topic, ajv.compile(rest)];
      }),
    );
  },
  onProduce(batch, ctx) {
    const validate = validators.get(batch.topic) ?? validators.get('*');
    if (!validate) return accept();
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
      if (!validate(doc))
        errors.push({ index: record.index, message: ajv.errorsText(validate.errors, { dataVar: 'value' }) });
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
