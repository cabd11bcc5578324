// What the admin API may ask of a running Gateway (GatewayFacts), read from its parts when
// asked: listeners and their connections, the brokers the metadata cache knows, readiness, the
// sandboxes, and the chain of policies a topic and client would meet.
import type { GatewayFacts } from '../admin/app.ts';
import type { PolicyController } from '../control/controller.ts';
import { readRecentRecords } from '../upstream/recent-records.ts';
import type { Gateway } from './gateway.ts';

export function gatewayFacts(gw: Gateway, controller: PolicyController): GatewayFacts {
  return {
    listeners: () =>
      gw.listeners.map((l) => ({
        name: l.config.name,
        routing: l.config.routing,
        bind: `${l.config.host}:${l.port}`,
        connections: gw.registry.count(l.config.name),
      })),
    brokers: () =>
      gw.cache
        .nodeIds()
        .map((nodeId) => ({ nodeId, ...gw.cache.get(nodeId)! }))
        .map(({ nodeId, host, port }) => ({ nodeId, host, port })),
    ready: () => {
      const reasons: string[] = [];
      if (gw.cache.nodeIds().length === 0) reasons.push('upstream metadata not known yet');
      if (!controller.ready) reasons.push('active policies still loading');
      for (const [policy, why] of controller.failures)
        reasons.push(`policy ${policy} failed to load: ${why}`);
      return { ready: reasons.length === 0, reasons };
    },
    sandboxes: async () => {
      const svc = gw.policies;
      if (!svc) return { workers: [], policies: [] };
      const cpu = svc.engine.metrics.get('sluice_policy_cpu_seconds_total');
      return {
        workers: svc.engine.workerPids.map((pid, i) => ({ index: i, pid: pid ?? null })),
        restarts: svc.engine.workerRestarts,
        policies: await Promise.all(
          svc.list().map(async (p) => ({
            id: p.id,
            revision: p.revision,
            heap: await svc.engine.heapStats(p.id),
            cpuSeconds: cpu?.sum({ policy: p.id }) ?? 0,
          })),
        ),
      };
    },
    recentRecords: (topic, partition, count) => readRecentRecords(gw.upstream, topic, partition, count),
    shadowReport: (policy) => gw.policies?.shadows.summary(policy),
    replica: gw.replica,
    chain: (q) => {
      const svc = gw.policies;
      if (!svc) return [];
      return svc.chainFor(q).map((p) => ({
        id: p.id,
        revision: p.revision,
        priority: p.priority,
        mode: p.mode,
        onError: p.onError,
        hooks: p.manifest.hooks,
        scope: p.scope,
      }));
    },
  };
}
