// Verdicts that refused or changed data, as events: what the audit trail records (who, which
// policy and revision, where, what it decided and why; never a record's bytes). The engine
// hands each to a sink; without one they become log lines.
import type { Logger } from 'pino';
import type { WireContext } from '../sdk/runtime/wire.ts';
import type { HookName } from '../sdk/types.ts';

export type VerdictResult = 'reject' | 'audit-reject' | 'modify' | 'audit-modify';

export interface VerdictEvent {
  policy: string;
  revision: string;
  hook: HookName;
  result: VerdictResult;
  topic: string | null;
  partition: number | null;
  principal: string;
  clientId: string | null;
  listener: string;
  /** The policy's message, for a refusal. */
  reason?: string;
  /** Records in the batch the verdict was on. */
  records?: number;
  /** Records the policy named as bad. */
  recordErrors?: { batchIndex: number; message: string }[];
  /** The topics or resources of an admin request the verdict was on. */
  resources?: string[];
}

export type VerdictSink = (e: VerdictEvent) => void;

/** What a step knows about where its verdict applies, for the event. */
export interface VerdictAbout {
  wctx: WireContext;
  reason?: string;
  records?: number;
  recordErrors?: { batchIndex: number; message: string }[];
  resources?: string[];
}

export function isVerdictResult(result: string): result is VerdictResult {
  return result === 'reject' || result === 'audit-reject' || result === 'modify' || result === 'audit-modify';
}

export function verdictEvent(
  a: { id: string; revision: string },
  hook: HookName,
  result: VerdictResult,
  about: VerdictAbout,
): VerdictEvent {
  const { wctx } = about;
  return {
    policy: a.id,
    revision: a.revision,
    hook,
    result,
    topic: wctx.topic,
    partition: wctx.partition,
    principal: wctx.principal,
    clientId: wctx.clientId,
    listener: wctx.listener,
    ...(about.reason !== undefined ? { reason: about.reason } : {}),
    ...(about.records !== undefined ? { records: about.records } : {}),
    ...(about.recordErrors?.length ? { recordErrors: about.recordErrors } : {}),
    ...(about.resources?.length ? { resources: about.resources } : {}),
  };
}

/** The line a verdict gets in the log, e.g. `audit: policy would reject produce batch`. */
export function verdictMessage(e: Pick<VerdictEvent, 'hook' | 'result'>): string {
  const what = e.hook === 'onProduce' ? 'produce batch' : e.hook === 'onFetch' ? 'fetch batch' : 'request';
  const records = e.hook === 'onProduce' || e.hook === 'onFetch';
  const refuse = records ? 'reject' : 'refuse';
  switch (e.result) {
    case 'reject':
      return `policy ${records ? 'rejected' : 'refused'} ${what}`;
    case 'audit-reject':
      return `audit: policy would ${refuse} ${what}`;
    case 'modify':
      return `policy modified ${what}`;
    case 'audit-modify':
      return `audit: policy would modify ${what}`;
  }
}

/** The default sink: refusals at warn, changes at info (modifies are routine for masking). */
export function logVerdicts(log: Logger): VerdictSink {
  return (e) => {
    const { result } = e;
    if (result === 'reject' || result === 'audit-reject') log.warn(e, verdictMessage(e));
    else log.info(e, verdictMessage(e));
  };
}
