// Checks that record values are Avro in the Confluent wire format (magic byte 0, 4-byte
// schema id, Avro binary) and decode with the schema registered under that id. Schemas are
// looked up through the host (ctx.schemas) once per id and cached for the life of the load.

import avro from 'avsc';
import { Buffer } from 'buffer';
import { accept, definePolicy, field, reject } from '../sdk/index.ts';

type AvroType = ReturnType<typeof avro.Type.forSchema>;
const types = new Map<number, AvroType | string>();

function schemaIdOf(v: Uint8Array): number | null {
  if (v.length < 5 || v[0] !== 0) return null;
  return ((v[1] << 24) >>> 0) + (v[2] << 16) + (v[3] << 8) + v[4];
}

export default definePolicy({
  name: 'avro-schema',
  description: 'Refuses values that are not Confluent-framed Avro matching their registered schema.',
  version: '1.0.0',
  values: 'bytes',
  config: {
    allowedSchemaIds: field.json<number[]>({
      default: [],
      description: 'Registry ids allowed; empty = any.',
    }),
    allowTombstones: field.boolean({ default: true }),
  },
  async onProduce(batch, ctx) {
    const ids = batch.records.map((r) => (r.value === null ? null : schemaIdOf(r.value)));
    // One host lookup per unknown id, in parallel.
    const missing = [...new Set(ids.filter((id): id is number => id !== null && !types.has(id)))];
    await Promise.all(
      missing.map(async (id) => {
        const s = await ctx.schemas.get(id);
        if (s === null) types.set(id, `schema id ${id} is not registered`);
        else if (s.type !== 'AVRO') types.set(id, `schema id ${id} is ${s.type}, not AVRO`);
        else types.set(id, avro.Type.forSchema(JSON.parse(s.schema)));
      }),
    );
    const allowed = ctx.config.allowedSchemaIds;
    const errors: { index: number; message: string }[] = [];
    for (const r of batch.records) {
      const id = ids[r.index];
      if (r.value === null) {
        if (!ctx.config.allowTombstones) errors.push({ index: r.index, message: 'null value not allowed' });
        continue;
      }
      if (id === null) {
        errors.push({
          index: r.index,
          message: 'value is not Confluent-framed Avro (magic byte 0 + schema id)',
        });
        continue;
      }
      if (allowed.length > 0 && !allowed.includes(id)) {
        errors.push({ index: r.index, message: `schema id ${id} is not allowed on this topic` });
        continue;
      }
      const type = types.get(id);
      if (typeof type === 'string' || type === undefined) {
        errors.push({ index: r.index, message: type ?? `schema id ${id} unavailable` });
        continue;
      }
      try {
        const body = Buffer.from(r.value.buffer, r.value.byteOffset + 5, r.value.length - 5);
        type.fromBuffer(body);
      } catch (e) {
        errors.push({
          index: r.index,
          message: `does not decode with schema ${id}: ${(e as Error).message}`,
        });
      }
    }
    if (errors.length === 0) return accept();
    return reject(`record ${errors[0].index}: ${errors[0].message}`, { recordErrors: errors });
  },
});
