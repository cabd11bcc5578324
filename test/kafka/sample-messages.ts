// Builds sample messages from the generated schema table: every field the version has, with
// values that exercise the encoding (negative numbers, multi-byte UTF-8, nulls, nested arrays,
// tagged fields, unknown tagged fields). Seeded, so a failure reproduces.
import type { FieldSchema, MessageSchema } from '../../kafka/generated/schemas.ts';

/** Small, fast, seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SampleStyle =
  /** Non-null values, two-element arrays, an unknown tagged field in every flexible struct. */
  | 'full'
  /** null wherever the version allows it, empty arrays and strings, zeros. */
  | 'sparse';

const inRange = (range: readonly [number, number] | null | undefined, version: number) =>
  range != null && version >= range[0] && version <= range[1];

export function sampleMessage(
  schema: MessageSchema,
  version: number,
  style: SampleStyle,
  seed: number,
): Record<string, unknown> {
  const random = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const flexible = inRange(schema.flexibleVersions, version);

  const scalar = (type: string): unknown => {
    const sparse = style === 'sparse';
    switch (type) {
      case 'bool':
        return sparse ? false : random() < 0.5;
      case 'int8':
        return sparse ? 0 : int(-128, 127);
      case 'int16':
        return sparse ? 0 : int(-32768, 32767);
      case 'uint16':
        return sparse ? 0 : int(0, 65535);
      case 'int32':
        return sparse ? 0 : int(-2147483648, 2147483647);
      case 'uint32':
        return sparse ? 0 : int(0, 4294967295);
      case 'int64':
        return sparse ? 0n : (BigInt(int(-2147483648, 2147483647)) << 32n) | BigInt(int(0, 4294967295));
      case 'float64':
        return sparse ? 0 : (random() - 0.5) * 1e6;
      case 'string':
        return sparse ? '' : `s${int(0, 999)}-é✓`;
      case 'bytes':
      case 'records':
        return sparse ? Buffer.alloc(0) : Buffer.from(Array.from({ length: int(1, 12) }, () => int(0, 255)));
      case 'uuid': {
        if (sparse) return '00000000-0000-0000-0000-000000000000';
        const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16)).join('');
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      }
      default:
        throw new Error(`no sample for type ${type}`);
    }
  };

  const fieldValue = (f: FieldSchema, depth: number): unknown => {
    if (style === 'sparse' && inRange(f.nullableVersions, version)) return null;
    const element = () => (f.struct ? struct(schema.structs[f.type], depth + 1) : scalar(f.type));
    if (f.array) {
      const n = style === 'sparse' ? 0 : 2;
      return Array.from({ length: n }, element);
    }
    return element();
  };

  const struct = (fields: readonly FieldSchema[], depth: number): Record<string, unknown> => {
    if (depth > 10) throw new Error(`${schema.name}: structs nest too deeply`);
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      if (inRange(f.versions, version)) out[f.prop] = fieldValue(f, depth);
    }
    if (flexible && style === 'full') {
      out._unknownTaggedFields = [{ tag: 10_000 + depth, data: Buffer.from([depth, 0xab]) }];
    }
    return out;
  };

  return struct(schema.fields, 0);
}
