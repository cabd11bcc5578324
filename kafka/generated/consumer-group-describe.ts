// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ConsumerGroupDescribeRequest {
  /** versions 0-1 */
  groupIds: string[];
  /** versions 0-1 */
  includeAuthorizedOperations: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readConsumerGroupDescribeRequest(r: Reader, version: number): ConsumerGroupDescribeRequest {
  const out = {} as ConsumerGroupDescribeRequest;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.groupIds = a;
  }
  out.includeAuthorizedOperations = r.readBoolean();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeConsumerGroupDescribeRequest(w: Writer, version: number, v: ConsumerGroupDescribeRequest): void {
  w.appendCompactArrayLength(v.groupIds.length);
  for (let i = 0; i < v.groupIds.length; i++) w.appendCompactString(v.groupIds[i]);
  w.appendBoolean(v.includeAuthorizedOperations);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeConsumerGroupDescribeRequest(r: Reader, version: number): ConsumerGroupDescribeRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('ConsumerGroupDescribeRequest', version, 0, 1);
  return readConsumerGroupDescribeRequest(r, version);
}

export function encodeConsumerGroupDescribeRequest(w: Writer, version: number, value: ConsumerGroupDescribeRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('ConsumerGroupDescribeRequest', version, 0, 1);
  try {
    writeConsumerGroupDescribeRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ConsumerGroupDescribeRequest', version, error);
  }
}

export interface ConsumerGroupDescribeResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  groups: ConsumerGroupDescribeResponseDescribedGroup[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupDescribeResponseDescribedGroup {
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** versions 0-1 */
  groupId: string;
  /** versions 0-1 */
  groupState: string;
  /** versions 0-1 */
  groupEpoch: number;
  /** versions 0-1 */
  assignmentEpoch: number;
  /** versions 0-1 */
  assignorName: string;
  /** versions 0-1 */
  members: ConsumerGroupDescribeResponseMember[];
  /** versions 0-1 */
  authorizedOperations: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupDescribeResponseMember {
  /** versions 0-1 */
  memberId: string;
  /** versions 0-1, nullable 0-1 */
  instanceId: string | null;
  /** versions 0-1, nullable 0-1 */
  rackId: string | null;
  /** versions 0-1 */
  memberEpoch: number;
  /** versions 0-1 */
  clientId: string;
  /** versions 0-1 */
  clientHost: string;
  /** versions 0-1 */
  subscribedTopicNames: string[];
  /** versions 0-1, nullable 0-1 */
  subscribedTopicRegex: string | null;
  /** versions 0-1 */
  assignment: ConsumerGroupDescribeResponseAssignment;
  /** versions 0-1 */
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
  /** versions 1 */
  memberType?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupDescribeResponseAssignment {
  /** versions 0-1 */
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** versions 0-1 */
  topicId: Uuid;
  /** versions 0-1 */
  topicName: string;
  /** versions 0-1 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readConsumerGroupDescribeResponse(r: Reader, version: number): ConsumerGroupDescribeResponse {
  const out = {} as ConsumerGroupDescribeResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ConsumerGroupDescribeResponseDescribedGroup>(n);
    for (let i = 0; i < n; i++) a[i] = readConsumerGroupDescribeResponseDescribedGroup(r, version);
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

function writeConsumerGroupDescribeResponse(w: Writer, version: number, v: ConsumerGroupDescribeResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendCompactArrayLength(v.groups.length);
  for (let i = 0; i < v.groups.length; i++) writeConsumerGroupDescribeResponseDescribedGroup(w, version, v.groups[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readConsumerGroupDescribeResponseDescribedGroup(r: Reader, version: number): ConsumerGroupDescribeResponseDescribedGroup {
  const out = {} as ConsumerGroupDescribeResponseDescribedGroup;
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.groupId = r.readCompactString();
  out.groupState = r.readCompactString();
  out.groupEpoch = r.readInt32();
  out.assignmentEpoch = r.readInt32();
  out.assignorName = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ConsumerGroupDescribeResponseMember>(n);
    for (let i = 0; i < n; i++) a[i] = readConsumerGroupDescribeResponseMember(r, version);
    out.members = a;
  }
  out.authorizedOperations = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeConsumerGroupDescribeResponseDescribedGroup(w: Writer, version: number, v: ConsumerGroupDescribeResponseDescribedGroup): void {
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactString(v.groupId);
  w.appendCompactString(v.groupState);
  w.appendInt32(v.groupEpoch);
  w.appendInt32(v.assignmentEpoch);
  w.appendCompactString(v.assignorName);
  w.appendCompactArrayLength(v.members.length);
  for (let i = 0; i < v.members.length; i++) writeConsumerGroupDescribeResponseMember(w, version, v.members[i]);
  w.appendInt32(v.authorizedOperations);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readConsumerGroupDescribeResponseMember(r: Reader, version: number): ConsumerGroupDescribeResponseMember {
  const out = {} as ConsumerGroupDescribeResponseMember;
  out.memberId = r.readCompactString();
  out.instanceId = r.readCompactNullableString();
  out.rackId = r.readCompactNullableString();
  out.memberEpoch = r.readInt32();
  out.clientId = r.readCompactString();
  out.clientHost = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.subscribedTopicNames = a;
  }
  out.subscribedTopicRegex = r.readCompactNullableString();
  out.assignment = readConsumerGroupDescribeResponseAssignment(r, version);
  out.targetAssignment = readConsumerGroupDescribeResponseAssignment(r, version);
  if (version >= 1) {
    out.memberType = r.readInt8();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeConsumerGroupDescribeResponseMember(w: Writer, version: number, v: ConsumerGroupDescribeResponseMember): void {
  w.appendCompactString(v.memberId);
  w.appendCompactNullableString(v.instanceId);
  w.appendCompactNullableString(v.rackId);
  w.appendInt32(v.memberEpoch);
  w.appendCompactString(v.clientId);
  w.appendCompactString(v.clientHost);
  w.appendCompactArrayLength(v.subscribedTopicNames.length);
  for (let i = 0; i < v.subscribedTopicNames.length; i++) w.appendCompactString(v.subscribedTopicNames[i]);
  w.appendCompactNullableString(v.subscribedTopicRegex);
  writeConsumerGroupDescribeResponseAssignment(w, version, v.assignment);
  writeConsumerGroupDescribeResponseAssignment(w, version, v.targetAssignment);
  if (version >= 1) {
    {
      const x = v.memberType === undefined ? -1 : v.memberType;
      w.appendInt8(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readConsumerGroupDescribeResponseAssignment(r: Reader, version: number): ConsumerGroupDescribeResponseAssignment {
  const out = {} as ConsumerGroupDescribeResponseAssignment;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ConsumerGroupDescribeResponseTopicPartitions>(n);
    for (let i = 0; i < n; i++) a[i] = readConsumerGroupDescribeResponseTopicPartitions(r, version);
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

function writeConsumerGroupDescribeResponseAssignment(w: Writer, version: number, v: ConsumerGroupDescribeResponseAssignment): void {
  w.appendCompactArrayLength(v.topicPartitions.length);
  for (let i = 0; i < v.topicPartitions.length; i++) writeConsumerGroupDescribeResponseTopicPartitions(w, version, v.topicPartitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readConsumerGroupDescribeResponseTopicPartitions(r: Reader, version: number): ConsumerGroupDescribeResponseTopicPartitions {
  const out = {} as ConsumerGroupDescribeResponseTopicPartitions;
  out.topicId = r.readUuid();
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

function writeConsumerGroupDescribeResponseTopicPartitions(w: Writer, version: number, v: ConsumerGroupDescribeResponseTopicPartitions): void {
  w.appendUuid(v.topicId);
  w.appendCompactString(v.topicName);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultConsumerGroupDescribeResponseAssignment(version: number): ConsumerGroupDescribeResponseAssignment {
  const out = {} as ConsumerGroupDescribeResponseAssignment;
  out.topicPartitions = [];
  return out;
}

function isDefaultConsumerGroupDescribeResponseAssignment(v: ConsumerGroupDescribeResponseAssignment, version: number): boolean {
  {
    const x = v.topicPartitions;
    if (x !== undefined && x.length > 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeConsumerGroupDescribeResponse(r: Reader, version: number): ConsumerGroupDescribeResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('ConsumerGroupDescribeResponse', version, 0, 1);
  return readConsumerGroupDescribeResponse(r, version);
}

export function encodeConsumerGroupDescribeResponse(w: Writer, version: number, value: ConsumerGroupDescribeResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('ConsumerGroupDescribeResponse', version, 0, 1);
  try {
    writeConsumerGroupDescribeResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ConsumerGroupDescribeResponse', version, error);
  }
}
