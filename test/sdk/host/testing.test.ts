import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_KEYS } from '../../../kafka/generated/api-keys.ts';
import { testPolicy } from '../../../sdk/host/testing.ts';
import { accept, definePolicy, encryptJsonFields, field, modify, reject } from '../../../sdk/index.ts';

const keyRequired = definePolicy({
  name: 'key-required',
  config: { maxBytes: field.integer({ default: 100, min: 1 }) },
  onProduce(batch, ctx) {
    const bad = batch.records.filter((r) => r.key === null || (r.value?.length ?? 0) > ctx.config.maxBytes);
    if (bad.length === 0) return accept();
    ctx.metrics.count('rejected', bad.length);
    ctx.log.warn('refused', { topic: ctx.topic });
    return reject('records need a key and at most maxBytes', {
      recordErrors: bad.map((r) => ({ index: r.index, message: r.key === null ? 'no key' : 'too big' })),
    });
  },
});

describe('sdk test harness', () => {
  test('Given records with keys, When produced, Then the harness returns accept', async () => {
    const t = testPolicy(keyRequired);
    const r = await t.produce({ records: [{ key: 'a', value: 'x' }] });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });

  test('Given one keyless record, When produced, Then reject names that record and counts a metric', async () => {
    const t = testPolicy(keyRequired, { config: { maxBytes: 3 } });
    const r = await t.produce({
      records: [{ key: 'a', value: 'x' }, { value: 'y' }, { key: 'b', value: 'long' }],
    });
    assert.equal(r.verdict?.kind, 'reject');
    assert.deepEqual(r.verdict?.kind === 'reject' && r.verdict.recordErrors, [
      { index: 1, message: 'no key' },
      { index: 2, message: 'too big' },
    ]);
    assert.deepEqual(r.metrics, { rejected: 2 });
    assert.equal(r.logs[0].msg, 'refused');
  });

  test('Given an unknown config key, When the harness loads, Then it fails with a config error', () => {
    assert.throws(() => testPolicy(keyRequired, { config: { maxByte: 3 } }), {
      code: 'SLUICE_POLICY_CONFIG_INVALID',
    });
  });

  test('Given a policy that encrypts a JSON field, When produced, Then the value carries ciphertext from the mock KMS', async () => {
    const p = definePolicy({
      name: 'pii',
      async onProduce(batch, ctx) {
        const docs = batch.records.map((r) => r.json<Record<string, unknown>>());
        await encryptJsonFields(ctx, 'pii-key', docs, ['user.ssn']);
        return modify({ records: batch.records.map((r, i) => r.with({ value: JSON.stringify(docs[i]) })) });
      },
    });
    const r = await testPolicy(p).produce({ records: [{ value: { user: { ssn: '123', name: 'a' } } }] });
    assert.equal(r.verdict?.kind, 'modify');
    const rec = r.verdict?.kind === 'modify' ? r.verdict.records?.[0] : undefined;
    const doc = JSON.parse(new TextDecoder().decode(rec?.value ?? new Uint8Array()));
    assert.equal(doc.user.ssn, `enc:pii-key:${Buffer.from('123').toString('base64')}`);
    assert.equal(doc.user.name, 'a');
  });

  test('Given a hook that throws, When run, Then the harness reports the error instead of a verdict', async () => {
    const p = definePolicy({
      name: 'thrower',
      onProduce() {
        throw new TypeError('boom');
      },
    });
    const r = await testPolicy(p).produce({ records: [{ value: 'x' }] });
    assert.equal(r.verdict, undefined);
    assert.deepEqual(r.error, { name: 'TypeError', message: 'boom', code: undefined });
  });

  test('Given a hook returning a number, When run, Then the harness reports the problem the engine would', async () => {
    const p = definePolicy({ name: 'bad', onProduce: () => 42 as never });
    const r = await testPolicy(p).produce({ records: [{ value: 'x' }] });
    assert.match(r.problem ?? '', /must return accept\(\), reject\(\) or modify\(\)/);
  });

  test('Given an onRequest hook, When a client id is rewritten, Then the change is in the verdict', async () => {
    const p = definePolicy({
      name: 'client-id',
      onRequest: (req) =>
        req.clientId?.startsWith('team-')
          ? accept()
          : modify({ request: { clientId: `team-x-${req.clientId}` } }),
    });
    const r = await testPolicy(p).request({ apiKey: 3, clientId: 'rogue' });
    assert.deepEqual(r.verdict, {
      kind: 'modify',
      records: undefined,
      request: { clientId: 'team-x-rogue' },
    });
  });

  test('Given an onRequest hook trying to change records, Then the problem is reported', async () => {
    const p = definePolicy({ name: 'bad-mod', onRequest: () => modify({ records: [] }) });
    const r = await testPolicy(p).request({ apiKey: 3 });
    assert.match(r.problem ?? '', /onRequest cannot return records/);
  });

  test('Given definePolicy without hooks or with a bad name, Then it throws SLUICE_POLICY_DEFINITION', () => {
    assert.throws(() => definePolicy({ name: 'no-hooks' }), { code: 'SLUICE_POLICY_DEFINITION' });
    assert.throws(() => definePolicy({ name: 'Bad Name', onProduce: accept }), {
      code: 'SLUICE_POLICY_DEFINITION',
    });
  });

  test('Given bytes values, When a policy reads text() and json(), Then non-ASCII UTF-8 round-trips', async () => {
    const p = definePolicy({
      name: 'bytes',
      values: 'bytes',
      onProduce: (b) =>
        reject(
          `${b.records[0].text()}|${(b.records[1].json() as { a: string }).a}|${b.records[0].header('h')}`,
        ),
    });
    const r = await testPolicy(p).produce({
      records: [{ value: 'héllo 😀', headers: { h: 'ü' } }, { value: { a: '€' } }],
    });
    assert.equal(r.verdict?.kind === 'reject' && r.verdict.message, 'héllo 😀|€|ü');
  });

  test('Given a text policy and mixed ASCII, non-ASCII, BOM and invalid UTF-8 values, Then text() and value are faithful', async () => {
    const p = definePolicy({
      name: 'texts',
      onProduce: (b) =>
        reject(
          JSON.stringify(
            b.records.map((r) => [r.text(), r.keyText(), r.value ? Array.from(r.value.slice(0, 3)) : null]),
          ),
        ),
    });
    const invalid = new Uint8Array([0xff, 0x41]);
    const r = await testPolicy(p).produce({
      records: [
        { key: 'a', value: 'plain' },
        { key: 'é', value: 'grüße' },
        { value: '\uFEFFbom' },
        { value: invalid },
        { value: null },
      ],
    });
    const got = JSON.parse(r.verdict?.kind === 'reject' ? r.verdict.message : '[]');
    assert.deepEqual(got, [
      ['plain', 'a', [112, 108, 97]],
      ['grüße', 'é', [103, 114, 195]],
      ['\uFEFFbom', null, [239, 187, 191]],
      ['\uFFFDA', null, [255, 65]],
      [null, null, null],
    ]);
  });

  test('Given an all-ASCII text batch, Then records slice the right values out of the packed batch', async () => {
    const p = definePolicy({
      name: 'ascii',
      onProduce: (b) => reject(b.records.map((r) => `${r.keyText()}=${r.text()}`).join(',')),
    });
    const r = await testPolicy(p).produce({
      records: [{ key: 'k1', value: 'one' }, { value: 'two' }, { key: 'k3', value: '' }],
    });
    assert.equal(r.verdict?.kind === 'reject' && r.verdict.message, 'k1=one,null=two,k3=');
  });

  test('Given reject with errorCode 0 (NONE), Then it is refused: the client would read it as success and lose data', async () => {
    const p = definePolicy({ name: 'sneaky', onProduce: () => reject('gone', { errorCode: 0 }) });
    const r = await testPolicy(p).produce({ records: [{ value: 'x' }] });
    assert.match(r.problem ?? '', /non-zero Kafka error code/);
  });

  test('Given a policy that reports ctx.apiKey from every hook, When the harness runs each, Then each sees the api key of its Kafka API', async () => {
    const seen = (_: unknown, ctx: { apiKey: number }) => reject(String(ctx.apiKey));
    const t = testPolicy(
      definePolicy({
        name: 'keys',
        onProduce: seen,
        onFetch: seen,
        onCreateTopics: seen,
        onAlterConfigs: seen,
      }),
    );
    const keys = await Promise.all([
      t.produce({ records: [] }),
      t.fetch({ records: [] }),
      t.createTopics({ topics: [] }),
      t.alterConfigs({ incremental: true, resources: [] }),
      t.alterConfigs({ incremental: false, resources: [] }),
    ]);
    assert.deepEqual(
      keys.map((r) => (r.verdict?.kind === 'reject' ? Number(r.verdict.message) : null)),
      [
        API_KEYS.Produce,
        API_KEYS.Fetch,
        API_KEYS.CreateTopics,
        API_KEYS.IncrementalAlterConfigs,
        API_KEYS.AlterConfigs,
      ],
    );
  });
});
