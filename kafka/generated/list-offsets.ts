// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ListOffsetsRequest.json, ListOffsetsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ListOffsetsRequest {
  /** versions 1-11 */
  replicaId: number;
  /** versions 2-11 */
  isolationLevel?: number;
  /** versions 1-11 */
  topics: ListOffsetsRequestListOffsetsTopic[];
  /** versions 10-11 */
  timeoutMs?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsRequestListOffsetsTopic {
  /** versions 1-11 */
  name: string;
  /** versions 1-11 */
  partitions: ListOffsetsRequestListOffsetsPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsRequestListOffsetsPartition {
  /** versions 1-11 */
  partitionIndex: number;
  /** versions 4-11 */
  currentLeaderEpoch?: number;
  /** versions 1-11 */
  timestamp: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListOffsetsRequest(r: Reader, version: number): ListOffsetsRequest {
  const out = {} as ListOffsetsRequest;
  out.replicaId = r.readInt32();
  if (version >= 2) {
    out.isolationLevel = r.readInt8();
  }
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ListOffsetsRequestListOffsetsTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readListOffsetsRequestListOffsetsTopic(r, version);
    out.topics = a;
  }
  if (version >= 10) {
    out.timeoutMs = r.readInt32();
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeListOffsetsRequest(w: Writer, version: number, v: ListOffsetsRequest): void {
  w.appendInt32(v.replicaId);
  if (version >= 2) {
    {
      const x = v.isolationLevel === undefined ? 0 : v.isolationLevel;
      w.appendInt8(x);
    }
  }
  (version >= 6 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeListOffsetsRequestListOffsetsTopic(w, version, v.topics[i]);
  if (version >= 10) {
    {
      const x = v.timeoutMs === undefined ? 0 : v.timeoutMs;
      w.appendInt32(x);
    }
  }
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readListOffsetsRequestListOffsetsTopic(r: Reader, version: number): ListOffsetsRequestListOffsetsTopic {
  const out = {} as ListOffsetsRequestListOffsetsTopic;
  out.name = (version >= 6 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ListOffsetsRequestListOffsetsPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readListOffsetsRequestListOffsetsPartition(r, version);
    out.partitions = a;
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeListOffsetsRequestListOffsetsTopic(w: Writer, version: number, v: ListOffsetsRequestListOffsetsTopic): void {
  (version >= 6 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 6 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeListOffsetsRequestListOffsetsPartition(w, version, v.partitions[i]);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readListOffsetsRequestListOffsetsPartition(r: Reader, version: number): ListOffsetsRequestListOffsetsPartition {
  const out = {} as ListOffsetsRequestListOffsetsPartition;
  out.partitionIndex = r.readInt32();
  if (version >= 4) {
    out.currentLeaderEpoch = r.readInt32();
  }
  out.timestamp = r.readInt64();
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeListOffsetsRequestListOffsetsPartition(w: Writer, version: number, v: ListOffsetsRequestListOffsetsPartition): void {
  w.appendInt32(v.partitionIndex);
  if (version >= 4) {
    {
      const x = v.currentLeaderEpoch === undefined ? -1 : v.currentLeaderEpoch;
      w.appendInt32(x);
    }
  }
  w.appendInt64(v.timestamp);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeListOffsetsRequest(r: Reader, version: number): ListOffsetsRequest {
  if (version < 1 || version > 11) throw unsupportedVersion('ListOffsetsRequest', version, 1, 11);
  return readListOffsetsRequest(r, version);
}

export function encodeListOffsetsRequest(w: Writer, version: number, value: ListOffsetsRequest): void {
  if (version < 1 || version > 11) throw unsupportedVersion('ListOffsetsRequest', version, 1, 11);
  try {
    writeListOffsetsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ListOffsetsRequest', version, error);
  }
}

export interface ListOffsetsResponse {
  /** versions 2-11 */
  throttleTimeMs?: number;
  /** versions 1-11 */
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** versions 1-11 */
  name: string;
  /** versions 1-11 */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** versions 1-11 */
  partitionIndex: number;
  /** versions 1-11 */
  errorCode: number;
  /** versions 1-11 */
  timestamp: bigint;
  /** versions 1-11 */
  offset: bigint;
  /** versions 4-11 */
  leaderEpoch?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListOffsetsResponse(r: Reader, version: number): ListOffsetsResponse {
  const out = {} as ListOffsetsResponse;
  if (version >= 2) {
    out.throttleTimeMs = r.readInt32();
  }
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ListOffsetsResponseListOffsetsTopicResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readListOffsetsResponseListOffsetsTopicResponse(r, version);
    out.topics = a;
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeListOffsetsResponse(w: Writer, version: number, v: ListOffsetsResponse): void {
  if (version >= 2) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  (version >= 6 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeListOffsetsResponseListOffsetsTopicResponse(w, version, v.topics[i]);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readListOffsetsResponseListOffsetsTopicResponse(r: Reader, version: number): ListOffsetsResponseListOffsetsTopicResponse {
  const out = {} as ListOffsetsResponseListOffsetsTopicResponse;
  out.name = (version >= 6 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ListOffsetsResponseListOffsetsPartitionResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readListOffsetsResponseListOffsetsPartitionResponse(r, version);
    out.partitions = a;
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeListOffsetsResponseListOffsetsTopicResponse(w: Writer, version: number, v: ListOffsetsResponseListOffsetsTopicResponse): void {
  (version >= 6 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 6 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeListOffsetsResponseListOffsetsPartitionResponse(w, version, v.partitions[i]);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readListOffsetsResponseListOffsetsPartitionResponse(r: Reader, version: number): ListOffsetsResponseListOffsetsPartitionResponse {
  const out = {} as ListOffsetsResponseListOffsetsPartitionResponse;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  out.timestamp = r.readInt64();
  out.offset = r.readInt64();
  if (version >= 4) {
    out.leaderEpoch = r.readInt32();
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, version: number, v: ListOffsetsResponseListOffsetsPartitionResponse): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendInt64(v.timestamp);
  w.appendInt64(v.offset);
  if (version >= 4) {
    {
      const x = v.leaderEpoch === undefined ? -1 : v.leaderEpoch;
      w.appendInt32(x);
    }
  }
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeListOffsetsResponse(r: Reader, version: number): ListOffsetsResponse {
  if (version < 1 || version > 11) throw unsupportedVersion('ListOffsetsResponse', version, 1, 11);
  return readListOffsetsResponse(r, version);
}

export function encodeListOffsetsResponse(w: Writer, version: number, value: ListOffsetsResponse): void {
  if (version < 1 || version > 11) throw unsupportedVersion('ListOffsetsResponse', version, 1, 11);
  try {
    writeListOffsetsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ListOffsetsResponse', version, error);
  }
}
