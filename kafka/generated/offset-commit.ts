// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from OffsetCommitRequest.json, OffsetCommitResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface OffsetCommitRequest {
  /** versions 2-10 */
  groupId: string;
  /** versions 2-10 */
  generationIdOrMemberEpoch: number;
  /** versions 2-10 */
  memberId: string;
  /** versions 7-10, nullable 7-10 */
  groupInstanceId?: string | null;
  /** versions 2-4 */
  retentionTimeMs?: bigint;
  /** versions 2-10 */
  topics: OffsetCommitRequestOffsetCommitRequestTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitRequestOffsetCommitRequestTopic {
  /** versions 2-9 */
  name?: string;
  /** versions 10 */
  topicId?: Uuid;
  /** versions 2-10 */
  partitions: OffsetCommitRequestOffsetCommitRequestPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitRequestOffsetCommitRequestPartition {
  /** versions 2-10 */
  partitionIndex: number;
  /** versions 2-10 */
  committedOffset: bigint;
  /** versions 6-10 */
  committedLeaderEpoch?: number;
  /** versions 2-10, nullable 2-10 */
  committedMetadata: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readOffsetCommitRequest(r: Reader, version: number): OffsetCommitRequest {
  const out = {} as OffsetCommitRequest;
  out.groupId = (version >= 8 ? r.readCompactString() : r.readString());
  out.generationIdOrMemberEpoch = r.readInt32();
  out.memberId = (version >= 8 ? r.readCompactString() : r.readString());
  if (version >= 7) {
    out.groupInstanceId = (version >= 8 ? r.readCompactNullableString() : r.readNullableString());
  }
  if (version <= 4) {
    out.retentionTimeMs = r.readInt64();
  }
  {
    const n = (version >= 8 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<OffsetCommitRequestOffsetCommitRequestTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetCommitRequestOffsetCommitRequestTopic(r, version);
    out.topics = a;
  }
  if (version >= 8) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetCommitRequest(w: Writer, version: number, v: OffsetCommitRequest): void {
  (version >= 8 ? w.appendCompactString(v.groupId) : w.appendString(v.groupId));
  w.appendInt32(v.generationIdOrMemberEpoch);
  (version >= 8 ? w.appendCompactString(v.memberId) : w.appendString(v.memberId));
  if (version >= 7) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (version >= 8 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  if (version <= 4) {
    {
      const x = v.retentionTimeMs === undefined ? -1n : v.retentionTimeMs;
      w.appendInt64(x);
    }
  }
  (version >= 8 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeOffsetCommitRequestOffsetCommitRequestTopic(w, version, v.topics[i]);
  if (version >= 8) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetCommitRequestOffsetCommitRequestTopic(r: Reader, version: number): OffsetCommitRequestOffsetCommitRequestTopic {
  const out = {} as OffsetCommitRequestOffsetCommitRequestTopic;
  if (version <= 9) {
    out.name = (version >= 8 ? r.readCompactString() : r.readString());
  }
  if (version >= 10) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 8 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<OffsetCommitRequestOffsetCommitRequestPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetCommitRequestOffsetCommitRequestPartition(r, version);
    out.partitions = a;
  }
  if (version >= 8) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetCommitRequestOffsetCommitRequestTopic(w: Writer, version: number, v: OffsetCommitRequestOffsetCommitRequestTopic): void {
  if (version <= 9) {
    {
      const x = v.name === undefined ? "" : v.name;
      (version >= 8 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 10) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 8 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeOffsetCommitRequestOffsetCommitRequestPartition(w, version, v.partitions[i]);
  if (version >= 8) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetCommitRequestOffsetCommitRequestPartition(r: Reader, version: number): OffsetCommitRequestOffsetCommitRequestPartition {
  const out = {} as OffsetCommitRequestOffsetCommitRequestPartition;
  out.partitionIndex = r.readInt32();
  out.committedOffset = r.readInt64();
  if (version >= 6) {
    out.committedLeaderEpoch = r.readInt32();
  }
  out.committedMetadata = (version >= 8 ? r.readCompactNullableString() : r.readNullableString());
  if (version >= 8) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetCommitRequestOffsetCommitRequestPartition(w: Writer, version: number, v: OffsetCommitRequestOffsetCommitRequestPartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt64(v.committedOffset);
  if (version >= 6) {
    {
      const x = v.committedLeaderEpoch === undefined ? -1 : v.committedLeaderEpoch;
      w.appendInt32(x);
    }
  }
  (version >= 8 ? w.appendCompactNullableString(v.committedMetadata) : w.appendNullableString(v.committedMetadata));
  if (version >= 8) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetCommitRequest(r: Reader, version: number): OffsetCommitRequest {
  if (version < 2 || version > 10) throw unsupportedVersion('OffsetCommitRequest', version, 2, 10);
  return readOffsetCommitRequest(r, version);
}

export function encodeOffsetCommitRequest(w: Writer, version: number, value: OffsetCommitRequest): void {
  if (version < 2 || version > 10) throw unsupportedVersion('OffsetCommitRequest', version, 2, 10);
  try {
    writeOffsetCommitRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('OffsetCommitRequest', version, error);
  }
}

export interface OffsetCommitResponse {
  /** versions 3-10 */
  throttleTimeMs?: number;
  /** versions 2-10 */
  topics: OffsetCommitResponseOffsetCommitResponseTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitResponseOffsetCommitResponseTopic {
  /** versions 2-9 */
  name?: string;
  /** versions 10 */
  topicId?: Uuid;
  /** versions 2-10 */
  partitions: OffsetCommitResponseOffsetCommitResponsePartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetCommitResponseOffsetCommitResponsePartition {
  /** versions 2-10 */
  partitionIndex: number;
  /** versions 2-10 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readOffsetCommitResponse(r: Reader, version: number): OffsetCommitResponse {
  const out = {} as OffsetCommitResponse;
  if (version >= 3) {
    out.throttleTimeMs = r.readInt32();
  }
  {
    const n = (version >= 8 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<OffsetCommitResponseOffsetCommitResponseTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetCommitResponseOffsetCommitResponseTopic(r, version);
    out.topics = a;
  }
  if (version >= 8) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetCommitResponse(w: Writer, version: number, v: OffsetCommitResponse): void {
  if (version >= 3) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  (version >= 8 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeOffsetCommitResponseOffsetCommitResponseTopic(w, version, v.topics[i]);
  if (version >= 8) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetCommitResponseOffsetCommitResponseTopic(r: Reader, version: number): OffsetCommitResponseOffsetCommitResponseTopic {
  const out = {} as OffsetCommitResponseOffsetCommitResponseTopic;
  if (version <= 9) {
    out.name = (version >= 8 ? r.readCompactString() : r.readString());
  }
  if (version >= 10) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 8 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<OffsetCommitResponseOffsetCommitResponsePartition>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetCommitResponseOffsetCommitResponsePartition(r, version);
    out.partitions = a;
  }
  if (version >= 8) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetCommitResponseOffsetCommitResponseTopic(w: Writer, version: number, v: OffsetCommitResponseOffsetCommitResponseTopic): void {
  if (version <= 9) {
    {
      const x = v.name === undefined ? "" : v.name;
      (version >= 8 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 10) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 8 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeOffsetCommitResponseOffsetCommitResponsePartition(w, version, v.partitions[i]);
  if (version >= 8) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetCommitResponseOffsetCommitResponsePartition(r: Reader, version: number): OffsetCommitResponseOffsetCommitResponsePartition {
  const out = {} as OffsetCommitResponseOffsetCommitResponsePartition;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  if (version >= 8) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetCommitResponseOffsetCommitResponsePartition(w: Writer, version: number, v: OffsetCommitResponseOffsetCommitResponsePartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  if (version >= 8) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetCommitResponse(r: Reader, version: number): OffsetCommitResponse {
  if (version < 2 || version > 10) throw unsupportedVersion('OffsetCommitResponse', version, 2, 10);
  return readOffsetCommitResponse(r, version);
}

export function encodeOffsetCommitResponse(w: Writer, version: number, value: OffsetCommitResponse): void {
  if (version < 2 || version > 10) throw unsupportedVersion('OffsetCommitResponse', version, 2, 10);
  try {
    writeOffsetCommitResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('OffsetCommitResponse', version, error);
  }
}
