// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ShareGroupDescribeRequest.json, ShareGroupDescribeResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ShareGroupDescribeRequest {
  /** versions 1 */
  groupIds: string[];
  /** versions 1 */
  includeAuthorizedOperations: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readShareGroupDescribeRequest(r: Reader, version: number): ShareGroupDescribeRequest {
  const out = {} as ShareGroupDescribeRequest;
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

function writeShareGroupDescribeRequest(w: Writer, version: number, v: ShareGroupDescribeRequest): void {
  w.appendCompactArrayLength(v.groupIds.length);
  for (let i = 0; i < v.groupIds.length; i++) w.appendCompactString(v.groupIds[i]);
  w.appendBoolean(v.includeAuthorizedOperations);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareGroupDescribeRequest(r: Reader, version: number): ShareGroupDescribeRequest {
  if (version < 1 || version > 1) throw unsupportedVersion('ShareGroupDescribeRequest', version, 1, 1);
  return readShareGroupDescribeRequest(r, version);
}

export function encodeShareGroupDescribeRequest(w: Writer, version: number, value: ShareGroupDescribeRequest): void {
  if (version < 1 || version > 1) throw unsupportedVersion('ShareGroupDescribeRequest', version, 1, 1);
  try {
    writeShareGroupDescribeRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ShareGroupDescribeRequest', version, error);
  }
}

export interface ShareGroupDescribeResponse {
  /** versions 1 */
  throttleTimeMs: number;
  /** versions 1 */
  groups: ShareGroupDescribeResponseDescribedGroup[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareGroupDescribeResponseDescribedGroup {
  /** versions 1 */
  errorCode: number;
  /** versions 1, nullable 1 */
  errorMessage: string | null;
  /** versions 1 */
  groupId: string;
  /** versions 1 */
  groupState: string;
  /** versions 1 */
  groupEpoch: number;
  /** versions 1 */
  assignmentEpoch: number;
  /** versions 1 */
  assignorName: string;
  /** versions 1 */
  members: ShareGroupDescribeResponseMember[];
  /** versions 1 */
  authorizedOperations: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareGroupDescribeResponseMember {
  /** versions 1 */
  memberId: string;
  /** versions 1, nullable 1 */
  rackId: string | null;
  /** versions 1 */
  memberEpoch: number;
  /** versions 1 */
  clientId: string;
  /** versions 1 */
  clientHost: string;
  /** versions 1 */
  subscribedTopicNames: string[];
  /** versions 1 */
  assignment: ShareGroupDescribeResponseAssignment;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareGroupDescribeResponseAssignment {
  /** versions 1 */
  topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareGroupDescribeResponseTopicPartitions {
  /** versions 1 */
  topicId: Uuid;
  /** versions 1 */
  topicName: string;
  /** versions 1 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readShareGroupDescribeResponse(r: Reader, version: number): ShareGroupDescribeResponse {
  const out = {} as ShareGroupDescribeResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareGroupDescribeResponseDescribedGroup>(n);
    for (let i = 0; i < n; i++) a[i] = readShareGroupDescribeResponseDescribedGroup(r, version);
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

function writeShareGroupDescribeResponse(w: Writer, version: number, v: ShareGroupDescribeResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendCompactArrayLength(v.groups.length);
  for (let i = 0; i < v.groups.length; i++) writeShareGroupDescribeResponseDescribedGroup(w, version, v.groups[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareGroupDescribeResponseDescribedGroup(r: Reader, version: number): ShareGroupDescribeResponseDescribedGroup {
  const out = {} as ShareGroupDescribeResponseDescribedGroup;
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.groupId = r.readCompactString();
  out.groupState = r.readCompactString();
  out.groupEpoch = r.readInt32();
  out.assignmentEpoch = r.readInt32();
  out.assignorName = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareGroupDescribeResponseMember>(n);
    for (let i = 0; i < n; i++) a[i] = readShareGroupDescribeResponseMember(r, version);
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

function writeShareGroupDescribeResponseDescribedGroup(w: Writer, version: number, v: ShareGroupDescribeResponseDescribedGroup): void {
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactString(v.groupId);
  w.appendCompactString(v.groupState);
  w.appendInt32(v.groupEpoch);
  w.appendInt32(v.assignmentEpoch);
  w.appendCompactString(v.assignorName);
  w.appendCompactArrayLength(v.members.length);
  for (let i = 0; i < v.members.length; i++) writeShareGroupDescribeResponseMember(w, version, v.members[i]);
  w.appendInt32(v.authorizedOperations);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareGroupDescribeResponseMember(r: Reader, version: number): ShareGroupDescribeResponseMember {
  const out = {} as ShareGroupDescribeResponseMember;
  out.memberId = r.readCompactString();
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
  out.assignment = readShareGroupDescribeResponseAssignment(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeShareGroupDescribeResponseMember(w: Writer, version: number, v: ShareGroupDescribeResponseMember): void {
  w.appendCompactString(v.memberId);
  w.appendCompactNullableString(v.rackId);
  w.appendInt32(v.memberEpoch);
  w.appendCompactString(v.clientId);
  w.appendCompactString(v.clientHost);
  w.appendCompactArrayLength(v.subscribedTopicNames.length);
  for (let i = 0; i < v.subscribedTopicNames.length; i++) w.appendCompactString(v.subscribedTopicNames[i]);
  writeShareGroupDescribeResponseAssignment(w, version, v.assignment);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareGroupDescribeResponseAssignment(r: Reader, version: number): ShareGroupDescribeResponseAssignment {
  const out = {} as ShareGroupDescribeResponseAssignment;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareGroupDescribeResponseTopicPartitions>(n);
    for (let i = 0; i < n; i++) a[i] = readShareGroupDescribeResponseTopicPartitions(r, version);
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

function writeShareGroupDescribeResponseAssignment(w: Writer, version: number, v: ShareGroupDescribeResponseAssignment): void {
  w.appendCompactArrayLength(v.topicPartitions.length);
  for (let i = 0; i < v.topicPartitions.length; i++) writeShareGroupDescribeResponseTopicPartitions(w, version, v.topicPartitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareGroupDescribeResponseTopicPartitions(r: Reader, version: number): ShareGroupDescribeResponseTopicPartitions {
  const out = {} as ShareGroupDescribeResponseTopicPartitions;
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

function writeShareGroupDescribeResponseTopicPartitions(w: Writer, version: number, v: ShareGroupDescribeResponseTopicPartitions): void {
  w.appendUuid(v.topicId);
  w.appendCompactString(v.topicName);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultShareGroupDescribeResponseAssignment(version: number): ShareGroupDescribeResponseAssignment {
  const out = {} as ShareGroupDescribeResponseAssignment;
  out.topicPartitions = [];
  return out;
}

function isDefaultShareGroupDescribeResponseAssignment(v: ShareGroupDescribeResponseAssignment, version: number): boolean {
  {
    const x = v.topicPartitions;
    if (x !== undefined && x.length > 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeShareGroupDescribeResponse(r: Reader, version: number): ShareGroupDescribeResponse {
  if (version < 1 || version > 1) throw unsupportedVersion('ShareGroupDescribeResponse', version, 1, 1);
  return readShareGroupDescribeResponse(r, version);
}

export function encodeShareGroupDescribeResponse(w: Writer, version: number, value: ShareGroupDescribeResponse): void {
  if (version < 1 || version > 1) throw unsupportedVersion('ShareGroupDescribeResponse', version, 1, 1);
  try {
    writeShareGroupDescribeResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ShareGroupDescribeResponse', version, error);
  }
}
