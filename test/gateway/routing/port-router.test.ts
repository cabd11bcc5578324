import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PortRouter } from '../../../gateway/routing/port-router.ts';

describe('port router', () => {
  const router = new PortRouter({ port: 19092, advertisedHost: 'kafka.local', brokerPortBase: 19093 });

  test('Given node ids, when mapped, then each gets brokerPortBase + nodeId', () => {
    assert.deepEqual(router.broker(0), { host: 'kafka.local', port: 19093 });
    assert.deepEqual(router.broker(2), { host: 'kafka.local', port: 19095 });
    assert.deepEqual(router.bootstrap(), { host: 'kafka.local', port: 19092 });
  });

  test('Given local ports, when routed, then the bootstrap and node ids come back', () => {
    assert.deepEqual(router.route(19092), { kind: 'bootstrap' });
    assert.deepEqual(router.route(19094), { kind: 'broker', nodeId: 1 });
    assert.equal(router.route(19000), undefined);
  });

  test('Given a node id past the last port, when mapped, then it is refused', () => {
    assert.equal(router.brokerPort(70000), undefined);
    assert.throws(() => router.broker(70000), RangeError);
  });
});
