// Padding for a tagged-field section that must come out an exact number of bytes longer: a
// rewrite whose size was announced before the section arrived fills the difference with tagged
// fields no Kafka message defines. Readers skip tags they do not know (KIP-482), so the padding
// costs a client nothing but the bytes. One entry is a tag varint, a size varint and that many
// zero bytes: at least 3 bytes with our 2-byte tags, and not every length is one entry's (a size
// of 127 gives 130 bytes, 128 gives 132), so some differences take two entries.
import type { TaggedField } from './codec-support.ts';

/** Far above any tag Kafka has given a field (they count up from 0), still a 2-byte varint. */
export const PADDING_TAG = 10_000;

/** The smallest difference padding can fill (besides 0): one entry with no data. */
export const MIN_PADDING = 3;

export function varintSize(value: number): number {
  let n = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    n++;
  }
  return n;
}

/**
 * Tagged fields that make a section of `count` fields (none of them tagged `taken`) exactly
 * `bytes` longer once merged in, the field count varint included; undefined when no padding
 * fits (1 or 2 bytes).
 */
export function taggedPadding(
  bytes: number,
  count: number,
  taken: readonly number[] = [],
): TaggedField[] | undefined {
  if (bytes === 0) return [];
  const tags: number[] = [];
  for (let t = PADDING_TAG; tags.length < 2; t++) if (!taken.includes(t)) tags.push(t);
  const one = bytes - (varintSize(count + 1) - varintSize(count));
  const only = entry(tags[0], one);
  if (only) return [only];
  const two = bytes - (varintSize(count + 2) - varintSize(count));
  // Lengths one entry cannot have are isolated (130, 16387, …): if two - 3 is one, two - 4 is not.
  for (const first of [MIN_PADDING, MIN_PADDING + 1]) {
    const a = entry(tags[0], first);
    const b = entry(tags[1], two - first);
    if (a && b) return [a, b];
  }
  return undefined;
}

/** One padding field of exactly `length` bytes, if there is one. */
function entry(tag: number, length: number): TaggedField | undefined {
  const room = length - varintSize(tag);
  for (let sizeBytes = 1; sizeBytes <= 5; sizeBytes++) {
    const data = room - sizeBytes;
    if (data >= 0 && varintSize(data) === sizeBytes) return { tag, data: Buffer.alloc(data) };
  }
  return undefined;
}
