// One policy's isolate in-process: each limit and each way a batch can go wrong comes out as
// a SandboxFailure of its kind.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SandboxLimits } from '../../../engine/sandbox/messages.ts';
import { DEFAULT_LIMITS } from '../../../engine/sandbox/messages.ts';
import { PolicyIsolate, SandboxFailure } from '../../../engine/sandbox/policy-isolate.ts';
import { compile, policySource } from '../helpers.ts';
import { payload, wctx } from './fixtures.ts';

async function isolateOf(hook: string, limits: Partial<SandboxLimits> = {}): Promise<PolicyIsolate> {
  const policy = await compile(policySource(`export default definePolicy({ name: 'p', ${hook} });`));
  const { isolate } = await PolicyIsolate.create(
    'p',
    policy.code,
    {},
    { ...DEFAULT_LIMITS, ...limits },
    async () => [],
  );
  return isolate;
}

async function failureOf(isolate: PolicyIsolate): Promise<SandboxFailure> {
  try {
    await isolate.run('onProduce', { id: 1, ctx: wctx, payload: payload('x'), at: Date.now() });
  } catch (e) {
    assert.ok(e instanceof SandboxFailure);
    return e;
  } finally {
    isolate.close();
  }
  assert.fail('the batch did not fail');
}

describe('policy isolate', () => {
  test('Given a healthy hook, When a batch runs, Then its wire result and the CPU it used come back', async () => {
    const isolate = await isolateOf(
      `onProduce(b, ctx) { ctx.log.info('saw ' + b.records[0].text()); return accept(); }`,
    );
    const { result, cpuNs } = await isolate.run('onProduce', {
      id: 1,
      ctx: wctx,
      payload: payload('x'),
      at: 0,
    });
    assert.deepEqual(result.verdict, { kind: 'accept' });
    assert.deepEqual(result.logs, [{ level: 'info', msg: 'saw x' }]);
    assert.ok(cpuNs > 0);
    assert.ok((isolate.heapStats()?.usedHeapSize ?? 0) > 0);
    isolate.close();
    assert.equal(isolate.heapStats(), null);
  });

  test('Given a fixed amount of work over the CPU budget, When a batch runs, Then it fails as cpu and the isolate stays usable', async () => {
    const isolate = await isolateOf(
      `onProduce() { let x = 0; for (let i = 0; i < 3e7; i++) x = (x + i) % 7; return x < 0 ? reject('') : accept(); }`,
      { cpuMs: 1, deadlineMs: 20_000 },
    );
    assert.equal(isolate.usable, true);
    assert.equal((await failureOf(isolate)).kind, 'cpu');
  });

  test('Given a verdict over the output cap or one holding a function, When a batch runs, Then it fails as output or malformed', async () => {
    const big = await isolateOf(
      `onProduce: (b) => modify({ records: [b.records[0].with({ value: 'x'.repeat(1e5) })] })`,
      {
        maxOutputBytes: 1000,
      },
    );
    assert.equal((await failureOf(big)).kind, 'output');
    const fn = await isolateOf(`onProduce: () => ({ kind: 'accept', extra: () => 1 })`);
    assert.equal((await failureOf(fn)).kind, 'malformed');
  });

  test('Given an infinite loop after an await, When a batch runs, Then it fails as timeout soon after its deadline', async () => {
    const isolate = await isolateOf(`async onProduce() { await Promise.resolve(); while (true) {} }`, {
      deadlineMs: 100,
    });
    const t0 = performance.now();
    assert.equal((await failureOf(isolate)).kind, 'timeout');
    assert.ok(performance.now() - t0 < 1000);
  });

  test('Given a bundle whose manifest has no name, When loaded, Then it fails as malformed', async () => {
    const policy = await compile(
      policySource(`const p = definePolicy({ name: 'ok', onProduce: () => accept() });
        let rt; Object.defineProperty(globalThis, '__sluice', { configurable: true, get() { return { ...rt, manifest: () => ({}) }; }, set(v) { rt = v; } });
        export default p;`),
    );
    await assert.rejects(
      PolicyIsolate.create('p', policy.code, {}, DEFAULT_LIMITS, async () => []),
      { kind: 'malformed', message: 'manifest has no policy name' },
    );
  });
});
