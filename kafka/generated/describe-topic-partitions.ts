// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeTopicPartitionsRequest {
  /** versions 0 */
  topics: DescribeTopicPartitionsRequestTopicRequest[];
  /** versions 0 */
  responsePartitionLimit: number;
  /** versions 0, nullable 0 */
  cursor: DescribeTopicPartitionsRequestCursor | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsRequestTopicRequest {
  /** versions 0 */
  name: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsRequestCursor {
  /** versions 0 */
  topicName: string;
  /** versions 0 */
  partitionIndex: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeTopicPartitionsRequest(r: Reader, version: number): DescribeTopicPartitionsRequest {
  const out = {} as DescribeTopicPartitionsRequest;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeTopicPartitionsRequestTopicRequest>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeTopicPartitionsRequestTopicRequest(r, version);
    out.topics = a;
  }
  out.responsePartitionLimit = r.readInt32();
  out.cursor = r.readInt8() < 0 ? null : readDescribeTopicPartitionsRequestCursor(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeTopicPartitionsRequest(w: Writer, version: number, v: DescribeTopicPartitionsRequest): void {
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeDescribeTopicPartitionsRequestTopicRequest(w, version, v.topics[i]);
  w.appendInt32(v.responsePartitionLimit);
  if (v.cursor === null) {
    w.appendInt8(-1);
  } else {
    w.appendInt8(1);
    writeDescribeTopicPartitionsRequestCursor(w, version, v.cursor!);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeTopicPartitionsRequestTopicRequest(r: Reader, version: number): DescribeTopicPartitionsRequestTopicRequest {
  const out = {} as DescribeTopicPartitionsRequestTopicRequest;
  out.name = r.readCompactString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeTopicPartitionsRequestTopicRequest(w: Writer, version: number, v: DescribeTopicPartitionsRequestTopicRequest): void {
  w.appendCompactString(v.name);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeTopicPartitionsRequestCursor(r: Reader, version: number): DescribeTopicPartitionsRequestCursor {
  const out = {} as DescribeTopicPartitionsRequestCursor;
  out.topicName = r.readCompactString();
  out.partitionIndex = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeTopicPartitionsRequestCursor(w: Writer, version: number, v: DescribeTopicPartitionsRequestCursor): void {
  w.appendCompactString(v.topicName);
  w.appendInt32(v.partitionIndex);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsRequest(r: Reader, version: number): DescribeTopicPartitionsRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeTopicPartitionsRequest', version, 0, 0);
  return readDescribeTopicPartitionsRequest(r, version);
}

export function encodeDescribeTopicPartitionsRequest(w: Writer, version: number, value: DescribeTopicPartitionsRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeTopicPartitionsRequest', version, 0, 0);
  try {
    writeDescribeTopicPartitionsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeTopicPartitionsRequest', version, error);
  }
}

export interface DescribeTopicPartitionsResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  topics: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[];
  /** versions 0, nullable 0 */
  nextCursor: DescribeTopicPartitionsResponseCursor | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  name: string | null;
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  isInternal: boolean;
  /** versions 0 */
  partitions: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[];
  /** versions 0 */
  topicAuthorizedOperations: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  /** versions 0 */
  errorCode: number;
  /** versions 0 */
  partitionIndex: number;
  /** versions 0 */
  leaderId: number;
  /** versions 0 */
  leaderEpoch: number;
  /** versions 0 */
  replicaNodes: number[];
  /** versions 0 */
  isrNodes: number[];
  /** versions 0, nullable 0 */
  eligibleLeaderReplicas: number[] | null;
  /** versions 0, nullable 0 */
  lastKnownElr: number[] | null;
  /** versions 0 */
  offlineReplicas: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeTopicPartitionsResponseCursor {
  /** versions 0 */
  topicName: string;
  /** versions 0 */
  partitionIndex: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeTopicPartitionsResponse(r: Reader, version: number): DescribeTopicPartitionsResponse {
  const out = {} as DescribeTopicPartitionsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(r, version);
    out.topics = a;
  }
  out.nextCursor = r.readInt8() < 0 ? null : readDescribeTopicPartitionsResponseCursor(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeTopicPartitionsResponse(w: Writer, version: number, v: DescribeTopicPartitionsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(w, version, v.topics[i]);
  if (v.nextCursor === null) {
    w.appendInt8(-1);
  } else {
    w.appendInt8(1);
    writeDescribeTopicPartitionsResponseCursor(w, version, v.nextCursor!);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(r: Reader, version: number): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  const out = {} as DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic;
  out.errorCode = r.readInt16();
  out.name = r.readCompactNullableString();
  out.topicId = r.readUuid();
  out.isInternal = r.readBoolean();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(r, version);
    out.partitions = a;
  }
  out.topicAuthorizedOperations = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(w: Writer, version: number, v: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic): void {
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.name);
  w.appendUuid(v.topicId);
  w.appendBoolean(v.isInternal);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(w, version, v.partitions[i]);
  w.appendInt32(v.topicAuthorizedOperations);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(r: Reader, version: number): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  const out = {} as DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition;
  out.errorCode = r.readInt16();
  out.partitionIndex = r.readInt32();
  out.leaderId = r.readInt32();
  out.leaderEpoch = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.replicaNodes = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.isrNodes = a;
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.eligibleLeaderReplicas = null;
    } else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.readInt32();
      out.eligibleLeaderReplicas = a;
    }
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.lastKnownElr = null;
    } else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.readInt32();
      out.lastKnownElr = a;
    }
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.offlineReplicas = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(w: Writer, version: number, v: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition): void {
  w.appendInt16(v.errorCode);
  w.appendInt32(v.partitionIndex);
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  w.appendCompactArrayLength(v.replicaNodes.length);
  for (let i = 0; i < v.replicaNodes.length; i++) w.appendInt32(v.replicaNodes[i]);
  w.appendCompactArrayLength(v.isrNodes.length);
  for (let i = 0; i < v.isrNodes.length; i++) w.appendInt32(v.isrNodes[i]);
  if (v.eligibleLeaderReplicas === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.eligibleLeaderReplicas!.length);
    for (let i = 0; i < v.eligibleLeaderReplicas!.length; i++) w.appendInt32(v.eligibleLeaderReplicas![i]);
  }
  if (v.lastKnownElr === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.lastKnownElr!.length);
    for (let i = 0; i < v.lastKnownElr!.length; i++) w.appendInt32(v.lastKnownElr![i]);
  }
  w.appendCompactArrayLength(v.offlineReplicas.length);
  for (let i = 0; i < v.offlineReplicas.length; i++) w.appendInt32(v.offlineReplicas[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeTopicPartitionsResponseCursor(r: Reader, version: number): DescribeTopicPartitionsResponseCursor {
  const out = {} as DescribeTopicPartitionsResponseCursor;
  out.topicName = r.readCompactString();
  out.partitionIndex = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeTopicPartitionsResponseCursor(w: Writer, version: number, v: DescribeTopicPartitionsResponseCursor): void {
  w.appendCompactString(v.topicName);
  w.appendInt32(v.partitionIndex);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeTopicPartitionsResponse(r: Reader, version: number): DescribeTopicPartitionsResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeTopicPartitionsResponse', version, 0, 0);
  return readDescribeTopicPartitionsResponse(r, version);
}

export function encodeDescribeTopicPartitionsResponse(w: Writer, version: number, value: DescribeTopicPartitionsResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeTopicPartitionsResponse', version, 0, 0);
  try {
    writeDescribeTopicPartitionsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeTopicPartitionsResponse', version, error);
  }
}
