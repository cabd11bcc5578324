import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import policy from '../../policies/header-injection.ts';
import { type HarnessResult, testPolicy } from '../../sdk/host/testing.ts';

const text = (v: Uint8Array | string | null) =>
  v === null ? null : typeof v === 'string' ? v : new TextDecoder().decode(v);
const headersOf = (r: HarnessResult) =>
  r.verdict?.kind === 'modify'
    ? (r.verdict.records ?? []).map((x) => x.headers.map((h) => [h.key, text(h.value)]))
    : assert.fail(JSON.stringify(r));

const context = {
  principal: 'User:alice',
  clientId: 'orders-app',
  listener: 'external',
  serverName: 'bootstrap.kafka.example.com',
  gatewayHost: 'sluice-0',
};

describe('header-injection policy', () => {
  test('Given templates over every variable, When a batch is produced, Then each record carries the rendered headers after its own', async () => {
    const before = Date.now();
    const r = await testPolicy(policy, {
      context,
      config: {
        headers: {
          'x-principal': '{{principal}}',
          'x-client': '{{ clientId }}',
          'x-where': '{{topic}}/{{partition}} via {{listener}} ({{serverName}}) on {{gatewayHost}}',
          'x-time': '{{time}}',
          'x-time-ms': '{{timeMs}}',
        },
      },
    }).produce({
      topic: 'orders',
      partition: 2,
      records: [{ value: 'a', headers: { trace: 't1' } }, { value: 'b' }],
    });
    const [first, second] = headersOf(r);
    assert.deepEqual(first.slice(0, 4), [
      ['trace', 't1'],
      ['x-principal', 'User:alice'],
      ['x-client', 'orders-app'],
      ['x-where', 'orders/2 via external (bootstrap.kafka.example.com) on sluice-0'],
    ]);
    const ms = Number(first[5][1]);
    assert.ok(ms >= before && ms <= Date.now(), `timeMs ${ms}`);
    assert.deepEqual(first[4], ['x-time', new Date(ms).toISOString()]);
    assert.deepEqual(second, first.slice(1), 'the same stamps on every record of the batch');
    const values = r.verdict?.kind === 'modify' ? r.verdict.records?.map((x) => text(x.value)) : [];
    assert.deepEqual(values, ['a', 'b'], 'values untouched');
  });

  test('Given no client id and no SNI name, When produced, Then those variables render empty', async () => {
    const r = await testPolicy(policy, {
      context: { clientId: null, serverName: null },
      config: { headers: { 'x-who': '{{clientId}}|{{serverName}}|{{principal}}' } },
    }).produce({ records: [{ value: 'a' }] });
    assert.deepEqual(headersOf(r), [[['x-who', '||User:test']]]);
  });

  test('Given a producer that sets an injected header itself, When onExisting is replace (default), keep, or append, Then the gateway’s value replaces, yields to, or joins it', async () => {
    const records = [{ value: 'a', headers: { 'x-principal': 'User:admin', other: '1' } }];
    const run = (onExisting?: string) =>
      testPolicy(policy, {
        context,
        config: { headers: { 'x-principal': '{{principal}}' }, ...(onExisting && { onExisting }) },
      }).produce({ records });
    assert.deepEqual(headersOf(await run()), [
      [
        ['other', '1'],
        ['x-principal', 'User:alice'],
      ],
    ]);
    assert.deepEqual(headersOf(await run('keep')), [
      [
        ['x-principal', 'User:admin'],
        ['other', '1'],
      ],
    ]);
    assert.deepEqual(headersOf(await run('append')), [
      [
        ['x-principal', 'User:admin'],
        ['other', '1'],
        ['x-principal', 'User:alice'],
      ],
    ]);
  });

  test('Given removal patterns, When produced, Then matching headers are gone, others stay, and a batch with nothing to remove is accepted', async () => {
    const t = testPolicy(policy, { config: { remove: ['x-internal-*', '/^debug$/i'] } });
    const r = await t.produce({
      records: [
        { value: 'a', headers: { 'x-internal-route': 'r', DEBUG: '1', keep: 'k', 'x-internalx': 'y' } },
      ],
    });
    assert.deepEqual(headersOf(r), [
      [
        ['keep', 'k'],
        ['x-internalx', 'y'],
      ],
    ]);
    assert.equal(r.metrics.headers_removed, 2);
    assert.deepEqual((await t.produce({ records: [{ value: 'a', headers: { keep: 'k' } }] })).verdict, {
      kind: 'accept',
    });
  });

  test('Given an idempotent producer, When headers are injected, Then every record is kept in order', async () => {
    const r = await testPolicy(policy, { config: { headers: { 'x-a': 'b' } } }).produce({
      producerId: 42,
      records: [{ value: '1' }, { value: '2' }, { value: '3' }],
    });
    const recs = r.verdict?.kind === 'modify' ? (r.verdict.records ?? []) : [];
    assert.deepEqual(
      recs.map((x) => text(x.value)),
      ['1', '2', '3'],
    );
  });

  test('Given bad config, When the policy loads, Then the error names the header and the variable', () => {
    assert.throws(
      () => testPolicy(policy, { config: { headers: { 'x-a': '{{user}}', 'x-b': 5 }, remove: ['/(/'] } }),
      (e: Error) => {
        assert.match(
          e.message,
          /headers\["x-a"\]: unknown variable \{\{user\}\} \(known: principal, clientId/,
        );
        assert.match(e.message, /headers\["x-b"\] must be a string template/);
        assert.match(e.message, /remove: pattern \/\(\//);
        return true;
      },
    );
    assert.throws(() => testPolicy(policy, { config: {} }), /would do nothing/);
  });
});
