// Guardrails for topic administration and producer settings: minimum replication, a partition
// ceiling, a retention floor on create and alter, and acks=all for producers.

import { accept, definePolicy, ErrorCodes, field, modify, reject } from '../sdk/index.ts';

export default definePolicy({
  name: 'topic-guardrails',
  description:
    'Minimum replication factor, max partitions, retention floor, min.insync.replicas default, acks=all.',
  version: '1.0.0',
  config: {
    minReplicationFactor: field.integer({ default: 3, min: 1 }),
    maxPartitions: field.integer({ default: 64, min: 1 }),
    minRetentionMs: field.integer({ default: 3_600_000, min: 0 }),
    defaultMinInsyncReplicas: field.string({ default: '2' }),
    requireAcksAll: field.boolean({ default: true }),
  },
  onCreateTopics(req, ctx) {
    const c = ctx.config;
    for (const t of req.topics) {
      if (t.replicationFactor !== -1 && t.replicationFactor < c.minReplicationFactor) {
        return reject(`${t.name}: replication factor ${t.replicationFactor} < ${c.minReplicationFactor}`);
      }
      if (t.numPartitions > c.maxPartitions)
        return reject(`${t.name}: ${t.numPartitions} partitions > ${c.maxPartitions}`);
      const retention = t.configs['retention.ms'];
      if (retention != null && Number(retention) !== -1 && Number(retention) < c.minRetentionMs) {
        return reject(`${t.name}: retention.ms ${retention} < ${c.minRetentionMs}`);
      }
    }
    const missing = req.topics.filter((t) => t.configs['min.insync.replicas'] == null);
    if (missing.length === 0) return accept();
    return modify({
      request: {
        topics: missing.map((t) => ({
          name: t.name,
          configs: { ...t.configs, 'min.insync.replicas': c.defaultMinInsyncReplicas },
        })),
      },
    });
  },
  onAlterConfigs(req, ctx) {
    for (const r of req.resources) {
      if (r.type !== 'topic') continue;
      for (const change of r.configs) {
        if (change.name === 'retention.ms' && change.op === 'set' && change.value !== null) {
          const v = Number(change.value);
          if (v !== -1 && v < ctx.config.minRetentionMs) {
            return reject(`${r.name}: retention.ms ${change.value} < ${ctx.config.minRetentionMs}`);
          }
        }
      }
    }
    return accept();
  },
  onProduce(batch, ctx) {
    if (!ctx.config.requireAcksAll || batch.acks === -1) return accept();
    return reject(`producers must use acks=all (got acks=${batch.acks})`, {
      errorCode: ErrorCodes.POLICY_VIOLATION,
    });
  },
});
