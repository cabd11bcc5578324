import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TtlCache } from '../../../gateway/registry/cache.ts';

describe('TtlCache', () => {
  test('Given an entry, When its TTL passes, Then it is still there but no longer fresh', () => {
    let now = 1000;
    const c = new TtlCache<number, string>({ ttlMs: 100, maxEntries: 10, now: () => now });
    c.set(1, 'a');
    assert.deepEqual(c.get(1), { value: 'a', storedAt: 1000, fresh: true });
    now = 1099;
    assert.equal(c.get(1)?.fresh, true);
    now = 1100;
    assert.equal(c.get(1)?.fresh, false);
    c.set(1, 'b');
    assert.deepEqual(c.get(1), { value: 'b', storedAt: 1100, fresh: true });
  });

  test('Given more entries than the bound, Then the least recently used ones go first', () => {
    const c = new TtlCache<number, string>({ ttlMs: 1000, maxEntries: 3 });
    for (const k of [1, 2, 3]) c.set(k, `v${k}`);
    c.get(1); // 2 is now the least recently used
    c.set(4, 'v4');
    assert.equal(c.size, 3);
    assert.equal(c.get(2), undefined);
    assert.deepEqual(
      [1, 3, 4].map((k) => c.get(k)?.value),
      ['v1', 'v3', 'v4'],
    );
    assert.throws(() => new TtlCache({ ttlMs: 1, maxEntries: 0 }), /at least 1/);
  });
});
