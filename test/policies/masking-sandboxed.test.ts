// The masking and header-injection built-ins compiled with the allow-list and run in a real
// sandbox (isolated-vm in a worker process): SHA-256, avsc and the templates inside an isolate.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import avro from 'avsc';
import { compilePolicy } from '../../engine/compile.ts';
import type { PolicyEngine } from '../../engine/index.ts';
import { batch, ctx, records, startEngine, text } from '../engine/helpers.ts';

const dir = join(import.meta.dirname, '..', '..', 'policies');
const SALT = 'sandboxed-salt-0123456789';
let engine: PolicyEngine;

async function deployFile(file: string, id: string, topic: string, config: Record<string, unknown>) {
  const r = await compilePolicy({ entry: join(dir, file) });
  assert.ok(r.ok, JSON.stringify(!r.ok && r.diagnostics));
  await engine.deploy({ id, policy: r.policy, config, scope: { topics: [topic] } });
}

describe('masking and header injection in the sandbox', () => {
  before(async () => {
    ({ engine } = await startEngine());
  });
  after(() => engine.close());

  test('Given masking deployed, When a JSON batch is fetched, Then fields are masked and the hash is the HMAC-SHA256 node:crypto computes', async () => {
    await deployFile('masking.ts', 'mask-json', 'json', {
      salt: SALT,
      rules: [
        { path: 'email', rule: 'hash' },
        { path: 'cards[*].number', rule: 'keepLast', n: 4 },
      ],
    });
    const o = await engine.runFetch(ctx, {
      topic: 'json',
      partition: 0,
      records: records('{"email":"ann@example.com","cards":[{"number":"4111111111111111"}]}', null),
    });
    assert.equal(o.action, 'modify');
    const out = o.action === 'modify' ? o.records.map((r) => text(r.value)) : [];
    const hash = createHmac('sha256', SALT).update('ann@example.com').digest('hex');
    assert.deepEqual(out, [`{"email":"${hash}","cards":[{"number":"************1111"}]}`, null]);
  });

  test('Given masking-avro deployed, When a Confluent-framed Avro batch is fetched, Then the value is masked and still decodes with the schema', async () => {
    const schema = {
      type: 'record',
      name: 'U',
      fields: [
        { name: 'id', type: 'long' },
        { name: 'ssn', type: 'string' },
      ],
    };
    const type = avro.Type.forSchema(schema as avro.Schema);
    await deployFile('masking-avro.ts', 'mask-avro', 'avro', {
      schema,
      rules: [{ path: 'ssn', rule: 'keepLast', n: 4 }],
    });
    const body = type.toBuffer({ id: 3, ssn: '123-45-6789' });
    const value = new Uint8Array(5 + body.length);
    value.set([0, 0, 0, 0, 9]);
    value.set(body, 5);
    const [rec] = records('x');
    const o = await engine.runFetch(ctx, { topic: 'avro', partition: 0, records: [{ ...rec, value }] });
    assert.equal(o.action, 'modify');
    const got = o.action === 'modify' ? o.records[0].value : null;
    assert.ok(got);
    assert.deepEqual([...got.subarray(0, 5)], [0, 0, 0, 0, 9]);
    assert.deepEqual(
      { ...(type.fromBuffer(Buffer.from(got.subarray(5))) as object) },
      { id: 3, ssn: '*******6789' },
    );
  });

  test('Given header-injection deployed, When a batch is produced, Then every record carries the rendered headers', async () => {
    await deployFile('header-injection.ts', 'stamp', 'stamped', {
      headers: { 'x-who': '{{principal}}@{{listener}}/{{clientId}}', 'x-host': '{{gatewayHost}}' },
    });
    const o = await engine.runProduce({ ...ctx, gatewayHost: 'sluice-7' }, batch('stamped', ['a', 'b']));
    assert.equal(o.action, 'modify');
    const headers =
      o.action === 'modify' ? (o.records ?? []).map((r) => r.headers.map((h) => [h.key, text(h.value)])) : [];
    const want = [
      ['x-who', 'User:alice@internal/app-1'],
      ['x-host', 'sluice-7'],
    ];
    assert.deepEqual(headers, [want, want]);
  });
});
