import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Covered } from '../../engine/coverage.ts';
import { Coverage } from '../../engine/coverage.ts';
import { compileScope } from '../../engine/scope.ts';
import { API_KEYS } from '../../kafka/generated/api-keys.ts';
import type { HookName, Scope } from '../../sdk/types.ts';

interface Named extends Covered {
  id: string;
}

function deployment(id: string, hooks: HookName[], scope: Scope = {}, requestApiKeys: number[] = []): Named {
  return { id, manifest: { hooks, requestApiKeys }, matcher: compileScope(scope, true) };
}

const ALL_KEYS = Object.values(API_KEYS);
const wanted = (c: Coverage<Named>, side: 'request' | 'response') =>
  ALL_KEYS.filter((k) => (side === 'request' ? c.wantsRequest(k) : c.wantsResponse(k)));

describe('coverage', () => {
  test('Given no deployments, Then no api key is wanted, no hook exists and nothing is covered', () => {
    const c = new Coverage<Named>([]);
    assert.deepEqual(wanted(c, 'request'), []);
    assert.deepEqual(wanted(c, 'response'), []);
    assert.equal(c.hasHook('onProduce'), false);
    assert.equal(c.covers('onProduce', 'orders', 'User:a', 'app', 'internal'), false);
  });

  test('Given produce, CreateTopics and AlterConfigs policies, Then exactly their requests are wanted and no response', () => {
    const c = new Coverage([
      deployment('p', ['onProduce']),
      deployment('t', ['onCreateTopics', 'onAlterConfigs']),
    ]);
    assert.deepEqual(wanted(c, 'request'), [
      API_KEYS.Produce,
      API_KEYS.CreateTopics,
      API_KEYS.AlterConfigs,
      API_KEYS.IncrementalAlterConfigs,
    ]);
    assert.deepEqual(wanted(c, 'response'), []);
    assert.equal(c.hasHook('onAlterConfigs'), true);
    assert.equal(c.hasHook('onFetch'), false);
  });

  test('Given an onFetch policy, Then Fetch responses are wanted, Fetch requests are not', () => {
    const c = new Coverage([deployment('f', ['onFetch'])]);
    assert.deepEqual(wanted(c, 'response'), [API_KEYS.Fetch]);
    assert.deepEqual(wanted(c, 'request'), []);
  });

  test('Given onRequest policies, When one lists Metadata, Then only Metadata is wanted; When another lists nothing, Then every request is', () => {
    const listed = new Coverage([deployment('m', ['onRequest'], {}, [API_KEYS.Metadata])]);
    assert.deepEqual(wanted(listed, 'request'), [API_KEYS.Metadata]);
    const all = new Coverage([
      deployment('m', ['onRequest'], {}, [API_KEYS.Metadata]),
      deployment('any', ['onRequest']),
    ]);
    assert.deepEqual(wanted(all, 'request'), ALL_KEYS);
    assert.equal(all.wantsRequest(9999), true, 'api keys newer than the generated table too');
    assert.deepEqual(wanted(all, 'response'), []);
  });

  test('Given a produce policy scoped by topic glob and principal, When asked per topic and client, Then it covers only those', () => {
    const c = new Coverage([
      deployment('p', ['onProduce'], { topics: ['orders.*'], principals: ['User:bob'] }),
    ]);
    assert.equal(c.covers('onProduce', 'orders.eu', 'User:bob', 'app', 'internal'), true);
    assert.equal(c.covers('onProduce', 'payments', 'User:bob', 'app', 'internal'), false);
    assert.equal(c.covers('onProduce', 'orders.eu', 'User:alice', 'app', 'internal'), false);
    assert.equal(c.covers('onFetch', 'orders.eu', 'User:bob', 'app', 'internal'), false);
    assert.equal(
      c.covers('onProduce', null, 'User:bob', 'app', 'internal'),
      true,
      'no topic: the client only',
    );
  });

  test('Given an onRequest policy whose scope names topics, When asked with a topic, Then the topics are ignored', () => {
    const c = new Coverage([deployment('r', ['onRequest'], { topics: ['orders'], clientIds: ['web-*'] })]);
    assert.equal(c.covers('onRequest', 'payments', 'User:a', 'web-1', 'internal'), true);
    assert.equal(c.covers('onRequest', 'payments', 'User:a', 'batch', 'internal'), false);
  });

  test('Given deployments in chain order, When selecting for a hook, Then those that apply come back in that order', () => {
    const chain = [
      deployment('first', ['onProduce'], { topics: ['orders'] }),
      deployment('fetch-only', ['onFetch']),
      deployment('elsewhere', ['onProduce'], { topics: ['payments'] }),
      deployment('last', ['onProduce', 'onFetch']),
    ];
    const c = new Coverage(chain);
    assert.deepEqual(
      c.select('onProduce', 'orders', 'User:a', null, 'internal').map((d) => d.id),
      ['first', 'last'],
    );
    assert.deepEqual(
      c.select('onFetch', 'orders', 'User:a', null, 'internal').map((d) => d.id),
      ['fetch-only', 'last'],
    );
  });
});
