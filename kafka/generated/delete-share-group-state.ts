// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DeleteShareGroupStateRequest.json, DeleteShareGroupStateResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DeleteShareGroupStateRequest {
  /** versions 0 */
  groupId: string;
  /** versions 0 */
  topics: DeleteShareGroupStateRequestDeleteStateData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupStateRequestDeleteStateData {
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  partitions: DeleteShareGroupStateRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupStateRequestPartitionData {
  /** versions 0 */
  partition: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteShareGroupStateRequest(r: Reader, version: number): DeleteShareGroupStateRequest {
  const out = {} as DeleteShareGroupStateRequest;
  out.groupId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DeleteShareGroupStateRequestDeleteStateData>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteShareGroupStateRequestDeleteStateData(r, version);
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

function writeDeleteShareGroupStateRequest(w: Writer, version: number, v: DeleteShareGroupStateRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeDeleteShareGroupStateRequestDeleteStateData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDeleteShareGroupStateRequestDeleteStateData(r: Reader, version: number): DeleteShareGroupStateRequestDeleteStateData {
  const out = {} as DeleteShareGroupStateRequestDeleteStateData;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DeleteShareGroupStateRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteShareGroupStateRequestPartitionData(r, version);
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

function writeDeleteShareGroupStateRequestDeleteStateData(w: Writer, version: number, v: DeleteShareGroupStateRequestDeleteStateData): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeDeleteShareGroupStateRequestPartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDeleteShareGroupStateRequestPartitionData(r: Reader, version: number): DeleteShareGroupStateRequestPartitionData {
  const out = {} as DeleteShareGroupStateRequestPartitionData;
  out.partition = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDeleteShareGroupStateRequestPartitionData(w: Writer, version: number, v: DeleteShareGroupStateRequestPartitionData): void {
  w.appendInt32(v.partition);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupStateRequest(r: Reader, version: number): DeleteShareGroupStateRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('DeleteShareGroupStateRequest', version, 0, 0);
  return readDeleteShareGroupStateRequest(r, version);
}

export function encodeDeleteShareGroupStateRequest(w: Writer, version: number, value: DeleteShareGroupStateRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DeleteShareGroupStateRequest', version, 0, 0);
  try {
    writeDeleteShareGroupStateRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteShareGroupStateRequest', version, error);
  }
}

export interface DeleteShareGroupStateResponse {
  /** versions 0 */
  results: DeleteShareGroupStateResponseDeleteStateResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupStateResponseDeleteStateResult {
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  partitions: DeleteShareGroupStateResponsePartitionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupStateResponsePartitionResult {
  /** versions 0 */
  partition: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteShareGroupStateResponse(r: Reader, version: number): DeleteShareGroupStateResponse {
  const out = {} as DeleteShareGroupStateResponse;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DeleteShareGroupStateResponseDeleteStateResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteShareGroupStateResponseDeleteStateResult(r, version);
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

function writeDeleteShareGroupStateResponse(w: Writer, version: number, v: DeleteShareGroupStateResponse): void {
  w.appendCompactArrayLength(v.results.length);
  for (let i = 0; i < v.results.length; i++) writeDeleteShareGroupStateResponseDeleteStateResult(w, version, v.results[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDeleteShareGroupStateResponseDeleteStateResult(r: Reader, version: number): DeleteShareGroupStateResponseDeleteStateResult {
  const out = {} as DeleteShareGroupStateResponseDeleteStateResult;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DeleteShareGroupStateResponsePartitionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteShareGroupStateResponsePartitionResult(r, version);
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

function writeDeleteShareGroupStateResponseDeleteStateResult(w: Writer, version: number, v: DeleteShareGroupStateResponseDeleteStateResult): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeDeleteShareGroupStateResponsePartitionResult(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDeleteShareGroupStateResponsePartitionResult(r: Reader, version: number): DeleteShareGroupStateResponsePartitionResult {
  const out = {} as DeleteShareGroupStateResponsePartitionResult;
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

function writeDeleteShareGroupStateResponsePartitionResult(w: Writer, version: number, v: DeleteShareGroupStateResponsePartitionResult): void {
  w.appendInt32(v.partition);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupStateResponse(r: Reader, version: number): DeleteShareGroupStateResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('DeleteShareGroupStateResponse', version, 0, 0);
  return readDeleteShareGroupStateResponse(r, version);
}

export function encodeDeleteShareGroupStateResponse(w: Writer, version: number, value: DeleteShareGroupStateResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DeleteShareGroupStateResponse', version, 0, 0);
  try {
    writeDeleteShareGroupStateResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteShareGroupStateResponse', version, error);
  }
}
