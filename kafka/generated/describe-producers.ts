// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeProducersRequest.json, DescribeProducersResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeProducersRequest {
  /** versions 0 */
  topics: DescribeProducersRequestTopicRequest[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeProducersRequestTopicRequest {
  /** versions 0 */
  name: string;
  /** versions 0 */
  partitionIndexes: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeProducersRequest(r: Reader, version: number): DescribeProducersRequest {
  const out = {} as DescribeProducersRequest;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeProducersRequestTopicRequest>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeProducersRequestTopicRequest(r, version);
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

function writeDescribeProducersRequest(w: Writer, version: number, v: DescribeProducersRequest): void {
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeDescribeProducersRequestTopicRequest(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeProducersRequestTopicRequest(r: Reader, version: number): DescribeProducersRequestTopicRequest {
  const out = {} as DescribeProducersRequestTopicRequest;
  out.name = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitionIndexes = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeProducersRequestTopicRequest(w: Writer, version: number, v: DescribeProducersRequestTopicRequest): void {
  w.appendCompactString(v.name);
  w.appendCompactArrayLength(v.partitionIndexes.length);
  for (let i = 0; i < v.partitionIndexes.length; i++) w.appendInt32(v.partitionIndexes[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeProducersRequest(r: Reader, version: number): DescribeProducersRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeProducersRequest', version, 0, 0);
  return readDescribeProducersRequest(r, version);
}

export function encodeDescribeProducersRequest(w: Writer, version: number, value: DescribeProducersRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeProducersRequest', version, 0, 0);
  try {
    writeDescribeProducersRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeProducersRequest', version, error);
  }
}

export interface DescribeProducersResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  topics: DescribeProducersResponseTopicResponse[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeProducersResponseTopicResponse {
  /** versions 0 */
  name: string;
  /** versions 0 */
  partitions: DescribeProducersResponsePartitionResponse[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeProducersResponsePartitionResponse {
  /** versions 0 */
  partitionIndex: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** versions 0 */
  activeProducers: DescribeProducersResponseProducerState[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeProducersResponseProducerState {
  /** versions 0 */
  producerId: bigint;
  /** versions 0 */
  producerEpoch: number;
  /** versions 0 */
  lastSequence: number;
  /** versions 0 */
  lastTimestamp: bigint;
  /** versions 0 */
  coordinatorEpoch: number;
  /** versions 0 */
  currentTxnStartOffset: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeProducersResponse(r: Reader, version: number): DescribeProducersResponse {
  const out = {} as DescribeProducersResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeProducersResponseTopicResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeProducersResponseTopicResponse(r, version);
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

function writeDescribeProducersResponse(w: Writer, version: number, v: DescribeProducersResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeDescribeProducersResponseTopicResponse(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeProducersResponseTopicResponse(r: Reader, version: number): DescribeProducersResponseTopicResponse {
  const out = {} as DescribeProducersResponseTopicResponse;
  out.name = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeProducersResponsePartitionResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeProducersResponsePartitionResponse(r, version);
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

function writeDescribeProducersResponseTopicResponse(w: Writer, version: number, v: DescribeProducersResponseTopicResponse): void {
  w.appendCompactString(v.name);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeDescribeProducersResponsePartitionResponse(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeProducersResponsePartitionResponse(r: Reader, version: number): DescribeProducersResponsePartitionResponse {
  const out = {} as DescribeProducersResponsePartitionResponse;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeProducersResponseProducerState>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeProducersResponseProducerState(r, version);
    out.activeProducers = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeProducersResponsePartitionResponse(w: Writer, version: number, v: DescribeProducersResponsePartitionResponse): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactArrayLength(v.activeProducers.length);
  for (let i = 0; i < v.activeProducers.length; i++) writeDescribeProducersResponseProducerState(w, version, v.activeProducers[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeProducersResponseProducerState(r: Reader, version: number): DescribeProducersResponseProducerState {
  const out = {} as DescribeProducersResponseProducerState;
  out.producerId = r.readInt64();
  out.producerEpoch = r.readInt32();
  out.lastSequence = r.readInt32();
  out.lastTimestamp = r.readInt64();
  out.coordinatorEpoch = r.readInt32();
  out.currentTxnStartOffset = r.readInt64();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeProducersResponseProducerState(w: Writer, version: number, v: DescribeProducersResponseProducerState): void {
  w.appendInt64(v.producerId);
  w.appendInt32(v.producerEpoch);
  w.appendInt32(v.lastSequence);
  w.appendInt64(v.lastTimestamp);
  w.appendInt32(v.coordinatorEpoch);
  w.appendInt64(v.currentTxnStartOffset);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeProducersResponse(r: Reader, version: number): DescribeProducersResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeProducersResponse', version, 0, 0);
  return readDescribeProducersResponse(r, version);
}

export function encodeDescribeProducersResponse(w: Writer, version: number, value: DescribeProducersResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeProducersResponse', version, 0, 0);
  try {
    writeDescribeProducersResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeProducersResponse', version, error);
  }
}
