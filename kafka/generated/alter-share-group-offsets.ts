// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AlterShareGroupOffsetsRequest.json, AlterShareGroupOffsetsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AlterShareGroupOffsetsRequest {
  /** versions 0 */
  groupId: string;
  /** versions 0 */
  topics: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic {
  /** versions 0 */
  topicName: string;
  /** versions 0 */
  partitions: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition {
  /** versions 0 */
  partitionIndex: number;
  /** versions 0 */
  startOffset: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterShareGroupOffsetsRequest(r: Reader, version: number): AlterShareGroupOffsetsRequest {
  const out = {} as AlterShareGroupOffsetsRequest;
  out.groupId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic(r, version);
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

function writeAlterShareGroupOffsetsRequest(w: Writer, version: number, v: AlterShareGroupOffsetsRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic(r: Reader, version: number): AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic {
  const out = {} as AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic;
  out.topicName = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition(r, version);
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

function writeAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic(w: Writer, version: number, v: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestTopic): void {
  w.appendCompactString(v.topicName);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition(r: Reader, version: number): AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition {
  const out = {} as AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition;
  out.partitionIndex = r.readInt32();
  out.startOffset = r.readInt64();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition(w: Writer, version: number, v: AlterShareGroupOffsetsRequestAlterShareGroupOffsetsRequestPartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt64(v.startOffset);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterShareGroupOffsetsRequest(r: Reader, version: number): AlterShareGroupOffsetsRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('AlterShareGroupOffsetsRequest', version, 0, 0);
  return readAlterShareGroupOffsetsRequest(r, version);
}

export function encodeAlterShareGroupOffsetsRequest(w: Writer, version: number, value: AlterShareGroupOffsetsRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('AlterShareGroupOffsetsRequest', version, 0, 0);
  try {
    writeAlterShareGroupOffsetsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterShareGroupOffsetsRequest', version, error);
  }
}

export interface AlterShareGroupOffsetsResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** versions 0 */
  responses: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic {
  /** versions 0 */
  topicName: string;
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  partitions: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition {
  /** versions 0 */
  partitionIndex: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterShareGroupOffsetsResponse(r: Reader, version: number): AlterShareGroupOffsetsResponse {
  const out = {} as AlterShareGroupOffsetsResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic(r, version);
    out.responses = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterShareGroupOffsetsResponse(w: Writer, version: number, v: AlterShareGroupOffsetsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactArrayLength(v.responses.length);
  for (let i = 0; i < v.responses.length; i++) writeAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic(w, version, v.responses[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic(r: Reader, version: number): AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic {
  const out = {} as AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic;
  out.topicName = r.readCompactString();
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition(r, version);
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

function writeAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic(w: Writer, version: number, v: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponseTopic): void {
  w.appendCompactString(v.topicName);
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition(r: Reader, version: number): AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition {
  const out = {} as AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition;
  out.partitionIndex = r.readInt32();
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

function writeAlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition(w: Writer, version: number, v: AlterShareGroupOffsetsResponseAlterShareGroupOffsetsResponsePartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterShareGroupOffsetsResponse(r: Reader, version: number): AlterShareGroupOffsetsResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('AlterShareGroupOffsetsResponse', version, 0, 0);
  return readAlterShareGroupOffsetsResponse(r, version);
}

export function encodeAlterShareGroupOffsetsResponse(w: Writer, version: number, value: AlterShareGroupOffsetsResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('AlterShareGroupOffsetsResponse', version, 0, 0);
  try {
    writeAlterShareGroupOffsetsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterShareGroupOffsetsResponse', version, error);
  }
}
