// What the engine tells the gateway to do, as data. The gateway maps an outcome onto the
// Kafka response of the API at hand; the engine never builds Kafka bytes itself.

import { KAFKA_ERROR_CODES } from '../kafka/generated/error-codes.ts';
import type { BatchRecord } from '../sdk/host/batch.ts';
import type {
  AlterConfigsRequest,
  CompressionName,
  CreateTopicsRequest,
  GenericRequest,
  HookName,
} from '../sdk/types.ts';
import type { FailureKind } from './sandbox/messages.ts';
import type { ShadowComparison } from './shadow.ts';

export interface RecordErrorOut {
  /** The record's index in the partition batch (Produce `record_errors.batch_index`). */
  batchIndex: number;
  message: string | null;
}

export interface Rejection {
  action: 'reject';
  errorCode: number;
  errorMessage: string;
  /** True when the client may retry the same request (sandbox timeout, worker crash). */
  retriable: boolean;
  /** The deployment id that refused, or whose failure refused. */
  policy: string;
  /** Set when the refusal comes from a policy failure, not a verdict. */
  failure?: FailureKind;
}

/** One policy's part in a decision, for logs, dry-runs and tests. */
export interface TraceEntry {
  policy: string;
  revision: string;
  result: 'accept' | 'reject' | 'modify' | 'error' | 'audit-reject' | 'audit-modify';
  failure?: FailureKind;
  micros: number;
}

export type ProduceOutcome = {
  trace: TraceEntry[];
  /** Shadows that ran beside policies of the chain; the gateway fills in their offsets. */
  shadows?: ShadowComparison[];
} & (
  | { action: 'forward' }
  /**
   * Re-encode the partition batch with these records (null = records unchanged) in this codec,
   * and send the request with these acks.
   */
  | { action: 'modify'; records: BatchRecord[] | null; acks: number; compression: CompressionName }
  | (Rejection & { recordErrors: RecordErrorOut[] })
);

export type FetchOutcome = { trace: TraceEntry[] } & (
  | { action: 'forward' }
  | { action: 'modify'; records: BatchRecord[] }
  | Rejection
);

export type RequestOutcome<R> = { trace: TraceEntry[] } & (
  | { action: 'forward' }
  /** Forward this request instead (the full request, policies' changes applied). */
  | { action: 'modify'; request: R }
  | (Rejection & { resources: string[] })
);

export type CreateTopicsOutcome = RequestOutcome<CreateTopicsRequest>;
export type AlterConfigsOutcome = RequestOutcome<AlterConfigsRequest>;
export type GenericRequestOutcome = RequestOutcome<GenericRequest>;

/** Failures that may pass if retried (contention, a replaced worker) rather than ones the data or code causes. */
const TRANSIENT: readonly FailureKind[] = ['timeout', 'cpu', 'crash', 'unavailable'];

/** The Kafka error code for a failed policy under `onError: closed` (why each: docs/architecture-engine.md). */
export function failureCode(hook: HookName, kind: FailureKind): { errorCode: number; retriable: boolean } {
  const retriable = TRANSIENT.includes(kind);
  // A batch too large for the sandbox, as one too large for the decode budget: a Java producer
  // splits a batch answered MESSAGE_TOO_LARGE and sends the halves; a consumer is told, not
  // left refetching the same batch.
  if (kind === 'too-large' && (hook === 'onProduce' || hook === 'onFetch')) {
    return { errorCode: KAFKA_ERROR_CODES.MESSAGE_TOO_LARGE, retriable };
  }
  if (hook === 'onFetch') return { errorCode: KAFKA_ERROR_CODES.UNKNOWN_SERVER_ERROR, retriable: true };
  if (retriable) return { errorCode: KAFKA_ERROR_CODES.REQUEST_TIMED_OUT, retriable };
  return {
    errorCode: hook === 'onProduce' ? KAFKA_ERROR_CODES.INVALID_RECORD : KAFKA_ERROR_CODES.POLICY_VIOLATION,
    retriable,
  };
}

/** The default code of a `reject()` without one. */
export function defaultRejectCode(hook: HookName): number {
  if (hook === 'onProduce') return KAFKA_ERROR_CODES.INVALID_RECORD;
  // Consumers treat unexpected fetch error codes as fatal; UNKNOWN_SERVER_ERROR makes them retry.
  if (hook === 'onFetch') return KAFKA_ERROR_CODES.UNKNOWN_SERVER_ERROR;
  return KAFKA_ERROR_CODES.POLICY_VIOLATION;
}
