import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { kmsKeyGrant } from '../../../engine/capabilities.ts';
import { type DataKey, EncryptionKeys, UnwrappedKeys } from '../../../gateway/kms/data-keys.ts';

function generator() {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    generate: async (): Promise<DataKey> => {
      calls++;
      return { plaintext: randomBytes(32), wrapped: randomBytes(40) };
    },
  };
}

describe('data-key caches', () => {
  test('Given maxUses 3, when 7 values are encrypted in two calls, then 3 data keys are generated and none is used more than 3 times', async () => {
    const keys = new EncryptionKeys({ ttlMs: 60_000, maxUses: 3 });
    const g = generator();
    const a = await keys.take('k', 5, g.generate);
    const b = await keys.take('k', 2, g.generate);
    assert.equal(g.calls, 3);
    const uses = new Map<DataKey, number>();
    for (const k of [...a, ...b]) uses.set(k, (uses.get(k) ?? 0) + 1);
    assert.deepEqual([...uses.values()], [3, 3, 1]);
  });

  test('Given a TTL, when it passes, then a new data key is generated; before it, not', async () => {
    let now = 0;
    const keys = new EncryptionKeys({ ttlMs: 1000, maxUses: 1_000_000, now: () => now });
    const g = generator();
    const [first] = await keys.take('k', 1, g.generate);
    now = 999;
    assert.equal((await keys.take('k', 1, g.generate))[0], first);
    now = 1000;
    assert.notEqual((await keys.take('k', 1, g.generate))[0], first);
    assert.equal(g.calls, 2);
  });

  test('Given a key past 80 % of its TTL, when values are encrypted, then they use it while a new one is generated in the background, and the next call uses the new one', async () => {
    let now = 0;
    const keys = new EncryptionKeys({ ttlMs: 1000, maxUses: 1_000_000, now: () => now });
    const g = generator();
    const [first] = await keys.take('k', 1, g.generate);
    now = 850;
    assert.equal((await keys.take('k', 1, g.generate))[0], first, 'no wait for KMS');
    await new Promise((r) => setImmediate(r));
    assert.equal(g.calls, 2, 'refreshed in the background');
    const [next] = await keys.take('k', 1, g.generate);
    assert.notEqual(next, first);
    assert.equal(g.calls, 2);
  });

  test('Given the background refresh fails, then the current key stays in use until it expires', async () => {
    let now = 0;
    let fail = false;
    const keys = new EncryptionKeys({ ttlMs: 1000, maxUses: 1_000_000, now: () => now });
    const gen = async (): Promise<DataKey> => {
      if (fail) throw new Error('KMS down');
      return { plaintext: randomBytes(32), wrapped: randomBytes(40) };
    };
    const [first] = await keys.take('k', 1, gen);
    fail = true;
    now = 900;
    assert.equal((await keys.take('k', 1, gen))[0], first);
    await new Promise((r) => setImmediate(r));
    assert.equal((await keys.take('k', 1, gen))[0], first);
    now = 1000;
    await assert.rejects(keys.take('k', 1, gen), /KMS down/);
  });

  test('Given two keys and concurrent callers, then each KMS key gets one GenerateDataKey', async () => {
    const keys = new EncryptionKeys({ ttlMs: 60_000, maxUses: 1000 });
    const g = generator();
    const [a, b, c] = await Promise.all([
      keys.take('k1', 10, g.generate),
      keys.take('k1', 10, g.generate),
      keys.take('k2', 10, g.generate),
    ]);
    assert.equal(g.calls, 2);
    assert.equal(a[0], b[0]);
    assert.notEqual(a[0], c[0]);
  });

  test('Given a failing KMS, then the failure reaches the caller and the next call tries again', async () => {
    const keys = new EncryptionKeys({ ttlMs: 60_000, maxUses: 10 });
    await assert.rejects(
      keys.take('k', 1, async () => Promise.reject(new Error('down'))),
      /down/,
    );
    const g = generator();
    await keys.take('k', 1, g.generate);
    assert.equal(g.calls, 1);
  });

  test('Given a bounded unwrap cache, then each wrapped key is unwrapped once and the least recently used is evicted', async () => {
    const cache = new UnwrappedKeys({ maxEntries: 2, ttlMs: 60_000 });
    let unwraps = 0;
    const unwrap = async () => {
      unwraps++;
      return randomBytes(32);
    };
    const [w1, w2, w3] = [randomBytes(8), randomBytes(8), randomBytes(8)];
    const k1 = await cache.get(w1, unwrap);
    await Promise.all([cache.get(w2, unwrap), cache.get(w2, unwrap)]);
    assert.equal(unwraps, 2);
    assert.equal(await cache.get(w1, unwrap), k1, 'w1 is now the most recent');
    await cache.get(w3, unwrap); // evicts w2
    assert.equal(cache.size, 2);
    assert.equal(unwraps, 3);
    await cache.get(w1, unwrap);
    assert.equal(unwraps, 3);
    await cache.get(w2, unwrap);
    assert.equal(unwraps, 4);
  });

  test('Given a grant with a glob, then names it matches are allowed and others are not', () => {
    const grant = kmsKeyGrant(['alias/orders', 'alias/customer-*']);
    assert.equal(grant.has('alias/orders'), true);
    assert.equal(grant.has('alias/customer-42'), true);
    assert.equal(grant.has('alias/customer'), false);
    assert.equal(grant.has('alias/other'), false);
  });
});
