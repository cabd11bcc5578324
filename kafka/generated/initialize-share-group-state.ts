// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from InitializeShareGroupStateRequest.json, InitializeShareGroupStateResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface InitializeShareGroupStateRequest {
  /** versions 0 */
  groupId: string;
  /** versions 0 */
  topics: InitializeShareGroupStateRequestInitializeStateData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface InitializeShareGroupStateRequestInitializeStateData {
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  partitions: InitializeShareGroupStateRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface InitializeShareGroupStateRequestPartitionData {
  /** versions 0 */
  partition: number;
  /** versions 0 */
  stateEpoch: number;
  /** versions 0 */
  startOffset: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readInitializeShareGroupStateRequest(r: Reader, version: number): InitializeShareGroupStateRequest {
  const out = {} as InitializeShareGroupStateRequest;
  out.groupId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<InitializeShareGroupStateRequestInitializeStateData>(n);
    for (let i = 0; i < n; i++) a[i] = readInitializeShareGroupStateRequestInitializeStateData(r, version);
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

function writeInitializeShareGroupStateRequest(w: Writer, version: number, v: InitializeShareGroupStateRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeInitializeShareGroupStateRequestInitializeStateData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readInitializeShareGroupStateRequestInitializeStateData(r: Reader, version: number): InitializeShareGroupStateRequestInitializeStateData {
  const out = {} as InitializeShareGroupStateRequestInitializeStateData;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<InitializeShareGroupStateRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readInitializeShareGroupStateRequestPartitionData(r, version);
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

function writeInitializeShareGroupStateRequestInitializeStateData(w: Writer, version: number, v: InitializeShareGroupStateRequestInitializeStateData): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeInitializeShareGroupStateRequestPartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readInitializeShareGroupStateRequestPartitionData(r: Reader, version: number): InitializeShareGroupStateRequestPartitionData {
  const out = {} as InitializeShareGroupStateRequestPartitionData;
  out.partition = r.readInt32();
  out.stateEpoch = r.readInt32();
  out.startOffset = r.readInt64();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeInitializeShareGroupStateRequestPartitionData(w: Writer, version: number, v: InitializeShareGroupStateRequestPartitionData): void {
  w.appendInt32(v.partition);
  w.appendInt32(v.stateEpoch);
  w.appendInt64(v.startOffset);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeInitializeShareGroupStateRequest(r: Reader, version: number): InitializeShareGroupStateRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('InitializeShareGroupStateRequest', version, 0, 0);
  return readInitializeShareGroupStateRequest(r, version);
}

export function encodeInitializeShareGroupStateRequest(w: Writer, version: number, value: InitializeShareGroupStateRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('InitializeShareGroupStateRequest', version, 0, 0);
  try {
    writeInitializeShareGroupStateRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('InitializeShareGroupStateRequest', version, error);
  }
}

export interface InitializeShareGroupStateResponse {
  /** versions 0 */
  results: InitializeShareGroupStateResponseInitializeStateResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface InitializeShareGroupStateResponseInitializeStateResult {
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  partitions: InitializeShareGroupStateResponsePartitionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface InitializeShareGroupStateResponsePartitionResult {
  /** versions 0 */
  partition: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readInitializeShareGroupStateResponse(r: Reader, version: number): InitializeShareGroupStateResponse {
  const out = {} as InitializeShareGroupStateResponse;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<InitializeShareGroupStateResponseInitializeStateResult>(n);
    for (let i = 0; i < n; i++) a[i] = readInitializeShareGroupStateResponseInitializeStateResult(r, version);
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

function writeInitializeShareGroupStateResponse(w: Writer, version: number, v: InitializeShareGroupStateResponse): void {
  w.appendCompactArrayLength(v.results.length);
  for (let i = 0; i < v.results.length; i++) writeInitializeShareGroupStateResponseInitializeStateResult(w, version, v.results[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readInitializeShareGroupStateResponseInitializeStateResult(r: Reader, version: number): InitializeShareGroupStateResponseInitializeStateResult {
  const out = {} as InitializeShareGroupStateResponseInitializeStateResult;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<InitializeShareGroupStateResponsePartitionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readInitializeShareGroupStateResponsePartitionResult(r, version);
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

function writeInitializeShareGroupStateResponseInitializeStateResult(w: Writer, version: number, v: InitializeShareGroupStateResponseInitializeStateResult): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeInitializeShareGroupStateResponsePartitionResult(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readInitializeShareGroupStateResponsePartitionResult(r: Reader, version: number): InitializeShareGroupStateResponsePartitionResult {
  const out = {} as InitializeShareGroupStateResponsePartitionResult;
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

function writeInitializeShareGroupStateResponsePartitionResult(w: Writer, version: number, v: InitializeShareGroupStateResponsePartitionResult): void {
  w.appendInt32(v.partition);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeInitializeShareGroupStateResponse(r: Reader, version: number): InitializeShareGroupStateResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('InitializeShareGroupStateResponse', version, 0, 0);
  return readInitializeShareGroupStateResponse(r, version);
}

export function encodeInitializeShareGroupStateResponse(w: Writer, version: number, value: InitializeShareGroupStateResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('InitializeShareGroupStateResponse', version, 0, 0);
  try {
    writeInitializeShareGroupStateResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('InitializeShareGroupStateResponse', version, error);
  }
}
