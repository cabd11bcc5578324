// Avro helpers the Avro policies share (masking-avro.ts, field-encryption-avro.ts): the type a
// field path leads to in a writer schema, and the Confluent wire format's header.

import type avro from 'avsc';
import type { JsonPath } from '../../sdk/index.ts';

export type AvroType = avro.Type;

/** The branches of a union (unwrapped, as avsc reads `["null", "string"]`), or the type itself. */
export function branches(t: AvroType): AvroType[] {
  return t.typeName === 'union:unwrapped' ? (t as avro.types.UnwrappedUnionType).types : [t];
}

/** The Avro type a path leads to in `type`, or why it leads nowhere. Unions unwrap to their branches. */
export function typeAt(type: AvroType, path: JsonPath): AvroType | string {
  let cur: AvroType[] = [type];
  for (const step of path.steps) {
    const next: AvroType[] = [];
    for (const t of cur.flatMap(branches)) {
      if (t.typeName === 'union:wrapped')
        return `goes through the union ${JSON.stringify(t.schema())}, which Avro values carry wrapped`;
      if ('key' in step) {
        if (t.typeName === 'record') {
          const f = (t as avro.types.RecordType).field(step.key);
          if (f) next.push(f.type);
        } else if (t.typeName === 'map') next.push((t as avro.types.MapType).valuesType as AvroType);
      } else if (t.typeName === 'array') next.push((t as avro.types.ArrayType).itemsType);
    }
    if (next.length === 0) return 'names no field of the schema';
    cur = next;
  }
  // Several branches (a map of unions, say) are one union for the check: take the first.
  return cur[0];
}

/** Confluent wire format: magic byte 0, schema id (big-endian int32), Avro binary. */
export function schemaIdOf(v: Uint8Array): number | null {
  if (v.length < 5 || v[0] !== 0) return null;
  return ((v[1] << 24) >>> 0) + (v[2] << 16) + (v[3] << 8) + v[4];
}
