// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface TxnOffsetCommitRequest {
  /** versions 0-6 */
  transactionalId: string;
  /** versions 0-6 */
  groupId: string;
  /** versions 0-6 */
  producerId: bigint;
  /** versions 0-6 */
  producerEpoch: number;
  /** versions 3-6 */
  generationIdOrMemberEpoch?: number;
  /** versions 3-6 */
  memberId?: string;
  /** versions 3-6, nullable 3-6 */
  groupInstanceId?: string | null;
  /** versions 0-6 */
  topics: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  /** versions 0-5 */
  name?: string;
  /** versions 6 */
  topicId?: Uuid;
  /** versions 0-6 */
  partitions: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  /** versions 0-6 */
  partitionIndex: number;
  /** versions 0-6 */
  committedOffset: bigint;
  /** versions 2-6 */
  committedLeaderEpoch?: number;
  /** versions 0-6, nullable 0-6 */
  committedMetadata: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readTxnOffsetCommitRequest(r: Reader, version: number): TxnOffsetCommitRequest {
  const out = {} as TxnOffsetCommitRequest;
  out.transactionalId = (version >= 3 ? r.readCompactString() : r.readString());
  out.groupId = (version >= 3 ? r.readCompactString() : r.readString());
  out.producerId = r.readInt64();
  out.producerEpoch = r.readInt16();
  if (version >= 3) {
    out.generationIdOrMemberEpoch = r.readInt32();
  }
  if (version >= 3) {
    out.memberId = r.readCompactString();
  }
  if (version >= 3) {
    out.groupInstanceId = r.readCompactNullableString();
  }
  {
    const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<TxnOffsetCommitRequestTxnOffsetCommitRequestTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r, version);
    out.topics = a;
  }
  if (version >= 3) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeTxnOffsetCommitRequest(w: Writer, version: number, v: TxnOffsetCommitRequest): void {
  (version >= 3 ? w.appendCompactString(v.transactionalId) : w.appendString(v.transactionalId));
  (version >= 3 ? w.appendCompactString(v.groupId) : w.appendString(v.groupId));
  w.appendInt64(v.producerId);
  w.appendInt16(v.producerEpoch);
  if (version >= 3) {
    {
      const x = v.generationIdOrMemberEpoch === undefined ? -1 : v.generationIdOrMemberEpoch;
      w.appendInt32(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.memberId === undefined ? "" : v.memberId;
      w.appendCompactString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      w.appendCompactNullableString(x);
    }
  }
  (version >= 3 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w, version, v.topics[i]);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r: Reader, version: number): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  const out = {} as TxnOffsetCommitRequestTxnOffsetCommitRequestTopic;
  if (version <= 5) {
    out.name = (version >= 3 ? r.readCompactString() : r.readString());
  }
  if (version >= 6) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<TxnOffsetCommitRequestTxnOffsetCommitRequestPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r, version);
    out.partitions = a;
  }
  if (version >= 3) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w: Writer, version: number, v: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic): void {
  if (version <= 5) {
    {
      const x = v.name === undefined ? "" : v.name;
      (version >= 3 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 6) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 3 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w, version, v.partitions[i]);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r: Reader, version: number): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  const out = {} as TxnOffsetCommitRequestTxnOffsetCommitRequestPartition;
  out.partitionIndex = r.readInt32();
  out.committedOffset = r.readInt64();
  if (version >= 2) {
    out.committedLeaderEpoch = r.readInt32();
  }
  out.committedMetadata = (version >= 3 ? r.readCompactNullableString() : r.readNullableString());
  if (version >= 3) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w: Writer, version: number, v: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt64(v.committedOffset);
  if (version >= 2) {
    {
      const x = v.committedLeaderEpoch === undefined ? -1 : v.committedLeaderEpoch;
      w.appendInt32(x);
    }
  }
  (version >= 3 ? w.appendCompactNullableString(v.committedMetadata) : w.appendNullableString(v.committedMetadata));
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeTxnOffsetCommitRequest(r: Reader, version: number): TxnOffsetCommitRequest {
  if (version < 0 || version > 6) throw unsupportedVersion('TxnOffsetCommitRequest', version, 0, 6);
  return readTxnOffsetCommitRequest(r, version);
}

export function encodeTxnOffsetCommitRequest(w: Writer, version: number, value: TxnOffsetCommitRequest): void {
  if (version < 0 || version > 6) throw unsupportedVersion('TxnOffsetCommitRequest', version, 0, 6);
  try {
    writeTxnOffsetCommitRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('TxnOffsetCommitRequest', version, error);
  }
}

export interface TxnOffsetCommitResponse {
  /** versions 0-6 */
  throttleTimeMs: number;
  /** versions 0-6 */
  topics: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  /** versions 0-5 */
  name?: string;
  /** versions 6 */
  topicId?: Uuid;
  /** versions 0-6 */
  partitions: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  /** versions 0-6 */
  partitionIndex: number;
  /** versions 0-6 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readTxnOffsetCommitResponse(r: Reader, version: number): TxnOffsetCommitResponse {
  const out = {} as TxnOffsetCommitResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<TxnOffsetCommitResponseTxnOffsetCommitResponseTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r, version);
    out.topics = a;
  }
  if (version >= 3) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeTxnOffsetCommitResponse(w: Writer, version: number, v: TxnOffsetCommitResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 3 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w, version, v.topics[i]);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r: Reader, version: number): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  const out = {} as TxnOffsetCommitResponseTxnOffsetCommitResponseTopic;
  if (version <= 5) {
    out.name = (version >= 3 ? r.readCompactString() : r.readString());
  }
  if (version >= 6) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<TxnOffsetCommitResponseTxnOffsetCommitResponsePartition>(n);
    for (let i = 0; i < n; i++) a[i] = readTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r, version);
    out.partitions = a;
  }
  if (version >= 3) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w: Writer, version: number, v: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic): void {
  if (version <= 5) {
    {
      const x = v.name === undefined ? "" : v.name;
      (version >= 3 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 6) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 3 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w, version, v.partitions[i]);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r: Reader, version: number): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  const out = {} as TxnOffsetCommitResponseTxnOffsetCommitResponsePartition;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  if (version >= 3) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w: Writer, version: number, v: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeTxnOffsetCommitResponse(r: Reader, version: number): TxnOffsetCommitResponse {
  if (version < 0 || version > 6) throw unsupportedVersion('TxnOffsetCommitResponse', version, 0, 6);
  return readTxnOffsetCommitResponse(r, version);
}

export function encodeTxnOffsetCommitResponse(w: Writer, version: number, value: TxnOffsetCommitResponse): void {
  if (version < 0 || version > 6) throw unsupportedVersion('TxnOffsetCommitResponse', version, 0, 6);
  try {
    writeTxnOffsetCommitResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('TxnOffsetCommitResponse', version, error);
  }
}
