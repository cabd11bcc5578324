// The gateway-wide account of bytes inflated for policies (gateway/policy/decode-budget.ts):
// who waits, who is woken, and what a request's budget counts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Registry } from 'prom-client';
import {
  DecodeBudget,
  DecodedBytesInFlight,
  registerDecodeMetrics,
} from '../../../gateway/policy/decode-budget.ts';
import type { RecordBatch } from '../../../kafka/records/record-batch.ts';
import { splitRecords } from '../../../kafka/records/records-field.ts';
import { batchOf } from '../../kit/frames.ts';

const MiB = 1024 * 1024;
const gzipBatch = (bytes: number) => splitRecords(batchOf(['x'.repeat(bytes)], 'gzip'))[0] as RecordBatch;
const tick = () => new Promise((r) => setImmediate(r));

describe('decode budget', () => {
  test('Given a request holding more than the gateway-wide capacity, when two more ask to decode, then both wait and are let in, in order, once it releases', async () => {
    const inFlight = new DecodedBytesInFlight(1 * MiB);
    const a = new DecodeBudget({ perRequest: 4 * MiB, inFlight });
    await a.admit();
    await a.decode(gzipBatch(1.5 * MiB));
    assert.ok(inFlight.used >= 1.5 * MiB, `${inFlight.used} bytes counted`);
    const order: string[] = [];
    const b = new DecodeBudget({ perRequest: 4 * MiB, inFlight });
    const c = new DecodeBudget({ perRequest: 4 * MiB, inFlight });
    const admitted = [b.admit().then(() => order.push('b')), c.admit().then(() => order.push('c'))];
    await tick();
    assert.deepEqual(order, [], 'nobody starts while the capacity is held');
    assert.equal(inFlight.waits, 2);
    a.release();
    await Promise.all(admitted);
    assert.deepEqual(order, ['b', 'c']);
    assert.equal(inFlight.used, 0);
  });

  test('Given uncompressed batches, when decoded, then they are read in place and cost the account nothing', async () => {
    const inFlight = new DecodedBytesInFlight(MiB);
    const budget = new DecodeBudget({ perRequest: MiB, inFlight });
    const plain = splitRecords(batchOf(['y'.repeat(2 * MiB)]))[0] as RecordBatch;
    assert.equal((await budget.decode(plain))?.length, 1);
    assert.equal(inFlight.used, 0);
    assert.equal(budget.fresh, false, 'its record counts against the request');
  });

  test('Given a records limit, when batches together hold more records than it, then the one that would pass it is refused with SLUICE_RECORDS_TOO_LARGE naming limits.maxPolicyRecordsPerRequest, compressed or not, before it is inflated', async () => {
    const inFlight = new DecodedBytesInFlight(64 * MiB);
    const budget = new DecodeBudget({ perRequest: 64 * MiB, perRequestRecords: 1000, inFlight });
    const values = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`);
    const plain = splitRecords(batchOf(values(600)))[0] as RecordBatch;
    assert.equal((await budget.decode(plain))?.length, 600);
    const zipped = splitRecords(batchOf(values(600), 'gzip'))[0] as RecordBatch;
    await assert.rejects(
      budget.decode(zipped),
      (e: unknown) =>
        (e as { code?: string }).code === 'SLUICE_RECORDS_TOO_LARGE' &&
        (e as { details?: { limit?: string } }).details?.limit === 'limits.maxPolicyRecordsPerRequest',
    );
    assert.equal(inFlight.used, 0, 'the refused batch was not inflated');
    const registry = new Registry();
    registerDecodeMetrics(registry, inFlight);
    assert.match(
      await registry.metrics(),
      /sluice_policy_batches_too_large_total\{limit="limits.maxPolicyRecordsPerRequest"\} 1/,
    );
    const fits = splitRecords(batchOf(values(400), 'gzip'))[0] as RecordBatch;
    assert.equal((await budget.decode(fits))?.length, 400, 'up to the limit still decodes');
    budget.release();
    assert.equal((await budget.decode(zipped))?.length, 600, 'a released budget starts afresh');
  });

  test('Given a request budget, when compressed batches inflate past it, then decompression stops with SLUICE_RECORDS_TOO_LARGE and only what fitted is counted', async () => {
    const budget = new DecodeBudget({ perRequest: 2.5 * MiB });
    const asked = [budget.decode(gzipBatch(MiB)), budget.decode(gzipBatch(MiB))];
    await assert.rejects(
      budget.decode(gzipBatch(MiB)),
      (e: unknown) => (e as { code?: string }).code === 'SLUICE_RECORDS_TOO_LARGE',
    );
    assert.deepEqual(
      (await Promise.all(asked)).map((r) => r?.length),
      [1, 1],
    );
    assert.equal(budget.fresh, false);
  });

  test('Given three batches asked at once, when the first is inflating, then the others wait their turn and one that is no longer wanted is skipped', async () => {
    const budget = new DecodeBudget({ perRequest: 8 * MiB });
    let wanted = true;
    const first = budget.decode(gzipBatch(MiB));
    const second = budget.decode(gzipBatch(MiB), () => wanted);
    const third = budget.decode(gzipBatch(MiB));
    wanted = false;
    assert.equal((await first)?.length, 1);
    assert.equal(await second, null);
    assert.equal((await third)?.length, 1);
  });
});
