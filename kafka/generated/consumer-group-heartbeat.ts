// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ConsumerGroupHeartbeatRequest.json, ConsumerGroupHeartbeatResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ConsumerGroupHeartbeatRequest {
  /** versions 0-1 */
  groupId: string;
  /** versions 0-1 */
  memberId: string;
  /** versions 0-1 */
  memberEpoch: number;
  /** versions 0-1, nullable 0-1 */
  instanceId: string | null;
  /** versions 0-1, nullable 0-1 */
  rackId: string | null;
  /** versions 0-1 */
  rebalanceTimeoutMs: number;
  /** versions 0-1, nullable 0-1 */
  subscribedTopicNames: string[] | null;
  /** versions 1, nullable 1 */
  subscribedTopicRegex?: string | null;
  /** versions 0-1, nullable 0-1 */
  serverAssignor: string | null;
  /** versions 0-1, nullable 0-1 */
  topicPartitions: ConsumerGroupHeartbeatRequestTopicPartitions[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupHeartbeatRequestTopicPartitions {
  /** versions 0-1 */
  topicId: Uuid;
  /** versions 0-1 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readConsumerGroupHeartbeatRequest(r: Reader, version: number): ConsumerGroupHeartbeatRequest {
  const out = {} as ConsumerGroupHeartbeatRequest;
  out.groupId = r.readCompactString();
  out.memberId = r.readCompactString();
  out.memberEpoch = r.readInt32();
  out.instanceId = r.readCompactNullableString();
  out.rackId = r.readCompactNullableString();
  out.rebalanceTimeoutMs = r.readInt32();
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
  if (version >= 1) {
    out.subscribedTopicRegex = r.readCompactNullableString();
  }
  out.serverAssignor = r.readCompactNullableString();
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.topicPartitions = null;
    } else {
      const a = new Array<ConsumerGroupHeartbeatRequestTopicPartitions>(n);
      for (let i = 0; i < n; i++) a[i] = readConsumerGroupHeartbeatRequestTopicPartitions(r, version);
      out.topicPartitions = a;
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

function writeConsumerGroupHeartbeatRequest(w: Writer, version: number, v: ConsumerGroupHeartbeatRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactString(v.memberId);
  w.appendInt32(v.memberEpoch);
  w.appendCompactNullableString(v.instanceId);
  w.appendCompactNullableString(v.rackId);
  w.appendInt32(v.rebalanceTimeoutMs);
  if (v.subscribedTopicNames === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.subscribedTopicNames!.length);
    for (let i = 0; i < v.subscribedTopicNames!.length; i++) w.appendCompactString(v.subscribedTopicNames![i]);
  }
  if (version >= 1) {
    {
      const x = v.subscribedTopicRegex === undefined ? null : v.subscribedTopicRegex;
      w.appendCompactNullableString(x);
    }
  }
  w.appendCompactNullableString(v.serverAssignor);
  if (v.topicPartitions === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.topicPartitions!.length);
    for (let i = 0; i < v.topicPartitions!.length; i++) writeConsumerGroupHeartbeatRequestTopicPartitions(w, version, v.topicPartitions![i]);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readConsumerGroupHeartbeatRequestTopicPartitions(r: Reader, version: number): ConsumerGroupHeartbeatRequestTopicPartitions {
  const out = {} as ConsumerGroupHeartbeatRequestTopicPartitions;
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

function writeConsumerGroupHeartbeatRequestTopicPartitions(w: Writer, version: number, v: ConsumerGroupHeartbeatRequestTopicPartitions): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeConsumerGroupHeartbeatRequest(r: Reader, version: number): ConsumerGroupHeartbeatRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('ConsumerGroupHeartbeatRequest', version, 0, 1);
  return readConsumerGroupHeartbeatRequest(r, version);
}

export function encodeConsumerGroupHeartbeatRequest(w: Writer, version: number, value: ConsumerGroupHeartbeatRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('ConsumerGroupHeartbeatRequest', version, 0, 1);
  try {
    writeConsumerGroupHeartbeatRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ConsumerGroupHeartbeatRequest', version, error);
  }
}

export interface ConsumerGroupHeartbeatResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** versions 0-1, nullable 0-1 */
  memberId: string | null;
  /** versions 0-1 */
  memberEpoch: number;
  /** versions 0-1 */
  heartbeatIntervalMs: number;
  /** versions 0-1, nullable 0-1 */
  assignment: ConsumerGroupHeartbeatResponseAssignment | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupHeartbeatResponseAssignment {
  /** versions 0-1 */
  topicPartitions: ConsumerGroupHeartbeatResponseTopicPartitions[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupHeartbeatResponseTopicPartitions {
  /** versions 0-1 */
  topicId: Uuid;
  /** versions 0-1 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readConsumerGroupHeartbeatResponse(r: Reader, version: number): ConsumerGroupHeartbeatResponse {
  const out = {} as ConsumerGroupHeartbeatResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.memberId = r.readCompactNullableString();
  out.memberEpoch = r.readInt32();
  out.heartbeatIntervalMs = r.readInt32();
  out.assignment = r.readInt8() < 0 ? null : readConsumerGroupHeartbeatResponseAssignment(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeConsumerGroupHeartbeatResponse(w: Writer, version: number, v: ConsumerGroupHeartbeatResponse): void {
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
    writeConsumerGroupHeartbeatResponseAssignment(w, version, v.assignment!);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readConsumerGroupHeartbeatResponseAssignment(r: Reader, version: number): ConsumerGroupHeartbeatResponseAssignment {
  const out = {} as ConsumerGroupHeartbeatResponseAssignment;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ConsumerGroupHeartbeatResponseTopicPartitions>(n);
    for (let i = 0; i < n; i++) a[i] = readConsumerGroupHeartbeatResponseTopicPartitions(r, version);
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

function writeConsumerGroupHeartbeatResponseAssignment(w: Writer, version: number, v: ConsumerGroupHeartbeatResponseAssignment): void {
  w.appendCompactArrayLength(v.topicPartitions.length);
  for (let i = 0; i < v.topicPartitions.length; i++) writeConsumerGroupHeartbeatResponseTopicPartitions(w, version, v.topicPartitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readConsumerGroupHeartbeatResponseTopicPartitions(r: Reader, version: number): ConsumerGroupHeartbeatResponseTopicPartitions {
  const out = {} as ConsumerGroupHeartbeatResponseTopicPartitions;
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

function writeConsumerGroupHeartbeatResponseTopicPartitions(w: Writer, version: number, v: ConsumerGroupHeartbeatResponseTopicPartitions): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeConsumerGroupHeartbeatResponse(r: Reader, version: number): ConsumerGroupHeartbeatResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('ConsumerGroupHeartbeatResponse', version, 0, 1);
  return readConsumerGroupHeartbeatResponse(r, version);
}

export function encodeConsumerGroupHeartbeatResponse(w: Writer, version: number, value: ConsumerGroupHeartbeatResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('ConsumerGroupHeartbeatResponse', version, 0, 1);
  try {
    writeConsumerGroupHeartbeatResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ConsumerGroupHeartbeatResponse', version, error);
  }
}
