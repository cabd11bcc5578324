// Produce requests through the policy chain. Each partition's records field is split into
// batches (headers only); a batch's records are decoded only when some policy covers its
// topic, and each batch goes to the engine once. Then:
// - every verdict forward → the original bytes go upstream, nothing is re-encoded;
// - a modified batch → that batch is re-encoded (same codec, fresh CRC) in a re-encoded request;
// - a rejected partition → it is taken out of the request and its error (INVALID_RECORD with
//   record_errors and error_message on v8+) is merged into the broker's response, in the
//   topic/partition order of the request; if nothing is left, Sluice answers by itself
//   (and with acks=0 says nothing at all, as the broker would).
import type { ProduceOutcome, RequestContext } from '../../engine/index.ts';
import type { RequestVerdict } from '../connection/types.ts';
import type {
  ProduceRequest,
  ProduceRequestPartitionProduceData,
  ProduceResponse,
  ProduceResponsePartitionProduceResponse,
} from '../protocol/generated/produce.ts';
import type { RequestHeader } from '../protocol/header.ts';
import { decodeResponseFrame, encodeRequestFrame, encodeResponseFrame } from '../protocol/messages.ts';
import { RecordBatch } from '../protocol/records/record-batch.ts';
import { splitRecords } from '../protocol/records/records-field.ts';
import { reencodeBatch, toBatchRecords } from './records.ts';
import { API, type PolicyService } from './service.ts';

/** A partition Sluice answers for (rejected, or emptied by a policy). */
interface LocalAnswer {
  topic: string;
  partition: number;
  response: ProduceResponsePartitionProduceResponse;
}

function partitionError(
  version: number,
  index: number,
  outcome: Extract<ProduceOutcome, { action: 'reject' }>,
): ProduceResponsePartitionProduceResponse {
  const r: ProduceResponsePartitionProduceResponse = {
    index,
    errorCode: outcome.errorCode,
    baseOffset: -1n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
  };
  if (version >= 8) {
    r.recordErrors = outcome.recordErrors.map((e) => ({
      batchIndex: e.batchIndex,
      batchIndexErrorMessage: e.message,
    }));
    r.errorMessage = outcome.errorMessage;
  }
  return r;
}

function emptied(index: number): ProduceResponsePartitionProduceResponse {
  return { index, errorCode: 0, baseOffset: -1n, logAppendTimeMs: -1n, logStartOffset: -1n };
}

interface PartitionResult {
  /** Replacement records field; undefined = unchanged. */
  records?: Buffer;
  answer?: ProduceResponsePartitionProduceResponse;
  /** The acks a policy asked for, when it differs from the request's. */
  acks?: number;
}

async function runPartition(
  svc: PolicyService,
  rc: RequestContext,
  version: number,
  topic: string,
  p: ProduceRequestPartitionProduceData,
  req: ProduceRequest,
): Promise<PartitionResult> {
  const pieces = splitRecords(p.records);
  let changed = false;
  let acks: number | undefined;
  const out = await Promise.all(
    pieces.map(async (piece) => {
      if (!(piece instanceof RecordBatch) || piece.isControl) return piece.bytes;
      const outcome = await svc.run((e) =>
        e.runProduce(rc, {
          topic,
          partition: p.index,
          records: toBatchRecords(piece),
          producerId: Number(piece.producerId),
          transactional: piece.isTransactional || (req.transactionalId ?? null) !== null,
          acks: req.acks,
        }),
      );
      if (outcome.action === 'reject') return outcome;
      if (outcome.action === 'modify' && outcome.acks !== req.acks) acks = outcome.acks;
      if (outcome.action === 'modify' && outcome.records !== null) {
        changed = true;
        return outcome.records.length === 0 ? null : reencodeBatch(piece, outcome.records, 'produce');
      }
      return piece.bytes;
    }),
  );
  const rejected = out.find((o) => o !== null && !(o instanceof Buffer));
  if (rejected)
    return {
      answer: partitionError(version, p.index, rejected as Extract<ProduceOutcome, { action: 'reject' }>),
    };
  if (!changed) return acks === undefined ? {} : { acks };
  const kept = out.filter((o): o is Buffer => o instanceof Buffer);
  if (kept.length === 0) return { answer: emptied(p.index) };
  return { records: kept.length === 1 ? kept[0] : Buffer.concat(kept), acks };
}

/**
 * Runs the produce chain on a decoded Produce request. `payload` is the original request
 * (header + body, no size prefix), forwarded as it is when no policy changed anything.
 */
export async function interceptProduce(
  svc: PolicyService,
  rc: RequestContext,
  header: RequestHeader,
  req: ProduceRequest,
  payload: Buffer,
): Promise<RequestVerdict> {
  const version = header.requestApiVersion;
  const jobs: Promise<void>[] = [];
  const answers: LocalAnswer[] = [];
  let changed = false;
  let wantedAcks: number | undefined;
  for (const t of req.topicData) {
    if (!svc.producesFor(t.name, rc.principal, rc.clientId, rc.listener)) continue;
    for (const p of t.partitionData) {
      jobs.push(
        runPartition(svc, rc, version, t.name, p, req).then((r) => {
          if (r.acks !== undefined) wantedAcks = r.acks;
          if (r.answer) {
            answers.push({ topic: t.name, partition: p.index, response: r.answer });
            changed = true;
          } else if (r.records) {
            p.records = r.records;
            changed = true;
          }
        }),
      );
    }
  }
  await Promise.all(jobs);
  if (wantedAcks !== undefined) {
    // acks 1 ↔ -1 keeps the response the client waits for: apply it. Between 0 and non-zero
    // the response would have to be synthesised or swallowed; not done yet, so refuse to
    // pretend and leave the request's acks (logged once per request).
    if (wantedAcks !== 0 && req.acks !== 0) {
      req.acks = wantedAcks;
      changed = true;
    } else {
      svc.log.warn(
        { from: req.acks, to: wantedAcks, clientId: rc.clientId },
        'policy asked to change acks to or from 0; not applied (unsupported)',
      );
    }
  }
  if (!changed) return { kind: 'forward', payload };
  const answered = new Set(answers.map((a) => `${a.topic}\u0000${a.partition}`));
  const order = req.topicData.map((t) => ({ name: t.name, partitions: t.partitionData.map((p) => p.index) }));
  const remaining = req.topicData
    .map((t) => ({
      ...t,
      partitionData: t.partitionData.filter((p) => !answered.has(`${t.name}\u0000${p.index}`)),
    }))
    .filter((t) => t.partitionData.length > 0);
  if (remaining.length === 0) {
    if (req.acks === 0) return { kind: 'answer', payload: null };
    const body: ProduceResponse = { responses: [], throttleTimeMs: 0 };
    return {
      kind: 'answer',
      payload: encodeProduceResponsePayload(
        version,
        header.correlationId,
        mergeResponses(order, body, answers),
      ),
    };
  }
  const forwarded = encodeRequestFrame(header, { ...req, topicData: remaining }).subarray(4);
  if (answers.length === 0) return { kind: 'forward', payload: Buffer.from(forwarded) };
  return {
    kind: 'forward',
    payload: Buffer.from(forwarded),
    merge: (response) => {
      const { header: rh, body } = decodeResponseFrame(response, API.produce, version);
      const merged = mergeResponses(order, body as ProduceResponse, answers);
      return encodeProduceResponsePayload(version, rh.correlationId, merged, rh._unknownTaggedFields);
    },
  };
}

function encodeProduceResponsePayload(
  version: number,
  correlationId: number,
  body: ProduceResponse,
  tagged?: RequestHeader['_unknownTaggedFields'],
): Buffer {
  const header = tagged ? { correlationId, _unknownTaggedFields: tagged } : { correlationId };
  return Buffer.from(encodeResponseFrame(API.produce, version, header, body).subarray(4));
}

/**
 * The broker's answer for what it was sent plus Sluice's answers, in the topic and partition
 * order of the client's request (entries the request did not name go last, untouched).
 */
export function mergeResponses(
  order: { name: string; partitions: number[] }[],
  broker: ProduceResponse,
  answers: LocalAnswer[],
): ProduceResponse {
  const found = new Map<string, ProduceResponsePartitionProduceResponse>();
  const extra: ProduceResponse['responses'] = [];
  for (const t of broker.responses) {
    for (const p of t.partitionResponses) found.set(`${t.name}\u0000${p.index}`, p);
  }
  for (const a of answers) found.set(`${a.topic}\u0000${a.partition}`, a.response);
  const used = new Set<string>();
  const responses: ProduceResponse['responses'] = order.map((t) => ({
    name: t.name,
    partitionResponses: t.partitions.flatMap((index) => {
      const key = `${t.name}\u0000${index}`;
      const r = found.get(key);
      if (!r) return [];
      used.add(key);
      return [r];
    }),
  }));
  for (const t of broker.responses) {
    const rest = t.partitionResponses.filter((p) => !used.has(`${t.name}\u0000${p.index}`));
    if (rest.length > 0) extra.push({ ...t, partitionResponses: rest });
  }
  return {
    ...broker,
    responses: [...responses.filter((t) => t.partitionResponses.length > 0), ...extra],
  };
}
