import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PolicyEngine } from '../../engine/index.ts';
import type { LogLine } from './helpers.ts';
import { batch, compile, ctx, policySource, startEngine, text } from './helpers.ts';

let engine: PolicyEngine;
let logs: LogLine[];

const tagger = (name: string) =>
  compile(
    policySource(`export default definePolicy({ name: '${name}', onProduce: (b) =>
      modify({ records: b.records.map((r) => r.with({ headers: [...r.headers, { key: 'seen', value: '${name}' }] })) }) });`),
  );
const rejectAll = (name: string) =>
  compile(
    policySource(`export default definePolicy({ name: '${name}', onProduce: () => reject('no ${name}') });`),
  );
const thrower = compile(
  policySource(`export default definePolicy({ name: 'thrower', onProduce() { throw new Error('oops'); } });`),
);

describe('policy chain', () => {
  before(async () => {
    ({ engine, logs } = await startEngine({
      workers: 2,
      capabilities: {
        kms: {
          encrypt: async (key, values) => values.map((v) => `${key}(${v})`),
          decrypt: async (_key, values) => values.map((v) => v.replace(/^[^(]*\((.*)\)$/, '$1')),
        },
        schemas: {
          getById: async (id) => (id === 7 ? { id, type: 'JSON', schema: '{"type":"object"}' } : null),
        },
      },
    }));
  });
  after(() => engine.close());

  test('Given a policy scoped to a topic glob, When producing, Then only matching topics see it', async () => {
    await engine.deploy({
      id: 'orders-only',
      policy: await rejectAll('orders-only'),
      scope: { topics: ['orders.*'] },
    });
    const hit = await engine.runProduce(ctx, batch('orders.eu', ['x']));
    const miss = await engine.runProduce(ctx, batch('payments', ['x']));
    assert.equal(hit.action, 'reject');
    assert.equal(hit.action === 'reject' && hit.errorCode, 87);
    assert.equal(hit.action === 'reject' && hit.errorMessage, 'orders-only: no orders-only');
    assert.equal(miss.action, 'forward');
    await engine.remove('orders-only');
  });

  test('Given scopes by regex, principal, client id and listener, Then each narrows where a policy runs', async () => {
    const policy = await rejectAll('narrow');
    await engine.deploy({
      id: 'narrow',
      policy,
      scope: {
        topics: ['/^t-[0-9]+$/'],
        principals: ['User:bob'],
        clientIds: ['batch-*'],
        listeners: ['external'],
      },
    });
    const bob = { principal: 'User:bob', clientId: 'batch-7', listener: 'external', apiVersion: 11 };
    assert.equal((await engine.runProduce(bob, batch('t-12', ['x']))).action, 'reject');
    assert.equal((await engine.runProduce(bob, batch('t-x', ['x']))).action, 'forward');
    assert.equal(
      (await engine.runProduce({ ...bob, principal: 'User:alice' }, batch('t-12', ['x']))).action,
      'forward',
    );
    assert.equal(
      (await engine.runProduce({ ...bob, clientId: 'web' }, batch('t-12', ['x']))).action,
      'forward',
    );
    assert.equal(
      (await engine.runProduce({ ...bob, listener: 'internal' }, batch('t-12', ['x']))).action,
      'forward',
    );
    await engine.remove('narrow');
  });

  test('Given two modifying policies, When producing, Then they run in priority order and each sees the previous output', async () => {
    await engine.deploy({
      id: 'second',
      policy: await tagger('second'),
      priority: 20,
      scope: { topics: ['prio'] },
    });
    await engine.deploy({
      id: 'first',
      policy: await tagger('first'),
      priority: 10,
      scope: { topics: ['prio'] },
    });
    const o = await engine.runProduce(ctx, batch('prio', ['a', 'b']));
    assert.equal(o.action, 'modify');
    const recs = o.action === 'modify' ? (o.records ?? []) : [];
    assert.deepEqual(
      recs[1].headers.map((h) => text(h.value)),
      ['first', 'second'],
    );
    assert.equal(text(recs[1].value), 'b');
    assert.deepEqual(
      o.trace.map((t) => t.policy),
      ['first', 'second'],
    );
    await engine.remove('first');
    await engine.remove('second');
  });

  test('Given a rejecting policy in audit mode, When producing, Then data flows and the violation is logged and counted', async () => {
    await engine.deploy({
      id: 'auditor',
      policy: await rejectAll('auditor'),
      mode: 'audit',
      scope: { topics: ['audited'] },
    });
    const o = await engine.runProduce(ctx, batch('audited', ['x']));
    assert.equal(o.action, 'forward');
    assert.equal(o.trace[0].result, 'audit-reject');
    assert.ok(logs.some((l) => l.policy === 'auditor' && /audit: policy would reject/.test(l.msg)));
    const c = engine.metrics.get('sluice_policy_invocations_total');
    assert.equal(c?.get({ policy: 'auditor', hook: 'onProduce', result: 'audit-reject' }), 1);
    await engine.deploy({
      id: 'auditor',
      policy: await rejectAll('auditor'),
      mode: 'enforce',
      scope: { topics: ['audited'] },
    });
    assert.equal((await engine.runProduce(ctx, batch('audited', ['x']))).action, 'reject');
    await engine.remove('auditor');
  });

  test('Given a throwing policy, When onError is open, Then data flows; When closed, Then the batch is refused', async () => {
    await engine.deploy({
      id: 'thrower',
      policy: await thrower,
      onError: 'open',
      scope: { topics: ['err'] },
    });
    const open = await engine.runProduce(ctx, batch('err', ['x']));
    assert.equal(open.action, 'forward');
    assert.equal(open.trace[0].result, 'error');
    await engine.deploy({ id: 'thrower', policy: await thrower, scope: { topics: ['err'] } });
    const closed = await engine.runProduce(ctx, batch('err', ['x']));
    assert.equal(closed.action, 'reject');
    assert.equal(closed.action === 'reject' && closed.failure, 'threw');
    await engine.remove('thrower');
  });

  test('Given a policy dropping one record, When the producer is idempotent, Then the whole partition batch is refused', async () => {
    const dropper = await compile(
      policySource(
        `export default definePolicy({ name: 'dropper', onProduce: (b) => modify({ records: b.records.filter((r) => r.text() !== 'drop') }) });`,
      ),
    );
    await engine.deploy({ id: 'dropper', policy: dropper, scope: { topics: ['idem'] } });
    const idem = await engine.runProduce(ctx, batch('idem', ['a', 'drop', 'c'], { producerId: 42 }));
    assert.equal(idem.action, 'reject');
    assert.equal(idem.action === 'reject' && idem.errorCode, 87);
    assert.match(idem.action === 'reject' ? idem.errorMessage : '', /idempotent/);
    const plain = await engine.runProduce(ctx, batch('idem', ['a', 'drop', 'c']));
    assert.equal(plain.action, 'modify');
    assert.deepEqual(
      plain.action === 'modify' ? plain.records?.map((r) => [text(r.value), r.offsetDelta]) : [],
      [
        ['a', 0],
        ['c', 1],
      ],
    );
    await engine.remove('dropper');
  });

  test('Given per-record errors, When producing, Then record_errors carry batch indexes and the message', async () => {
    const keyed = await compile(
      policySource(`export default definePolicy({ name: 'json-only', onProduce(b) {
        const bad = b.records.filter((r) => { try { r.json(); return false; } catch { return true; } });
        return bad.length ? reject('not JSON', { recordErrors: bad.map((r) => ({ index: r.index, message: 'record ' + r.index + ' is not JSON' })) }) : accept();
      } });`),
    );
    await engine.deploy({ id: 'json-only', policy: keyed, scope: { topics: ['json'] } });
    const o = await engine.runProduce(ctx, batch('json', ['{}', 'nope', '[]', '{']));
    assert.equal(o.action, 'reject');
    assert.deepEqual(o.action === 'reject' && o.recordErrors, [
      { batchIndex: 1, message: 'record 1 is not JSON' },
      { batchIndex: 3, message: 'record 3 is not JSON' },
    ]);
    await engine.remove('json-only');
  });

  test('Given a revision swapped in mid-stream, Then batches move from old to new with no failed batch in between', async () => {
    await engine.deploy({ id: 'swap', policy: await tagger('v1'), scope: { topics: ['swap'] } });
    const seen: string[] = [];
    let swappedAt = -1;
    const v2 = await tagger('v2');
    const stream = (async () => {
      // Keep producing until 20 batches after the swap have gone through.
      for (let i = 0; i < 5000 && (swappedAt < 0 || seen.length < swappedAt + 20); i++) {
        const o = await engine.runProduce(ctx, batch('swap', [`m${i}`]));
        assert.equal(o.action, 'modify', `batch ${i}`);
        seen.push(o.action === 'modify' ? (text(o.records?.[0].headers[0].value ?? null) ?? '') : 'x');
      }
    })();
    while (seen.length < 10) await new Promise((r) => setTimeout(r, 1));
    await engine.deploy({ id: 'swap', policy: v2, scope: { topics: ['swap'] } });
    swappedAt = seen.length;
    await stream;
    const firstV2 = seen.indexOf('v2');
    assert.ok(firstV2 >= 10, 'batches before the swap ran on v1');
    assert.ok(firstV2 <= swappedAt + 1, 'the batch after deploy() resolved uses v2');
    assert.ok(
      seen.slice(firstV2).every((s) => s === 'v2'),
      'after the swap every batch uses v2',
    );
    assert.equal(engine.list().find((p) => p.id === 'swap')?.revision, v2.revision);
    await engine.remove('swap');
  });

  test('Given an invalid config, When deploying a new revision, Then deploy fails and the old revision stays active', async () => {
    const sized = await compile(
      policySource(`export default definePolicy({ name: 'sized', config: { max: field.integer({ min: 1 }) },
        onProduce: (b, ctx) => b.records.some((r) => (r.value?.length ?? 0) > ctx.config.max) ? reject('too big') : accept() });`),
    );
    await engine.deploy({ id: 'sized', policy: sized, config: { max: 3 }, scope: { topics: ['sized'] } });
    await assert.rejects(
      engine.deploy({ id: 'sized', policy: sized, config: { max: 'lots' }, scope: { topics: ['sized'] } }),
      {
        code: 'SLUICE_ENGINE_CONFIG_INVALID',
      },
    );
    await assert.rejects(
      engine.deploy({ id: 'sized', policy: sized, scope: { topics: ['sized'] } }),
      /max is required/,
    );
    assert.equal((await engine.runProduce(ctx, batch('sized', ['abcd']))).action, 'reject');
    assert.equal((await engine.runProduce(ctx, batch('sized', ['abc']))).action, 'forward');
    assert.deepEqual(engine.list().find((p) => p.id === 'sized')?.config, { max: 3 });
    await engine.remove('sized');
  });

  test('Given a CreateTopics policy, Then it sees only in-scope topics, can refuse with POLICY_VIOLATION or rewrite configs', async () => {
    const topics = await compile(
      policySource(`export default definePolicy({ name: 'topic-rules', onCreateTopics(req) {
        const weak = req.topics.filter((t) => t.replicationFactor !== -1 && t.replicationFactor < 3);
        if (weak.length) return reject('replication factor must be >= 3: ' + weak.map((t) => t.name).join(','));
        return modify({ request: { topics: req.topics.map((t) => ({ name: t.name, configs: { ...t.configs, 'min.insync.replicas': '2' } })) } });
      } });`),
    );
    await engine.deploy({ id: 'topic-rules', policy: topics, scope: { topics: ['prod.*'] } });
    const refused = await engine.runCreateTopics(ctx, {
      validateOnly: false,
      topics: [
        { name: 'prod.a', numPartitions: 3, replicationFactor: 1, configs: {} },
        { name: 'dev.b', numPartitions: 1, replicationFactor: 1, configs: {} },
      ],
    });
    assert.equal(refused.action, 'reject');
    assert.equal(refused.action === 'reject' && refused.errorCode, 44);
    assert.deepEqual(refused.action === 'reject' && refused.resources, ['prod.a']);
    const rewritten = await engine.runCreateTopics(ctx, {
      validateOnly: false,
      topics: [
        { name: 'prod.a', numPartitions: 3, replicationFactor: 3, configs: {} },
        { name: 'dev.b', numPartitions: 1, replicationFactor: 1, configs: {} },
      ],
    });
    assert.equal(rewritten.action, 'modify');
    assert.deepEqual(
      rewritten.action === 'modify' && rewritten.request.topics.map((t) => [t.name, t.configs]),
      [
        ['prod.a', { 'min.insync.replicas': '2' }],
        ['dev.b', {}],
      ],
    );
    const untouched = await engine.runCreateTopics(ctx, {
      validateOnly: false,
      topics: [{ name: 'dev.c', numPartitions: 1, replicationFactor: 1, configs: {} }],
    });
    assert.equal(untouched.action, 'forward');
    await engine.remove('topic-rules');
  });

  test('Given an AlterConfigs policy, Then incremental and classic requests below a floor are refused', async () => {
    const floor = await compile(
      policySource(`export default definePolicy({ name: 'retention-floor', onAlterConfigs(req) {
        const low = req.resources.flatMap((r) => r.configs.filter((c) => c.name === 'retention.ms' && c.op === 'set' && Number(c.value) < 3600000));
        return low.length ? reject('retention.ms must be >= 1h (' + (req.incremental ? 'incremental' : 'classic') + ')') : accept();
      } });`),
    );
    await engine.deploy({ id: 'retention-floor', policy: floor });
    for (const incremental of [true, false]) {
      const o = await engine.runAlterConfigs(ctx, {
        incremental,
        validateOnly: false,
        resources: [
          { type: 'topic', name: 'x', configs: [{ name: 'retention.ms', value: '1000', op: 'set' }] },
        ],
      });
      assert.equal(o.action, 'reject');
      assert.match(o.action === 'reject' ? o.errorMessage : '', incremental ? /incremental/ : /classic/);
    }
    const ok = await engine.runAlterConfigs(ctx, {
      incremental: true,
      validateOnly: false,
      resources: [
        { type: 'topic', name: 'x', configs: [{ name: 'retention.ms', value: '86400000', op: 'set' }] },
      ],
    });
    assert.equal(ok.action, 'forward');
    await engine.remove('retention-floor');
  });

  test('Given an onRequest policy, Then it rewrites the client id only for the API keys it asks for', async () => {
    const prefix = await compile(
      policySource(`export default definePolicy({ name: 'client-prefix', requestApiKeys: [3],
        onRequest: (req) => req.clientId?.startsWith('team-') ? accept() : modify({ request: { clientId: 'team-unknown-' + req.clientId } }) });`),
    );
    await engine.deploy({ id: 'client-prefix', policy: prefix });
    assert.equal(engine.wants(3), true);
    assert.equal(engine.wants(18), false);
    const o = await engine.runRequest(ctx, { apiKey: 3, apiVersion: 12, clientId: 'rogue' });
    assert.deepEqual(o.action === 'modify' && o.request, {
      apiKey: 3,
      apiVersion: 12,
      clientId: 'team-unknown-rogue',
    });
    assert.equal(
      (await engine.runRequest(ctx, { apiKey: 18, apiVersion: 3, clientId: 'rogue' })).action,
      'forward',
    );
    await engine.remove('client-prefix');
  });

  test('Given KMS and schema capabilities, Then a policy uses its allowed key on the host and is refused others', async () => {
    const pii = await compile(`import { definePolicy, modify, reject, encryptJsonFields } from 'sluice/sdk';
      export default definePolicy({ name: 'pii', async onProduce(b, ctx) {
        const schema = await ctx.schemas.get(7);
        const docs = b.records.map((r) => r.json());
        try { await encryptJsonFields(ctx, b.topic === 'pii' ? 'customer-key' : 'other-key', docs, ['ssn']); }
        catch (e) { return reject(String(e.message)); }
        return modify({ records: b.records.map((r, i) => r.with({ value: JSON.stringify(docs[i]), headers: [{ key: 'schema', value: schema.schema }] })) });
      } });`);
    await engine.deploy({
      id: 'pii',
      policy: pii,
      kmsKeys: ['customer-key'],
      scope: { topics: ['pii', 'pii-other'] },
    });
    const o = await engine.runProduce(ctx, batch('pii', ['{"ssn":"123-45","name":"ann"}']));
    assert.equal(o.action, 'modify');
    const r = o.action === 'modify' ? o.records?.[0] : undefined;
    assert.deepEqual(JSON.parse(text(r?.value ?? null) ?? ''), { ssn: 'customer-key(123-45)', name: 'ann' });
    assert.equal(text(r?.headers[0].value ?? null), '{"type":"object"}');
    const denied = await engine.runProduce(ctx, batch('pii-other', ['{"ssn":"1"}']));
    assert.equal(denied.action, 'reject');
    assert.match(denied.action === 'reject' ? denied.errorMessage : '', /may not use KMS key "other-key"/);
    assert.equal(
      engine.metrics.get('sluice_policy_capability_denied_total')?.get({ policy: 'pii', op: 'kms.encrypt' }),
      1,
    );
    await engine.remove('pii');
  });

  test('Given policies that count and log, Then the registry renders per-policy counters and logs carry the policy', async () => {
    const counter = await compile(
      policySource(
        `export default definePolicy({ name: 'counter', onProduce(b, ctx) { ctx.metrics.count('records_seen', b.records.length); ctx.log.info('checked', { n: b.records.length }); console.warn('via console', { n: 1 }); return accept(); } });`,
      ),
    );
    await engine.deploy({ id: 'counter', policy: counter, scope: { topics: ['counted'] } });
    await engine.runProduce(ctx, batch('counted', ['a', 'b', 'c']));
    const text = engine.metrics.render();
    assert.match(text, /sluice_policy_custom_total\{name="records_seen",policy="counter"\} 3/);
    assert.match(
      text,
      /sluice_policy_invocations_total\{hook="onProduce",policy="counter",result="accept"\} 1/,
    );
    assert.ok(logs.some((l) => l.policy === 'counter' && l.msg === 'policy: checked'));
    assert.ok(
      logs.some((l) => l.policy === 'counter' && l.level === 40 && l.msg === 'policy: via console {"n":1}'),
    );
    await engine.remove('counter');
  });

  test('Given a bad deployment, Then deploy refuses it with a coded error', async () => {
    const p = await tagger('x');
    await assert.rejects(engine.deploy({ id: 'has space', policy: p }), {
      code: 'SLUICE_ENGINE_INVALID_DEPLOYMENT',
    });
    await assert.rejects(engine.deploy({ id: 'bad-regex', policy: p, scope: { topics: ['/(/'] } }), {
      code: 'SLUICE_ENGINE_INVALID_DEPLOYMENT',
    });
    await assert.rejects(engine.deploy({ id: 'bad-limits', policy: p, limits: { deadlineMs: -1 } }), {
      code: 'SLUICE_ENGINE_INVALID_DEPLOYMENT',
    });
    await assert.rejects(engine.remove('nope'), { code: 'SLUICE_ENGINE_UNKNOWN_POLICY' });
    assert.equal(
      engine.list().some((d) => d.id === 'bad-regex'),
      false,
    );
  });

  test('Given a masking onFetch policy, When a fetched batch passes, Then consumers get masked values; failures give UNKNOWN_SERVER_ERROR', async () => {
    const mask = await compile(
      policySource(`export default definePolicy({ name: 'mask', onFetch(b) {
        if (b.records.some((r) => r.text() === 'boom')) throw new Error('cannot mask');
        return modify({ records: b.records.map((r) => r.with({ value: (r.text() ?? '').replace(/[0-9]/g, '#') })) });
      } });`),
    );
    await engine.deploy({ id: 'mask', policy: mask, scope: { topics: ['cards'] } });
    assert.equal(engine.wants(1), true);
    const fetched = {
      topic: 'cards',
      partition: 3,
      records: batch('cards', ['4111-1111', 'no digits']).records,
    };
    const o = await engine.runFetch(ctx, fetched);
    assert.equal(o.action, 'modify');
    assert.deepEqual(o.action === 'modify' && o.records.map((r) => text(r.value)), [
      '####-####',
      'no digits',
    ]);
    assert.equal((await engine.runFetch(ctx, { ...fetched, topic: 'other' })).action, 'forward');
    const failed = await engine.runFetch(ctx, { ...fetched, records: batch('cards', ['boom']).records });
    assert.equal(failed.action === 'reject' && failed.errorCode, -1);
    await engine.remove('mask');
    assert.equal(engine.wants(1), false);
  });

  test('Given engine.coverage read before a deploy, When a policy is deployed and removed, Then each change brings a new snapshot and the old one keeps its answers', async () => {
    const before = engine.coverage;
    await engine.deploy({ id: 'cover', policy: await tagger('cover'), scope: { topics: ['covered'] } });
    const during = engine.coverage;
    assert.notEqual(during, before);
    assert.equal(during.wantsRequest(0), true);
    assert.equal(during.covers('onProduce', 'covered', ctx.principal, ctx.clientId, ctx.listener), true);
    assert.equal(during.covers('onProduce', 'elsewhere', ctx.principal, ctx.clientId, ctx.listener), false);
    assert.equal(before.hasHook('onProduce'), false);
    await engine.remove('cover');
    assert.equal(engine.coverage.hasHook('onProduce'), false);
    assert.equal(during.hasHook('onProduce'), true);
  });

  test('Given a policy that raises acks to all, When producing with acks=1, Then the outcome carries acks -1 and unchanged records', async () => {
    const acks = await compile(
      policySource(
        `export default definePolicy({ name: 'acks-all', onProduce: (b) => (b.acks === -1 ? accept() : modify({ request: { acks: -1 } })) });`,
      ),
    );
    await engine.deploy({ id: 'acks-all', policy: acks, scope: { topics: ['acks'] } });
    assert.equal(engine.wants(0), true);
    const o = await engine.runProduce(ctx, batch('acks', ['x'], { acks: 1 }));
    assert.deepEqual(o.action === 'modify' && { records: o.records, acks: o.acks }, {
      records: null,
      acks: -1,
    });
    assert.equal((await engine.runProduce(ctx, batch('acks', ['x'], { acks: -1 }))).action, 'forward');
    await engine.remove('acks-all');
  });

  test('Given a text policy in the sandbox, When values are non-ASCII, carry a BOM or are not UTF-8, Then text() is faithful and value holds the original bytes', async () => {
    const echo = await compile(
      policySource(`export default definePolicy({ name: 'echo', onProduce: (b) =>
        modify({ records: b.records.map((r) => r.with({ value: JSON.stringify([r.text(), r.value === null ? null : r.value.length]) })) }) });`),
    );
    await engine.deploy({ id: 'echo', policy: echo, scope: { topics: ['echo'] } });
    const enc = new TextEncoder();
    const b = batch('echo', ['grüße 😀', '\uFEFFbom', 'x']);
    b.records[2].value = new Uint8Array([0xc3, 0x28]);
    const o = await engine.runProduce(ctx, b);
    assert.equal(o.action, 'modify');
    const got =
      o.action === 'modify' ? (o.records ?? []).map((r) => JSON.parse(text(r.value) ?? 'null')) : [];
    assert.deepEqual(got, [
      ['grüße 😀', enc.encode('grüße 😀').length],
      ['\uFEFFbom', 6],
      ['\uFFFD(', 2],
    ]);
    await engine.remove('echo');
  });

  test('Given onFetch policies, When one drops a record, Then the others keep their offsets; When one adds a record, Then it is malformed', async () => {
    const dropper = await compile(
      policySource(`export default definePolicy({ name: 'fetch-drop', onFetch: (b) =>
        b.records.some((r) => r.text() === 'add')
          ? modify({ records: [...b.records, b.records[0].with({})] })
          : modify({ records: b.records.filter((r) => r.text() !== 'secret') }) });`),
    );
    await engine.deploy({ id: 'fetch-drop', policy: dropper, scope: { topics: ['fd'] } });
    const o = await engine.runFetch(ctx, {
      topic: 'fd',
      partition: 0,
      records: batch('fd', ['a', 'secret', 'c']).records,
    });
    assert.deepEqual(o.action === 'modify' && o.records.map((r) => [text(r.value), r.offsetDelta]), [
      ['a', 0],
      ['c', 2],
    ]);
    const added = await engine.runFetch(ctx, {
      topic: 'fd',
      partition: 0,
      records: batch('fd', ['add']).records,
    });
    assert.equal(added.action === 'reject' && added.failure, 'malformed');
    await engine.remove('fetch-drop');
  });
});
