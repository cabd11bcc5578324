import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GatewayError } from '../../../gateway/errors.ts';
import { MetadataCache, MISS_REFRESH_INTERVAL_MS } from '../../../gateway/routing/metadata-cache.ts';

describe('metadata cache', () => {
  test('Given a miss, when resolved, then metadata is refreshed once for concurrent callers', async () => {
    let calls = 0;
    const cache = new MetadataCache(async () => {
      calls++;
      return [{ nodeId: 4, host: 'b4.internal', port: 9092 }];
    });
    const [a, b] = await Promise.all([cache.resolve(4), cache.resolve(4)]);
    assert.deepEqual(a, { host: 'b4.internal', port: 9092 });
    assert.deepEqual(b, a);
    assert.equal(calls, 1);
    await cache.resolve(4);
    assert.equal(calls, 1);
  });

  test('Given an id unknown after refresh, when resolved, then SLUICE_ROUTE_UNKNOWN_NODE', async () => {
    let calls = 0;
    const cache = new MetadataCache(async () => {
      calls++;
      return [{ nodeId: 1, host: 'b1', port: 9092 }];
    });
    await assert.rejects(cache.resolve(7), (err: GatewayError) => err.code === 'SLUICE_ROUTE_UNKNOWN_NODE');
    assert.equal(calls, 1);
  });

  test('Given observed brokers, when a new id appears, then listeners hear of it once', () => {
    const cache = new MetadataCache();
    const seen: number[] = [];
    cache.onNewNode((id) => seen.push(id));
    cache.observe([
      { nodeId: 0, host: 'a', port: 1 },
      { nodeId: 1, host: 'b', port: 1 },
    ]);
    cache.observe([
      { nodeId: 1, host: 'b2', port: 1 },
      { nodeId: -1, host: '', port: -1 },
    ]);
    assert.deepEqual(seen, [0, 1]);
    assert.deepEqual(cache.get(1), { host: 'b2', port: 1 });
    assert.deepEqual(cache.nodeIds(), [0, 1]);
  });

  test('Given 50 lookups of ids the cluster lacks, one after another, then one refresh serves them all; after the interval a new miss refreshes again', async (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
    let calls = 0;
    const cache = new MetadataCache(async () => {
      calls++;
      return [{ nodeId: 1, host: 'b1', port: 9092 }];
    });
    for (let id = 100; id < 150; id++) {
      await assert.rejects(
        cache.resolve(id),
        (err: GatewayError) => err.code === 'SLUICE_ROUTE_UNKNOWN_NODE',
      );
    }
    assert.equal(calls, 1, 'misses within the interval cost no upstream request');
    t.mock.timers.tick(MISS_REFRESH_INTERVAL_MS);
    await assert.rejects(cache.resolve(150));
    assert.equal(calls, 2);
  });
});
