import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import avro from 'avsc';
import policy from '../../policies/schema-validation.ts';
import { testPolicy } from '../../sdk/host/testing.ts';

const orderSchema = {
  type: 'record',
  name: 'Order',
  namespace: 'shop',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID'] } },
    {
      name: 'items',
      type: {
        type: 'array',
        items: {
          type: 'record',
          name: 'Item',
          fields: [
            { name: 'sku', type: 'string' },
            { name: 'qty', type: 'int' },
          ],
        },
      },
    },
  ],
};
const orderType = avro.Type.forSchema(orderSchema as never);
const jsonSchema07 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'shop.Payment',
  type: 'object',
  required: ['id', 'amount'],
  properties: { id: { type: 'integer' }, amount: { type: 'number', minimum: 0 } },
};
const jsonSchema2020 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: { tags: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] } },
  // `prefixItems` and `$defs` are 2020-12: under draft-07 the tuple would not be checked.
  $defs: { unused: { type: 'string' } },
};

function frame(id: number, body: Uint8Array | string): Uint8Array {
  const b = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const out = new Uint8Array(5 + b.length);
  new DataView(out.buffer).setUint32(1, id);
  out.set(b, 5);
  return out;
}
const order = (v: unknown) => orderType.toBuffer(v);
const good = { id: 1, status: 'NEW', items: [{ sku: 'a', qty: 1 }] };

const schemas = {
  1: {
    id: 1,
    type: 'AVRO' as const,
    schema: JSON.stringify(orderSchema),
    subjects: [{ subject: 'orders-value', version: 1 }],
  },
  2: {
    id: 2,
    type: 'JSON' as const,
    schema: JSON.stringify(jsonSchema07),
    subjects: [{ subject: 'payments-value', version: 1 }],
  },
  3: {
    id: 3,
    type: 'AVRO' as const,
    schema: JSON.stringify(orderSchema),
    subjects: [{ subject: 'other-value', version: 4 }],
  },
  4: {
    id: 4,
    type: 'JSON' as const,
    schema: JSON.stringify(jsonSchema2020),
    subjects: [{ subject: 'tags-value', version: 1 }],
  },
  5: {
    id: 5,
    type: 'AVRO' as const,
    schema: JSON.stringify(orderSchema),
    subjects: [
      { subject: 'shop.Order', version: 1 },
      { subject: 'orders-shop.Order', version: 2 },
    ],
  },
};

const messages = (v: { kind: string; recordErrors?: { message: string }[] } | undefined) =>
  v?.kind === 'reject' ? (v.recordErrors ?? []).map((e) => e.message) : [];

describe('schema-validation policy', () => {
  test('Given Avro and JSON values framed with ids of the topic subject, When produced, Then accepted', async () => {
    const t = testPolicy(policy, { schemas });
    assert.deepEqual(
      (await t.produce({ topic: 'orders', records: [{ value: frame(1, order(good)) }] })).verdict,
      { kind: 'accept' },
    );
    const pay = (
      await t.produce({ topic: 'payments', records: [{ value: frame(2, '{"id":1,"amount":2.5}') }] })
    ).verdict;
    assert.deepEqual(pay, { kind: 'accept' });
  });

  test('Given invalid Avro, When produced, Then the record index and the failing path are in the message', async () => {
    const badEnum = Buffer.from(order(good));
    badEnum[1] = 0x0a; // zigzag 5: enum index 5 of 2 symbols
    const truncated = order(good).subarray(0, 4);
    const r = await testPolicy(policy, { schemas }).produce({
      topic: 'orders',
      records: [
        { value: frame(1, order(good)) },
        { value: frame(1, badEnum) },
        { value: frame(1, truncated) },
        { value: frame(1, Buffer.concat([order(good), Buffer.from([1, 2])])) },
      ],
    });
    assert.equal(r.verdict?.kind, 'reject');
    const m = messages(r.verdict as never);
    assert.equal(m[0], 'record 1: value.status: enum index 5 is not one of 2 symbols');
    assert.match(m[1], /^record 2: value\.items\[0\]\.(sku|qty): truncated/);
    assert.equal(m[2], 'record 3: value: 2 byte(s) left over after the record');
    assert.match(
      r.verdict?.kind === 'reject' ? r.verdict.message : '',
      /^3 record\(s\) do not match their schema on orders: record 1: value\.status/,
    );
  });

  test('Given invalid JSON Schema values (draft-07), Then the JSON path is named', async () => {
    const r = await testPolicy(policy, { schemas }).produce({
      topic: 'payments',
      records: [
        { value: frame(2, '{"id":1,"amount":-1}') },
        { value: frame(2, '{"amount":1}') },
        { value: frame(2, 'nope') },
      ],
    });
    assert.deepEqual(messages(r.verdict as never), [
      'record 0: value/amount must be >= 0',
      "record 1: value must have required property 'id'",
      'record 2: value: not JSON',
    ]);
  });

  test('Given a 2020-12 schema, When a tuple item has the wrong type, Then prefixItems is enforced', async () => {
    const t = testPolicy(policy, { schemas });
    assert.deepEqual(
      (await t.produce({ topic: 'tags', records: [{ value: frame(4, '{"tags":["a",1]}') }] })).verdict,
      { kind: 'accept' },
    );
    const r = await t.produce({ topic: 'tags', records: [{ value: frame(4, '{"tags":["a","b"]}') }] });
    assert.deepEqual(messages(r.verdict as never), ['record 0: value/tags/1 must be integer']);
  });

  test('Given TopicNameStrategy, When an id of another subject is used, Then it is refused naming both subjects', async () => {
    const r = await testPolicy(policy, { schemas }).produce({
      topic: 'orders',
      records: [{ value: frame(3, order(good)) }],
    });
    assert.deepEqual(messages(r.verdict as never), [
      'record 0: value schema id 3 is not registered under subject orders-value (TopicNameStrategy); it is under other-value',
    ]);
  });

  test("Given an id in use whose schema is then registered under another topic's subject too, When that topic sends it, Then the policy asks again and accepts; an id that stays elsewhere is asked again once per 5 s only", async () => {
    // Schemas by id as the host would answer now, counting the asks.
    const now: Record<number, (typeof schemas)[1]> = {
      7: {
        id: 7,
        type: 'AVRO',
        schema: JSON.stringify(orderSchema),
        subjects: [{ subject: 'a-value', version: 1 }],
      },
      8: {
        id: 8,
        type: 'AVRO',
        schema: JSON.stringify(orderSchema),
        subjects: [{ subject: 'a-value', version: 2 }],
      },
    };
    const asked: number[] = [];
    const counting = new Proxy(now, {
      get: (target, key) => {
        asked.push(Number(key));
        return target[Number(key)];
      },
    });
    const t = testPolicy(policy, { schemas: counting });
    const value = frame(7, order(good));
    assert.equal((await t.produce({ topic: 'a', records: [{ value }] })).verdict?.kind, 'accept');
    now[7] = { ...now[7], subjects: [...(now[7].subjects ?? []), { subject: 'b-value', version: 1 }] };
    assert.equal((await t.produce({ topic: 'b', records: [{ value }] })).verdict?.kind, 'accept');
    assert.deepEqual(asked, [7, 7], 'asked once to validate, once again for its subjects');

    asked.length = 0;
    const other = frame(8, order(good));
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(
        messages((await t.produce({ topic: 'b', records: [{ value: other }] })).verdict as never),
        [
          'record 0: value schema id 8 is not registered under subject b-value (TopicNameStrategy); it is under a-value',
        ],
      );
    }
    assert.deepEqual(asked, [8, 8], 'looked up, asked again once, then refused from the cache');
  });

  test('Given RecordNameStrategy and TopicRecordNameStrategy, Then the Avro full name decides the subject', async () => {
    const rec = testPolicy(policy, { schemas, config: { subjectNameStrategy: 'RecordNameStrategy' } });
    assert.equal(
      (await rec.produce({ topic: 'anything', records: [{ value: frame(5, order(good)) }] })).verdict?.kind,
      'accept',
    );
    assert.equal(
      (await rec.produce({ topic: 'orders', records: [{ value: frame(1, order(good)) }] })).verdict?.kind,
      'reject',
    );
    const tr = testPolicy(policy, { schemas, config: { subjectNameStrategy: 'TopicRecordNameStrategy' } });
    assert.equal(
      (await tr.produce({ topic: 'orders', records: [{ value: frame(5, order(good)) }] })).verdict?.kind,
      'accept',
    );
    const other = await tr.produce({ topic: 'returns', records: [{ value: frame(5, order(good)) }] });
    assert.match(messages(other.verdict as never)[0], /not registered under subject returns-shop\.Order/);
  });

  test('Given schemaId required / optional / forbidden, Then unframed and framed values are treated accordingly', async () => {
    const plain = [{ value: '{"id":1}' }];
    assert.match(
      messages(
        (await testPolicy(policy, { schemas }).produce({ topic: 'orders', records: plain })).verdict as never,
      )[0],
      /not in the Confluent wire format/,
    );
    assert.equal(
      (
        await testPolicy(policy, { schemas, config: { schemaId: 'optional' } }).produce({
          topic: 'orders',
          records: plain,
        })
      ).verdict?.kind,
      'accept',
    );
    const forbidden = testPolicy(policy, { schemas, config: { schemaId: 'forbidden' } });
    assert.equal((await forbidden.produce({ topic: 'orders', records: plain })).verdict?.kind, 'accept');
    assert.deepEqual(
      messages(
        (await forbidden.produce({ topic: 'orders', records: [{ value: frame(1, order(good)) }] }))
          .verdict as never,
      ),
      ['record 0: value carries a schema id (1), which this topic does not allow'],
    );
  });

  test('Given key validation, When the key is unframed or of the wrong subject, Then the key is named', async () => {
    const keyed = {
      ...schemas,
      6: {
        id: 6,
        type: 'JSON' as const,
        schema: '{"type":"string"}',
        subjects: [{ subject: 'orders-key', version: 1 }],
      },
    };
    const t = testPolicy(policy, { schemas: keyed, config: { key: true } });
    const ok = await t.produce({
      topic: 'orders',
      records: [{ key: frame(6, '"k1"'), value: frame(1, order(good)) }],
    });
    assert.equal(ok.verdict?.kind, 'accept');
    const r = await t.produce({
      topic: 'orders',
      records: [
        { key: 'k1', value: frame(1, order(good)) },
        { key: frame(1, order(good)), value: frame(1, order(good)) },
      ],
    });
    assert.deepEqual(messages(r.verdict as never), [
      'record 0: key is not in the Confluent wire format (magic byte 0 + 4-byte schema id)',
      'record 1: key schema id 1 is not registered under subject orders-key (TopicNameStrategy); it is under orders-value',
    ]);
  });

  test('Given an unknown id, a tombstone with allowTombstones false, Then each is refused with its reason', async () => {
    const r = await testPolicy(policy, { schemas, config: { allowTombstones: false } }).produce({
      topic: 'orders',
      records: [{ value: frame(99, 'x') }, { value: null }],
    });
    assert.deepEqual(messages(r.verdict as never), [
      'record 0: value: schema id 99 is not registered',
      'record 1: null value (tombstone) not allowed',
    ]);
  });

  test('Given inline schemas for topics without a registry, Then plain Avro and JSON values are validated', async () => {
    const t = testPolicy(policy, {
      config: { inlineAvro: { orders: orderSchema }, inlineJson: { payments: jsonSchema07 } },
    });
    assert.equal(
      (await t.produce({ topic: 'orders', records: [{ value: order(good) }] })).verdict?.kind,
      'accept',
    );
    const bad = Buffer.from(order(good));
    bad[1] = 0x0a;
    assert.deepEqual(
      messages((await t.produce({ topic: 'orders', records: [{ value: bad }] })).verdict as never),
      ['record 0: value.status: enum index 5 is not one of 2 symbols'],
    );
    assert.deepEqual(
      messages(
        (await t.produce({ topic: 'payments', records: [{ value: '{"id":"x","amount":1}' }] }))
          .verdict as never,
      ),
      ['record 0: value/id must be integer'],
    );
  });

  test('Given a JSON schema the host cannot compile or one with references, Then records under it are refused saying why', async () => {
    const odd = {
      7: {
        id: 7,
        type: 'JSON' as const,
        schema: '{"type":"nonsense"}',
        subjects: [{ subject: 't-value', version: 1 }],
      },
      8: {
        id: 8,
        type: 'AVRO' as const,
        schema: '"shop.Order"',
        subjects: [{ subject: 't-value', version: 1 }],
        references: ['shop.Order'],
      },
    };
    const r = await testPolicy(policy, { schemas: odd }).produce({
      topic: 't',
      records: [{ value: frame(7, '{}') }, { value: frame(8, 'x') }],
    });
    const m = messages(r.verdict as never);
    assert.match(m[0], /^record 0: value: schema 7 does not compile: /);
    assert.match(m[1], /^record 1: value: schema 8 references other schemas \(shop\.Order\)/);
  });

  test('Given the host cannot look a schema up, Then the batch gets the retriable REQUEST_TIMED_OUT, or passes with registryUnavailable accept', async () => {
    // A lookup that fails on the host (registry unreachable, nothing cached).
    const down = {
      get 1(): never {
        throw new Error('schema lookup failed');
      },
    };
    const records = [{ value: frame(1, order(good)) }];
    const r = await testPolicy(policy, { schemas: down }).produce({ topic: 'orders', records });
    assert.equal(r.verdict?.kind, 'reject');
    assert.equal(r.verdict?.kind === 'reject' && r.verdict.errorCode, 7);
    assert.match(
      r.verdict?.kind === 'reject' ? r.verdict.message : '',
      /^schema registry unavailable \(schema lookup failed\) for schema id\(s\) 1; retry later$/,
    );
    const open = await testPolicy(policy, {
      schemas: down,
      config: { registryUnavailable: 'accept' },
    }).produce({ topic: 'orders', records });
    assert.equal(open.verdict?.kind, 'accept');
  });

  test('Given every Avro type, When 300 random values are encoded by avsc, Then all pass; When each is cut short, Then each is refused', async () => {
    const everything = {
      type: 'record',
      name: 'All',
      fields: [
        { name: 'n', type: 'null' },
        { name: 'b', type: 'boolean' },
        { name: 'i', type: 'int' },
        { name: 'l', type: 'long' },
        { name: 'f', type: 'float' },
        { name: 'd', type: 'double' },
        { name: 'by', type: 'bytes' },
        { name: 's', type: 'string' },
        { name: 'fx', type: { type: 'fixed', name: 'F4', size: 4 } },
        { name: 'e', type: { type: 'enum', name: 'E', symbols: ['A', 'B', 'C'] } },
        {
          name: 'u',
          type: ['null', 'string', { type: 'record', name: 'In', fields: [{ name: 'x', type: 'int' }] }],
        },
        { name: 'a', type: { type: 'array', items: ['null', 'long'] } },
        { name: 'm', type: { type: 'map', values: { type: 'array', items: 'string' } } },
        { name: 'ts', type: { type: 'long', logicalType: 'timestamp-millis' } },
      ],
    };
    const type = avro.Type.forSchema(everything as never);
    const all = {
      9: {
        id: 9,
        type: 'AVRO' as const,
        schema: JSON.stringify(everything),
        subjects: [{ subject: 'all-value', version: 1 }],
      },
    };
    const t = testPolicy(policy, { schemas: all, config: { maxErrorsPerBatch: 1000 } });
    const values = Array.from({ length: 300 }, () => type.toBuffer(type.random()));
    const ok = await t.produce({ topic: 'all', records: values.map((v) => ({ value: frame(9, v) })) });
    assert.deepEqual(ok.verdict, { kind: 'accept' });
    const cut = await t.produce({
      topic: 'all',
      records: values.map((v) => ({ value: frame(9, v.subarray(0, v.length - 1)) })),
    });
    assert.equal(cut.verdict?.kind === 'reject' && cut.verdict.recordErrors?.length, 300);
  });

  test('Given a bad union branch inside a map, Then the path names the map key and the union', async () => {
    const s = {
      type: 'record',
      name: 'R',
      fields: [{ name: 'm', type: { type: 'map', values: ['null', 'int'] } }],
    };
    const type = avro.Type.forSchema(s as never);
    const good = Buffer.from(type.toBuffer({ m: { k1: 3 } }));
    // map block: count 1 (0x02), key "k1" (0x04 'k' '1'), union branch 1 (0x02), int 3 (0x06), end 0
    assert.deepEqual([...good], [0x02, 0x04, 0x6b, 0x31, 0x02, 0x06, 0x00]);
    good[4] = 0x08; // branch 4 of 2
    const r = await testPolicy(policy, { config: { inlineAvro: { t: s } } }).produce({
      topic: 't',
      records: [{ value: good }],
    });
    assert.deepEqual(messages(r.verdict as never), [
      'record 0: value.m.k1: union branch 4 does not exist (the union has 2)',
    ]);
  });
});
