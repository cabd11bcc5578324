// Alter-topic-config safeguard, with the config keys of the well-known gateway's
// AlterTopicConfigPolicyPlugin: for topics matching `topic`, configs that may not be changed
// (`blacklist`), limits on numeric configs and allowed cleanup policies. BLOCK refuses the
// resource (POLICY_VIOLATION and the message), INFO logs, OVERRIDE writes `overrideValue`.
import { accept, definePolicy, field, modify, reject } from '../../sdk/index.ts';
import {
  type Allowed,
  actionOf,
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

const NUMERIC: Readonly<Record<string, string>> = {
  retentionMs: 'retention.ms',
  retentionBytes: 'retention.bytes',
  segmentMs: 'segment.ms',
  segmentJitterMs: 'segment.jitter.ms',
  flushMessages: 'flush.messages',
  flushMs: 'flush.ms',
  segmentBytes: 'segment.bytes',
  maxMessageBytes: 'max.message.bytes',
  minInsyncReplicas: 'min.insync.replicas',
};

type Config = Record<string, unknown>;

export default definePolicy({
  name: 'alter-topic-config-policy',
  description: 'Which topic configs may change, and within which limits.',
  version: '1.0.0',
  config: {
    topic: field.string({ default: '.*', description: 'Topics (a regular expression) the rules apply to.' }),
    blacklist: field.json<Allowed<string> | null>({ default: null }),
    cleanupPolicy: field.json<Allowed<string> | null>({ default: null }),
    uncleanLeaderElectionEnable: field.json<Flag | null>({ default: null }),
    ...Object.fromEntries(Object.keys(NUMERIC).map((k) => [k, field.json<Limit | null>({ default: null })])),
  },
  init(config) {
    const c = config as Config;
    fullMatch(String(c.topic));
    checkRule('blacklist', c.blacklist, 'allowed');
    checkRule('cleanupPolicy', c.cleanupPolicy, 'allowed');
    checkRule('uncleanLeaderElectionEnable', c.uncleanLeaderElectionEnable, 'flag');
    for (const k of Object.keys(NUMERIC)) checkRule(k, c[k], 'limit');
  },
  onAlterConfigs(req, ctx) {
    const c = ctx.config as Config;
    const topicPattern = fullMatch(String(c.topic));
    const refusals: string[] = [];
    let changed = false;
    const resources = req.resources.map((r) => {
      if (r.type !== 'topic' || !topicPattern.test(r.name)) return r;
      const findings: { finding: Finding | undefined; index: number }[] = [];
      const configs = r.configs.map((x) => ({ ...x }));
      configs.forEach((x, index) => {
        const black = c.blacklist as Allowed<string> | undefined;
        const list = black ? ((black.values ?? black.value ?? []) as string[]) : [];
        if (list.includes(x.name)) {
          findings.push({
            index,
            finding: {
              action: actionOf(black),
              message: `Resource '${r.name}' with config ${x.name} is not allowed to change`,
            },
          });
        }
        if (x.value === null || x.op === 'delete') return;
        const key = Object.keys(NUMERIC).find((k) => NUMERIC[k] === x.name);
        if (key) findings.push({ index, finding: judgeLimit(`${x.name}`, Number(x.value), c[key] as Limit) });
        if (x.name === 'cleanup.policy')
          findings.push({
            index,
            finding: judgeAllowed('cleanup.policy', x.value, c.cleanupPolicy as Allowed<string>),
          });
        if (x.name === 'unclean.leader.election.enable') {
          findings.push({
            index,
            finding: judgeFlag(x.name, x.value === 'true', c.uncleanLeaderElectionEnable as Flag),
          });
        }
      });
      const refusal = blocked(findings.map((f) => f.finding));
      if (refusal) {
        refusals.push(refusal);
        return r;
      }
      for (const { finding, index } of findings) {
        if (!finding) continue;
        if (finding.action === 'INFO') ctx.log.warn(finding.message, { resource: r.name });
        if (finding.action === 'OVERRIDE' && finding.override !== undefined) {
          configs[index].value = String(finding.override);
          changed = true;
        }
      }
      return { ...r, configs };
    });
    if (refusals.length > 0) return reject(refusals.join(' '));
    return changed ? modify({ request: { resources } }) : accept();
  },
});
