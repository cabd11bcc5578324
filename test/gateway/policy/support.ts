// The policy layer on a real engine: real compiled policies in a real PolicyEngine, and the
// policy filters in a chain, driven with frames from the test kit (no sockets, no broker).
import assert from 'node:assert/strict';
import { compilePolicy } from '../../../engine/index.ts';
import { policyFilters } from '../../../gateway/filters/index.ts';
import type { ConnectionInfo } from '../../../gateway/pipeline/connection-info.ts';
import { PolicyService } from '../../../gateway/policy/service.ts';
import { TopicIds } from '../../../gateway/routing/topic-ids.ts';
import type { Scope } from '../../../sdk/types.ts';
import { chainOf, type PolicyVerdict, policyVerdict } from '../../kit/chain.ts';
import { head, testConn } from '../../kit/context.ts';
import { capturingLog } from '../../kit/log.ts';

export { batchOf, decodeRequest, produceFrame, responseFrame, valuesOf } from '../../kit/frames.ts';

export async function startService(): Promise<{ svc: PolicyService; logs: Record<string, unknown>[] }> {
  const { log, lines } = capturingLog();
  return { svc: await PolicyService.create(log), logs: lines };
}

export async function deploySource(
  svc: PolicyService,
  id: string,
  body: string,
  extra: { scope?: Scope; priority?: number; mode?: 'enforce' | 'audit' } = {},
): Promise<void> {
  const r = await compilePolicy({
    source: `import { definePolicy, accept, reject, modify } from 'sluice/sdk';\n${body}`,
  });
  if (!r.ok) assert.fail(JSON.stringify(r.diagnostics));
  await svc.deploy({ id, policy: r.policy, ...extra });
}

export const conn: ConnectionInfo = testConn();

/** The policy filters of a connection over `svc`: `handle` runs one request frame through them. */
export function policyRequests(svc: PolicyService, ids = new TopicIds()) {
  const filters = policyFilters(() => svc);
  return {
    handle(payload: Buffer, c: ConnectionInfo = conn): Promise<PolicyVerdict> {
      return policyVerdict(chainOf(filters, { conn: c, log: svc.log, topicIds: ids }), payload);
    },
    /** A Fetch response (to a request of `version` from client id 'c') through the fetch policies. */
    async fetch(frame: Buffer, version: number): Promise<Buffer> {
      const chain = chainOf(filters, { log: svc.log, topicIds: ids });
      const out = await chain.handleResponse(frame, chain.exchangeFor(head(1, version, 9, 'c'), true));
      return out!;
    },
  };
}
