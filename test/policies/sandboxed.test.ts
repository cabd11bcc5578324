// The example policies compiled with the allow-list and run in real sandboxes: the same
// verdicts as in the in-process harness, with ajv executing inside an isolate.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compilePolicy } from '../../engine/compile.ts';
import type { PolicyEngine } from '../../engine/index.ts';
import { batch, ctx, startEngine, text } from '../engine/helpers.ts';
import { framed, schemas } from './avro-fixtures.ts';

const dir = join(import.meta.dirname, '..', '..', 'policies');
let engine: PolicyEngine;

async function deployFile(
  file: string,
  id: string,
  config: Record<string, unknown>,
  extra = {},
): Promise<void> {
  const r = await compilePolicy({ entry: join(dir, file) });
  assert.ok(r.ok, JSON.stringify(!r.ok && r.diagnostics));
  await engine.deploy({ id, policy: r.policy, config, ...extra });
}

describe('example policies in the sandbox', () => {
  before(async () => {
    ({ engine } = await startEngine({
      capabilities: {
        kms: {
          encrypt: async (k, v) => v.map((x) => `${k}:${x.split('').reverse().join('')}`),
          decrypt: async () => [],
        },
        schemas: { getById: async (id) => schemas[id as 1 | 2] ?? null },
      },
    }));
  });
  after(() => engine.close());

  test('Given json-schema deployed for orders, When a bad record is produced, Then INVALID_RECORD names it', async () => {
    await deployFile(
      'json-schema.ts',
      'orders-schema',
      { schemas: { orders: { type: 'object', required: ['id'] } } },
      { scope: { topics: ['orders'] } },
    );
    assert.equal((await engine.runProduce(ctx, batch('orders', ['{"id":1}']))).action, 'forward');
    const o = await engine.runProduce(ctx, batch('orders', ['{"id":1}', '{}']));
    assert.equal(o.action, 'reject');
    assert.equal(o.action === 'reject' && o.errorCode, 87);
    assert.deepEqual(o.action === 'reject' && o.recordErrors.map((e) => e.batchIndex), [1]);
    assert.match(
      o.action === 'reject' ? (o.recordErrors[0].message ?? '') : '',
      /must have required property 'id'/,
    );
  });

  test('Given json-schema with a schema that has a typo, When deployed, Then the deployment fails with a config error naming the topic', async () => {
    const r = await compilePolicy({ entry: join(dir, 'json-schema.ts') });
    assert.ok(r.ok);
    await assert.rejects(
      engine.deploy({
        id: 'typo',
        policy: r.policy,
        config: { schemas: { orders: { type: 'object', requird: ['id'] } } },
      }),
      { code: 'SLUICE_ENGINE_CONFIG_INVALID', message: /schemas\["orders"\].*unknown keyword: "requird"/ },
    );
  });

  test('Given json-schema with a schema for a topic named __proto__, When run in the sandbox, Then that schema applies', async () => {
    await deployFile(
      'json-schema.ts',
      'proto-schema',
      {
        schemas: JSON.parse('{"__proto__":{"type":"number"}}'),
      },
      { scope: { topics: ['__proto__'] } },
    );
    assert.equal((await engine.runProduce(ctx, batch('__proto__', ['1']))).action, 'forward');
    assert.equal((await engine.runProduce(ctx, batch('__proto__', ['"x"']))).action, 'reject');
    await engine.remove('proto-schema');
  });

  test('Given json-schema loaded, Then its bundle holds no schema compiler', async () => {
    const r = await compilePolicy({ entry: join(dir, 'json-schema.ts') });
    assert.ok(r.ok);
    assert.ok(!r.policy.inputs.some((f) => f.includes('node_modules/ajv')), r.policy.inputs.join(', '));
    assert.ok(r.policy.sizeBytes < 40_000, `bundle of ${r.policy.sizeBytes} bytes`);
  });

  test('Given record-rules with bytes values, When a keyless record is produced, Then it is refused', async () => {
    await deployFile('record-rules.ts', 'rules', {}, { scope: { topics: ['ruled'] } });
    const keyless = batch('ruled', ['v']);
    keyless.records[0].key = null;
    const o = await engine.runProduce(ctx, keyless);
    assert.equal(o.action === 'reject' && o.recordErrors[0].message, 'a key is required');
  });

  test('Given producer-overrides (acks all, zstd), When an acks=1 gzip batch is produced, Then the outcome asks for both', async () => {
    await deployFile(
      'producer-overrides.ts',
      'overrides',
      { acks: 'all', compression: 'zstd' },
      { scope: { topics: ['tuned'] } },
    );
    const o = await engine.runProduce(ctx, { ...batch('tuned', ['v']), acks: 1, compression: 'gzip' });
    assert.equal(o.action, 'modify');
    assert.deepEqual(o.action === 'modify' && [o.records, o.acks, o.compression], [null, -1, 'zstd']);
  });

  test('Given topic-guardrails, When a weak topic is created, Then POLICY_VIOLATION is returned', async () => {
    await deployFile('topic-guardrails.ts', 'guardrails', {}, { scope: { topics: ['guarded.*'] } });
    const o = await engine.runCreateTopics(ctx, {
      validateOnly: false,
      topics: [{ name: 'guarded.x', numPartitions: 1, replicationFactor: 1, configs: {} }],
    });
    assert.equal(o.action === 'reject' && o.errorCode, 44);
  });

  test('Given pii-encrypt with an allowed key, When produced, Then the host KMS encrypted the field', async () => {
    await deployFile(
      'pii-encrypt.ts',
      'pii',
      { keyName: 'cust', fields: ['ssn'] },
      { kmsKeys: ['cust'], scope: { topics: ['people'] } },
    );
    const o = await engine.runProduce(ctx, batch('people', ['{"ssn":"123","n":1}']));
    assert.equal(o.action, 'modify');
    assert.equal(o.action === 'modify' && text(o.records?.[0].value ?? null), '{"ssn":"cust:321","n":1}');
  });

  test('Given avro-schema (avsc in the isolate, schema lookup on the host), When a bad value is produced, Then it is refused', async () => {
    await deployFile('avro-schema.ts', 'avro', {}, { scope: { topics: ['users'] } });
    const good = batch('users', [null]);
    good.records[0].value = framed(1, { id: 42, email: 'a@b' });
    assert.equal((await engine.runProduce(ctx, good)).action, 'forward');
    const bad = batch('users', ['{"id":42}', null]);
    bad.records[1].value = framed(9, { id: 1, email: 'x' });
    const o = await engine.runProduce(ctx, bad);
    assert.deepEqual(o.action === 'reject' && o.recordErrors.map((e) => e.message), [
      'value is not Confluent-framed Avro (magic byte 0 + schema id)',
      'schema id 9 is not registered',
    ]);
  });
});
