// The audit trail's log lines, and its Kafka sink when the cluster is away: traffic is never
// held up, the queue stays bounded, and what does not fit is counted as dropped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KafkaAuditSink } from '../../../gateway/audit/kafka-sink.ts';
import { AuditTrail } from '../../../gateway/audit/trail.ts';
import { GatewayMetrics } from '../../../gateway/metrics.ts';
import { MetadataCache } from '../../../gateway/routing/metadata-cache.ts';
import { UpstreamCluster } from '../../../gateway/upstream/cluster.ts';
import { UpstreamDialer } from '../../../gateway/upstream/dialer.ts';
import { capturingLog, quietLog } from '../../kit/log.ts';

const VERDICT = {
  policy: 'no-bad',
  revision: 'sha256:00',
  hook: 'onProduce' as const,
  result: 'audit-reject' as const,
  topic: 'orders',
  partition: 3,
  principal: 'User:alice',
  clientId: 'app-1',
  listener: 'plain',
  reason: 'bad values',
  records: 12,
};

test('Given an admin write and a verdict, then each is one log line naming who, what and where', () => {
  const { log, lines } = capturingLog();
  const trail = new AuditTrail(log, 'replica-a');
  trail.admin({ user: 'alice', action: 'rollback', policy: 'no-bad', from: 'sha256:02', to: 'sha256:01' });
  trail.verdict(VERDICT);
  assert.equal(lines.length, 2);
  assert.equal(lines[0].msg, 'admin rollback no-bad');
  assert.deepEqual(
    [lines[0].audit, lines[0].user, lines[0].from, lines[0].to],
    ['admin', 'alice', 'sha256:02', 'sha256:01'],
  );
  assert.equal(lines[1].msg, 'audit: policy would reject produce batch');
  assert.deepEqual(
    [lines[1].audit, lines[1].topic, lines[1].partition, lines[1].principal],
    ['verdict', 'orders', 3, 'User:alice'],
  );
});

test('Given an unreachable cluster, when more records come than the queue holds, then writes return at once and the excess is counted as dropped', async () => {
  const metrics = new GatewayMetrics();
  const bootstrap = [{ host: '127.0.0.1', port: 1 }];
  const cluster = new UpstreamCluster({
    dialer: new UpstreamDialer({
      bootstrap,
      tls: undefined,
      connectTimeoutMs: 200,
      cache: new MetadataCache(),
    }),
    bootstrap,
    sasl: undefined,
    requestTimeoutMs: 200,
    clientId: 'test',
  });
  const sink = new KafkaAuditSink({ cluster, topic: '_audit', log: quietLog(), metrics });
  const trail = new AuditTrail(quietLog(), 'replica-a');
  trail.attach(sink);
  const t0 = performance.now();
  for (let i = 0; i < 10_500; i++) trail.verdict(VERDICT);
  assert.ok(performance.now() - t0 < 2000, 'writing never waits for the cluster');
  const text = await metrics.render();
  assert.match(text, /^sluice_audit_dropped_total 500$/m);
  await trail.close();
});
