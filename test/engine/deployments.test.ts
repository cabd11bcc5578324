import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Deployments } from '../../engine/deployments.ts';
import { DEFAULT_LIMITS } from '../../engine/sandbox/messages.ts';
import { FakeLoader, fakePolicy, manifest } from './fakes.ts';
import { captureTelemetry } from './helpers.ts';

function deployments(loader = new FakeLoader()) {
  const { telemetry, logs } = captureTelemetry();
  return { d: new Deployments(loader, DEFAULT_LIMITS, telemetry), loader, telemetry, logs };
}

describe('deployments', () => {
  test('Given a bad id, no compiled policy or a non-positive limit, When deploying, Then it is refused before anything is loaded', async () => {
    const { d, loader } = deployments();
    const policy = fakePolicy('r1');
    await assert.rejects(d.deploy({ id: 'has space', policy }), { code: 'SLUICE_ENGINE_INVALID_DEPLOYMENT' });
    await assert.rejects(d.deploy({ id: 'x', policy: {} as never }), {
      code: 'SLUICE_ENGINE_INVALID_DEPLOYMENT',
    });
    await assert.rejects(d.deploy({ id: 'x', policy, limits: { cpuMs: 0 } }), {
      code: 'SLUICE_ENGINE_INVALID_DEPLOYMENT',
    });
    assert.deepEqual(loader.loaded, []);
    assert.throws(() => Deployments.defaultLimits({ deadlineMs: Number.NaN }), {
      code: 'SLUICE_ENGINE_INVALID_DEPLOYMENT',
    });
  });

  test('Given a sandbox that refuses the config or fails to load, When deploying, Then each has its own code and a log line', async () => {
    const loader = new FakeLoader();
    const { d, logs } = deployments(loader);
    loader.reply = () => ({ ok: false, kind: 'config', message: 'max is required' });
    await assert.rejects(d.deploy({ id: 'a', policy: fakePolicy('r1') }), {
      code: 'SLUICE_ENGINE_CONFIG_INVALID',
      message: 'a: max is required',
    });
    loader.reply = () => ({ ok: false, kind: 'timeout', message: 'init took too long' });
    await assert.rejects(d.deploy({ id: 'a', policy: fakePolicy('r1') }), {
      code: 'SLUICE_ENGINE_LOAD_FAILED',
      details: { policy: 'a', kind: 'timeout' },
    });
    assert.deepEqual(
      logs.map((l) => [l.msg, l.kind]),
      [
        ['policy load failed', 'config'],
        ['policy load failed', 'timeout'],
      ],
    );
    assert.deepEqual(d.list(), []);
  });

  test("Given a policy whose own default scope is a regex, When deployed without a scope, Then it is refused and unloaded; with the operator's regex it is active", async () => {
    const loader = new FakeLoader(manifest({ scope: { topics: ['/^orders/'] } }));
    const { d } = deployments(loader);
    await assert.rejects(d.deploy({ id: 're', policy: fakePolicy('r1') }), {
      code: 'SLUICE_ENGINE_INVALID_DEPLOYMENT',
    });
    assert.deepEqual(loader.unloaded, [loader.loaded[0].key]);
    const active = await d.deploy({ id: 're', policy: fakePolicy('r1'), scope: { topics: ['/^orders/'] } });
    assert.deepEqual(active.scope, { topics: ['/^orders/'] });
    assert.equal(d.coverage.covers('onProduce', 'orders.eu', 'User:a', null, 'l'), true);
  });

  test('Given deployments with priorities, Then the chain runs by priority, then id, and its coverage selects in that order', async () => {
    const { d } = deployments();
    for (const [id, priority] of [
      ['b', 10],
      ['c', undefined],
      ['a', 10],
      ['z', 1],
    ] as const)
      await d.deploy({ id, policy: fakePolicy(`r-${id}`), priority });
    assert.deepEqual(
      d.list().map((p) => [p.id, p.priority]),
      [
        ['z', 1],
        ['a', 10],
        ['b', 10],
        ['c', 100],
      ],
    );
    assert.deepEqual(
      d.coverage.select('onProduce', 't', 'User:a', null, 'l').map((a) => a.id),
      ['z', 'a', 'b', 'c'],
    );
  });

  test('Given a batch still running on revision 1, When revision 2 is deployed, Then the chain has revision 2 at once and revision 1 is unloaded when its batch ends', async () => {
    const { d, loader } = deployments();
    await d.deploy({ id: 'swap', policy: fakePolicy('r1') });
    const v1 = d.find('swap')!;
    v1.metricNames.add('seen');
    let finish = () => {};
    const running = d.hold(v1, () => new Promise<void>((r) => (finish = r)));
    const coverageBefore = d.coverage;
    await d.deploy({ id: 'swap', policy: fakePolicy('r2') });
    assert.deepEqual(
      d.list().map((p) => p.revision),
      ['r2'],
    );
    assert.notEqual(d.coverage, coverageBefore);
    assert.deepEqual(loader.unloaded, [], 'revision 1 still runs a batch');
    assert.equal(d.byKey(v1.key), v1);
    finish();
    await running;
    assert.deepEqual(loader.unloaded, [v1.key]);
    assert.equal(d.byKey(v1.key), undefined);
    assert.ok(d.find('swap')?.metricNames.has('seen'), 'custom metric names carry over');
  });

  test('Given a deployment its worker was killed for three times, Then it is quarantined once, and deploying it again lifts that', async () => {
    const { d, telemetry, logs } = deployments();
    await d.deploy({ id: 'wedger', policy: fakePolicy('r1') });
    const key = d.find('wedger')!.key;
    for (let i = 0; i < 4; i++) assert.equal(d.recordKill(key)?.id, 'wedger');
    assert.equal(d.find('wedger')?.quarantine.isActive(), true);
    assert.equal(telemetry.metrics.get('sluice_policy_quarantined_total')?.get({ policy: 'wedger' }), 1);
    assert.equal(logs.filter((l) => /quarantined/.test(l.msg)).length, 1);
    assert.equal(d.recordKill('nobody'), undefined);
    await d.deploy({ id: 'wedger', policy: fakePolicy('r1') });
    assert.equal(d.find('wedger')?.quarantine.isActive(), false);
  });

  test('Given an id that is not active, When removed, Then UNKNOWN_POLICY; When an active one is removed, Then it leaves the chain and is unloaded', async () => {
    const { d, loader } = deployments();
    assert.throws(() => d.remove('nope'), { code: 'SLUICE_ENGINE_UNKNOWN_POLICY' });
    await d.deploy({ id: 'gone', policy: fakePolicy('r1') });
    d.remove('gone');
    assert.deepEqual(d.list(), []);
    assert.equal(d.coverage.hasHook('onProduce'), false);
    assert.deepEqual(loader.unloaded, [loader.loaded[0].key]);
  });
});
