import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import policy from '../../policies/json-schema.ts';
import { testPolicy } from '../../sdk/host/testing.ts';

const orderSchema = {
  type: 'object',
  required: ['id', 'amount'],
  properties: { id: { type: 'string' }, amount: { type: 'number', minimum: 0 } },
  additionalProperties: false,
};

const harness = (config = {}) =>
  testPolicy(policy, { config: { schemas: { orders: orderSchema }, ...config } });

describe('json-schema policy', () => {
  test('Given valid orders, When produced to orders, Then the batch is accepted', async () => {
    const r = await harness().produce({
      topic: 'orders',
      records: [{ value: { id: 'a', amount: 1 } }, { value: { id: 'b', amount: 0 } }],
    });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });

  test('Given one invalid and one non-JSON record, When produced, Then the batch is rejected with both record errors', async () => {
    const r = await harness().produce({
      topic: 'orders',
      records: [{ value: { id: 'a', amount: 1 } }, { value: { id: 'b', amount: -5 } }, { value: 'not json' }],
    });
    assert.equal(r.verdict?.kind, 'reject');
    const v = r.verdict?.kind === 'reject' ? r.verdict : undefined;
    assert.deepEqual(
      v?.recordErrors.map((e) => e.index),
      [1, 2],
    );
    assert.match(v?.recordErrors[0].message ?? '', /value\/amount must be >= 0/);
    assert.equal(v?.recordErrors[1].message, 'value is not JSON');
    assert.equal(v?.errorCode, undefined, 'the engine maps the default to INVALID_RECORD');
    assert.deepEqual(r.metrics, { invalid_records: 2 });
  });

  test('Given a topic without a schema and no "*", When produced, Then anything is accepted', async () => {
    const r = await harness().produce({ topic: 'logs', records: [{ value: 'free text' }] });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });

  test('Given a "*" schema, When producing to any other topic, Then it applies', async () => {
    const r = await harness({ schemas: { '*': { type: 'object' } } }).produce({
      topic: 'logs',
      records: [{ value: '[1]' }],
    });
    assert.equal(r.verdict?.kind, 'reject');
  });

  test('Given tombstones, When allowTombstones is false, Then null values are refused', async () => {
    assert.deepEqual((await harness().produce({ topic: 'orders', records: [{ value: null }] })).verdict, {
      kind: 'accept',
    });
    const r = await harness({ allowTombstones: false }).produce({
      topic: 'orders',
      records: [{ value: null }],
    });
    assert.equal(r.verdict?.kind, 'reject');
  });

  test('Given many bad records, When produced, Then record errors stop at maxErrorsPerBatch', async () => {
    const r = await harness({ maxErrorsPerBatch: 3 }).produce({
      topic: 'orders',
      records: Array.from({ length: 10 }, () => ({ value: '{}' })),
    });
    assert.equal(r.verdict?.kind === 'reject' && r.verdict.recordErrors.length, 3);
  });

  test('Given no schemas config, When loaded, Then the config error says schemas is required', () => {
    assert.throws(() => testPolicy(policy), /schemas is required/);
  });

  test('Given a schema with a typo in a keyword, When loaded, Then init fails instead of accepting everything', () => {
    assert.throws(
      () => harness({ schemas: { orders: { type: 'object', requird: ['id'] } } }),
      /unknown keyword: "requird"/,
    );
  });

  test('Given a schema that names its draft with $schema, When loaded, Then it still compiles', async () => {
    const t = harness({
      schemas: { orders: { $schema: 'http://json-schema.org/draft-07/schema#', ...orderSchema } },
    });
    assert.equal(
      (await t.produce({ topic: 'orders', records: [{ value: { id: 'a' } }] })).verdict?.kind,
      'reject',
    );
  });

  test('Given topics named __proto__ and constructor, When produced to, Then their own schemas apply, not "*"', async () => {
    const schemas = JSON.parse(
      '{"__proto__":{"type":"number"},"constructor":{"type":"string"},"*":{"type":"boolean"}}',
    );
    const t = testPolicy(policy, { config: { schemas } });
    assert.deepEqual((await t.produce({ topic: '__proto__', records: [{ value: '1' }] })).verdict, {
      kind: 'accept',
    });
    assert.equal(
      (await t.produce({ topic: '__proto__', records: [{ value: 'true' }] })).verdict?.kind,
      'reject',
    );
    assert.deepEqual((await t.produce({ topic: 'constructor', records: [{ value: '"x"' }] })).verdict, {
      kind: 'accept',
    });
    assert.equal((await t.produce({ topic: 'other', records: [{ value: '1' }] })).verdict?.kind, 'reject');
  });
});
