// Produce requests through the policy chain. Each partition's records field is split into
// batches (headers only); a batch's records are decoded only when some policy covers its
// topic, and each batch goes to the engine once. Then:
// - every verdict forward → the original bytes go upstream, nothing is re-encoded;
// - a modified batch → that batch is re-encoded (same codec, fresh CRC) in a re-encoded request;
// - a rejected partition → it is taken out of the request and its error (INVALID_RECORD with
//   record_errors and error_message on v8+) is merged into the broker's response, in the
//   topic/partition order of the request; if nothing is left, Sluice answers by itself
//   (and with acks=0 says nothing at all: the client reads no answer, and the refused records
//   are only logged; a broker would close the connection, as Sluice does for onRequest refusals);
// - a policy's acks → the request goes upstream with them, and the client still gets what its
//   own acks promised: Sluice synthesises the response when the broker is told acks=0 and
//   swallows the broker's when the client sent acks=0 (never for idempotent producers);
// - a policy's compression → the batch is re-compressed with that codec;
// - an idempotent producer's batch behind one Sluice refused with a retriable error →
//   OUT_OF_ORDER_SEQUENCE_NUMBER, unforwarded, until the refused one is retried
//   (produce-sequences.ts says why).
import type {
  BatchRecord,
  RequestContext as EngineRequestContext,
  ProduceOutcome,
  ShadowComparison,
} from '../../engine/index.ts';
import { API_KEYS } from '../../kafka/apis.ts';
import { KAFKA_ERROR_CODES, KAFKA_ERRORS } from '../../kafka/generated/error-codes.ts';
import type {
  ProduceRequest,
  ProduceRequestPartitionProduceData,
  ProduceRequestTopicProduceData,
  ProduceResponse,
  ProduceResponsePartitionProduceResponse,
} from '../../kafka/generated/produce.ts';
import { RecordBatch } from '../../kafka/records/record-batch.ts';
import { splitRecords } from '../../kafka/records/records-field.ts';
import {
  answer,
  defineFilter,
  type Filter,
  type RequestContext,
  type RequestVerdict,
} from '../pipeline/filter.ts';
import { DEFAULT_DECODE_LIMITS, DecodeBudget, type DecodeLimits } from '../policy/decode-budget.ts';
import { reencodeBatch, unreadableBatch } from '../policy/records.ts';
import { engineContext, type PolicyRuntime, runAdmitted } from '../policy/service.ts';
import { type HoldChange, ProduceSequences, producerOf, type SequenceTicket } from './produce-sequences.ts';

/** How a Produce names a topic: by name up to v12, by id from v13 (KIP-516). */
type TopicRef = Pick<ProduceRequestTopicProduceData, 'name' | 'topicId'>;

const refOf = (t: TopicRef): TopicRef =>
  t.topicId === undefined ? { name: t.name } : { topicId: t.topicId };
const keyOf = (t: TopicRef, partition: number) => `${t.name ?? t.topicId}\u0000${partition}`;

/** A partition Sluice answers for (rejected, or emptied by a policy). */
interface LocalAnswer {
  topic: TopicRef;
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

/**
 * A batch whose records cannot be read (bad CRC, truncated, bad codec data) is answered for
 * that partition as the broker would, instead of failing the whole request and connection.
 */
function corruptOutcome(
  ctx: RequestContext,
  rc: EngineRequestContext,
  topic: string,
  partition: number,
  err: unknown,
): Extract<ProduceOutcome, { action: 'reject' }> {
  const fields = { topic, partition, clientId: rc.clientId, principal: rc.principal };
  const errorCode = unreadableBatch(ctx.log, 'produce request', fields, err);
  const tooLarge = errorCode === KAFKA_ERROR_CODES.MESSAGE_TOO_LARGE;
  return {
    action: 'reject',
    errorCode,
    errorMessage: (tooLarge
      ? `record batch is more than one request may decode for policies: ${(err as Error).message}`
      : `corrupt record batch: ${(err as Error).message}`
    ).slice(0, 1000),
    retriable: !tooLarge,
    policy: '',
    recordErrors: [],
    trace: [],
  };
}

function unknownTopicId(version: number, index: number): ProduceResponsePartitionProduceResponse {
  return {
    index,
    errorCode: KAFKA_ERROR_CODES.UNKNOWN_TOPIC_ID,
    baseOffset: -1n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    ...(version >= 8
      ? { recordErrors: [], errorMessage: 'topic id not yet known to Sluice; refresh metadata' }
      : {}),
  };
}

function emptied(index: number): ProduceResponsePartitionProduceResponse {
  return { index, errorCode: 0, baseOffset: -1n, logAppendTimeMs: -1n, logStartOffset: -1n };
}

interface PartitionResult {
  /** Replacement records field; undefined = unchanged. */
  records?: Buffer;
  answer?: ProduceResponsePartitionProduceResponse;
  /**
   * The acks this partition's batches need upstream: the most durable over its batches, each
   * the request's own unless its policies asked otherwise. Set only when some policy asked.
   */
  acks?: number;
  /** Some batch carries a producer id (idempotent or transactional). */
  idempotent: boolean;
  /** The answer's error is one clients retry (so its sequence comes again). */
  retriable?: boolean;
  /** Shadow comparisons of batches that go upstream, with the records before each batch. */
  shadows?: PendingOffsets[];
}

/** Shadow comparisons whose offsets are known once the broker answers the partition. */
interface PendingOffsets {
  /** Records in the partition's earlier batches (the batch's first offset is base + this). */
  before: number;
  comparisons: ShadowComparison[];
}

/** zstd in a record batch needs Produce v7+ (KIP-110); older requests keep their codec. */
const ZSTD_MIN_PRODUCE_VERSION = 7;

/** Records in the batches before `n` (only where a shadow ran: most batches never ask). */
function recordsBefore(pieces: ReturnType<typeof splitRecords>, n: number): number {
  let count = 0;
  for (const piece of pieces.slice(0, n)) if (piece instanceof RecordBatch) count += piece.recordCount;
  return count;
}

async function runPartition(
  svc: PolicyRuntime,
  ctx: RequestContext,
  rc: EngineRequestContext,
  version: number,
  topic: string,
  p: ProduceRequestPartitionProduceData,
  req: ProduceRequest,
  budget: DecodeBudget,
): Promise<PartitionResult> {
  let pieces: ReturnType<typeof splitRecords>;
  try {
    pieces = splitRecords(p.records);
  } catch (err) {
    const refusal = corruptOutcome(ctx, rc, topic, p.index, err);
    return {
      answer: partitionError(version, p.index, refusal),
      idempotent: false,
      retriable: clientRetries(refusal.errorCode),
    };
  }
  let changed = false;
  let asked = false;
  let acks: number | undefined;
  let idempotent = false;
  const shadows: PendingOffsets[] = [];
  const out = await Promise.all(
    pieces.map(async (piece, n) => {
      // Every batch that goes upstream has its say in the acks, with the request's by default.
      if (!(piece instanceof RecordBatch) || piece.isControl) {
        acks = mostDurable(acks, req.acks);
        return piece.bytes;
      }
      if (piece.producerId >= 0n) idempotent = true;
      let records: BatchRecord[];
      try {
        records = (await budget.decode(piece))!;
      } catch (err) {
        return corruptOutcome(ctx, rc, topic, p.index, err);
      }
      const outcome = await svc.engine.runProduce(rc, {
        topic,
        partition: p.index,
        records,
        source: piece.recordBytes(),
        producerId: Number(piece.producerId),
        transactional: piece.isTransactional || (req.transactionalId ?? null) !== null,
        acks: req.acks,
        compression: piece.compression,
      });
      if (outcome.action === 'reject') return outcome;
      if (outcome.shadows) shadows.push({ before: recordsBefore(pieces, n), comparisons: outcome.shadows });
      if (outcome.action !== 'modify') {
        acks = mostDurable(acks, req.acks);
        return piece.bytes;
      }
      if (outcome.acks !== req.acks) asked = true;
      acks = mostDurable(acks, outcome.acks);
      let codec = outcome.compression;
      if (codec === 'zstd' && version < ZSTD_MIN_PRODUCE_VERSION && piece.compression !== 'zstd') {
        ctx.log.warn(
          { topic, partition: p.index, apiVersion: version, clientId: rc.clientId },
          'policy asked for zstd on a Produce older than v7; batch keeps its codec',
        );
        codec = piece.compression;
      }
      if (outcome.records === null && codec === piece.compression) return piece.bytes;
      changed = true;
      const kept = outcome.records ?? records;
      return kept.length === 0 ? null : reencodeBatch(piece, kept, 'produce', codec);
    }),
  );
  const rejected = out.find((o) => o !== null && !(o instanceof Buffer));
  if (rejected) {
    const refusal = rejected as Extract<ProduceOutcome, { action: 'reject' }>;
    return {
      answer: partitionError(version, p.index, refusal),
      idempotent,
      retriable: clientRetries(refusal.errorCode),
    };
  }
  const wanted = { ...(asked ? { acks } : {}), ...(shadows.length > 0 ? { shadows } : {}) };
  if (!changed) return { ...wanted, idempotent };
  const kept = out.filter((o): o is Buffer => o instanceof Buffer);
  if (kept.length === 0) return { answer: emptied(p.index), idempotent };
  return { records: kept.length === 1 ? kept[0] : Buffer.concat(kept), ...wanted, idempotent };
}

/** Kafka clients retry this error (a policy's reject() with REQUEST_TIMED_OUT, an engine timeout). */
const clientRetries = (code: number) => KAFKA_ERRORS[code]?.retriable === true;

/** A partition some policy covers: where it is in the request, and what its batches became. */
interface Covered {
  topic: ProduceRequestTopicProduceData;
  name: string;
  partition: ProduceRequestPartitionProduceData;
  ticket: SequenceTicket | undefined;
  result?: PartitionResult;
}

/** The answer for a batch pipelined behind one Sluice refused (see produce-sequences.ts). */
function outOfOrder(
  version: number,
  index: number,
  refused: number,
): ProduceResponsePartitionProduceResponse {
  return {
    index,
    errorCode: KAFKA_ERROR_CODES.OUT_OF_ORDER_SEQUENCE_NUMBER,
    baseOffset: -1n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    ...(version >= 8
      ? {
          recordErrors: [],
          errorMessage: `batch follows sequence ${refused}, which Sluice refused with a retriable error; send that one first`,
        }
      : {}),
  };
}

function logHold(
  ctx: RequestContext,
  rc: EngineRequestContext,
  topic: string,
  partition: number,
  h: HoldChange,
): void {
  const fields = {
    topic,
    partition,
    producerId: String(h.producerId),
    producerEpoch: h.epoch,
    sequence: h.sequence,
    clientId: rc.clientId,
  };
  if (h.change === 'held') {
    ctx.log.info(
      fields,
      'idempotent batch refused with a retriable error: later batches of this producer and partition are answered OUT_OF_ORDER_SEQUENCE_NUMBER until it is retried',
    );
  } else {
    ctx.log.info(
      { ...fields, answered: h.answered, heldMs: h.heldMs, releasedBy: h.by },
      'hold on an idempotent producer partition released',
    );
  }
}

/** One account of idempotent producers' refused sequences for the whole gateway. */
const PRODUCE_SEQUENCES = new ProduceSequences();

/** Of two acks asked for by policies, the more durable one: all (-1) > leader (1) > none (0). */
function mostDurable(a: number | undefined, b: number): number {
  const rank = (x: number) => (x === -1 ? 2 : x);
  return a === undefined || rank(b) > rank(a) ? b : a;
}

/**
 * Runs the produce chain on a decoded Produce request. Changes it in place (ctx.markModified)
 * or answers it; forwards the very bytes that came in when no policy changed anything.
 */
export async function interceptProduce(
  svc: PolicyRuntime,
  rc: EngineRequestContext,
  req: ProduceRequest,
  ctx: RequestContext<typeof API_KEYS.Produce>,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
  sequences: ProduceSequences = PRODUCE_SEQUENCES,
): Promise<RequestVerdict<typeof API_KEYS.Produce> | undefined> {
  const budget = new DecodeBudget(limits);
  const version = ctx.head.apiVersion;
  const answers: LocalAnswer[] = [];
  let changed = false;
  let idempotent = (req.transactionalId ?? null) !== null;
  const clientAcks = req.acks;
  // One acks serves the whole request: the most durable that any partition going upstream
  // needs, each keeping the client's unless a policy on it asked otherwise. So a policy that
  // lowers acks for its topic lowers them only when every partition in the request agrees.
  let askedForAcks = false;
  let upstreamAcks: number | undefined;
  // Each covered partition's work, started together below.
  const starts: (() => Promise<void>)[] = [];
  const shadowed = new Map<string, PendingOffsets[]>();
  const covered: Covered[] = [];
  for (const t of req.topicData) {
    const name = t.name ?? ctx.topicName(t.topicId);
    if (name === undefined) {
      // Whether a policy covers it is unknown, so its records do not pass unread: UNKNOWN_TOPIC_ID
      // is retriable and makes the client refresh its metadata, which teaches Sluice the id.
      for (const p of t.partitionData) {
        answers.push({ topic: refOf(t), partition: p.index, response: unknownTopicId(version, p.index) });
      }
      changed = true;
      ctx.log.warn(
        { topicId: t.topicId, clientId: rc.clientId },
        'produce to a topic id Sluice has not seen in metadata answered UNKNOWN_TOPIC_ID, so the client refreshes metadata',
      );
      continue;
    }
    if (!svc.producesFor(name, rc.principal, rc.clientId, rc.listener)) {
      if (t.partitionData.length > 0) upstreamAcks = mostDurable(upstreamAcks, clientAcks);
      continue;
    }
    for (const p of t.partitionData) {
      const producer = producerOf(p.records);
      const slot: Covered = {
        topic: t,
        name,
        partition: p,
        ticket: producer && sequences.enter(name, p.index, producer),
      };
      covered.push(slot);
      starts.push(() =>
        runPartition(svc, ctx, rc, version, name, p, req, budget).then((r) => {
          slot.result = r;
        }),
      );
    }
  }
  try {
    // One admission for the whole request: its partition batches start in one turn and reach the
    // sandbox together. A request no policy covers does not wait for one.
    if (starts.length > 0) await runAdmitted(svc, budget, starts);
    for (const slot of covered) {
      const { topic: t, partition: p } = slot;
      let r = slot.result!;
      if (slot.ticket) {
        // After the admission is released: an earlier batch waiting for one must not wait on this.
        await slot.ticket.turn;
        const ahead = slot.ticket.heldBehind();
        const held = ahead !== undefined && !r.answer;
        if (held) r = { answer: outOfOrder(version, p.index, ahead!), idempotent: true };
        const change = slot.ticket.settle(
          held ? 'held' : r.answer ? (r.retriable ? 'refused-retriable' : 'refused') : 'forwarded',
        );
        if (change) logHold(ctx, rc, slot.name, p.index, change);
      }
      if (r.idempotent) idempotent = true;
      if (r.acks !== undefined) askedForAcks = true;
      if (r.answer) {
        answers.push({ topic: refOf(t), partition: p.index, response: r.answer });
        changed = true;
        continue;
      }
      upstreamAcks = mostDurable(upstreamAcks, r.acks ?? clientAcks);
      if (r.shadows) shadowed.set(keyOf(refOf(t), p.index), r.shadows);
      if (r.records) {
        p.records = r.records;
        changed = true;
      }
    }
  } finally {
    // A request that failed on the way: its batches never went upstream.
    for (const slot of covered) slot.ticket?.settle('refused');
  }
  if (shadowed.size > 0 && clientAcks !== 0) {
    ctx.onResponse((response) => fillShadowOffsets(response, shadowed));
  }
  if (askedForAcks && upstreamAcks !== undefined && upstreamAcks !== clientAcks) {
    if (idempotent && upstreamAcks !== -1) {
      // The idempotent producer's sequence and fencing guarantees rest on acks=all.
      ctx.log.warn(
        { from: clientAcks, to: upstreamAcks, clientId: rc.clientId },
        'policy asked to lower acks of an idempotent or transactional producer; not applied',
      );
    } else {
      req.acks = upstreamAcks;
      changed = true;
    }
  }
  if (!changed) return undefined;
  const answered = new Set(answers.map((a) => keyOf(a.topic, a.partition)));
  const order = req.topicData.map((t) => ({
    topic: refOf(t),
    partitions: t.partitionData.map((p) => p.index),
  }));
  const remaining = req.topicData
    .map((t) => ({
      ...t,
      partitionData: t.partitionData.filter((p) => !answered.has(keyOf(t, p.index))),
    }))
    .filter((t) => t.partitionData.length > 0);
  if (remaining.length === 0) {
    if (clientAcks === 0) return answer(null);
    return answer(mergeResponses(order, { responses: [], throttleTimeMs: 0 }, answers));
  }
  req.topicData = remaining;
  ctx.markModified();
  if (clientAcks === 0 && req.acks !== 0) {
    // The client waits for nothing; the broker's answer is read, logged if it failed, and dropped.
    ctx.swallowResponse((response) => logSwallowed(ctx, rc, response));
    return undefined;
  }
  if (clientAcks !== 0 && req.acks === 0) {
    // The broker will not answer: the client gets success for what went upstream (offsets
    // unknown, -1, as with acks=0) and Sluice's own answers for the rest.
    const sent: ProduceResponse = {
      throttleTimeMs: 0,
      responses: remaining.map((t) => ({
        ...refOf(t),
        partitionResponses: t.partitionData.map((p) => emptied(p.index)),
      })),
    };
    ctx.respondInstead(mergeResponses(order, sent, answers));
    return undefined;
  }
  if (answers.length > 0) {
    ctx.onResponse((response, rctx) => {
      // The broker's tagged fields (NodeEndpoints) stay; its partitions are merged with Sluice's.
      response.responses = mergeResponses(order, response, answers).responses;
      rctx.markModified();
    });
  }
  return undefined;
}

/**
 * Shadow comparisons learn their records' offsets from the broker's answer: the partition's base
 * offset, plus the records of its earlier batches, plus the record's index in its batch (as
 * the client sent them; a batch an earlier policy resized shifts the ones after it).
 */
function fillShadowOffsets(response: ProduceResponse, shadowed: Map<string, PendingOffsets[]>): void {
  for (const t of response.responses) {
    for (const p of t.partitionResponses) {
      const pending = shadowed.get(keyOf(t, p.index));
      if (!pending || p.errorCode !== 0 || p.baseOffset < 0n) continue;
      const base = Number(p.baseOffset);
      for (const { before, comparisons } of pending) {
        for (const c of comparisons) c.offsets = c.differing.map((i) => base + before + i);
      }
    }
  }
}

/** A response the client will never see (it sent acks=0): its failures go to the log instead. */
function logSwallowed(ctx: RequestContext, rc: EngineRequestContext, response: ProduceResponse): void {
  for (const t of response.responses) {
    for (const p of t.partitionResponses) {
      if (p.errorCode === 0) continue;
      ctx.log.warn(
        { topic: t.name ?? t.topicId, partition: p.index, errorCode: p.errorCode, clientId: rc.clientId },
        'broker refused a produce the client sent with acks=0 (a policy raised its acks)',
      );
    }
  }
}

/**
 * The broker's answer for what it was sent plus Sluice's answers, in the topic and partition
 * order of the client's request (entries the request did not name go last, untouched).
 */
export function mergeResponses(
  order: { topic: TopicRef; partitions: number[] }[],
  broker: ProduceResponse,
  answers: LocalAnswer[],
): ProduceResponse {
  const found = new Map<string, ProduceResponsePartitionProduceResponse>();
  const extra: ProduceResponse['responses'] = [];
  for (const t of broker.responses) {
    for (const p of t.partitionResponses) found.set(keyOf(t, p.index), p);
  }
  for (const a of answers) found.set(keyOf(a.topic, a.partition), a.response);
  const used = new Set<string>();
  const responses: ProduceResponse['responses'] = order.map((t) => ({
    ...t.topic,
    partitionResponses: t.partitions.flatMap((index) => {
      const key = keyOf(t.topic, index);
      const r = found.get(key);
      if (!r) return [];
      used.add(key);
      return [r];
    }),
  }));
  for (const t of broker.responses) {
    const rest = t.partitionResponses.filter((p) => !used.has(keyOf(t, p.index)));
    if (rest.length > 0) extra.push({ ...t, partitionResponses: rest });
  }
  return {
    ...broker,
    responses: [...responses.filter((t) => t.partitionResponses.length > 0), ...extra],
  };
}

/**
 * Produce requests through the `onProduce` policies of the running PolicyRuntime, if any,
 * decoding for them within `limits`.
 */
export function producePolicies(
  current: () => PolicyRuntime | undefined,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
  sequences: ProduceSequences = PRODUCE_SEQUENCES,
): Filter {
  return defineFilter({
    name: 'policy-produce',
    requests: {
      [API_KEYS.Produce]: {
        wants: () => current()?.hasProduce === true,
        on: (req, ctx) => interceptProduce(current()!, engineContext(ctx), req, ctx, limits, sequences),
      },
    },
  });
}
