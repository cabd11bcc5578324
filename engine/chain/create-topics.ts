// The CreateTopics chain: each policy sees only the topics its scope matches, and may refuse
// the request (POLICY_VIOLATION, naming those topics) or rewrite partitions, replication and
// configs of the topics it saw.

import { API_KEYS } from '../../kafka/generated/api-keys.ts';
import type { CreateTopicsRequest } from '../../sdk/types.ts';
import type { ActiveDeployment } from '../deployments.ts';
import type { CreateTopicsOutcome } from '../outcome.ts';
import { runRequestChain } from './request-chain.ts';
import type { RequestContext } from './request-context.ts';
import { wireContext } from './request-context.ts';
import type { StepRunner } from './step.ts';

export function runCreateTopicsChain(
  steps: StepRunner,
  chain: readonly ActiveDeployment[],
  ctx: RequestContext,
  request: CreateTopicsRequest,
): Promise<CreateTopicsOutcome> {
  return runRequestChain(steps, chain, request, {
    hook: 'onCreateTopics',
    wctx: wireContext(ctx, API_KEYS.CreateTopics, null, null),
    view(a, req) {
      const topics = req.topics.filter((t) => a.matcher.topic(t.name));
      return topics.length === 0 ? null : { payload: { ...req, topics }, names: topics.map((t) => t.name) };
    },
    apply(req, changes, names) {
      if (!changes.topics) return req;
      const byName = new Map(changes.topics.filter((t) => names.includes(t.name)).map((t) => [t.name, t]));
      return {
        ...req,
        topics: req.topics.map((t) => {
          const c = byName.get(t.name);
          if (!c) return t;
          return {
            name: t.name,
            numPartitions: c.numPartitions ?? t.numPartitions,
            replicationFactor: c.replicationFactor ?? t.replicationFactor,
            configs: c.configs ?? t.configs,
          };
        }),
      };
    },
  });
}
