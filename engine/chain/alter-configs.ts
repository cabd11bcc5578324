// The AlterConfigs / IncrementalAlterConfigs chain (`request.incremental`). A policy scoped to
// topics sees only the topic resources it matches, an unscoped one sees every resource; it may
// refuse the request or replace the config changes of the resources it saw.

import { API_KEYS } from '../../kafka/generated/api-keys.ts';
import type { AlterConfigsRequest } from '../../sdk/types.ts';
import type { ActiveDeployment } from '../deployments.ts';
import type { AlterConfigsOutcome } from '../outcome.ts';
import { runRequestChain } from './request-chain.ts';
import type { RequestContext } from './request-context.ts';
import { wireContext } from './request-context.ts';
import type { StepRunner } from './step.ts';

export function runAlterConfigsChain(
  steps: StepRunner,
  chain: readonly ActiveDeployment[],
  ctx: RequestContext,
  request: AlterConfigsRequest,
): Promise<AlterConfigsOutcome> {
  const apiKey = request.incremental ? API_KEYS.IncrementalAlterConfigs : API_KEYS.AlterConfigs;
  return runRequestChain(steps, chain, request, {
    hook: 'onAlterConfigs',
    wctx: wireContext(ctx, apiKey, null, null),
    view(a, req) {
      const resources = req.resources.filter(
        (r) => !a.matcher.hasTopics || (r.type === 'topic' && a.matcher.topic(r.name)),
      );
      return resources.length === 0
        ? null
        : { payload: { ...req, resources }, names: resources.map((r) => `${r.type}:${r.name}`) };
    },
    apply(req, changes, names) {
      if (!changes.resources) return req;
      const byName = new Map(
        changes.resources
          .filter((r) => names.includes(`${r.type}:${r.name}`))
          .map((r) => [`${r.type}:${r.name}`, r]),
      );
      return {
        ...req,
        resources: req.resources.map((r) => {
          const c = byName.get(`${r.type}:${r.name}`);
          return c ? { ...r, configs: c.configs } : r;
        }),
      };
    },
  });
}
