// Create-topic safeguard, with the config keys of the well-known gateway's
// CreateTopicPolicyPlugin: for topics matching `topic`, a naming convention, limits on
// partitions, replication factor and topic configs, allowed cleanup policies and codecs. Each
// rule's action: BLOCK refuses the topic (POLICY_VIOLATION and a message per broken rule), INFO
// logs it, OVERRIDE puts `overrideValue` into the request. A topic config the request does not
// set is not judged (the broker's default applies), nor a -1 (broker default) partition count.
import { accept, definePolicy, field, modify, reject } from '../../sdk/index.ts';
import {
  type Allowed,
  blocked,
  checkRule,
  type Finding,
  type Flag,
  fullMatch,
  judgeAllowed,
  judgeFlag,
  judgeLimit,
  type Limit,
} from './rules.ts';

/** Config key → the topic config it limits. */
const NUMERIC: Readonly<Record<string, string>> = {
  indexIntervalBytes: 'index.interval.bytes',
  maxMessageBytes: 'max.message.bytes',
  minInsyncReplicas: 'min.insync.replicas',
  segmentBytes: 'segment.bytes',
  segmentIndexBytes: 'segment.index.bytes',
  deleteRetentionMs: 'delete.retention.ms',
  fileDeleteDelayMs: 'file.delete.delay.ms',
  flushMessages: 'flush.messages',
  flushMs: 'flush.ms',
  maxCompactionLagMs: 'max.compaction.lag.ms',
  messageTimestampDifferenceMaxMs: 'message.timestamp.difference.max.ms',
  minCompactionLagMs: 'min.compaction.lag.ms',
  retentionBytes: 'retention.bytes',
  retentionMs: 'retention.ms',
  segmentJitterMs: 'segment.jitter.ms',
  segmentMs: 'segment.ms',
  minCleanableDirtyRatio: 'min.cleanable.dirty.ratio',
};
const FLAGS: Readonly<Record<string, string>> = {
  preallocate: 'preallocate',
  uncleanLeaderElectionEnable: 'unclean.leader.election.enable',
  messageDownconversionEnable: 'message.downconversion.enable',
};
const ALLOWED: Readonly<Record<string, string>> = {
  cleanupPolicy: 'cleanup.policy',
  compressionType: 'compression.type',
};

type Config = Record<string, unknown>;

export default definePolicy({
  name: 'create-topic-policy',
  description: 'Limits on new topics: naming, partitions, replication factor, topic configs.',
  version: '1.0.0',
  config: {
    topic: field.string({ default: '.*', description: 'Topics (a regular expression) the rules apply to.' }),
    namingConvention: field.json<{ value: string; action?: Limit['action'] } | null>({ default: null }),
    numPartition: field.json<Limit | null>({ default: null }),
    replicationFactor: field.json<Limit | null>({ default: null }),
    messageTimestampType: field.json<{ value: string; action?: Limit['action'] } | null>({ default: null }),
    ...Object.fromEntries(Object.keys(NUMERIC).map((k) => [k, field.json<Limit | null>({ default: null })])),
    ...Object.fromEntries(Object.keys(FLAGS).map((k) => [k, field.json<Flag | null>({ default: null })])),
    ...Object.fromEntries(
      Object.keys(ALLOWED).map((k) => [k, field.json<Allowed<string> | null>({ default: null })]),
    ),
  },
  init(config) {
    const c = config as Config;
    fullMatch(String(c.topic));
    checkRule('namingConvention', c.namingConvention, 'pattern');
    checkRule('messageTimestampType', c.messageTimestampType, 'allowed');
    for (const k of ['numPartition', 'replicationFactor', ...Object.keys(NUMERIC)])
      checkRule(k, c[k], 'limit');
    for (const k of Object.keys(FLAGS)) checkRule(k, c[k], 'flag');
    for (const k of Object.keys(ALLOWED)) checkRule(k, c[k], 'allowed');
  },
  onCreateTopics(req, ctx) {
    const c = ctx.config as Config;
    const topicPattern = fullMatch(String(c.topic));
    const refusals: string[] = [];
    const changes: {
      name: string;
      numPartitions?: number;
      replicationFactor?: number;
      configs?: Record<string, string | null>;
    }[] = [];
    for (const t of req.topics) {
      if (!topicPattern.test(t.name)) continue;
      const findings: { finding: Finding | undefined; apply?: (v: unknown) => void }[] = [];
      const change: (typeof changes)[number] = { name: t.name };
      const configs: Record<string, string | null> = { ...t.configs };
      const naming = c.namingConvention as { value: string; action?: Limit['action'] } | undefined;
      if (naming && !fullMatch(naming.value).test(t.name)) {
        findings.push({
          finding: {
            action: naming.action ?? 'BLOCK',
            message: `Topic '${t.name}' has an invalid name, must match ${naming.value}`,
          },
        });
      }
      if (t.numPartitions !== -1) {
        findings.push({
          finding: judgeLimit(
            `Topic '${t.name}' with number partitions`,
            t.numPartitions,
            c.numPartition as Limit,
          ),
          apply: (v) => (change.numPartitions = Number(v)),
        });
      }
      if (t.replicationFactor !== -1) {
        findings.push({
          finding: judgeLimit(
            `Topic '${t.name}' with replication factor`,
            t.replicationFactor,
            c.replicationFactor as Limit,
          ),
          apply: (v) => (change.replicationFactor = Number(v)),
        });
      }
      for (const [key, name] of Object.entries(NUMERIC)) {
        const value = t.configs[name];
        if (value == null || c[key] == null) continue;
        findings.push({
          finding: judgeLimit(`Topic '${t.name}' with ${name}`, Number(value), c[key] as Limit),
          apply: (v) => (configs[name] = String(v)),
        });
      }
      for (const [key, name] of Object.entries(FLAGS)) {
        const value = t.configs[name];
        if (value == null || c[key] == null) continue;
        findings.push({
          finding: judgeFlag(`Topic '${t.name}' with ${name}`, value === 'true', c[key] as Flag),
          apply: (v) => (configs[name] = String(v)),
        });
      }
      for (const [key, name] of Object.entries(ALLOWED)) {
        const value = t.configs[name];
        if (value == null || c[key] == null) continue;
        findings.push({
          finding: judgeAllowed(`Topic '${t.name}' with ${name}`, value, c[key] as Allowed<string>),
          apply: (v) => (configs[name] = String(v)),
        });
      }
      const tsType = c.messageTimestampType as Allowed<string> | undefined;
      const ts = t.configs['message.timestamp.type'];
      if (tsType && ts != null) {
        findings.push({
          finding: judgeAllowed(`Topic '${t.name}' with message.timestamp.type`, ts, tsType),
          apply: (v) => (configs['message.timestamp.type'] = String(v)),
        });
      }
      const refusal = blocked(findings.map((f) => f.finding));
      if (refusal) {
        refusals.push(refusal);
        continue;
      }
      for (const { finding, apply } of findings) {
        if (!finding) continue;
        if (finding.action === 'INFO') ctx.log.warn(finding.message, { topic: t.name });
        if (finding.action === 'OVERRIDE' && apply && finding.override !== undefined) apply(finding.override);
      }
      change.configs = configs;
      if (
        change.numPartitions !== undefined ||
        change.replicationFactor !== undefined ||
        JSON.stringify(configs) !== JSON.stringify(t.configs)
      ) {
        changes.push(change);
      }
    }
    if (refusals.length > 0) return reject(refusals.join(' '));
    return changes.length === 0 ? accept() : modify({ request: { topics: changes } });
  },
});
