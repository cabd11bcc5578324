// The sandbox pool's deadlines under queueing: a batch's deadline covers only the time its
// worker spends on it, a truly wedged worker is still killed, and queueing has its own bound
// that fails batches retriably without blaming anyone.

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { SandboxLimits } from '../../../engine/sandbox/messages.ts';
import { DEFAULT_LIMITS } from '../../../engine/sandbox/messages.ts';
import type { PoolOptions, WorkerExit } from '../../../engine/sandbox/pool.ts';
import { SandboxPool } from '../../../engine/sandbox/pool.ts';
import { batch, compile, ctx, policySource, startEngine } from '../helpers.ts';
import { payload, slowSource, wctx } from './fixtures.ts';

/** Starts `n` runs one event-loop turn apart, as separate requests would arrive (one group each). */
async function inSeparateTurns<T>(n: number, start: () => Promise<T>): Promise<T[]> {
  const runs: Promise<T>[] = [];
  for (let i = 0; i < n; i++) {
    runs.push(start());
    await new Promise((r) => setImmediate(r));
  }
  return Promise.all(runs);
}

async function startPool(options: PoolOptions): Promise<{ pool: SandboxPool; exits: WorkerExit[] }> {
  const exits: WorkerExit[] = [];
  const pool = await SandboxPool.start({ workers: 1, onWorkerExit: (e) => exits.push(e), ...options });
  return { pool, exits };
}

/** Compiles a policy module and loads it into the pool under `key`. */
async function loadSource(pool: SandboxPool, key: string, source: string, limits: Partial<SandboxLimits>) {
  const policy = await compile(source);
  const r = await pool.load({ key, code: policy.code, config: {}, limits: { ...DEFAULT_LIMITS, ...limits } });
  assert.ok(r.ok, JSON.stringify(r));
}

async function loadSlow(pool: SandboxPool, key: string, ms: number, limits: Partial<SandboxLimits>) {
  await loadSource(pool, key, slowSource(ms), limits);
}

/** A policy whose batch 'loop' loops forever and whose init takes 700 ms (a slow isolate rebuild); deadline 150 ms. */
async function loadPicky(pool: SandboxPool): Promise<void> {
  await loadSource(
    pool,
    'picky',
    policySource(
      `export default definePolicy({ name: 'picky', init() { const end = Date.now() + 700; while (Date.now() < end) {} }, onProduce(b) { if (b.records[0].text() === 'loop') { while (true) {} } return accept(); } });`,
    ),
    { deadlineMs: 150 },
  );
}

describe('sandbox pool deadlines under queueing', () => {
  const pools: SandboxPool[] = [];
  after(() => Promise.all(pools.map((p) => p.close())));

  test('Given many batches queued on one worker behind slow-but-healthy batches, the policy is not killed or quarantined', async () => {
    const { engine } = await startEngine({ workers: 1, graceMs: 200 });
    try {
      const policy = await compile(slowSource(40));
      await engine.deploy({
        id: 'slow',
        policy,
        scope: { topics: ['slow'] },
        limits: { deadlineMs: 400, cpuMs: 1000 },
      });
      // 25 × 40 ms queue up ~1 s in the worker: far past deadline + grace for the last ones,
      // yet each batch uses a tenth of its deadline.
      for (let round = 0; round < 3; round++) {
        const outcomes = await Promise.all(
          Array.from({ length: 25 }, () => engine.runProduce(ctx, batch('slow', ['{"a":1}']))),
        );
        for (const o of outcomes) assert.equal(o.action, 'forward', JSON.stringify(o));
      }
      assert.equal(engine.workerRestarts, 0);
      assert.equal(engine.metrics.get('sluice_policy_quarantined_total')?.get({ policy: 'slow' }) ?? 0, 0);
      const o = await engine.runProduce(ctx, batch('slow', ['{"a":1}']));
      assert.equal(o.action, 'forward', 'the policy still runs: it was never quarantined');
    } finally {
      await engine.close();
    }
  });

  test('Given an engine created with maxQueuedRuns 2, When 6 requests arrive one after another, Then those past the bound are refused retriably and nobody is blamed', async () => {
    const { engine } = await startEngine({ workers: 1, maxQueuedRuns: 2, queueTimeoutMs: 2000 });
    try {
      await engine.deploy({ id: 'slow', policy: await compile(slowSource(50)), scope: { topics: ['slow'] } });
      const outcomes = await inSeparateTurns(6, () => engine.runProduce(ctx, batch('slow', ['{"a":1}'])));
      const refused = outcomes.filter((o) => o.action === 'reject' && o.failure === 'timeout' && o.retriable);
      assert.ok(refused.length >= 3, JSON.stringify(outcomes.map((o) => o.action)));
      assert.ok(outcomes.some((o) => o.action === 'forward'));
      assert.equal(engine.workerRestarts, 0);
    } finally {
      await engine.close();
    }
  });

  test('Given a wedging batch queued behind slow-but-healthy ones, When it runs, Then the worker is killed within deadline + grace of its start and only it is blamed', async () => {
    const { pool, exits } = await startPool({ graceMs: 200 });
    pools.push(pool);
    await loadSlow(pool, 'slow', 60, { deadlineMs: 400, cpuMs: 1000 });
    const wedge = await compile(
      policySource(
        `export default definePolicy({ name: 'wedge', onProduce() { new Array(6e7).fill(0); while (true) {} } });`,
      ),
    );
    const r = await pool.load({
      key: 'wedge',
      code: wedge.code,
      config: {},
      limits: { ...DEFAULT_LIMITS, deadlineMs: 300 },
    });
    assert.ok(r.ok);
    const t0 = performance.now();
    const healthy = Array.from({ length: 10 }, () => pool.run('slow', 'onProduce', wctx, payload('x')));
    const bad = await pool.run('wedge', 'onProduce', wctx, payload('x'));
    const badAt = performance.now() - t0;
    assert.equal(bad.ok, false);
    assert.equal(!bad.ok && bad.kind, 'timeout');
    // It starts after ~600 ms of healthy work; then deadline 300 + grace 200, plus slack for a loaded machine.
    assert.ok(badAt < 600 + 300 + 200 + 1500, `wedged worker killed after ${badAt.toFixed(0)} ms`);
    for (const h of await Promise.all(healthy)) assert.ok(h.ok, JSON.stringify(h));
    for (let i = 0; i < 100 && exits.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(
      exits.map((e) => [e.reason, e.culprit]),
      [['deadline', 'wedge']],
    );
  });

  test('Given the batches of one request in one group, When one of them loops forever, Then only it times out, the others in its group are answered, and the worker is not killed', async () => {
    const { pool, exits } = await startPool({ graceMs: 200 });
    pools.push(pool);
    // The worker rebuilds the isolate (a slow init) before the group's next batch: the host
    // must allow for that, not kill the worker at the group's plain deadline (4 × 150 + 200 ms).
    await loadPicky(pool);
    // Started in one turn, as a gateway starts the partitions of one request: one group.
    const replies = await Promise.all(
      ['a', 'loop', 'b', 'c'].map((v) => pool.run('picky', 'onProduce', wctx, payload(v))),
    );
    assert.deepEqual(
      replies.map((x) => (x.ok ? 'ok' : x.kind)),
      ['ok', 'timeout', 'ok', 'ok'],
    );
    assert.equal(pool.restarts, 0);
    assert.deepEqual(exits, []);
  });

  test('Given a group of 12 batches where the fourth wedges the worker, Then that batch times out, the other eleven are answered, and the wedge is found in about two deadlines, not twelve', async () => {
    const { pool, exits } = await startPool({ graceMs: 200 });
    pools.push(pool);
    await loadSource(
      pool,
      'wedge-one',
      policySource(
        `export default definePolicy({ name: 'wedge-one', onProduce(b) { if (b.records[0].text() === 'wedge') { new Array(6e7).fill(0); while (true) {} } return accept(); } });`,
      ),
      { deadlineMs: 1500 },
    );
    const t0 = performance.now();
    const values = Array.from({ length: 12 }, (_, i) => (i === 3 ? 'wedge' : `v${i}`));
    const replies = await Promise.all(
      values.map((v) => pool.run('wedge-one', 'onProduce', wctx, payload(v))),
    );
    const took = performance.now() - t0;
    assert.deepEqual(
      replies.map((x) => (x.ok ? 'ok' : x.kind)),
      values.map((v) => (v === 'wedge' ? 'timeout' : 'ok')),
    );
    // The group is named first, then the batch, once it runs alone; never an innocent one.
    for (let i = 0; i < 100 && exits.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(
      exits.map((e) => [e.reason, e.culprit]),
      [
        ['deadline', 'wedge-one'],
        ['deadline', 'wedge-one'],
      ],
    );
    // Timed by the sum of its deadlines, the group alone would wait 12 × 1500 + 200 ms; two
    // deadlines are 3 s, and the rest of the bound is room for two worker restarts on a loaded machine.
    assert.ok(took < 12_000, `took ${took.toFixed(0)} ms`);
  });

  test('Given a flood longer than the queue bound, When batches wait past it, Then they get a retriable timeout, nothing is killed and nobody is blamed', async () => {
    const { pool, exits } = await startPool({ graceMs: 200, queueTimeoutMs: 300 });
    pools.push(pool);
    await loadSlow(pool, 'slow', 100, { deadlineMs: 1000, cpuMs: 1000 });
    const replies = await inSeparateTurns(12, () => pool.run('slow', 'onProduce', wctx, payload('x')));
    const ok = replies.filter((r) => r.ok).length;
    const queued = replies.filter(
      (r) => !r.ok && r.kind === 'timeout' && /waited over 300 ms/.test(r.message),
    );
    assert.ok(ok >= 1 && ok < 12, `${ok} of 12 ran`);
    assert.equal(ok + queued.length, 12, JSON.stringify(replies.filter((r) => !r.ok)));
    assert.equal(pool.restarts, 0);
    assert.deepEqual(exits, []);
    // The cancelled batches were skipped by the worker: it is idle again at once.
    const t0 = performance.now();
    const last = await pool.run('slow', 'onProduce', wctx, payload('x'));
    assert.ok(last.ok, JSON.stringify(last));
    assert.ok(performance.now() - t0 < 1000, 'cancelled batches were not run');
  });

  test('Given more waiting batches than the queue cap, When more arrive, Then they are refused at once as a retriable timeout', async () => {
    const { pool, exits } = await startPool({ maxQueuedRuns: 3 });
    pools.push(pool);
    await loadSlow(pool, 'slow', 50, { deadlineMs: 1000, cpuMs: 1000 });
    const replies = await inSeparateTurns(8, () => pool.run('slow', 'onProduce', wctx, payload('x')));
    const refused = replies.filter((r) => !r.ok && r.kind === 'timeout' && /not queued/.test(r.message));
    assert.equal(refused.length, 5, JSON.stringify(replies));
    assert.equal(replies.filter((r) => r.ok).length, 3);
    assert.deepEqual(exits, []);
  });

  // Regression (review): with whole requests admitted at once, a fetch or produce of more
  // partition batches than the cap was partly refused, and its client retried it forever.
  test('Given one request with more batches than the queue cap and the queue bound allow, When its batches start in one turn, Then all of them run', async () => {
    const { pool, exits } = await startPool({ maxQueuedRuns: 3, queueTimeoutMs: 100 });
    pools.push(pool);
    await loadSlow(pool, 'slow', 30, { deadlineMs: 1000, cpuMs: 1000 });
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => pool.run('slow', 'onProduce', wctx, payload('x'))),
    );
    assert.deepEqual(
      replies.map((r) => r.ok),
      Array(8).fill(true),
      JSON.stringify(replies.filter((r) => !r.ok)),
    );
    assert.deepEqual(exits, []);
  });

  // Regression (review): the cap counted batches, so a second policy's batches of a big
  // request, arriving while the first policy's were still unanswered, were refused.
  test('Given a group of 8 batches in flight and a cap of 3, When two more requests arrive, Then they are queued: the cap counts groups', async () => {
    const { pool, exits } = await startPool({ maxQueuedRuns: 3 });
    pools.push(pool);
    await loadSlow(pool, 'slow', 20, { deadlineMs: 1000, cpuMs: 1000 });
    const big = Promise.all(
      Array.from({ length: 8 }, () => pool.run('slow', 'onProduce', wctx, payload('x'))),
    );
    await new Promise((r) => setImmediate(r));
    const later = await inSeparateTurns(2, () => pool.run('slow', 'onProduce', wctx, payload('y')));
    for (const r of [...(await big), ...later]) assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(exits, []);
  });

  // Regression (review): the worker started the next group while a group's batches still
  // awaited capability replies; a long synchronous group then kept those replies unread, and
  // the waiting group's deadline killed the worker, blaming the policy that was only waiting.
  test('Given a group awaiting capability replies and a long synchronous group behind it, Then both are answered and nothing is killed', async () => {
    const { pool, exits } = await startPool({
      graceMs: 200,
      onHostCall: () => new Promise((r) => setTimeout(() => r({ ok: true, value: null }), 150)),
    });
    pools.push(pool);
    await loadSource(
      pool,
      'asks',
      policySource(
        `export default definePolicy({ name: 'asks', async onProduce(b, ctx) { await ctx.schemas.get(1); return accept(); } });`,
      ),
      { deadlineMs: 300 },
    );
    await loadSlow(pool, 'busy', 900, { deadlineMs: 2000, cpuMs: 2000 });
    const waiting = Promise.all(
      Array.from({ length: 3 }, () => pool.run('asks', 'onProduce', wctx, payload('x'))),
    );
    await new Promise((r) => setImmediate(r));
    const busy = await pool.run('busy', 'onProduce', wctx, payload('y'));
    assert.ok(busy.ok, JSON.stringify(busy));
    for (const w of await waiting) assert.ok(w.ok, JSON.stringify(w));
    assert.deepEqual(exits, []);
  });

  // Regression (review): the time to rebuild an isolate was allowed only to the group whose
  // batch had failed, not to the next request's group, which waits for the same rebuild.
  test('Given a batch that timed out and an isolate slow to rebuild, When the next request for that policy arrives at once, Then it waits for the rebuild and is answered', async () => {
    const { pool, exits } = await startPool({ graceMs: 200 });
    pools.push(pool);
    await loadPicky(pool);
    const first = await pool.run('picky', 'onProduce', wctx, payload('loop'));
    assert.equal(!first.ok && first.kind, 'timeout');
    const next = await pool.run('picky', 'onProduce', wctx, payload('ok'));
    assert.ok(next.ok, JSON.stringify(next));
    assert.deepEqual(exits, []);
  });

  // Regression (CI, hostile.test.ts quarantine): when a worker died while its successor was
  // still reloading a healthy policy, the first reload's cleanup dropped the second one's
  // entry, so the next batch raced the load and failed with "not loaded in this worker".
  test('Given a worker killed again while reloading a healthy policy, When a batch runs at once, Then it waits for the reload and succeeds', async () => {
    const { pool } = await startPool({});
    pools.push(pool);
    await loadSlow(pool, 'healthy', 0, {});
    for (let kill = 0; kill < 2; kill++) {
      const before = pool.pids[0];
      process.kill(before as number, 'SIGKILL');
      for (let i = 0; i < 200 && (pool.pids[0] === before || pool.restarts <= kill); i++) {
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    const reply = await pool.run('healthy', 'onProduce', wctx, payload('x'));
    assert.ok(reply.ok, JSON.stringify(reply));
  });

  // Regression (review): with coalesced IPC writes, a capability reply the serializer refuses
  // threw out of process.nextTick and would have taken the gateway down.
  test('Given a capability reply that cannot be serialised, When a policy awaits it, Then that call fails inside the policy and the pool keeps serving', async () => {
    const { pool } = await startPool({
      onHostCall: async () => ({ ok: true, value: { notData: () => 1 } }) as never,
    });
    pools.push(pool);
    const policy = await compile(
      policySource(
        `export default definePolicy({ name: 'asks', async onProduce(b, ctx) { try { await ctx.schemas.get(1); return accept(); } catch (e) { return reject('lookup failed: ' + e.message); } } });`,
      ),
    );
    const r = await pool.load({ key: 'asks', code: policy.code, config: {}, limits: { ...DEFAULT_LIMITS } });
    assert.ok(r.ok, JSON.stringify(r));
    const reply = await pool.run('asks', 'onProduce', wctx, payload('x'));
    assert.ok(reply.ok, JSON.stringify(reply));
    const verdict = reply.ok ? (reply.result.verdict as { kind: string; message?: string }) : null;
    assert.equal(verdict?.kind, 'reject');
    assert.match(verdict?.message ?? '', /lookup failed: reply cannot be sent/);
    assert.equal(pool.restarts, 0);
  });

  // Regression (review): a worker that died during a policy's first load had that load retried
  // on its successor although the deploy had already failed, leaving an isolate nobody owns.
  test('Given a worker killed during a first load, Then the load fails, the successor holds no isolate for it, and a healthy policy on it is reloaded', async () => {
    const { pool } = await startPool({});
    pools.push(pool);
    await loadSlow(pool, 'healthy', 0, {});
    const slowInit = await compile(
      policySource(
        `export default definePolicy({ name: 'slow-init', init() { const end = Date.now() + 400; while (Date.now() < end) {} }, onProduce: () => accept() });`,
      ),
    );
    const loading = pool.load({
      key: 'slow-init',
      code: slowInit.code,
      config: {},
      limits: { ...DEFAULT_LIMITS },
    });
    await new Promise((r) => setTimeout(r, 150));
    process.kill(pool.pids[0] as number, 'SIGKILL');
    const r = await loading;
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.kind, 'crash');
    const reply = await pool.run('healthy', 'onProduce', wctx, payload('x'));
    assert.ok(reply.ok, JSON.stringify(reply));
    await new Promise((r) => setTimeout(r, 600)); // a wrongly retried load would have finished
    assert.deepEqual(pool.loadedKeys, ['healthy']);
  });
});
