import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { HostCapabilities } from '../../engine/capabilities.ts';
import {
  CAPABILITIES,
  CapabilityBroker,
  isCapabilityOp,
  MAX_CAPABILITY_VALUES,
} from '../../engine/capabilities.ts';
import type { Telemetry } from '../../engine/telemetry.ts';
import type { LogLine } from './helpers.ts';
import { captureTelemetry } from './helpers.ts';

const grant = { id: 'pii', kmsKeys: new Set(['customer-key']) };

function broker(host: HostCapabilities): { broker: CapabilityBroker; telemetry: Telemetry; logs: LogLine[] } {
  const { telemetry, logs } = captureTelemetry();
  return { broker: new CapabilityBroker(host, telemetry), telemetry, logs };
}

const denied = (t: Telemetry, op: string) =>
  t.metrics.get('sluice_policy_capability_denied_total')?.get({ policy: 'pii', op }) ?? 0;

const kms = {
  encrypt: async (key: string, values: string[]) => values.map((v) => `${key}(${v})`),
  decrypt: async (_key: string, values: string[]) => values.map((v) => v.replace(/^[^(]*\((.*)\)$/, '$1')),
};

describe('capabilities', () => {
  test('Given the table, Then the worker forwards exactly its ops and nothing inherited from Object', () => {
    assert.deepEqual(Object.keys(CAPABILITIES), ['kms.encrypt', 'kms.decrypt', 'schemas.get']);
    assert.equal(isCapabilityOp('kms.decrypt'), true);
    assert.equal(isCapabilityOp('fs.read'), false);
    assert.equal(isCapabilityOp('toString'), false);
    assert.equal(isCapabilityOp('__proto__'), false);
  });

  test('Given a grant for one KMS key, When a policy encrypts with it and then with another, Then the first reaches the provider and the second is refused and counted', async () => {
    const { broker: b, telemetry } = broker({ kms });
    assert.deepEqual(await b.call(grant, 'kms.encrypt', { keyName: 'customer-key', values: ['a', 'b'] }), {
      ok: true,
      value: ['customer-key(a)', 'customer-key(b)'],
    });
    assert.deepEqual(await b.call(grant, 'kms.decrypt', { keyName: 'other-key', values: ['x'] }), {
      ok: false,
      error: 'policy pii may not use KMS key "other-key"',
    });
    assert.equal(denied(telemetry, 'kms.decrypt'), 1);
    assert.equal(denied(telemetry, 'kms.encrypt'), 0);
  });

  test('Given values that are too many or not strings, When a policy encrypts them, Then the provider is never called', async () => {
    let calls = 0;
    const { broker: b } = broker({ kms: { ...kms, encrypt: async () => [String(++calls)] } });
    const tooMany = Array.from({ length: MAX_CAPABILITY_VALUES + 1 }, () => 'v');
    for (const values of [tooMany, [1], 'abc', undefined]) {
      const r = await b.call(grant, 'kms.encrypt', { keyName: 'customer-key', values });
      assert.deepEqual(r, { ok: false, error: `values must be at most ${MAX_CAPABILITY_VALUES} strings` });
    }
    assert.equal(calls, 0);
  });

  test('Given a gateway without KMS or schema source, When a policy asks, Then it is told which is missing', async () => {
    const { broker: b } = broker({});
    assert.deepEqual(await b.call(grant, 'kms.encrypt', { keyName: 'customer-key', values: [] }), {
      ok: false,
      error: 'no KMS is configured on this gateway',
    });
    assert.deepEqual(await b.call(grant, 'schemas.get', { id: 1 }), {
      ok: false,
      error: 'no schema source is configured on this gateway',
    });
  });

  test('Given a schema source, When a policy looks up an integer id and then a fraction, Then the first is answered and the second refused', async () => {
    const schema = { id: 7, type: 'JSON' as const, schema: '{}' };
    const { broker: b } = broker({ schemas: { getById: async (id) => (id === 7 ? schema : null) } });
    assert.deepEqual(await b.call(grant, 'schemas.get', { id: 7 }), { ok: true, value: schema });
    assert.deepEqual(await b.call(grant, 'schemas.get', { id: 7.5 }), {
      ok: false,
      error: 'schema id must be an integer',
    });
  });

  test("Given a provider that fails, When a policy calls it, Then the policy learns only that it failed and the host log has the provider's reason", async () => {
    const {
      broker: b,
      telemetry,
      logs,
    } = broker({
      kms: { ...kms, decrypt: async () => Promise.reject(new Error('AccessDenied: arn:aws:kms:secret')) },
    });
    const r = await b.call(grant, 'kms.decrypt', { keyName: 'customer-key', values: ['x'] });
    assert.deepEqual(r, { ok: false, error: 'kms.decrypt failed' });
    assert.deepEqual(
      logs.map((l) => [l.msg, l.policy, l.op, l.err]),
      [['KMS call failed', 'pii', 'kms.decrypt', 'AccessDenied: arn:aws:kms:secret']],
    );
    assert.equal(denied(telemetry, 'kms.decrypt'), 0, 'a provider failure is not a refusal');
  });

  test('Given an op outside the table or a deployment no longer active, When called, Then both are refused and only the first is counted', async () => {
    const { broker: b, telemetry } = broker({ kms });
    assert.deepEqual(await b.call(grant, 'fs.read', {}), { ok: false, error: 'unknown capability fs.read' });
    assert.equal(denied(telemetry, 'fs.read'), 1);
    assert.deepEqual(await b.call(undefined, 'kms.encrypt', { keyName: 'customer-key', values: [] }), {
      ok: false,
      error: 'policy is not active',
    });
  });
});
