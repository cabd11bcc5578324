// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ShareGroupHeartbeatRequest.json, ShareGroupHeartbeatResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ShareGroupHeartbeatRequest {
  /** versions 1 */
  groupId: string;
  /** versions 1 */
  memberId: string;
  /** versions 1 */
  memberEpoch: number;
  /** versions 1, nullable 1 */
  rackId: string | null;
  /** versions 1, nullable 1 */
  subscribedTopicNames: string[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readShareGroupHeartbeatRequest(r: Reader, version: number): ShareGroupHeartbeatRequest {
  const out = {} as ShareGroupHeartbeatRequest;
  out.groupId = r.readCompactString();
  out.memberId = r.readCompactString();
  out.memberEpoch = r.readInt32();
  out.rackId = r.readCompactNullableString();
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.subscribedTopicNames = null;
    } else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.readCompactString();
      out.subscribedTopicNames = a;
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

function writeShareGroupHeartbeatRequest(w: Writer, version: number, v: ShareGroupHeartbeatRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactString(v.memberId);
  w.appendInt32(v.memberEpoch);
  w.appendCompactNullableString(v.rackId);
  if (v.subscribedTopicNames === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.subscribedTopicNames!.length);
    for (let i = 0; i < v.subscribedTopicNames!.length; i++) w.appendCompactString(v.subscribedTopicNames![i]);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareGroupHeartbeatRequest(r: Reader, version: number): ShareGroupHeartbeatRequest {
  if (version < 1 || version > 1) throw unsupportedVersion('ShareGroupHeartbeatRequest', version, 1, 1);
  return readShareGroupHeartbeatRequest(r, version);
}

export function encodeShareGroupHeartbeatRequest(w: Writer, version: number, value: ShareGroupHeartbeatRequest): void {
  if (version < 1 || version > 1) throw unsupportedVersion('ShareGroupHeartbeatRequest', version, 1, 1);
  try {
    writeShareGroupHeartbeatRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ShareGroupHeartbeatRequest', version, error);
  }
}

export interface ShareGroupHeartbeatResponse {
  /** versions 1 */
  throttleTimeMs: number;
  /** versions 1 */
  errorCode: number;
  /** versions 1, nullable 1 */
  errorMessage: string | null;
  /** versions 1, nullable 1 */
  memberId: string | null;
  /** versions 1 */
  memberEpoch: number;
  /** versions 1 */
  heartbeatIntervalMs: number;
  /** versions 1, nullable 1 */
  assignment: ShareGroupHeartbeatResponseAssignment | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareGroupHeartbeatResponseAssignment {
  /** versions 1 */
  topicPartitions: ShareGroupHeartbeatResponseTopicPartitions[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareGroupHeartbeatResponseTopicPartitions {
  /** versions 1 */
  topicId: Uuid;
  /** versions 1 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readShareGroupHeartbeatResponse(r: Reader, version: number): ShareGroupHeartbeatResponse {
  const out = {} as ShareGroupHeartbeatResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.memberId = r.readCompactNullableString();
  out.memberEpoch = r.readInt32();
  out.heartbeatIntervalMs = r.readInt32();
  out.assignment = r.readInt8() < 0 ? null : readShareGroupHeartbeatResponseAssignment(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeShareGroupHeartbeatResponse(w: Writer, version: number, v: ShareGroupHeartbeatResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactNullableString(v.memberId);
  w.appendInt32(v.memberEpoch);
  w.appendInt32(v.heartbeatIntervalMs);
  if (v.assignment === null) {
    w.appendInt8(-1);
  } else {
    w.appendInt8(1);
    writeShareGroupHeartbeatResponseAssignment(w, version, v.assignment!);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareGroupHeartbeatResponseAssignment(r: Reader, version: number): ShareGroupHeartbeatResponseAssignment {
  const out = {} as ShareGroupHeartbeatResponseAssignment;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareGroupHeartbeatResponseTopicPartitions>(n);
    for (let i = 0; i < n; i++) a[i] = readShareGroupHeartbeatResponseTopicPartitions(r, version);
    out.topicPartitions = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeShareGroupHeartbeatResponseAssignment(w: Writer, version: number, v: ShareGroupHeartbeatResponseAssignment): void {
  w.appendCompactArrayLength(v.topicPartitions.length);
  for (let i = 0; i < v.topicPartitions.length; i++) writeShareGroupHeartbeatResponseTopicPartitions(w, version, v.topicPartitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareGroupHeartbeatResponseTopicPartitions(r: Reader, version: number): ShareGroupHeartbeatResponseTopicPartitions {
  const out = {} as ShareGroupHeartbeatResponseTopicPartitions;
  out.topicId = r.readUuid();
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

function writeShareGroupHeartbeatResponseTopicPartitions(w: Writer, version: number, v: ShareGroupHeartbeatResponseTopicPartitions): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareGroupHeartbeatResponse(r: Reader, version: number): ShareGroupHeartbeatResponse {
  if (version < 1 || version > 1) throw unsupportedVersion('ShareGroupHeartbeatResponse', version, 1, 1);
  return readShareGroupHeartbeatResponse(r, version);
}

export function encodeShareGroupHeartbeatResponse(w: Writer, version: number, value: ShareGroupHeartbeatResponse): void {
  if (version < 1 || version > 1) throw unsupportedVersion('ShareGroupHeartbeatResponse', version, 1, 1);
  try {
    writeShareGroupHeartbeatResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ShareGroupHeartbeatResponse', version, error);
  }
}
