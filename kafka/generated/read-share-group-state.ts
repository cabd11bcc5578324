// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ReadShareGroupStateRequest.json, ReadShareGroupStateResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ReadShareGroupStateRequest {
  /** versions 0 */
  groupId: string;
  /** versions 0 */
  topics: ReadShareGroupStateRequestReadStateData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateRequestReadStateData {
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  partitions: ReadShareGroupStateRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateRequestPartitionData {
  /** versions 0 */
  partition: number;
  /** versions 0 */
  leaderEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readReadShareGroupStateRequest(r: Reader, version: number): ReadShareGroupStateRequest {
  const out = {} as ReadShareGroupStateRequest;
  out.groupId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ReadShareGroupStateRequestReadStateData>(n);
    for (let i = 0; i < n; i++) a[i] = readReadShareGroupStateRequestReadStateData(r, version);
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

function writeReadShareGroupStateRequest(w: Writer, version: number, v: ReadShareGroupStateRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeReadShareGroupStateRequestReadStateData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readReadShareGroupStateRequestReadStateData(r: Reader, version: number): ReadShareGroupStateRequestReadStateData {
  const out = {} as ReadShareGroupStateRequestReadStateData;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ReadShareGroupStateRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readReadShareGroupStateRequestPartitionData(r, version);
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

function writeReadShareGroupStateRequestReadStateData(w: Writer, version: number, v: ReadShareGroupStateRequestReadStateData): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeReadShareGroupStateRequestPartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readReadShareGroupStateRequestPartitionData(r: Reader, version: number): ReadShareGroupStateRequestPartitionData {
  const out = {} as ReadShareGroupStateRequestPartitionData;
  out.partition = r.readInt32();
  out.leaderEpoch = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeReadShareGroupStateRequestPartitionData(w: Writer, version: number, v: ReadShareGroupStateRequestPartitionData): void {
  w.appendInt32(v.partition);
  w.appendInt32(v.leaderEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateRequest(r: Reader, version: number): ReadShareGroupStateRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('ReadShareGroupStateRequest', version, 0, 0);
  return readReadShareGroupStateRequest(r, version);
}

export function encodeReadShareGroupStateRequest(w: Writer, version: number, value: ReadShareGroupStateRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('ReadShareGroupStateRequest', version, 0, 0);
  try {
    writeReadShareGroupStateRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ReadShareGroupStateRequest', version, error);
  }
}

export interface ReadShareGroupStateResponse {
  /** versions 0 */
  results: ReadShareGroupStateResponseReadStateResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateResponseReadStateResult {
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  partitions: ReadShareGroupStateResponsePartitionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateResponsePartitionResult {
  /** versions 0 */
  partition: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** versions 0 */
  stateEpoch: number;
  /** versions 0 */
  startOffset: bigint;
  /** versions 0 */
  stateBatches: ReadShareGroupStateResponseStateBatch[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateResponseStateBatch {
  /** versions 0 */
  firstOffset: bigint;
  /** versions 0 */
  lastOffset: bigint;
  /** versions 0 */
  deliveryState: number;
  /** versions 0 */
  deliveryCount: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readReadShareGroupStateResponse(r: Reader, version: number): ReadShareGroupStateResponse {
  const out = {} as ReadShareGroupStateResponse;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ReadShareGroupStateResponseReadStateResult>(n);
    for (let i = 0; i < n; i++) a[i] = readReadShareGroupStateResponseReadStateResult(r, version);
    out.results = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeReadShareGroupStateResponse(w: Writer, version: number, v: ReadShareGroupStateResponse): void {
  w.appendCompactArrayLength(v.results.length);
  for (let i = 0; i < v.results.length; i++) writeReadShareGroupStateResponseReadStateResult(w, version, v.results[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readReadShareGroupStateResponseReadStateResult(r: Reader, version: number): ReadShareGroupStateResponseReadStateResult {
  const out = {} as ReadShareGroupStateResponseReadStateResult;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ReadShareGroupStateResponsePartitionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readReadShareGroupStateResponsePartitionResult(r, version);
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

function writeReadShareGroupStateResponseReadStateResult(w: Writer, version: number, v: ReadShareGroupStateResponseReadStateResult): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeReadShareGroupStateResponsePartitionResult(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readReadShareGroupStateResponsePartitionResult(r: Reader, version: number): ReadShareGroupStateResponsePartitionResult {
  const out = {} as ReadShareGroupStateResponsePartitionResult;
  out.partition = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.stateEpoch = r.readInt32();
  out.startOffset = r.readInt64();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ReadShareGroupStateResponseStateBatch>(n);
    for (let i = 0; i < n; i++) a[i] = readReadShareGroupStateResponseStateBatch(r, version);
    out.stateBatches = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeReadShareGroupStateResponsePartitionResult(w: Writer, version: number, v: ReadShareGroupStateResponsePartitionResult): void {
  w.appendInt32(v.partition);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendInt32(v.stateEpoch);
  w.appendInt64(v.startOffset);
  w.appendCompactArrayLength(v.stateBatches.length);
  for (let i = 0; i < v.stateBatches.length; i++) writeReadShareGroupStateResponseStateBatch(w, version, v.stateBatches[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readReadShareGroupStateResponseStateBatch(r: Reader, version: number): ReadShareGroupStateResponseStateBatch {
  const out = {} as ReadShareGroupStateResponseStateBatch;
  out.firstOffset = r.readInt64();
  out.lastOffset = r.readInt64();
  out.deliveryState = r.readInt8();
  out.deliveryCount = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeReadShareGroupStateResponseStateBatch(w: Writer, version: number, v: ReadShareGroupStateResponseStateBatch): void {
  w.appendInt64(v.firstOffset);
  w.appendInt64(v.lastOffset);
  w.appendInt8(v.deliveryState);
  w.appendInt16(v.deliveryCount);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateResponse(r: Reader, version: number): ReadShareGroupStateResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('ReadShareGroupStateResponse', version, 0, 0);
  return readReadShareGroupStateResponse(r, version);
}

export function encodeReadShareGroupStateResponse(w: Writer, version: number, value: ReadShareGroupStateResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('ReadShareGroupStateResponse', version, 0, 0);
  try {
    writeReadShareGroupStateResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ReadShareGroupStateResponse', version, error);
  }
}
