import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { writeTaggedFields } from '../../kafka/codec-support.ts';
import { PADDING_TAG, taggedPadding } from '../../kafka/tag-padding.ts';
import { Writer } from '../../kafka/writer.ts';

/** The bytes of a tagged-field section of `count` 1-byte fields plus `extra`. */
function sectionSize(count: number, extra: { tag: number; data: Buffer }[] = []): number {
  const fields = Array.from({ length: count }, (_, i) => ({ tag: i, data: Buffer.from([i]) }));
  const w = new Writer();
  writeTaggedFields(w, undefined, [...fields, ...extra]);
  return w.toBuffer().length;
}

describe('tagged-field padding', () => {
  test('Given every growth from 0 to 20,000 bytes and sections of 0, 1, 126 and 127 fields, when padded, then the section grows by exactly that, except by 1 or 2 bytes', () => {
    for (const count of [0, 1, 126, 127]) {
      const before = sectionSize(count);
      for (let bytes = 0; bytes <= 20_000; bytes++) {
        const pad = taggedPadding(bytes, count);
        if (bytes === 1 || bytes === 2 || (count === 127 && bytes === 3)) {
          assert.equal(pad, undefined, `${bytes} bytes with ${count} fields`);
          continue;
        }
        assert.ok(pad, `${bytes} bytes with ${count} fields`);
        assert.equal(sectionSize(count, pad) - before, bytes, `${bytes} bytes with ${count} fields`);
      }
    }
  });

  test('Given the padding tag is taken already, when padded, then other tags are used', () => {
    const pad = taggedPadding(300, 1, [PADDING_TAG, PADDING_TAG + 1]);
    assert.ok(pad);
    for (const f of pad) assert.ok(f.tag > PADDING_TAG + 1);
  });
});
