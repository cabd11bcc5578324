import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SniRouter } from '../../../gateway/routing/sni-router.ts';

const router = new SniRouter({
  bootstrapHost: 'gateway.example.com',
  brokerHostPattern: 'brokermain{nodeId}-gateway.example.com',
  advertisedPort: 443,
});

describe('SNI router', () => {
  test('Given the bootstrap name in any case, when routed, then it is the bootstrap route', () => {
    assert.deepEqual(router.route('gateway.example.com'), { kind: 'bootstrap' });
    assert.deepEqual(router.route('Gateway.Example.COM.'), { kind: 'bootstrap' });
  });

  test('Given broker names, when routed, then the node id comes from the pattern', () => {
    assert.deepEqual(router.route('brokermain0-gateway.example.com'), { kind: 'broker', nodeId: 0 });
    assert.deepEqual(router.route('brokermain12-gateway.example.com'), { kind: 'broker', nodeId: 12 });
  });

  test('Given names that are not ours, when routed, then they are refused', () => {
    for (const name of [
      undefined,
      '',
      'evil.example.com',
      'brokermain-gateway.example.com',
      'brokermain01-gateway.example.com',
      'brokermain1-gateway.example.com.evil.net',
      'xbrokermain1-gateway.example.com',
      'brokermain1-gatewayXexample.com',
      'brokermain99999999999-gateway.example.com',
      'brokermain-1-gateway.example.com',
    ]) {
      assert.equal(router.route(name), undefined, String(name));
    }
  });

  test('Given a node id, when advertised, then the name and advertised port are produced', () => {
    assert.deepEqual(router.broker(3), { host: 'brokermain3-gateway.example.com', port: 443 });
    assert.deepEqual(router.bootstrap(), { host: 'gateway.example.com', port: 443 });
  });
});
