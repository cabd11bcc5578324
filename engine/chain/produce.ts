// The produce chain: each policy with `onProduce` whose scope matches, in chain order, on one
// partition batch of a Produce request. Each policy sees the previous one's records, acks and
// codec; the first enforced reject ends the chain.

import { API_KEYS } from '../../kafka/generated/api-keys.ts';
import { KAFKA_ERROR_CODES } from '../../kafka/generated/error-codes.ts';
import type { BatchRecord } from '../../sdk/host/batch.ts';
import { toWireBatch } from '../../sdk/host/batch.ts';
import type { CheckedRecord } from '../../sdk/host/validate.ts';
import type { CompressionName } from '../../sdk/types.ts';
import type { ActiveDeployment } from '../deployments.ts';
import type { ProduceOutcome, TraceEntry } from '../outcome.ts';
import { defaultRejectCode } from '../outcome.ts';
import type { ShadowComparison } from '../shadow.ts';
import type { RequestContext } from './request-context.ts';
import { wireContext } from './request-context.ts';
import type { StepRunner } from './step.ts';

export interface ProducePartitionBatch {
  topic: string;
  partition: number;
  records: BatchRecord[];
  /** The bytes the records were decoded from (keys and values are views into them): no copy. */
  source?: Uint8Array;
  /** -1 when the producer is not idempotent. */
  producerId: number;
  transactional: boolean;
  acks: number;
  /** The batch's codec as the producer wrote it; default none. */
  compression?: CompressionName;
}

/**
 * Runs the produce chain on one partition batch. Never rejects. The comparisons of shadows that
 * ran come back with the outcome: their offsets are known only once the broker has answered.
 */
export async function runProduceChain(
  steps: StepRunner,
  chain: readonly ActiveDeployment[],
  ctx: RequestContext,
  batch: ProducePartitionBatch,
): Promise<ProduceOutcome> {
  const shadows: ShadowComparison[] = [];
  const outcome = await produceChain(steps, chain, ctx, batch, shadows);
  return shadows.length > 0 ? { ...outcome, shadows } : outcome;
}

async function produceChain(
  steps: StepRunner,
  chain: readonly ActiveDeployment[],
  ctx: RequestContext,
  batch: ProducePartitionBatch,
  shadows: ShadowComparison[],
): Promise<ProduceOutcome> {
  const trace: TraceEntry[] = [];
  if (chain.length === 0) return { action: 'forward', trace };
  const idempotent = batch.producerId >= 0;
  let records = batch.records;
  let changed = false;
  let acks = batch.acks;
  let compression = batch.compression ?? 'none';
  const wctx = wireContext(ctx, API_KEYS.Produce, batch.topic, batch.partition);
  for (const a of chain) {
    const t0 = performance.now();
    const payload = {
      topic: batch.topic,
      partition: batch.partition,
      records: toWireBatch(records, a.manifest.values, records === batch.records ? batch.source : undefined),
      producerId: batch.producerId,
      idempotent,
      transactional: batch.transactional,
      acks,
      compression,
    };
    const step = await steps.step(a, 'onProduce', wctx, payload, records.length);
    if (step.shadow) shadows.push(step.shadow);
    if (step.kind === 'failure') {
      const rejection = steps.failure(a, 'onProduce', step, trace, t0);
      if (rejection) return { ...rejection, recordErrors: [], trace };
      continue;
    }
    const v = step.verdict;
    const audit = a.mode === 'audit';
    if (
      v.kind === 'reject' ||
      (v.kind === 'modify' && v.records && idempotent && v.records.length !== records.length)
    ) {
      const reason =
        v.kind === 'reject'
          ? v.message
          : `policy changed the record count of an idempotent producer's batch (${records.length} → ${v.records?.length}); the whole batch is refused`;
      const recordErrors =
        v.kind === 'reject' ? v.recordErrors.map((e) => ({ batchIndex: e.index, message: e.message })) : [];
      steps.record(a, 'onProduce', audit ? 'audit-reject' : 'reject', trace, t0, {
        wctx,
        reason,
        records: records.length,
        recordErrors,
      });
      if (audit) continue;
      return {
        action: 'reject',
        errorCode:
          v.kind === 'reject'
            ? (v.errorCode ?? defaultRejectCode('onProduce'))
            : KAFKA_ERROR_CODES.INVALID_RECORD,
        errorMessage: `${a.id}: ${reason}`.slice(0, 1000),
        recordErrors,
        retriable: false,
        policy: a.id,
        trace,
      };
    }
    if (v.kind === 'modify') {
      steps.record(a, 'onProduce', audit ? 'audit-modify' : 'modify', trace, t0, {
        wctx,
        records: records.length,
      });
      if (audit) continue;
      if (v.records) {
        records = toBatchRecords(v.records);
        changed = true;
      }
      if (v.request?.acks !== undefined && v.request.acks !== acks) {
        acks = v.request.acks;
        changed = true;
      }
      if (v.request?.compression !== undefined && v.request.compression !== compression) {
        compression = v.request.compression;
        changed = true;
      }
      continue;
    }
    steps.record(a, 'onProduce', 'accept', trace, t0, { wctx });
  }
  return changed
    ? { action: 'modify', records: records === batch.records ? null : records, acks, compression, trace }
    : { action: 'forward', trace };
}

/** Produce-side records are renumbered: the gateway writes a new batch. */
function toBatchRecords(records: CheckedRecord[]): BatchRecord[] {
  return records.map((r, i) => ({
    key: r.key,
    value: r.value,
    headers: r.headers,
    timestamp: r.timestamp,
    offsetDelta: i,
  }));
}
