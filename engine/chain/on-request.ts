// The `onRequest` chain: any request's header (api key, version, client id), for the policies
// whose manifest lists that api key (or lists none). A policy may refuse the request or
// rewrite the client id forwarded upstream; the next policy sees the rewritten one.

import type { GenericRequest } from '../../sdk/types.ts';
import type { ActiveDeployment } from '../deployments.ts';
import { hookRunsFor } from '../hooks.ts';
import type { GenericRequestOutcome } from '../outcome.ts';
import { runRequestChain } from './request-chain.ts';
import type { RequestContext } from './request-context.ts';
import { wireContext } from './request-context.ts';
import type { StepRunner } from './step.ts';

export function runOnRequestChain(
  steps: StepRunner,
  chain: readonly ActiveDeployment[],
  ctx: RequestContext,
  request: GenericRequest,
): Promise<GenericRequestOutcome> {
  return runRequestChain(steps, chain, request, {
    hook: 'onRequest',
    // The policy sees the client id of the request it is handed.
    wctx: wireContext({ ...ctx, clientId: request.clientId ?? ctx.clientId }, request.apiKey, null, null),
    view: (a, req) =>
      hookRunsFor('onRequest', req.apiKey, a.manifest.requestApiKeys) ? { payload: req, names: [] } : null,
    apply: (req, changes) => (changes.clientId === undefined ? req : { ...req, clientId: changes.clientId }),
  });
}
