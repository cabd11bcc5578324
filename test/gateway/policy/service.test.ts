// The request context the gateway hands the engine, and that a policy in the sandbox sees.
import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { after, before, describe, test } from 'node:test';
import type { PolicyService } from '../../../gateway/policy/service.ts';
import { engineContext } from '../../../gateway/policy/service.ts';
import type { ProduceResponse } from '../../../kafka/generated/produce.ts';
import { decodeResponseFrame } from '../../../kafka/messages.ts';
import { head, testConn } from '../../kit/context.ts';
import { deploySource, policyRequests, produceFrame, startService } from './support.ts';

const WHO = `export default definePolicy({
  name: 'who',
  onProduce(batch, ctx) {
    return reject([ctx.principal, ctx.listener, ctx.serverName, ctx.gatewayHost, ctx.clientId].join('|'));
  },
});`;

describe('engineContext', () => {
  test('Given a TLS connection with an SNI name and a SASL principal, When a request is seen, Then the engine gets principal, listener, SNI name and this host name', () => {
    const conn = testConn({
      listener: 'external',
      serverName: 'broker1.kafka.example.com',
      principal: 'alice', // the SASL user name, as sasl-inspection learns it
    });
    const ctx = engineContext({ conn, head: head(0, 11, 5, 'app-1') });
    assert.deepEqual(ctx, {
      principal: 'User:alice',
      clientId: 'app-1',
      listener: 'external',
      apiVersion: 11,
      serverName: 'broker1.kafka.example.com',
      gatewayHost: hostname(),
    });
  });

  test('Given a plaintext connection and a client id replaced by a request filter, When a request is seen, Then the SNI name is null and the replaced client id is used', () => {
    const ctx = engineContext({ conn: testConn(), head: head(0, 11, 5, 'app-1'), clientId: 'tagged' });
    assert.equal(ctx.serverName, null);
    assert.equal(ctx.clientId, 'tagged');
    assert.equal(ctx.principal, 'User:ANONYMOUS');
  });
});

describe('request context in the sandbox', () => {
  let svc: PolicyService;
  before(async () => {
    ({ svc } = await startService());
    await deploySource(svc, 'who', WHO, { scope: { topics: ['who'] } });
  });
  after(() => svc.close());

  test('Given a policy that reports its context, When a Produce arrives over SNI, Then the policy saw the SNI name and the gateway host', async () => {
    const { payload } = produceFrame(11, -1, [{ name: 'who', partitions: [{ index: 0, values: ['a'] }] }]);
    const conn = testConn({
      listener: 'external',
      serverName: 'bootstrap.kafka.example.com',
      principal: 'bob',
    });
    const v = await policyRequests(svc).handle(payload, conn);
    assert.ok(v.kind === 'answer' && v.payload, 'Sluice answers the refused partition');
    const res = decodeResponseFrame(v.payload, 0, 11).body as ProduceResponse;
    const message = res.responses[0].partitionResponses[0].errorMessage ?? '';
    const [principal, listener, sni, host] = message.split('|');
    assert.deepEqual(
      [principal, listener, sni, host],
      ['who: User:bob', 'external', 'bootstrap.kafka.example.com', hostname()],
    );
  });
});
