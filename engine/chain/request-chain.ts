// The chain over one whole request (CreateTopics, AlterConfigs, any request's header), as
// opposed to the per-partition-batch chains. Each policy sees its part of the request as the
// previous policies left it; the first enforced reject refuses the request and names the
// resources of the part that policy saw.

import type { WireContext } from '../../sdk/runtime/wire.ts';
import type { HookName, RequestChanges } from '../../sdk/types.ts';
import type { ActiveDeployment } from '../deployments.ts';
import type { RequestOutcome, TraceEntry } from '../outcome.ts';
import { defaultRejectCode } from '../outcome.ts';
import type { StepRunner } from './step.ts';

export interface RequestHook<R> {
  hook: HookName;
  /** The context every policy of this chain sees. */
  wctx: WireContext;
  /** What one policy sees of the request, with the names of that part; null skips the policy. */
  view(a: ActiveDeployment, request: R): { payload: unknown; names: string[] } | null;
  /** The request with one policy's changes applied to the part it saw. */
  apply(request: R, changes: RequestChanges, names: string[]): R;
}

/** Runs `chain` on one request. Never rejects. */
export async function runRequestChain<R>(
  steps: StepRunner,
  chain: readonly ActiveDeployment[],
  request: R,
  { hook, wctx, view, apply }: RequestHook<R>,
): Promise<RequestOutcome<R>> {
  const trace: TraceEntry[] = [];
  let current = request;
  for (const a of chain) {
    const seen = view(a, current);
    if (!seen) continue;
    const t0 = performance.now();
    const step = await steps.step(a, hook, wctx, seen.payload, 0);
    if (step.kind === 'failure') {
      const rejection = steps.failure(a, hook, step, trace, t0);
      if (rejection) return { ...rejection, resources: seen.names, trace };
      continue;
    }
    const v = step.verdict;
    const audit = a.mode === 'audit';
    const result: TraceEntry['result'] = audit && v.kind !== 'accept' ? `audit-${v.kind}` : v.kind;
    steps.record(a, hook, result, trace, t0, {
      wctx,
      resources: seen.names,
      ...(v.kind === 'reject' ? { reason: v.message } : {}),
    });
    if (v.kind === 'reject') {
      if (audit) continue;
      return {
        action: 'reject',
        errorCode: v.errorCode ?? defaultRejectCode(hook),
        errorMessage: `${a.id}: ${v.message}`,
        retriable: false,
        policy: a.id,
        resources: seen.names,
        trace,
      };
    }
    if (v.kind === 'modify' && v.request && !audit) current = apply(current, v.request, seen.names);
  }
  return current === request ? { action: 'forward', trace } : { action: 'modify', request: current, trace };
}
