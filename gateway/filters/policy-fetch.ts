// Fetch and ShareFetch responses through `onFetch` policies: each partition batch of a covered
// topic is handed to the engine once; a modified batch is re-encoded (same codec, offsets kept,
// fresh CRC) and the response re-encoded; an untouched response goes out as the broker's bytes.
// Fetch v13+ and ShareFetch name topics by id: ids are learnt from the Metadata responses that
// pass through the gateway (a client always asks for metadata before it fetches a topic); data
// of an id not learnt yet is answered UNKNOWN_TOPIC_ID, so the client asks again.
//
// ShareFetch (KIP-932 share groups) carries the same record batches as Fetch, so a consumer in
// a share group reads through the same policies; a share group is not a way around a mask. A
// refused ShareFetch partition gets the error code and no records; the records it had acquired
// stay acquired by the consumer until the group's lock timeout, are then offered again (and
// refused again), and are archived by the broker after the group's delivery count limit.
import type { BatchRecord, RequestContext } from '../../engine/index.ts';
import { API_KEYS } from '../../kafka/apis.ts';
import { SluiceError } from '../../kafka/errors.ts';
import { KAFKA_ERROR_CODES } from '../../kafka/generated/error-codes.ts';
import { RecordBatch } from '../../kafka/records/record-batch.ts';
import { splitRecords } from '../../kafka/records/records-field.ts';
import { defineFilter, type Filter, type FilterContext } from '../pipeline/filter.ts';
import { DEFAULT_DECODE_LIMITS, DecodeBudget, type DecodeLimits } from '../policy/decode-budget.ts';
import { reencodeBatch, unreadableBatch } from '../policy/records.ts';
import { engineContext, type PolicyRuntime, runAdmitted } from '../policy/service.ts';

const isTooLarge = (err: unknown) => err instanceof SluiceError && err.code === 'SLUICE_RECORDS_TOO_LARGE';

/** What fetch policies read and change in a Fetch or a ShareFetch response. */
export interface FetchedRecords {
  responses: {
    topic?: string;
    topicId?: string;
    partitions: { partitionIndex: number; errorCode: number; records: Buffer | null }[];
  }[];
}

/** Runs the fetch policies on a decoded Fetch or ShareFetch response, changing it in place (then ctx.markModified). */
export async function transformFetch(
  svc: PolicyRuntime,
  rc: RequestContext,
  res: FetchedRecords,
  ctx: FilterContext,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
): Promise<undefined> {
  const budget = new DecodeBudget(limits);
  let changed = false;
  // Each covered partition's work, started together below.
  const starts: (() => Promise<void>)[] = [];
  for (const t of res.responses) {
    const topic = t.topic ?? ctx.topicName(t.topicId);
    if (topic === undefined) {
      // Whether a policy covers it is unknown, so its data is not passed on unread (it may be
      // what a policy masks). UNKNOWN_TOPIC_ID is retriable and makes the client refresh its
      // metadata, which teaches Sluice the id; the next fetch is served through the policies.
      let withheld = false;
      for (const p of t.partitions) {
        if (p.records === null || p.records.length === 0) continue;
        p.errorCode = KAFKA_ERROR_CODES.UNKNOWN_TOPIC_ID;
        p.records = Buffer.alloc(0);
        withheld = true;
      }
      if (withheld) {
        changed = true;
        ctx.log.warn(
          { topicId: t.topicId, clientId: rc.clientId },
          'fetch of a topic id Sluice has not seen in metadata answered UNKNOWN_TOPIC_ID, so the client refreshes metadata',
        );
      }
      continue;
    }
    if (!svc.fetchesFor(topic, rc.principal, rc.clientId, rc.listener)) continue;
    for (const p of t.partitions) {
      if (p.records === null || p.records.length === 0) continue;
      // Data a fetch policy cannot read is not passed on unread (it may be what the policy
      // masks): the partition gets CORRUPT_MESSAGE, as a broker says of a batch it cannot read.
      const corrupt = (err: unknown) =>
        unreadableBatch(
          ctx.log,
          'fetch response',
          { topic, partition: p.partitionIndex, clientId: rc.clientId },
          err,
        );
      let pieces: ReturnType<typeof splitRecords>;
      try {
        pieces = splitRecords(p.records, { allowPartialTail: true });
      } catch (err) {
        p.errorCode = corrupt(err);
        p.records = Buffer.alloc(0);
        changed = true;
        continue;
      }
      starts.push(async () => {
        let touched = false;
        let errorCode = 0;
        // Batches from here on did not fit in what is left of the response's budget: they are
        // left out, and the consumer's next fetch starts at the first of them.
        let leftOut = Number.POSITIVE_INFINITY;
        const out = await Promise.all(
          pieces.map(async (piece, n) => {
            if (!(piece instanceof RecordBatch) || piece.isControl || piece.recordCount === 0)
              return piece.bytes;
            let records: BatchRecord[] | null;
            try {
              records = await budget.decode(piece, () => n < leftOut);
              if (records === null) return null;
            } catch (err) {
              if (isTooLarge(err) && !budget.fresh) {
                leftOut = n;
                touched = true;
                return null;
              }
              errorCode = corrupt(err);
              return piece.bytes;
            }
            const o = await svc.engine.runFetch(rc, {
              topic,
              partition: p.partitionIndex,
              records,
              source: piece.recordBytes(),
              baseOffset: Number(piece.baseOffset),
            });
            if (o.action === 'reject') {
              errorCode = o.errorCode;
              return piece.bytes;
            }
            if (o.action === 'modify') {
              touched = true;
              return reencodeBatch(piece, o.records, 'fetch');
            }
            return piece.bytes;
          }),
        );
        if (errorCode !== 0) {
          p.errorCode = errorCode;
          p.records = Buffer.alloc(0);
          changed = true;
        } else if (touched) {
          p.records = Buffer.concat(out.filter((b, n): b is Buffer => b !== null && n < leftOut));
          changed = true;
        }
      });
    }
  }
  // One admission for the whole response: its partition batches start in one turn and reach
  // the sandbox together. A response with nothing a policy covers (an empty long poll, say)
  // does not wait for one.
  if (starts.length > 0) await runAdmitted(svc, budget, starts);
  if (changed) ctx.markModified();
  return undefined;
}

/**
 * Fetch and ShareFetch responses through the `onFetch` policies of the running PolicyRuntime,
 * if any, decoding for them within `limits`.
 */
export function fetchPolicies(
  current: () => PolicyRuntime | undefined,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
): Filter {
  const wants = () => current()?.hasFetch === true;
  const on = (res: FetchedRecords, ctx: FilterContext) => {
    return transformFetch(current()!, engineContext(ctx), res, ctx, limits);
  };
  return defineFilter({
    name: 'policy-fetch',
    responses: {
      [API_KEYS.Fetch]: { wants, on },
      [API_KEYS.ShareFetch]: { wants, on },
    },
  });
}
