// The fetch chain: each policy with `onFetch` whose scope matches, in chain order, on one
// partition batch of a Fetch response, before the consumer sees it. Consumers track records by
// offset: a fetch policy may change or drop records, never add or reorder them.

import { API_KEYS } from '../../kafka/generated/api-keys.ts';
import type { BatchRecord } from '../../sdk/host/batch.ts';
import { toWireBatch } from '../../sdk/host/batch.ts';
import type { CheckedRecord } from '../../sdk/host/validate.ts';
import type { ActiveDeployment } from '../deployments.ts';
import type { FetchOutcome, TraceEntry } from '../outcome.ts';
import { defaultRejectCode } from '../outcome.ts';
import type { RequestContext } from './request-context.ts';
import { wireContext } from './request-context.ts';
import type { StepRunner } from './step.ts';

export interface FetchPartitionBatch {
  topic: string;
  partition: number;
  records: BatchRecord[];
  /** The bytes the records were decoded from (keys and values are views into them): no copy. */
  source?: Uint8Array;
  /** The batch's first offset: a record's offset is this plus its offsetDelta. */
  baseOffset?: number;
}

/** Runs the fetch chain on one partition batch of a Fetch response. Never rejects. */
export async function runFetchChain(
  steps: StepRunner,
  chain: readonly ActiveDeployment[],
  ctx: RequestContext,
  batch: FetchPartitionBatch,
): Promise<FetchOutcome> {
  const trace: TraceEntry[] = [];
  if (chain.length === 0) return { action: 'forward', trace };
  let records = batch.records;
  const wctx = wireContext(ctx, API_KEYS.Fetch, batch.topic, batch.partition);
  for (const a of chain) {
    const t0 = performance.now();
    const payload = {
      topic: batch.topic,
      partition: batch.partition,
      records: toWireBatch(records, a.manifest.values, records === batch.records ? batch.source : undefined),
    };
    const step = await steps.step(a, 'onFetch', wctx, payload, records.length);
    if (step.shadow && batch.baseOffset !== undefined) {
      const base = batch.baseOffset;
      const seen = records;
      step.shadow.offsets = step.shadow.differing.map((i) => base + seen[i].offsetDelta);
    }
    if (step.kind === 'failure') {
      const rejection = steps.failure(a, 'onFetch', step, trace, t0);
      if (rejection) return { ...rejection, trace };
      continue;
    }
    const v = step.verdict;
    // Consumers track records by offset: a fetch policy may change or drop records, never add
    // or reorder them, and each keeps its offset.
    const fetched = v.kind === 'modify' && v.records ? fetchRecords(records, v.records) : null;
    if (typeof fetched === 'string') {
      const rejection = steps.failure(
        a,
        'onFetch',
        { kind: 'failure', failure: 'malformed', message: fetched },
        trace,
        t0,
      );
      if (rejection) return { ...rejection, trace };
      continue;
    }
    const audit = a.mode === 'audit';
    const result: TraceEntry['result'] = audit && v.kind !== 'accept' ? `audit-${v.kind}` : v.kind;
    steps.record(a, 'onFetch', result, trace, t0, {
      wctx,
      records: records.length,
      ...(v.kind === 'reject' ? { reason: v.message } : {}),
    });
    if (audit) continue;
    if (v.kind === 'reject') {
      return {
        action: 'reject',
        errorCode: v.errorCode ?? defaultRejectCode('onFetch'),
        errorMessage: `${a.id}: ${v.message}`,
        retriable: false,
        policy: a.id,
        trace,
      };
    }
    if (fetched) records = fetched;
  }
  return records === batch.records ? { action: 'forward', trace } : { action: 'modify', records, trace };
}

/** Fetch-side records keep the offset of the record they come from; or a problem string. */
function fetchRecords(input: BatchRecord[], out: CheckedRecord[]): BatchRecord[] | string {
  let last = -1;
  const result: BatchRecord[] = [];
  for (const r of out) {
    if (r.sourceIndex <= last) {
      return 'onFetch may change or drop records but not add, duplicate or reorder them (keep each record from batch.records)';
    }
    last = r.sourceIndex;
    result.push({
      key: r.key,
      value: r.value,
      headers: r.headers,
      timestamp: r.timestamp,
      offsetDelta: input[r.sourceIndex].offsetDelta,
    });
  }
  return result;
}
