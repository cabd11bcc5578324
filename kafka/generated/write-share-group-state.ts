// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from WriteShareGroupStateRequest.json, WriteShareGroupStateResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface WriteShareGroupStateRequest {
  /** versions 0-1 */
  groupId: string;
  /** versions 0-1 */
  topics: WriteShareGroupStateRequestWriteStateData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteShareGroupStateRequestWriteStateData {
  /** versions 0-1 */
  topicId: Uuid;
  /** versions 0-1 */
  partitions: WriteShareGroupStateRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteShareGroupStateRequestPartitionData {
  /** versions 0-1 */
  partition: number;
  /** versions 0-1 */
  stateEpoch: number;
  /** versions 0-1 */
  leaderEpoch: number;
  /** versions 0-1 */
  startOffset: bigint;
  /** versions 1 */
  deliveryCompleteCount?: number;
  /** versions 0-1 */
  stateBatches: WriteShareGroupStateRequestStateBatch[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteShareGroupStateRequestStateBatch {
  /** versions 0-1 */
  firstOffset: bigint;
  /** versions 0-1 */
  lastOffset: bigint;
  /** versions 0-1 */
  deliveryState: number;
  /** versions 0-1 */
  deliveryCount: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readWriteShareGroupStateRequest(r: Reader, version: number): WriteShareGroupStateRequest {
  const out = {} as WriteShareGroupStateRequest;
  out.groupId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<WriteShareGroupStateRequestWriteStateData>(n);
    for (let i = 0; i < n; i++) a[i] = readWriteShareGroupStateRequestWriteStateData(r, version);
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

function writeWriteShareGroupStateRequest(w: Writer, version: number, v: WriteShareGroupStateRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeWriteShareGroupStateRequestWriteStateData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readWriteShareGroupStateRequestWriteStateData(r: Reader, version: number): WriteShareGroupStateRequestWriteStateData {
  const out = {} as WriteShareGroupStateRequestWriteStateData;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<WriteShareGroupStateRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readWriteShareGroupStateRequestPartitionData(r, version);
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

function writeWriteShareGroupStateRequestWriteStateData(w: Writer, version: number, v: WriteShareGroupStateRequestWriteStateData): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeWriteShareGroupStateRequestPartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readWriteShareGroupStateRequestPartitionData(r: Reader, version: number): WriteShareGroupStateRequestPartitionData {
  const out = {} as WriteShareGroupStateRequestPartitionData;
  out.partition = r.readInt32();
  out.stateEpoch = r.readInt32();
  out.leaderEpoch = r.readInt32();
  out.startOffset = r.readInt64();
  if (version >= 1) {
    out.deliveryCompleteCount = r.readInt32();
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<WriteShareGroupStateRequestStateBatch>(n);
    for (let i = 0; i < n; i++) a[i] = readWriteShareGroupStateRequestStateBatch(r, version);
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

function writeWriteShareGroupStateRequestPartitionData(w: Writer, version: number, v: WriteShareGroupStateRequestPartitionData): void {
  w.appendInt32(v.partition);
  w.appendInt32(v.stateEpoch);
  w.appendInt32(v.leaderEpoch);
  w.appendInt64(v.startOffset);
  if (version >= 1) {
    {
      const x = v.deliveryCompleteCount === undefined ? -1 : v.deliveryCompleteCount;
      w.appendInt32(x);
    }
  }
  w.appendCompactArrayLength(v.stateBatches.length);
  for (let i = 0; i < v.stateBatches.length; i++) writeWriteShareGroupStateRequestStateBatch(w, version, v.stateBatches[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readWriteShareGroupStateRequestStateBatch(r: Reader, version: number): WriteShareGroupStateRequestStateBatch {
  const out = {} as WriteShareGroupStateRequestStateBatch;
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

function writeWriteShareGroupStateRequestStateBatch(w: Writer, version: number, v: WriteShareGroupStateRequestStateBatch): void {
  w.appendInt64(v.firstOffset);
  w.appendInt64(v.lastOffset);
  w.appendInt8(v.deliveryState);
  w.appendInt16(v.deliveryCount);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateRequest(r: Reader, version: number): WriteShareGroupStateRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('WriteShareGroupStateRequest', version, 0, 1);
  return readWriteShareGroupStateRequest(r, version);
}

export function encodeWriteShareGroupStateRequest(w: Writer, version: number, value: WriteShareGroupStateRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('WriteShareGroupStateRequest', version, 0, 1);
  try {
    writeWriteShareGroupStateRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('WriteShareGroupStateRequest', version, error);
  }
}

export interface WriteShareGroupStateResponse {
  /** versions 0-1 */
  results: WriteShareGroupStateResponseWriteStateResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteShareGroupStateResponseWriteStateResult {
  /** versions 0-1 */
  topicId: Uuid;
  /** versions 0-1 */
  partitions: WriteShareGroupStateResponsePartitionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteShareGroupStateResponsePartitionResult {
  /** versions 0-1 */
  partition: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readWriteShareGroupStateResponse(r: Reader, version: number): WriteShareGroupStateResponse {
  const out = {} as WriteShareGroupStateResponse;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<WriteShareGroupStateResponseWriteStateResult>(n);
    for (let i = 0; i < n; i++) a[i] = readWriteShareGroupStateResponseWriteStateResult(r, version);
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

function writeWriteShareGroupStateResponse(w: Writer, version: number, v: WriteShareGroupStateResponse): void {
  w.appendCompactArrayLength(v.results.length);
  for (let i = 0; i < v.results.length; i++) writeWriteShareGroupStateResponseWriteStateResult(w, version, v.results[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readWriteShareGroupStateResponseWriteStateResult(r: Reader, version: number): WriteShareGroupStateResponseWriteStateResult {
  const out = {} as WriteShareGroupStateResponseWriteStateResult;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<WriteShareGroupStateResponsePartitionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readWriteShareGroupStateResponsePartitionResult(r, version);
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

function writeWriteShareGroupStateResponseWriteStateResult(w: Writer, version: number, v: WriteShareGroupStateResponseWriteStateResult): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeWriteShareGroupStateResponsePartitionResult(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readWriteShareGroupStateResponsePartitionResult(r: Reader, version: number): WriteShareGroupStateResponsePartitionResult {
  const out = {} as WriteShareGroupStateResponsePartitionResult;
  out.partition = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeWriteShareGroupStateResponsePartitionResult(w: Writer, version: number, v: WriteShareGroupStateResponsePartitionResult): void {
  w.appendInt32(v.partition);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeWriteShareGroupStateResponse(r: Reader, version: number): WriteShareGroupStateResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('WriteShareGroupStateResponse', version, 0, 1);
  return readWriteShareGroupStateResponse(r, version);
}

export function encodeWriteShareGroupStateResponse(w: Writer, version: number, value: WriteShareGroupStateResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('WriteShareGroupStateResponse', version, 0, 1);
  try {
    writeWriteShareGroupStateResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('WriteShareGroupStateResponse', version, error);
  }
}
