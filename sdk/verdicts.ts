// Verdict constructors. A hook returns one of these; it never performs the action itself.

import type {
  AcceptVerdict,
  ModifyVerdict,
  PolicyRecord,
  RecordError,
  RecordOutput,
  RejectVerdict,
  RequestChanges,
} from './types.ts';

const ACCEPT: AcceptVerdict = Object.freeze({ kind: 'accept' });

/** Let the batch or request through unchanged. */
export function accept(): AcceptVerdict {
  return ACCEPT;
}

/**
 * Refuse the partition batch or request. `recordErrors` name the offending records; for
 * Produce the whole partition batch is refused either way (Kafka semantics).
 */
export function reject(
  message: string,
  options: { errorCode?: number; recordErrors?: readonly RecordError[] } = {},
): RejectVerdict {
  return { kind: 'reject', message, errorCode: options.errorCode, recordErrors: options.recordErrors };
}

/** Replace the records of a batch and/or some request fields. */
export function modify(changes: {
  records?: readonly (RecordOutput | PolicyRecord)[];
  request?: RequestChanges;
}): ModifyVerdict {
  return { kind: 'modify', records: changes.records, request: changes.request };
}
