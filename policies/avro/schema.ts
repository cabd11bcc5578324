// Avro helpers the Avro policies share (masking-avro.ts, field-encryption-avro.ts): the config
// that says how values are laid out (inline writer schema, Confluent framing), decoding and
// encoding values with it, and the type a field path leads to in the schema.

import avro from 'avsc';
import { Buffer } from 'buffer';
import { field, type JsonPath } from '../../sdk/index.ts';

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

/** The config fields that say how a topic's values are laid out, for an Avro policy's config. */
export function avroValueFields() {
  return {
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
  };
}

/** How values are laid out: the writer type, Confluent framing or not, the ids that stand for the schema. */
export interface AvroFraming {
  type: AvroType;
  confluent: boolean;
  ids: ReadonlySet<number>;
}

/** The framing those config fields describe; what is wrong with them goes to `problems`. */
export function framingOf(
  config: { schema: unknown; framing: string; schemaIds: number[] },
  problems: string[],
): AvroFraming | undefined {
  let type: AvroType | undefined;
  try {
    type = avro.Type.forSchema(config.schema as avro.Schema);
  } catch (e) {
    problems.push(`schema: ${(e as Error).message}`);
  }
  const ids = config.schemaIds;
  if (!Array.isArray(ids) || ids.some((id) => !Number.isInteger(id) || id < 0)) {
    problems.push('schemaIds must be a list of schema ids (integers >= 0)');
    return undefined;
  }
  return type && { type, confluent: config.framing === 'confluent', ids: new Set(ids) };
}

/** A value's Avro body decoded, or why it cannot be (not framed, another schema id, not this schema). */
export function decodeFramed(f: AvroFraming, v: Uint8Array): { doc: unknown } | { why: string } {
  if (f.confluent) {
    const id = schemaIdOf(v);
    if (id === null) return { why: 'is not Confluent-framed (magic byte 0 + schema id)' };
    if (f.ids.size > 0 && !f.ids.has(id))
      return { why: `has schema id ${id}, not one of the configured schemaIds` };
  }
  const head = f.confluent ? 5 : 0;
  const body = Buffer.from(v.buffer, v.byteOffset + head, v.length - head);
  try {
    const { value, offset } = f.type.decode(body, 0);
    // A value that decodes with bytes left over was written with another schema.
    if (offset !== body.length) return { why: 'does not decode with the configured schema' };
    return { doc: value };
  } catch (e) {
    return { why: `does not decode with the configured schema: ${(e as Error).message}` };
  }
}

/** `doc` encoded again, behind the original value's framing header. */
export function encodeFramed(f: AvroFraming, original: Uint8Array, doc: unknown): Uint8Array {
  const head = f.confluent ? 5 : 0;
  const encoded = f.type.toBuffer(doc);
  const out = new Uint8Array(head + encoded.length);
  out.set(original.subarray(0, head));
  out.set(encoded, head);
  return out;
}
