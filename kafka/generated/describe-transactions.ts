// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeTransactionsRequest.json, DescribeTransactionsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeTransactionsRequest {
  /** versions 0 */
  transactionalIds: string[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeTransactionsRequest(r: Reader, version: number): DescribeTransactionsRequest {
  const out = {} as DescribeTransactionsRequest;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.transactionalIds = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeTransactionsRequest(w: Writer, version: number, v: DescribeTransactionsRequest): void {
  w.appendCompactArrayLength(v.transactionalIds.length);
  for (let i = 0; i < v.transactionalIds.length; i++) w.appendCompactString(v.transactionalIds[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeTransactionsRequest(r: Reader, version: number): DescribeTransactionsRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeTransactionsRequest', version, 0, 0);
  return readDescribeTransactionsRequest(r, version);
}

export function encodeDescribeTransactionsRequest(w: Writer, version: number, value: DescribeTransactionsRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeTransactionsRequest', version, 0, 0);
  try {
    writeDescribeTransactionsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeTransactionsRequest', version, error);
  }
}

export interface DescribeTransactionsResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  transactionStates: DescribeTransactionsResponseTransactionState[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTransactionsResponseTransactionState {
  /** versions 0 */
  errorCode: number;
  /** versions 0 */
  transactionalId: string;
  /** versions 0 */
  transactionState: string;
  /** versions 0 */
  transactionTimeoutMs: number;
  /** versions 0 */
  transactionStartTimeMs: bigint;
  /** versions 0 */
  producerId: bigint;
  /** versions 0 */
  producerEpoch: number;
  /** versions 0 */
  topics: DescribeTransactionsResponseTopicData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTransactionsResponseTopicData {
  /** versions 0 */
  topic: string;
  /** versions 0 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeTransactionsResponse(r: Reader, version: number): DescribeTransactionsResponse {
  const out = {} as DescribeTransactionsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeTransactionsResponseTransactionState>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeTransactionsResponseTransactionState(r, version);
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

function writeDescribeTransactionsResponse(w: Writer, version: number, v: DescribeTransactionsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendCompactArrayLength(v.transactionStates.length);
  for (let i = 0; i < v.transactionStates.length; i++) writeDescribeTransactionsResponseTransactionState(w, version, v.transactionStates[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeTransactionsResponseTransactionState(r: Reader, version: number): DescribeTransactionsResponseTransactionState {
  const out = {} as DescribeTransactionsResponseTransactionState;
  out.errorCode = r.readInt16();
  out.transactionalId = r.readCompactString();
  out.transactionState = r.readCompactString();
  out.transactionTimeoutMs = r.readInt32();
  out.transactionStartTimeMs = r.readInt64();
  out.producerId = r.readInt64();
  out.producerEpoch = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeTransactionsResponseTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeTransactionsResponseTopicData(r, version);
    out.topics = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeTransactionsResponseTransactionState(w: Writer, version: number, v: DescribeTransactionsResponseTransactionState): void {
  w.appendInt16(v.errorCode);
  w.appendCompactString(v.transactionalId);
  w.appendCompactString(v.transactionState);
  w.appendInt32(v.transactionTimeoutMs);
  w.appendInt64(v.transactionStartTimeMs);
  w.appendInt64(v.producerId);
  w.appendInt16(v.producerEpoch);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeDescribeTransactionsResponseTopicData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeTransactionsResponseTopicData(r: Reader, version: number): DescribeTransactionsResponseTopicData {
  const out = {} as DescribeTransactionsResponseTopicData;
  out.topic = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitions = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeTransactionsResponseTopicData(w: Writer, version: number, v: DescribeTransactionsResponseTopicData): void {
  w.appendCompactString(v.topic);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeTransactionsResponse(r: Reader, version: number): DescribeTransactionsResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeTransactionsResponse', version, 0, 0);
  return readDescribeTransactionsResponse(r, version);
}

export function encodeDescribeTransactionsResponse(w: Writer, version: number, value: DescribeTransactionsResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeTransactionsResponse', version, 0, 0);
  try {
    writeDescribeTransactionsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeTransactionsResponse', version, error);
  }
}
