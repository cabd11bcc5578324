// The registry-backed schema source: caching, outages, and — with the real serializer of
// @kafkajs/confluent-schema-registry writing to a stand-in registry — the schema-validation
// policy compiled and run in a real sandbox, its lookups going through the source.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compilePolicy } from '../../../engine/compile.ts';
import type { PolicyEngine } from '../../../engine/index.ts';
import { RegistryClient } from '../../../gateway/registry/client.ts';
import { MIN_MAX_AGE_MS, RegistrySchemaSource } from '../../../gateway/registry/schema-source.ts';
import { batch, captureLogs, ctx, startEngine } from '../../engine/helpers.ts';
import { type RegistryStub, startRegistryStub } from './registry-stub.ts';

const ORDER = {
  type: 'record',
  name: 'Order',
  namespace: 'shop',
  fields: [
    { name: 'id', type: 'long' },
    {
      name: 'lines',
      type: {
        type: 'array',
        items: { type: 'record', name: 'Line', fields: [{ name: 'qty', type: 'int' }] },
      },
    },
  ],
};
const PAYMENT = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['amount'],
  properties: { amount: { type: 'number', minimum: 0 } },
};

describe('registry schema source', () => {
  let stub: RegistryStub;
  before(async () => {
    stub = await startRegistryStub();
  });
  after(() => stub.close());

  const source = (now: () => number, ttl = 1000) =>
    new RegistrySchemaSource(new RegistryClient({ url: stub.url, timeoutMs: 1000 }), captureLogs().logger, {
      cacheTtlMs: ttl,
      maxCachedSchemas: 2,
      now,
    });

  test('Given an id looked up often, Then the registry is asked once per TTL, with its subjects and a compiled JSON validator', async () => {
    const id = stub.register('payments-value', JSON.stringify(PAYMENT), 'JSON');
    let now = 0;
    const s = source(() => now);
    const [a, b] = await Promise.all([s.getById(id), s.getById(id)]);
    assert.equal(s.fetches, 1, 'concurrent lookups share one fetch');
    assert.deepEqual(a?.subjects, [{ subject: 'payments-value', version: 1 }]);
    assert.equal(a?.type, 'JSON');
    assert.match(a?.compiled?.__sluiceJsonSchema ?? '', /function/);
    assert.equal(b, a);
    now = 999;
    await s.getById(id);
    assert.equal(s.fetches, 1);
    now = 1000;
    await s.getById(id);
    assert.equal(s.fetches, 2, 'asked again once the TTL passed');
    s.close();
  });

  test('Given an unknown id, Then null, remembered for a few seconds only', async () => {
    let now = 0;
    const s = source(() => now, 60_000);
    assert.equal(await s.getById(4242), null);
    assert.equal(await s.getById(4242), null);
    assert.equal(s.fetches, 1);
    now = 5000;
    await s.getById(4242);
    assert.equal(s.fetches, 2);
    s.close();
  });

  test('Given maxAgeMs, Then an entry held longer is fetched again (seeing a subject added since), a younger one is not, and less than a second counts as a second', async () => {
    const schema = JSON.stringify({ ...ORDER, name: 'Reused' });
    const id = stub.register('first-value', schema);
    let now = 0;
    const s = source(() => now, 300_000);
    assert.deepEqual((await s.getById(id))?.subjects, [{ subject: 'first-value', version: 1 }]);
    // The same schema under a second subject: a registry keeps its id.
    assert.equal(stub.register('second-value', schema), id);
    now = 4999;
    assert.equal(
      (await s.getById(id, { maxAgeMs: 5000 }))?.subjects?.length,
      1,
      'younger than maxAgeMs: cached',
    );
    assert.equal(s.fetches, 1);
    now = 5000;
    const again = await s.getById(id, { maxAgeMs: 5000 });
    assert.equal(s.fetches, 2);
    assert.deepEqual(
      again?.subjects?.map((x) => x.subject),
      ['first-value', 'second-value'],
    );
    now = 5500;
    await s.getById(id, { maxAgeMs: 0 });
    assert.equal(s.fetches, 2, `maxAgeMs below ${MIN_MAX_AGE_MS} ms is raised to it`);
    now = 6000;
    await s.getById(id, { maxAgeMs: 0 });
    assert.equal(s.fetches, 3);
    s.close();
  });

  test('Given the registry fails after an id was cached, Then the stale schema is served; with nothing cached the lookup fails', async () => {
    const id = stub.register('orders-value', JSON.stringify(ORDER));
    let now = 0;
    const s = source(() => now);
    assert.equal((await s.getById(id))?.type, 'AVRO');
    stub.failWith = 503;
    try {
      now = 5000;
      assert.equal((await s.getById(id))?.type, 'AVRO', 'stale entry served');
      await assert.rejects(s.getById(id + 100), /HTTP 503/);
    } finally {
      stub.failWith = undefined;
      s.close();
    }
  });

  describe('with the schema-validation policy in a sandbox and the real serializer', () => {
    let engine: PolicyEngine;
    let registry: SchemaRegistry;
    let src: RegistrySchemaSource;

    before(async () => {
      src = new RegistrySchemaSource(new RegistryClient({ url: stub.url }), captureLogs().logger, {
        cacheTtlMs: 60_000,
        maxCachedSchemas: 100,
      });
      ({ engine } = await startEngine({ capabilities: { schemas: src } }));
      const r = await compilePolicy({
        entry: join(import.meta.dirname, '..', '..', '..', 'policies', 'schema-validation.ts'),
      });
      assert.ok(r.ok, JSON.stringify(!r.ok && r.diagnostics));
      await engine.deploy({
        id: 'sv',
        policy: r.policy,
        config: {},
        scope: { topics: ['orders', 'payments'] },
      });
      // The serializer validates too; for 2020-12 schemas its ajv must speak that draft.
      registry = new SchemaRegistry(
        { host: stub.url },
        { [SchemaType.JSON]: { ajvInstance: new Ajv2020({ strict: false }) as never } },
      );
    });
    after(async () => {
      await engine.close();
      src.close();
    });

    const produce = async (topic: string, values: Buffer[]) => {
      const b = batch(
        topic,
        values.map(() => null),
      );
      values.forEach((v, i) => {
        b.records[i].value = new Uint8Array(v);
      });
      return engine.runProduce(ctx, b);
    };

    test('Given Avro encoded by the serializer, Then valid records pass and a hand-broken one is named by index and path', async () => {
      const { id } = await registry.register(
        { type: SchemaType.AVRO, schema: JSON.stringify(ORDER) },
        { subject: 'orders-value' },
      );
      const good = await registry.encode(id, { id: 1, lines: [{ qty: 2 }, { qty: 3 }] });
      assert.equal((await produce('orders', [good, good])).action, 'forward');
      const broken = good.subarray(0, good.length - 2); // the last line's qty and the array's end are cut off
      const o = await produce('orders', [good, Buffer.from(broken)]);
      assert.equal(o.action, 'reject');
      assert.deepEqual(o.action === 'reject' && o.recordErrors.map((e) => e.message), [
        'record 1: value.lines[1].qty: truncated (int expected)',
      ]);
    });

    test('Given JSON Schema 2020-12 encoded by the serializer, Then a value breaking it is refused with its JSON path', async () => {
      const { id } = await registry.register(
        { type: SchemaType.JSON, schema: JSON.stringify(PAYMENT) },
        { subject: 'payments-value' },
      );
      const good = await registry.encode(id, { amount: 5 });
      assert.equal((await produce('payments', [good])).action, 'forward');
      const bad = Buffer.concat([good.subarray(0, 5), Buffer.from('{"amount":-5}')]);
      const o = await produce('payments', [good, bad]);
      assert.deepEqual(o.action === 'reject' && o.recordErrors.map((e) => e.message), [
        'record 1: value/amount must be >= 0',
      ]);
    });

    test('Given an id registered for another topic, Then TopicNameStrategy refuses it', async () => {
      const { id } = await registry.register(
        { type: SchemaType.AVRO, schema: JSON.stringify({ ...ORDER, name: 'Refund' }) },
        { subject: 'refunds-value' },
      );
      const v = await registry.encode(id, { id: 1, lines: [] });
      const o = await produce('orders', [v]);
      assert.match(
        o.action === 'reject' ? (o.recordErrors[0].message ?? '') : '',
        /not registered under subject orders-value \(TopicNameStrategy\); it is under refunds-value/,
      );
    });
  });
});
