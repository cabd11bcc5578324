// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AssignReplicasToDirsRequest {
  /** versions 0 */
  brokerId: number;
  /** versions 0 */
  brokerEpoch: bigint;
  /** versions 0 */
  directories: AssignReplicasToDirsRequestDirectoryData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AssignReplicasToDirsRequestDirectoryData {
  /** versions 0 */
  id: Uuid;
  /** versions 0 */
  topics: AssignReplicasToDirsRequestTopicData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AssignReplicasToDirsRequestTopicData {
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  partitions: AssignReplicasToDirsRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AssignReplicasToDirsRequestPartitionData {
  /** versions 0 */
  partitionIndex: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAssignReplicasToDirsRequest(r: Reader, version: number): AssignReplicasToDirsRequest {
  const out = {} as AssignReplicasToDirsRequest;
  out.brokerId = r.readInt32();
  out.brokerEpoch = r.readInt64();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AssignReplicasToDirsRequestDirectoryData>(n);
    for (let i = 0; i < n; i++) a[i] = readAssignReplicasToDirsRequestDirectoryData(r, version);
    out.directories = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAssignReplicasToDirsRequest(w: Writer, version: number, v: AssignReplicasToDirsRequest): void {
  w.appendInt32(v.brokerId);
  w.appendInt64(v.brokerEpoch);
  w.appendCompactArrayLength(v.directories.length);
  for (let i = 0; i < v.directories.length; i++) writeAssignReplicasToDirsRequestDirectoryData(w, version, v.directories[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAssignReplicasToDirsRequestDirectoryData(r: Reader, version: number): AssignReplicasToDirsRequestDirectoryData {
  const out = {} as AssignReplicasToDirsRequestDirectoryData;
  out.id = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AssignReplicasToDirsRequestTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readAssignReplicasToDirsRequestTopicData(r, version);
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

function writeAssignReplicasToDirsRequestDirectoryData(w: Writer, version: number, v: AssignReplicasToDirsRequestDirectoryData): void {
  w.appendUuid(v.id);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeAssignReplicasToDirsRequestTopicData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAssignReplicasToDirsRequestTopicData(r: Reader, version: number): AssignReplicasToDirsRequestTopicData {
  const out = {} as AssignReplicasToDirsRequestTopicData;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AssignReplicasToDirsRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readAssignReplicasToDirsRequestPartitionData(r, version);
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

function writeAssignReplicasToDirsRequestTopicData(w: Writer, version: number, v: AssignReplicasToDirsRequestTopicData): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeAssignReplicasToDirsRequestPartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAssignReplicasToDirsRequestPartitionData(r: Reader, version: number): AssignReplicasToDirsRequestPartitionData {
  const out = {} as AssignReplicasToDirsRequestPartitionData;
  out.partitionIndex = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAssignReplicasToDirsRequestPartitionData(w: Writer, version: number, v: AssignReplicasToDirsRequestPartitionData): void {
  w.appendInt32(v.partitionIndex);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAssignReplicasToDirsRequest(r: Reader, version: number): AssignReplicasToDirsRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('AssignReplicasToDirsRequest', version, 0, 0);
  return readAssignReplicasToDirsRequest(r, version);
}

export function encodeAssignReplicasToDirsRequest(w: Writer, version: number, value: AssignReplicasToDirsRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('AssignReplicasToDirsRequest', version, 0, 0);
  try {
    writeAssignReplicasToDirsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AssignReplicasToDirsRequest', version, error);
  }
}

export interface AssignReplicasToDirsResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0 */
  directories: AssignReplicasToDirsResponseDirectoryData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AssignReplicasToDirsResponseDirectoryData {
  /** versions 0 */
  id: Uuid;
  /** versions 0 */
  topics: AssignReplicasToDirsResponseTopicData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AssignReplicasToDirsResponseTopicData {
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  partitions: AssignReplicasToDirsResponsePartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AssignReplicasToDirsResponsePartitionData {
  /** versions 0 */
  partitionIndex: number;
  /** versions 0 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAssignReplicasToDirsResponse(r: Reader, version: number): AssignReplicasToDirsResponse {
  const out = {} as AssignReplicasToDirsResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AssignReplicasToDirsResponseDirectoryData>(n);
    for (let i = 0; i < n; i++) a[i] = readAssignReplicasToDirsResponseDirectoryData(r, version);
    out.directories = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAssignReplicasToDirsResponse(w: Writer, version: number, v: AssignReplicasToDirsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactArrayLength(v.directories.length);
  for (let i = 0; i < v.directories.length; i++) writeAssignReplicasToDirsResponseDirectoryData(w, version, v.directories[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAssignReplicasToDirsResponseDirectoryData(r: Reader, version: number): AssignReplicasToDirsResponseDirectoryData {
  const out = {} as AssignReplicasToDirsResponseDirectoryData;
  out.id = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AssignReplicasToDirsResponseTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readAssignReplicasToDirsResponseTopicData(r, version);
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

function writeAssignReplicasToDirsResponseDirectoryData(w: Writer, version: number, v: AssignReplicasToDirsResponseDirectoryData): void {
  w.appendUuid(v.id);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeAssignReplicasToDirsResponseTopicData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAssignReplicasToDirsResponseTopicData(r: Reader, version: number): AssignReplicasToDirsResponseTopicData {
  const out = {} as AssignReplicasToDirsResponseTopicData;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AssignReplicasToDirsResponsePartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readAssignReplicasToDirsResponsePartitionData(r, version);
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

function writeAssignReplicasToDirsResponseTopicData(w: Writer, version: number, v: AssignReplicasToDirsResponseTopicData): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeAssignReplicasToDirsResponsePartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAssignReplicasToDirsResponsePartitionData(r: Reader, version: number): AssignReplicasToDirsResponsePartitionData {
  const out = {} as AssignReplicasToDirsResponsePartitionData;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAssignReplicasToDirsResponsePartitionData(w: Writer, version: number, v: AssignReplicasToDirsResponsePartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAssignReplicasToDirsResponse(r: Reader, version: number): AssignReplicasToDirsResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('AssignReplicasToDirsResponse', version, 0, 0);
  return readAssignReplicasToDirsResponse(r, version);
}

export function encodeAssignReplicasToDirsResponse(w: Writer, version: number, value: AssignReplicasToDirsResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('AssignReplicasToDirsResponse', version, 0, 0);
  try {
    writeAssignReplicasToDirsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AssignReplicasToDirsResponse', version, error);
  }
}
