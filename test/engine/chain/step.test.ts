import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Failure } from '../../../engine/chain/step.ts';
import { StepRunner } from '../../../engine/chain/step.ts';
import type { ActiveDeployment } from '../../../engine/deployments.ts';
import type { TraceEntry } from '../../../engine/outcome.ts';
import type { RunReply } from '../../../engine/sandbox/pool.ts';
import type { ShadowComparison } from '../../../engine/shadow.ts';
import type { WireContext } from '../../../sdk/runtime/wire.ts';
import { fakeDeployment } from '../fakes.ts';
import { captureTelemetry } from '../helpers.ts';

const wctx: WireContext = {
  topic: 't',
  partition: 0,
  principal: 'User:a',
  clientId: null,
  listener: 'l',
  apiKey: 0,
  apiVersion: 11,
};

/**
 * A step runner over a sandbox that answers every run with `reply`, or a shadow's runs (key
 * `shadow.key`) with `shadowReply`.
 */
function runner(reply: RunReply, shadow?: { deployment: ActiveDeployment; reply: RunReply }) {
  const { telemetry, logs } = captureTelemetry();
  const runs: string[] = [];
  const held: string[] = [];
  const compared: ShadowComparison[] = [];
  const steps = new StepRunner(
    {
      run: async (key) => {
        runs.push(key);
        return shadow && key === shadow.deployment.key ? shadow.reply : reply;
      },
    },
    {
      hold: (a, batch) => {
        held.push(a.id);
        return batch();
      },
      shadowOf: () => shadow?.deployment,
    },
    telemetry,
    () => {},
    (c) => compared.push(c),
  );
  return { steps, telemetry, logs, runs, held, compared };
}

const answered = (verdict: unknown, extra = {}): RunReply => ({
  ok: true,
  cpuNs: 2_000_000,
  result: { verdict, logs: [{ level: 'info', msg: 'hi' }], metrics: [['seen', 1]], ...extra },
});

describe('chain step', () => {
  test('Given a verdict that passes the checks, When a step runs, Then it comes back checked, held on its deployment, with CPU, logs and counters absorbed', async () => {
    const { steps, telemetry, logs, held } = runner(answered({ kind: 'accept' }));
    const step = await steps.step(fakeDeployment(), 'onProduce', wctx, {}, 1);
    assert.deepEqual(step, { kind: 'verdict', verdict: { kind: 'accept' } });
    assert.deepEqual(held, ['fake']);
    assert.equal(
      telemetry.metrics.get('sluice_policy_cpu_seconds_total')?.get({ policy: 'fake', hook: 'onProduce' }),
      0.002,
    );
    assert.equal(
      telemetry.metrics.get('sluice_policy_custom_total')?.get({ policy: 'fake', name: 'seen' }),
      1,
    );
    assert.deepEqual(
      logs.map((l) => l.msg),
      ['policy: hi'],
    );
  });

  test('Given a hook that threw, a verdict the checks refuse, or a sandbox failure, When a step runs, Then each is a failure of its kind', async () => {
    const threw = await runner(
      answered(null, { error: { name: 'RangeError', message: 'bad day' } }),
    ).steps.step(fakeDeployment(), 'onProduce', wctx, {}, 1);
    assert.deepEqual(threw, { kind: 'failure', failure: 'threw', message: 'RangeError: bad day' });
    const malformed = await runner(answered(42)).steps.step(fakeDeployment(), 'onProduce', wctx, {}, 1);
    assert.equal(malformed.kind === 'failure' && malformed.failure, 'malformed');
    const crashed = await runner({ ok: false, kind: 'crash', message: 'worker died' }).steps.step(
      fakeDeployment(),
      'onProduce',
      wctx,
      {},
      1,
    );
    assert.deepEqual(crashed, { kind: 'failure', failure: 'crash', message: 'worker died' });
  });

  test('Given a quarantined deployment, When a step runs, Then it fails unavailable without reaching the sandbox', async () => {
    const { steps, runs } = runner(answered({ kind: 'accept' }));
    const a = fakeDeployment();
    for (const t of [1, 2, 3]) a.quarantine.recordKill(Date.now() - t);
    const step = await steps.step(a, 'onProduce', wctx, {}, 1);
    assert.equal(step.kind === 'failure' && step.failure, 'unavailable');
    assert.deepEqual(runs, []);
  });

  test('Given a failure, When the deployment is onError open, Then nothing is refused; When closed, Then the refusal carries the code for that hook and kind', () => {
    const { steps, telemetry, logs } = runner(answered({ kind: 'accept' }));
    const failure: Failure = { kind: 'failure', failure: 'timeout', message: 'deadline exceeded' };
    const trace: TraceEntry[] = [];
    const t0 = performance.now();
    assert.equal(steps.failure(fakeDeployment({ onError: 'open' }), 'onProduce', failure, trace, t0), null);
    const closed = steps.failure(
      fakeDeployment(),
      'onCreateTopics',
      { ...failure, failure: 'threw' },
      trace,
      t0,
    );
    assert.deepEqual(closed && { ...closed }, {
      action: 'reject',
      errorCode: 44,
      errorMessage: 'policy fake failed (threw): deadline exceeded',
      retriable: false,
      policy: 'fake',
      failure: 'threw',
    });
    assert.deepEqual(
      trace.map((t) => [t.result, t.failure]),
      [
        ['error', 'timeout'],
        ['error', 'threw'],
      ],
    );
    assert.equal(telemetry.metrics.get('sluice_policy_failures_total')?.sum({ policy: 'fake' }), 2);
    assert.deepEqual(
      logs.map((l) => [l.msg, l.onError]),
      [
        ['policy failed', 'open'],
        ['policy failed', 'closed'],
      ],
    );
  });

  test('Given a shadow beside the active deployment, When a step runs, Then both run on the payload, the active verdict is returned, and the records whose fate differs are compared', async () => {
    // Records in the sandbox's wire form: source index, key, value, headers, timestamp.
    const rec = (i: number, value: string) => ({ src: i, k: null, v: value, h: [], ts: 1 });
    const shadow = fakeDeployment({ revision: 'r2', key: 'fake@r2#2', mode: 'audit' });
    // Active: modifies record 1, keeps 0 and 2. Shadow: drops record 2, modifies 1 the same way.
    const { steps, runs, compared, telemetry } = runner(
      answered({ kind: 'modify', records: [rec(0, 'a'), rec(1, 'B'), rec(2, 'c')] }),
      { deployment: shadow, reply: answered({ kind: 'modify', records: [rec(0, 'a'), rec(1, 'B')] }) },
    );
    const step = await steps.step(fakeDeployment(), 'onProduce', wctx, {}, 3);
    assert.equal(step.kind === 'verdict' && step.verdict.kind, 'modify');
    assert.equal(
      step.kind === 'verdict' && step.verdict.kind === 'modify' && step.verdict.records?.length,
      3,
    );
    assert.deepEqual(runs.sort(), ['fake@r1#1', 'fake@r2#2']);
    assert.equal(compared.length, 1);
    assert.equal(step.shadow, compared[0]);
    const { at, ...c } = compared[0];
    assert.ok(at > 0);
    assert.deepEqual(c, {
      policy: 'fake',
      activeRevision: 'r1',
      shadowRevision: 'r2',
      hook: 'onProduce',
      topic: 't',
      partition: 0,
      records: 3,
      active: 'modify',
      shadow: 'modify',
      differing: [2],
      offsets: null,
    });
    assert.equal(
      telemetry.metrics
        .get('sluice_policy_shadow_comparisons_total')
        ?.get({ policy: 'fake', hook: 'onProduce', result: 'different' }),
      1,
    );
  });

  test("Given a shadow that refuses what the active accepts, When a step runs, Then every record differs and the reason is the shadow's; the same verdicts differ nowhere", async () => {
    const shadow = fakeDeployment({ revision: 'r2', key: 'fake@r2#2' });
    const refusing = runner(answered({ kind: 'accept' }), {
      deployment: shadow,
      reply: answered({ kind: 'reject', message: 'too big' }),
    });
    const step = await refusing.steps.step(fakeDeployment(), 'onProduce', wctx, {}, 2);
    assert.equal(step.kind === 'verdict' && step.verdict.kind, 'accept');
    assert.deepEqual(
      [step.shadow?.active, step.shadow?.shadow, step.shadow?.differing, step.shadow?.reason],
      ['accept', 'reject', [0, 1], 'too big'],
    );
    const same = runner(answered({ kind: 'accept' }), {
      deployment: shadow,
      reply: answered({ kind: 'accept' }),
    });
    const agreed = await same.steps.step(fakeDeployment(), 'onCreateTopics', wctx, {}, 0);
    assert.deepEqual(agreed.shadow?.differing, []);
  });
});
