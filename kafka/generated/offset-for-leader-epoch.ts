// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface OffsetForLeaderEpochRequest {
  /** versions 3-4 */
  replicaId?: number;
  /** versions 0-4 */
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** versions 0-4 */
  topic: string;
  /** versions 0-4 */
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** versions 0-4 */
  partition: number;
  /** versions 2-4 */
  currentLeaderEpoch?: number;
  /** versions 0-4 */
  leaderEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readOffsetForLeaderEpochRequest(r: Reader, version: number): OffsetForLeaderEpochRequest {
  const out = {} as OffsetForLeaderEpochRequest;
  if (version >= 3) {
    out.replicaId = r.readInt32();
  }
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<OffsetForLeaderEpochRequestOffsetForLeaderTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetForLeaderEpochRequestOffsetForLeaderTopic(r, version);
    out.topics = a;
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetForLeaderEpochRequest(w: Writer, version: number, v: OffsetForLeaderEpochRequest): void {
  if (version >= 3) {
    {
      const x = v.replicaId === undefined ? -2 : v.replicaId;
      w.appendInt32(x);
    }
  }
  (version >= 4 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, version, v.topics[i]);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const out = {} as OffsetForLeaderEpochRequestOffsetForLeaderTopic;
  out.topic = (version >= 4 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<OffsetForLeaderEpochRequestOffsetForLeaderPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetForLeaderEpochRequestOffsetForLeaderPartition(r, version);
    out.partitions = a;
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, version: number, v: OffsetForLeaderEpochRequestOffsetForLeaderTopic): void {
  (version >= 4 ? w.appendCompactString(v.topic) : w.appendString(v.topic));
  (version >= 4 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, version, v.partitions[i]);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const out = {} as OffsetForLeaderEpochRequestOffsetForLeaderPartition;
  out.partition = r.readInt32();
  if (version >= 2) {
    out.currentLeaderEpoch = r.readInt32();
  }
  out.leaderEpoch = r.readInt32();
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, version: number, v: OffsetForLeaderEpochRequestOffsetForLeaderPartition): void {
  w.appendInt32(v.partition);
  if (version >= 2) {
    {
      const x = v.currentLeaderEpoch === undefined ? -1 : v.currentLeaderEpoch;
      w.appendInt32(x);
    }
  }
  w.appendInt32(v.leaderEpoch);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetForLeaderEpochRequest(r: Reader, version: number): OffsetForLeaderEpochRequest {
  if (version < 0 || version > 4) throw unsupportedVersion('OffsetForLeaderEpochRequest', version, 0, 4);
  return readOffsetForLeaderEpochRequest(r, version);
}

export function encodeOffsetForLeaderEpochRequest(w: Writer, version: number, value: OffsetForLeaderEpochRequest): void {
  if (version < 0 || version > 4) throw unsupportedVersion('OffsetForLeaderEpochRequest', version, 0, 4);
  try {
    writeOffsetForLeaderEpochRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('OffsetForLeaderEpochRequest', version, error);
  }
}

export interface OffsetForLeaderEpochResponse {
  /** versions 2-4 */
  throttleTimeMs?: number;
  /** versions 0-4 */
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** versions 0-4 */
  topic: string;
  /** versions 0-4 */
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** versions 0-4 */
  errorCode: number;
  /** versions 0-4 */
  partition: number;
  /** versions 1-4 */
  leaderEpoch?: number;
  /** versions 0-4 */
  endOffset: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readOffsetForLeaderEpochResponse(r: Reader, version: number): OffsetForLeaderEpochResponse {
  const out = {} as OffsetForLeaderEpochResponse;
  if (version >= 2) {
    out.throttleTimeMs = r.readInt32();
  }
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<OffsetForLeaderEpochResponseOffsetForLeaderTopicResult>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r, version);
    out.topics = a;
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetForLeaderEpochResponse(w: Writer, version: number, v: OffsetForLeaderEpochResponse): void {
  if (version >= 2) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  (version >= 4 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, version, v.topics[i]);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, version: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const out = {} as OffsetForLeaderEpochResponseOffsetForLeaderTopicResult;
  out.topic = (version >= 4 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<OffsetForLeaderEpochResponseEpochEndOffset>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetForLeaderEpochResponseEpochEndOffset(r, version);
    out.partitions = a;
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, version: number, v: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult): void {
  (version >= 4 ? w.appendCompactString(v.topic) : w.appendString(v.topic));
  (version >= 4 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeOffsetForLeaderEpochResponseEpochEndOffset(w, version, v.partitions[i]);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, version: number): OffsetForLeaderEpochResponseEpochEndOffset {
  const out = {} as OffsetForLeaderEpochResponseEpochEndOffset;
  out.errorCode = r.readInt16();
  out.partition = r.readInt32();
  if (version >= 1) {
    out.leaderEpoch = r.readInt32();
  }
  out.endOffset = r.readInt64();
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, version: number, v: OffsetForLeaderEpochResponseEpochEndOffset): void {
  w.appendInt16(v.errorCode);
  w.appendInt32(v.partition);
  if (version >= 1) {
    {
      const x = v.leaderEpoch === undefined ? -1 : v.leaderEpoch;
      w.appendInt32(x);
    }
  }
  w.appendInt64(v.endOffset);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeOffsetForLeaderEpochResponse(r: Reader, version: number): OffsetForLeaderEpochResponse {
  if (version < 0 || version > 4) throw unsupportedVersion('OffsetForLeaderEpochResponse', version, 0, 4);
  return readOffsetForLeaderEpochResponse(r, version);
}

export function encodeOffsetForLeaderEpochResponse(w: Writer, version: number, value: OffsetForLeaderEpochResponse): void {
  if (version < 0 || version > 4) throw unsupportedVersion('OffsetForLeaderEpochResponse', version, 0, 4);
  try {
    writeOffsetForLeaderEpochResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('OffsetForLeaderEpochResponse', version, error);
  }
}
