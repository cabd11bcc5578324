// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeShareGroupOffsetsRequest.json, DescribeShareGroupOffsetsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeShareGroupOffsetsRequest {
  /** versions 0-1 */
  groups: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup {
  /** versions 0-1 */
  groupId: string;
  /** versions 0-1, nullable 0-1 */
  topics: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic {
  /** versions 0-1 */
  topicName: string;
  /** versions 0-1 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeShareGroupOffsetsRequest(r: Reader, version: number): DescribeShareGroupOffsetsRequest {
  const out = {} as DescribeShareGroupOffsetsRequest;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup(r, version);
    out.groups = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeShareGroupOffsetsRequest(w: Writer, version: number, v: DescribeShareGroupOffsetsRequest): void {
  w.appendCompactArrayLength(v.groups.length);
  for (let i = 0; i < v.groups.length; i++) writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup(w, version, v.groups[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup(r: Reader, version: number): DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup {
  const out = {} as DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup;
  out.groupId = r.readCompactString();
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.topics = null;
    } else {
      const a = new Array<DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic>(n);
      for (let i = 0; i < n; i++) a[i] = readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic(r, version);
      out.topics = a;
    }
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup(w: Writer, version: number, v: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestGroup): void {
  w.appendCompactString(v.groupId);
  if (v.topics === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.topics!.length);
    for (let i = 0; i < v.topics!.length; i++) writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic(w, version, v.topics![i]);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic(r: Reader, version: number): DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic {
  const out = {} as DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic;
  out.topicName = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
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

function writeDescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic(w: Writer, version: number, v: DescribeShareGroupOffsetsRequestDescribeShareGroupOffsetsRequestTopic): void {
  w.appendCompactString(v.topicName);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeShareGroupOffsetsRequest(r: Reader, version: number): DescribeShareGroupOffsetsRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('DescribeShareGroupOffsetsRequest', version, 0, 1);
  return readDescribeShareGroupOffsetsRequest(r, version);
}

export function encodeDescribeShareGroupOffsetsRequest(w: Writer, version: number, value: DescribeShareGroupOffsetsRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('DescribeShareGroupOffsetsRequest', version, 0, 1);
  try {
    writeDescribeShareGroupOffsetsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeShareGroupOffsetsRequest', version, error);
  }
}

export interface DescribeShareGroupOffsetsResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  groups: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup {
  /** versions 0-1 */
  groupId: string;
  /** versions 0-1 */
  topics: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic[];
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic {
  /** versions 0-1 */
  topicName: string;
  /** versions 0-1 */
  topicId: Uuid;
  /** versions 0-1 */
  partitions: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition {
  /** versions 0-1 */
  partitionIndex: number;
  /** versions 0-1 */
  startOffset: bigint;
  /** versions 0-1 */
  leaderEpoch: number;
  /** versions 1 */
  lag?: bigint;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeShareGroupOffsetsResponse(r: Reader, version: number): DescribeShareGroupOffsetsResponse {
  const out = {} as DescribeShareGroupOffsetsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup(r, version);
    out.groups = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeShareGroupOffsetsResponse(w: Writer, version: number, v: DescribeShareGroupOffsetsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendCompactArrayLength(v.groups.length);
  for (let i = 0; i < v.groups.length; i++) writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup(w, version, v.groups[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup(r: Reader, version: number): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup {
  const out = {} as DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup;
  out.groupId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic(r, version);
    out.topics = a;
  }
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

function writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup(w: Writer, version: number, v: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseGroup): void {
  w.appendCompactString(v.groupId);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic(w, version, v.topics[i]);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic(r: Reader, version: number): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic {
  const out = {} as DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic;
  out.topicName = r.readCompactString();
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition(r, version);
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

function writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic(w: Writer, version: number, v: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponseTopic): void {
  w.appendCompactString(v.topicName);
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition(r: Reader, version: number): DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition {
  const out = {} as DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition;
  out.partitionIndex = r.readInt32();
  out.startOffset = r.readInt64();
  out.leaderEpoch = r.readInt32();
  if (version >= 1) {
    out.lag = r.readInt64();
  }
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

function writeDescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition(w: Writer, version: number, v: DescribeShareGroupOffsetsResponseDescribeShareGroupOffsetsResponsePartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt64(v.startOffset);
  w.appendInt32(v.leaderEpoch);
  if (version >= 1) {
    {
      const x = v.lag === undefined ? -1n : v.lag;
      w.appendInt64(x);
    }
  }
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeShareGroupOffsetsResponse(r: Reader, version: number): DescribeShareGroupOffsetsResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('DescribeShareGroupOffsetsResponse', version, 0, 1);
  return readDescribeShareGroupOffsetsResponse(r, version);
}

export function encodeDescribeShareGroupOffsetsResponse(w: Writer, version: number, value: DescribeShareGroupOffsetsResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('DescribeShareGroupOffsetsResponse', version, 0, 1);
  try {
    writeDescribeShareGroupOffsetsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeShareGroupOffsetsResponse', version, error);
  }
}
