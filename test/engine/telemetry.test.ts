import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { WorkerExit } from '../../engine/sandbox/pool.ts';
import type { Telemetry } from '../../engine/telemetry.ts';
import { MAX_CUSTOM_METRICS } from '../../engine/telemetry.ts';
import type { LogLine } from './helpers.ts';
import { captureTelemetry } from './helpers.ts';

function telemetry(): { t: Telemetry; logs: LogLine[] } {
  const { telemetry: t, logs } = captureTelemetry();
  return { t, logs };
}

const policy = () => ({ id: 'p1', revision: 'sha256:1', metricNames: new Set<string>() });

describe('telemetry', () => {
  test("Given a policy's log lines with odd levels, huge fields and too many lines, When absorbed, Then the host caps them and labels each with the policy", () => {
    const { t, logs } = telemetry();
    const lines = [
      { level: 'warn', msg: 'careful', fields: { n: 1 } },
      { level: 'fatal', msg: 'not a level' },
      { level: 'info', msg: 'big', fields: { blob: 'x'.repeat(5000) } },
      ...Array.from({ length: 200 }, (_, i) => ({ level: 'debug', msg: `line ${i}` })),
    ];
    t.absorb(policy(), lines, undefined);
    assert.equal(logs.length, 100);
    assert.deepEqual(
      logs.slice(0, 3).map((l) => [l.level, l.msg, l.policy, l.revision, l.fields]),
      [
        [40, 'policy: careful', 'p1', 'sha256:1', { n: 1 }],
        [30, 'policy: not a level', 'p1', 'sha256:1', undefined],
        [30, 'policy: big', 'p1', 'sha256:1', { truncated: true }],
      ],
    );
  });

  test('Given counters that are malformed or past the name cap, When absorbed, Then they are skipped and names already in use keep counting', () => {
    const { t } = telemetry();
    const p = policy();
    const many = Array.from({ length: MAX_CUSTOM_METRICS }, (_, i): [string, number] => [`m${i}`, 1]);
    for (let i = 0; i < MAX_CUSTOM_METRICS; i += 50) t.absorb(p, [], many.slice(i, i + 50));
    t.absorb(p, [], [['new-name', 1], ['m0', 2], ['m1', Number.NaN], [3, 1], 'junk']);
    const c = t.metrics.get('sluice_policy_custom_total');
    assert.equal(p.metricNames.size, MAX_CUSTOM_METRICS);
    assert.equal(c?.get({ policy: 'p1', name: 'new-name' }), 0);
    assert.equal(c?.get({ policy: 'p1', name: 'm0' }), 3);
    assert.equal(c?.get({ policy: 'p1', name: 'm1' }), 1);
  });

  test('Given a failed invocation, When counted, Then invocations count the result and failures the kind', () => {
    const { t } = telemetry();
    t.invoked(policy(), 'onFetch', 'error', 'timeout');
    t.invoked(policy(), 'onFetch', 'accept');
    assert.equal(t.metrics.get('sluice_policy_invocations_total')?.sum({ policy: 'p1', hook: 'onFetch' }), 2);
    assert.equal(
      t.metrics.get('sluice_policy_failures_total')?.get({ policy: 'p1', hook: 'onFetch', kind: 'timeout' }),
      1,
    );
  });

  test('Given a worker replaced while the engine closes, When reported quietly, Then it is counted but not logged', () => {
    const { t, logs } = telemetry();
    const exit: WorkerExit = {
      worker: 0,
      ward: false,
      culpritToWard: false,
      pid: 1,
      reason: 'exit',
      culprit: null,
      code: 0,
      signal: null,
    };
    t.workerReplaced(exit, undefined, true);
    t.workerReplaced({ ...exit, reason: 'deadline' }, policy(), false);
    const c = t.metrics.get('sluice_sandbox_worker_restarts_total');
    assert.equal(c?.get({ reason: 'exit', policy: '' }), 1);
    assert.equal(c?.get({ reason: 'deadline', policy: 'p1' }), 1);
    assert.deepEqual(
      logs.map((l) => [l.msg, l.policy]),
      [['sandbox worker replaced', 'p1']],
    );
  });
});
