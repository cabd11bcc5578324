// The policy filters over the test kit's fake engine, and the outcomes the real engine makes of
// a policy's verdicts (engine/chain.ts), so that a scripted hook returns what the compiled
// policy it stands for would: messages prefixed with the deployment id, default codes from
// engine/outcome.ts, and a modify that changes nothing folded into a forward.
import assert from 'node:assert/strict';
import type { Logger } from 'pino';
import type {
  BatchRecord,
  FetchOutcome,
  ProduceOutcome,
  ProducePartitionBatch,
  Rejection,
  TraceEntry,
} from '../../../engine/index.ts';
import { defaultRejectCode } from '../../../engine/outcome.ts';
import type { ConnectionInfo } from '../../../gateway/pipeline/connection-info.ts';
import type { Filter } from '../../../gateway/pipeline/filter.ts';
import type { PolicyRuntime } from '../../../gateway/policy/service.ts';
import { TopicIds } from '../../../gateway/routing/topic-ids.ts';
import type { ProduceRequest, ProduceResponse } from '../../../kafka/generated/produce.ts';
import { decodeResponseFrame } from '../../../kafka/messages.ts';
import type { CompressionName } from '../../../sdk/types.ts';
import { chainOf, type PolicyVerdict, policyVerdict } from '../../kit/chain.ts';
import { head } from '../../kit/context.ts';
import { type FakePolicies, FORWARD } from '../../kit/fake-policies.ts';
import { decodeRequest, produceFrame, responseFrame } from '../../kit/frames.ts';

export interface PolicyChainOptions {
  topicIds?: TopicIds;
  log?: Logger;
  conn?: ConnectionInfo;
}

/** One policy filter over `policies`: `handle` runs a request frame through it, `fetch` a Fetch response. */
export function policyChain(
  filter: (current: () => PolicyRuntime | undefined) => Filter,
  policies: FakePolicies,
  opts: PolicyChainOptions = {},
) {
  const filters = [filter(() => policies)];
  return {
    handle(payload: Buffer): Promise<PolicyVerdict> {
      return policyVerdict(chainOf(filters, opts), payload);
    },
    /** A Fetch response (to a request of `version` from client id 'c') through the filter. */
    async fetch(frame: Buffer, version: number): Promise<Buffer> {
      const chain = chainOf(filters, opts);
      const out = await chain.handleResponse(frame, chain.exchangeFor(head(1, version, 9, 'c'), true));
      return out!;
    },
  };
}

/** Topic ids as the gateway learns them: from a Metadata response naming each topic. */
export function topicIdsFrom(topics: Record<string, string>): TopicIds {
  const ids = new TopicIds();
  ids.learn({
    throttleTimeMs: 0,
    brokers: [],
    clusterId: 'c',
    controllerId: 0,
    topics: Object.entries(topics).map(([name, topicId]) => ({
      errorCode: 0,
      name,
      topicId,
      isInternal: false,
      partitions: [],
      topicAuthorizedOperations: 0,
    })),
  });
  return ids;
}

/** A record's value as a policy's `r.text()` reads it. */
export function text(r: BatchRecord): string {
  return r.value === null ? '' : Buffer.from(r.value).toString('utf8');
}

/** A record with another value, as a policy's `r.with({ value })` makes it. */
export function withText(r: BatchRecord, value: string): BatchRecord {
  return { ...r, value: Buffer.from(value) };
}

/** What the engine makes of `reject(message, { errorCode, recordErrors })` in deployment `policy`'s onProduce. */
export function produceRejected(
  policy: string,
  message: string,
  opts: { errorCode?: number; recordErrors?: { index: number; message: string | null }[] } = {},
): ProduceOutcome {
  return {
    action: 'reject',
    errorCode: opts.errorCode ?? defaultRejectCode('onProduce'),
    errorMessage: `${policy}: ${message}`,
    recordErrors: (opts.recordErrors ?? []).map((e) => ({ batchIndex: e.index, message: e.message })),
    retriable: false,
    policy,
    trace: [],
  };
}

/**
 * What the engine makes of `modify({ records, request: { acks, compression } })` in onProduce:
 * records renumbered, acks and codec the batch's unless asked; a forward when nothing changes.
 */
export function produceModified(
  batch: ProducePartitionBatch,
  change: { records?: BatchRecord[]; acks?: number; compression?: CompressionName },
): ProduceOutcome {
  const codec = batch.compression ?? 'none';
  const acks = change.acks ?? batch.acks;
  const compression = change.compression ?? codec;
  const records = change.records?.map((r, offsetDelta) => ({ ...r, offsetDelta })) ?? null;
  if (records === null && acks === batch.acks && compression === codec) return FORWARD;
  return { action: 'modify', records, acks, compression, trace: [] };
}

/** What the engine makes of `modify({ records })` in onFetch: each kept record keeps its offset. */
export function fetchModified(records: BatchRecord[]): FetchOutcome {
  return { action: 'modify', records, trace: [] };
}

/**
 * What the engine makes of `reject(message)` in deployment `policy`'s onCreateTopics,
 * onAlterConfigs or onRequest: POLICY_VIOLATION by default, naming what the policy saw
 * (topic names, `type:name` resources, nothing for onRequest).
 */
export function requestRejected(
  policy: string,
  message: string,
  resources: string[] = [],
  errorCode = defaultRejectCode('onRequest'),
): Rejection & { resources: string[]; trace: TraceEntry[] } {
  return {
    action: 'reject',
    errorCode,
    errorMessage: `${policy}: ${message}`,
    retriable: false,
    policy,
    resources,
    trace: [],
  };
}

/** The broker's answer to a Produce: every listed partition written. */
export function brokerOk(version: number, topics: { name: string; partitions: number[] }[]): Buffer {
  const body: ProduceResponse = {
    throttleTimeMs: 0,
    responses: topics.map((t) => ({
      name: t.name,
      partitionResponses: t.partitions.map((index) => ({
        index,
        errorCode: 0,
        baseOffset: 100n,
        logAppendTimeMs: -1n,
        logStartOffset: 0n,
        recordErrors: [],
        errorMessage: null,
      })),
    })),
  };
  return responseFrame(0, version, 42, body);
}

/**
 * One Produce v11 with three partitions, the second holding two records with 'bad' in them,
 * for a policy 'no-bad' that refuses those ('bad values in <topic>', 'contains bad' each).
 */
export const PARTIAL_REFUSAL = produceFrame(11, -1, [
  {
    name: 'orders',
    partitions: [
      { index: 2, values: ['ok'] },
      { index: 0, values: ['ok', 'bad one', 'bad two'] },
    ],
  },
  { name: 'other', partitions: [{ index: 5, values: ['x'] }] },
]).payload;

/**
 * What the client must see for PARTIAL_REFUSAL: the two good partitions go upstream, and the
 * broker's answer comes back with every partition in request order, INVALID_RECORD, the
 * message and the record errors on the refused one.
 */
export function assertPartialRefusal(v: PolicyVerdict): void {
  assert.equal(v.kind, 'forward');
  if (v.kind !== 'forward') return;
  const sent = decodeRequest<ProduceRequest>(v.payload);
  assert.deepEqual(
    sent.topicData.map((t) => [t.name, t.partitionData.map((p) => p.index)]),
    [
      ['orders', [2]],
      ['other', [5]],
    ],
  );
  assert.ok(v.merge);
  const upstream = brokerOk(11, [
    { name: 'other', partitions: [5] },
    { name: 'orders', partitions: [2] },
  ]);
  const merged = decodeResponseFrame(v.merge(upstream), 0, 11);
  const res = merged.body as ProduceResponse;
  assert.equal(merged.header.correlationId, 42);
  assert.deepEqual(
    res.responses.map((t) => [t.name, t.partitionResponses.map((p) => [p.index, p.errorCode])]),
    [
      [
        'orders',
        [
          [2, 0],
          [0, 87],
        ],
      ],
      ['other', [[5, 0]]],
    ],
  );
  const rejected = res.responses[0].partitionResponses[1];
  assert.match(rejected.errorMessage ?? '', /no-bad: bad values in orders/);
  assert.deepEqual(
    rejected.recordErrors?.map((e) => [e.batchIndex, e.batchIndexErrorMessage]),
    [
      [1, 'contains bad'],
      [2, 'contains bad'],
    ],
  );
}
