// Hostile and broken policies: each must be contained. The batch gets the documented outcome,
// the engine stays up, other policies keep flowing, and a log line and a metric name the policy.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PolicyEngine } from '../../engine/index.ts';
import type { LogLine } from './helpers.ts';
import { batch, compile, ctx, policySource, startEngine } from './helpers.ts';

let engine: PolicyEngine;
let logs: LogLine[];

/** A well-behaved policy on topic `good`, used to prove traffic keeps flowing. */
async function goodStillFlows(): Promise<void> {
  const ok = await engine.runProduce(ctx, batch('good', ['{"ok":true}']));
  assert.equal(ok.action, 'forward', JSON.stringify(ok));
  assert.deepEqual(
    ok.trace.map((t) => [t.policy, t.result]),
    [['good', 'accept']],
  );
}

function failures(policy: string, kind: string): number {
  return engine.metrics.get('sluice_policy_failures_total')?.get({ policy, hook: 'onProduce', kind }) ?? 0;
}

function failureLogged(policy: string, kind: string): boolean {
  return logs.some((l) => l.msg === 'policy failed' && l.policy === policy && l.kind === kind);
}

async function deployHostile(id: string, hook: string, limits = {}): Promise<void> {
  const policy = await compile(policySource(`export default definePolicy({ name: '${id}', ${hook} });`));
  await engine.deploy({ id, policy, scope: { topics: [id] }, limits });
}

describe('hostile policies', () => {
  before(async () => {
    ({ engine, logs } = await startEngine({ workers: 1, graceMs: 200 }));
    const good = await compile(
      policySource(
        `export default definePolicy({ name: 'good', onProduce: (b) => { b.records.forEach((r) => r.json()); return accept(); } });`,
      ),
    );
    await engine.deploy({ id: 'good', policy: good, scope: { topics: ['good'] } });
  });
  after(() => engine.close());

  test('Given while(true){}, When a batch runs, Then it gets retriable REQUEST_TIMED_OUT and other topics keep flowing', async () => {
    await deployHostile('spin', 'onProduce() { while (true) {} }', { deadlineMs: 100 });
    const t0 = performance.now();
    const o = await engine.runProduce(ctx, batch('spin', ['x']));
    assert.ok(performance.now() - t0 < 1000, 'the host does not wait past the deadline + grace');
    assert.equal(o.action, 'reject');
    assert.equal(o.action === 'reject' && o.errorCode, 7);
    assert.equal(o.action === 'reject' && o.retriable, true);
    assert.equal(o.action === 'reject' && o.failure, 'timeout');
    assert.equal(failures('spin', 'timeout'), 1);
    assert.ok(failureLogged('spin', 'timeout'));
    await goodStillFlows();
  });

  test('Given an infinite loop after an await, When a batch runs, Then the worker-side timer still stops it', async () => {
    await deployHostile('spin-async', 'async onProduce() { await Promise.resolve(); while (true) {} }', {
      deadlineMs: 100,
    });
    const o = await engine.runProduce(ctx, batch('spin-async', ['x']));
    assert.equal(o.action === 'reject' && o.failure, 'timeout');
    await goodStillFlows();
  });

  test('Given unbounded allocation, When a batch runs, Then the memory limit refuses it with INVALID_RECORD', async () => {
    await deployHostile(
      'alloc',
      'onProduce() { const a = []; while (true) a.push(new Array(1e5).fill(a.length)); }',
      {
        memoryMb: 16,
        deadlineMs: 5000,
        cpuMs: 5000,
      },
    );
    const o = await engine.runProduce(ctx, batch('alloc', ['x']));
    assert.equal(o.action, 'reject');
    assert.equal(o.action === 'reject' && o.failure, 'memory');
    assert.equal(o.action === 'reject' && o.errorCode, 87);
    assert.equal(o.action === 'reject' && o.retriable, false);
    assert.ok(failureLogged('alloc', 'memory'));
    await goodStillFlows();
  });

  test('Given new Array(6e7).fill(0) that wedges its worker process, When a batch runs, Then the host kills and replaces the worker', async () => {
    await deployHostile('fill', 'onProduce() { new Array(6e7).fill(0); return accept(); }', {
      memoryMb: 64,
      deadlineMs: 300,
    });
    const restarts = engine.workerRestarts;
    const o = await engine.runProduce(ctx, batch('fill', ['x']));
    assert.equal(o.action, 'reject');
    assert.equal(o.action === 'reject' && o.errorCode, 7);
    assert.ok(['timeout', 'memory'].includes(o.action === 'reject' ? (o.failure ?? '') : ''));
    // Whichever layer caught it, the engine is intact and the good policy was reloaded if needed.
    assert.ok(engine.workerRestarts >= restarts);
    await goodStillFlows();
    const restartsMetric = engine.metrics.get('sluice_sandbox_worker_restarts_total');
    if (engine.workerRestarts > restarts) {
      assert.equal(restartsMetric?.get({ reason: 'deadline', policy: 'fill' }), 1);
      assert.ok(logs.some((l) => l.msg === 'sandbox worker replaced' && l.policy === 'fill'));
    }
  });

  test('Given a hook that throws, When a batch runs, Then closed gives INVALID_RECORD with the message', async () => {
    await deployHostile('thrower', `onProduce() { throw new RangeError('bad day'); }`);
    const o = await engine.runProduce(ctx, batch('thrower', ['x']));
    assert.equal(o.action, 'reject');
    assert.equal(o.action === 'reject' && o.errorCode, 87);
    assert.match(
      o.action === 'reject' ? o.errorMessage : '',
      /policy thrower failed \(threw\): RangeError: bad day/,
    );
    assert.ok(failureLogged('thrower', 'threw'));
    await goodStillFlows();
  });

  test('Given hooks returning malformed verdicts, When batches run, Then each is refused as malformed', async () => {
    await deployHostile(
      'malformed',
      `onProduce(b) {
      const v = b.records[0].text();
      if (v === 'number') return 42;
      if (v === 'fn') return { kind: 'accept', extra: () => 1 };
      if (v === 'badrec') return { kind: 'modify', records: [{ nope: true }] };
      return { kind: 'explode' };
    }`,
    );
    for (const v of ['number', 'fn', 'badrec', 'kind']) {
      const o = await engine.runProduce(ctx, batch('malformed', [v]));
      assert.equal(o.action, 'reject', v);
      assert.equal(o.action === 'reject' && o.failure, 'malformed', v);
    }
    assert.equal(failures('malformed', 'malformed'), 4);
    await goodStillFlows();
  });

  test('Given a huge verdict, When a batch runs, Then the output cap refuses it before it leaves the worker', async () => {
    await deployHostile(
      'huge',
      `onProduce(b) { return modify({ records: Array.from({ length: 30 }, () => b.records[0].with({ value: 'x'.repeat(1e6) })) }); }`,
      // Building 30 MB of strings takes real CPU: on a loaded machine the CPU budget, not the
      // output cap, would refuse it; so only the output cap is in play here.
      { maxOutputBytes: 1 << 20, memoryMb: 256, deadlineMs: 10_000, cpuMs: 10_000 },
    );
    const o = await engine.runProduce(ctx, batch('huge', ['x']));
    assert.equal(o.action === 'reject' && o.failure, 'output');
    assert.ok(failureLogged('huge', 'output'));
    await goodStillFlows();
  });

  test('Given a CPU budget smaller than the work, When a batch runs, Then it is refused as cpu and retriable', async () => {
    // A fixed amount of work (not a wall-clock loop), so a busy machine cannot make it pass.
    await deployHostile(
      'burner',
      `onProduce() { let x = 0; for (let i = 0; i < 5e7; i++) x = (x + i) % 7; return x < 0 ? reject('') : accept(); }`,
      {
        cpuMs: 5,
        deadlineMs: 20000,
      },
    );
    const o = await engine.runProduce(ctx, batch('burner', ['x']));
    assert.equal(o.action === 'reject' && o.failure, 'cpu');
    assert.equal(o.action === 'reject' && o.retriable, true);
  });

  test('Given a policy that loops at load time, When deployed, Then deploy fails with a coded error and the engine keeps serving', async () => {
    const policy = await compile(
      policySource(`while (true) {}\nexport default definePolicy({ name: 'x', onProduce: accept });`),
    );
    await assert.rejects(engine.deploy({ id: 'load-spin', policy, limits: { loadTimeoutMs: 200 } }), {
      code: 'SLUICE_ENGINE_LOAD_FAILED',
    });
    assert.equal(
      engine.list().some((p) => p.id === 'load-spin'),
      false,
    );
    await goodStillFlows();
  });

  test('Given a policy probing for isolated-vm internals, Then no Reference or host object is reachable', async () => {
    await deployHostile(
      'probe',
      `async onProduce(b, ctx) {
        const seen = [];
        const origApply = Reflect.apply;
        Reflect.apply = (f, self, args) => { seen.push(typeof self?.derefInto); return origApply(f, self, args); };
        Function.prototype.apply = function () { seen.push('fp'); };
        try { await ctx.schemas.get(1); } catch {}
        const names = Object.getOwnPropertyNames(globalThis).filter((n) => n.startsWith('__sluice') || n === 'ivm');
        const leaks = names.filter((n) => { const v = globalThis[n]; return v && (typeof v.deref === 'function' || typeof v.derefInto === 'function'); });
        return reject(JSON.stringify({ names, leaks, seen, ref: typeof globalThis.__sluiceHostRef, req: typeof globalThis.require, proc: typeof globalThis.process }));
      }`,
    );
    const o = await engine.runProduce(ctx, batch('probe', ['x']));
    assert.equal(o.action, 'reject');
    const report = JSON.parse((o.action === 'reject' ? o.errorMessage : '').replace(/^probe: /, ''));
    assert.deepEqual(report.leaks, []);
    assert.deepEqual(report.seen, []);
    assert.equal(report.ref, 'undefined');
    assert.equal(report.req, 'undefined');
    assert.equal(report.proc, 'undefined');
  });

  test('Given a hanging policy and a good one on the same worker, When both batches are in flight, Then only the culprit fails', async () => {
    await deployHostile('fill2', 'onProduce() { new Array(6e7).fill(0); while (true) {} }', {
      memoryMb: 64,
      deadlineMs: 300,
    });
    const [bad, good] = await Promise.all([
      engine.runProduce(ctx, batch('fill2', ['x'])),
      (async () => {
        await new Promise((r) => setTimeout(r, 20));
        return engine.runProduce(ctx, batch('good', ['{"a":1}']));
      })(),
    ]);
    assert.equal(bad.action, 'reject');
    assert.equal(good.action, 'forward');
  });

  test('Given a worker process killed from outside, When the next batch runs, Then a replacement with the policies reloaded serves it', async () => {
    const restarts = engine.workerRestarts;
    const pid = engine.workerPids[0];
    assert.ok(pid);
    process.kill(pid, 'SIGKILL');
    await goodStillFlows();
    assert.equal(engine.workerRestarts, restarts + 1);
    assert.notEqual(engine.workerPids[0], pid);
  });

  test('Given a policy whose default scope is a catastrophic regex, When deployed, Then it is refused (host regexes come only from operators)', async () => {
    const policy = await compile(
      policySource(
        `export default definePolicy({ name: 'redos', scope: { topics: ['/^(a+)+$/'] }, onProduce: () => accept() });`,
      ),
    );
    await assert.rejects(engine.deploy({ id: 'redos', policy }), {
      code: 'SLUICE_ENGINE_INVALID_DEPLOYMENT',
    });
    const scoped = await engine.deploy({ id: 'redos', policy, scope: { topics: ['redos'] } });
    assert.deepEqual(scoped.scope, { topics: ['redos'] });
    await engine.remove('redos');
  });

  test('Given a bundle that replaces its runtime manifest with junk, When deployed, Then only well-formed fields are kept', async () => {
    const policy = await compile(
      policySource(`const real = definePolicy({ name: 'junk', onProduce: () => accept() });
        let rt;
        const junk = () => ({ name: 'junk', hooks: ['onProduce', 'evil'], mode: 'chaos', onError: 'sometimes', values: 42, requestApiKeys: ['x', 3], scope: 5, config: {} });
        Object.defineProperty(globalThis, '__sluice', { configurable: true, get() { return { ...rt, manifest: junk }; }, set(v) { rt = v; } });
        export default real;`),
    );
    const d = await engine.deploy({ id: 'junk', policy, scope: { topics: ['junk'] } });
    assert.deepEqual(d.manifest.hooks, ['onProduce']);
    assert.deepEqual(
      [d.mode, d.onError, d.manifest.values, d.manifest.requestApiKeys],
      ['enforce', 'closed', 'text', [3]],
    );
    assert.equal((await engine.runProduce(ctx, batch('junk', ['x']))).action, 'forward');
    await engine.remove('junk');
  });

  test('Given a policy that wedges its worker again and again, When it first does, Then it is moved to a ward worker of its own, and after 3 times it is quarantined and costs nothing more', async () => {
    await deployHostile('wedger', 'onProduce() { new Array(6e7).fill(0); while (true) {} }', {
      memoryMb: 64,
      deadlineMs: 200,
    });
    // Each batch gets the worker replaced (host kill at the deadline, or a V8 abort that is
    // retried once and then blamed); after 3 recorded kills the policy is quarantined.
    let quarantinedAfter = -1;
    for (let i = 0; i < 8 && quarantinedAfter < 0; i++) {
      const o = await engine.runProduce(ctx, batch('wedger', ['x']));
      const failure = o.action === 'reject' ? o.failure : undefined;
      if (failure === 'unavailable') quarantinedAfter = i;
      else assert.ok(['timeout', 'crash'].includes(failure ?? ''), `batch ${i}: ${failure}`);
      await new Promise((r) => setTimeout(r, 20)); // a kill is recorded when the worker exits
    }
    assert.ok(quarantinedAfter >= 3, `quarantined after ${quarantinedAfter} batches`);
    const t0 = performance.now();
    const o = await engine.runProduce(ctx, batch('wedger', ['x']));
    assert.ok(performance.now() - t0 < 50, 'a quarantined policy is not run');
    assert.equal(o.action === 'reject' && o.failure, 'unavailable');
    assert.equal(o.action === 'reject' && o.errorCode, 7);
    assert.equal(engine.metrics.get('sluice_policy_quarantined_total')?.get({ policy: 'wedger' }), 1);
    assert.ok(logs.some((l) => l.policy === 'wedger' && /quarantined/.test(l.msg)));
    // Only its first kill restarted the worker it shared with `good`: then it went to the ward.
    const kills = logs.filter((l) => l.msg === 'sandbox worker replaced' && l.policy === 'wedger');
    assert.ok(kills.length >= 3, `${kills.length} kills`);
    assert.deepEqual(
      kills.map((k) => [k.ward, k.culpritToWard]),
      [[false, true], ...kills.slice(1).map(() => [true, false])],
    );
    await goodStillFlows();
    await engine.remove('wedger');
  });

  test('Given a policy inventing a metric name per batch, Then the registry keeps at most 100 names for it', async () => {
    await deployHostile(
      'namer',
      `onProduce(b, ctx) { for (let i = 0; i < 50; i++) ctx.metrics.count('m-' + Math.random()); return accept(); }`,
    );
    for (let i = 0; i < 4; i++) await engine.runProduce(ctx, batch('namer', ['x']));
    const lines = engine.metrics
      .render()
      .split('\n')
      .filter((l) => l.includes('policy="namer"') && l.startsWith('sluice_policy_custom_total'));
    assert.equal(lines.length, 100);
  });

  test('Given a batch larger than a quarter of the policy heap, When it runs, even under onError open, Then it is refused with MESSAGE_TOO_LARGE before it crosses, no worker is killed and the policy keeps serving', async () => {
    const passes = await compile(
      policySource(
        `export default definePolicy({ name: 'big', onProduce: (b) => { b.records.forEach((r) => r.text()); return accept(); } });`,
      ),
    );
    await engine.deploy({
      id: 'big',
      policy: passes,
      onError: 'open',
      scope: { topics: ['big'] },
      limits: { memoryMb: 16 },
    });
    const restarts = logs.filter((l) => l.msg === 'sandbox worker replaced').length;
    const value = 'v'.repeat(1024);
    // 5,000 records of 1 KiB: 5 MiB, more than 16 MB / 4.
    const o = await engine.runProduce(
      ctx,
      batch(
        'big',
        Array.from({ length: 5000 }, () => value),
      ),
    );
    assert.equal(o.action, 'reject', JSON.stringify(o.action === 'reject' && o.errorMessage));
    assert.equal(o.action === 'reject' && o.errorCode, 10);
    assert.equal(o.action === 'reject' && o.retriable, false);
    assert.equal(o.action === 'reject' && o.failure, 'too-large');
    assert.match(o.action === 'reject' ? o.errorMessage : '', /limits\.memoryMb 16/);
    assert.equal(logs.filter((l) => l.msg === 'sandbox worker replaced').length, restarts);
    const small = await engine.runProduce(
      ctx,
      batch(
        'big',
        Array.from({ length: 1000 }, () => value),
      ),
    );
    assert.equal(small.action, 'forward', 'a batch within the share still runs');
    await engine.remove('big');
  });
});
