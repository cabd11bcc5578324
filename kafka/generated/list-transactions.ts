// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ListTransactionsRequest.json, ListTransactionsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ListTransactionsRequest {
  /** versions 0-2 */
  stateFilters: string[];
  /** versions 0-2 */
  producerIdFilters: bigint[];
  /** versions 1-2 */
  durationFilter?: bigint;
  /** versions 2, nullable 2 */
  transactionalIdPattern?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListTransactionsRequest(r: Reader, version: number): ListTransactionsRequest {
  const out = {} as ListTransactionsRequest;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.stateFilters = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<bigint>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt64();
    out.producerIdFilters = a;
  }
  if (version >= 1) {
    out.durationFilter = r.readInt64();
  }
  if (version >= 2) {
    out.transactionalIdPattern = r.readCompactNullableString();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListTransactionsRequest(w: Writer, version: number, v: ListTransactionsRequest): void {
  w.appendCompactArrayLength(v.stateFilters.length);
  for (let i = 0; i < v.stateFilters.length; i++) w.appendCompactString(v.stateFilters[i]);
  w.appendCompactArrayLength(v.producerIdFilters.length);
  for (let i = 0; i < v.producerIdFilters.length; i++) w.appendInt64(v.producerIdFilters[i]);
  if (version >= 1) {
    {
      const x = v.durationFilter === undefined ? -1n : v.durationFilter;
      w.appendInt64(x);
    }
  }
  if (version >= 2) {
    {
      const x = v.transactionalIdPattern === undefined ? null : v.transactionalIdPattern;
      w.appendCompactNullableString(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListTransactionsRequest(r: Reader, version: number): ListTransactionsRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('ListTransactionsRequest', version, 0, 2);
  return readListTransactionsRequest(r, version);
}

export function encodeListTransactionsRequest(w: Writer, version: number, value: ListTransactionsRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('ListTransactionsRequest', version, 0, 2);
  try {
    writeListTransactionsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ListTransactionsRequest', version, error);
  }
}

export interface ListTransactionsResponse {
  /** versions 0-2 */
  throttleTimeMs: number;
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2 */
  unknownStateFilters: string[];
  /** versions 0-2 */
  transactionStates: ListTransactionsResponseTransactionState[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListTransactionsResponseTransactionState {
  /** versions 0-2 */
  transactionalId: string;
  /** versions 0-2 */
  producerId: bigint;
  /** versions 0-2 */
  transactionState: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListTransactionsResponse(r: Reader, version: number): ListTransactionsResponse {
  const out = {} as ListTransactionsResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.unknownStateFilters = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ListTransactionsResponseTransactionState>(n);
    for (let i = 0; i < n; i++) a[i] = readListTransactionsResponseTransactionState(r, version);
    out.transactionStates = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListTransactionsResponse(w: Writer, version: number, v: ListTransactionsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactArrayLength(v.unknownStateFilters.length);
  for (let i = 0; i < v.unknownStateFilters.length; i++) w.appendCompactString(v.unknownStateFilters[i]);
  w.appendCompactArrayLength(v.transactionStates.length);
  for (let i = 0; i < v.transactionStates.length; i++) writeListTransactionsResponseTransactionState(w, version, v.transactionStates[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readListTransactionsResponseTransactionState(r: Reader, version: number): ListTransactionsResponseTransactionState {
  const out = {} as ListTransactionsResponseTransactionState;
  out.transactionalId = r.readCompactString();
  out.producerId = r.readInt64();
  out.transactionState = r.readCompactString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListTransactionsResponseTransactionState(w: Writer, version: number, v: ListTransactionsResponseTransactionState): void {
  w.appendCompactString(v.transactionalId);
  w.appendInt64(v.producerId);
  w.appendCompactString(v.transactionState);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListTransactionsResponse(r: Reader, version: number): ListTransactionsResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('ListTransactionsResponse', version, 0, 2);
  return readListTransactionsResponse(r, version);
}

export function encodeListTransactionsResponse(w: Writer, version: number, value: ListTransactionsResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('ListTransactionsResponse', version, 0, 2);
  try {
    writeListTransactionsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ListTransactionsResponse', version, error);
  }
}
