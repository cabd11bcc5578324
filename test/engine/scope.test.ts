import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileScope } from '../../engine/scope.ts';
import { globMatch } from '../../sdk/patterns.ts';

describe('scope matching', () => {
  test('Given globs, Then * and ? match as documented', () => {
    assert.equal(globMatch('orders.*', 'orders.eu'), true);
    assert.equal(globMatch('orders.*', 'orders'), false);
    assert.equal(globMatch('*.dlq', 'payments.dlq'), true);
    assert.equal(globMatch('t-??', 't-12'), true);
    assert.equal(globMatch('t-??', 't-123'), false);
    assert.equal(globMatch('a*b*c', 'axxbyyc'), true);
    assert.equal(globMatch('a*b*c', 'axxbyy'), false);
    assert.equal(globMatch('*', ''), true);
    assert.equal(globMatch('x.y', 'xzy'), false, 'a dot is literal');
  });

  test('Given a pathological glob and a 249-char topic, Then matching finishes quickly', () => {
    const t0 = performance.now();
    assert.equal(globMatch('a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(249)), false);
    assert.ok(performance.now() - t0 < 50);
  });

  test('Given a regex in a deployment scope, Then it applies; in a policy default scope, Then it is refused', () => {
    const trusted = compileScope({ topics: ['/^t-[0-9]+$/'] }, true);
    assert.equal(trusted.topic('t-42'), true);
    assert.equal(trusted.topic('t-x'), false);
    assert.throws(() => compileScope({ topics: ['/(a+)+$/'] }, false), {
      code: 'SLUICE_ENGINE_INVALID_DEPLOYMENT',
    });
  });

  test('Given principal, client id and listener lists, Then all must match; an absent list matches everything', () => {
    const s = compileScope({ principals: ['User:bob'], clientIds: ['batch-*'] }, true);
    assert.equal(s.client('User:bob', 'batch-1', 'any'), true);
    assert.equal(s.client('User:bob', null, 'any'), false);
    assert.equal(s.client('User:eve', 'batch-1', 'any'), false);
    assert.equal(compileScope({}, false).topic('anything'), true);
  });

  test('Given a scope that excludes a principal and a listener, Then the rest still match and the excluded ones do not', () => {
    const m = compileScope({ exclude: { principals: ['User:alice'], listeners: ['internal'] } }, true);
    assert.equal(m.client('User:bob', 'c', 'external'), true);
    assert.equal(m.client('User:alice', 'c', 'external'), false);
    assert.equal(m.client('User:bob', 'c', 'internal'), false);
    assert.equal(m.client('User:bob', 'c', null), true, 'a listener not asked about matches');
  });
});
