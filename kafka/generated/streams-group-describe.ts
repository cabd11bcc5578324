// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from StreamsGroupDescribeRequest.json, StreamsGroupDescribeResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface StreamsGroupDescribeRequest {
  /** versions 0-1 */
  groupIds: string[];
  /** versions 0-1 */
  includeAuthorizedOperations: boolean;
  /** versions 1 */
  includeTopologyDescription?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readStreamsGroupDescribeRequest(r: Reader, version: number): StreamsGroupDescribeRequest {
  const out = {} as StreamsGroupDescribeRequest;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.groupIds = a;
  }
  out.includeAuthorizedOperations = r.readBoolean();
  if (version >= 1) {
    out.includeTopologyDescription = r.readBoolean();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeRequest(w: Writer, version: number, v: StreamsGroupDescribeRequest): void {
  w.appendCompactArrayLength(v.groupIds.length);
  for (let i = 0; i < v.groupIds.length; i++) w.appendCompactString(v.groupIds[i]);
  w.appendBoolean(v.includeAuthorizedOperations);
  if (version >= 1) {
    {
      const x = v.includeTopologyDescription === undefined ? false : v.includeTopologyDescription;
      w.appendBoolean(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupDescribeRequest(r: Reader, version: number): StreamsGroupDescribeRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('StreamsGroupDescribeRequest', version, 0, 1);
  return readStreamsGroupDescribeRequest(r, version);
}

export function encodeStreamsGroupDescribeRequest(w: Writer, version: number, value: StreamsGroupDescribeRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('StreamsGroupDescribeRequest', version, 0, 1);
  try {
    writeStreamsGroupDescribeRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('StreamsGroupDescribeRequest', version, error);
  }
}

export interface StreamsGroupDescribeResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  groups: StreamsGroupDescribeResponseDescribedGroup[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseDescribedGroup {
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
  /** versions 0-1, nullable 0-1 */
  topology: StreamsGroupDescribeResponseTopology | null;
  /** versions 0-1 */
  members: StreamsGroupDescribeResponseMember[];
  /** versions 0-1 */
  authorizedOperations: number;
  /** versions 1, nullable 1 */
  topologyDescription?: StreamsGroupDescribeResponseTopologyDescription | null;
  /** versions 1 */
  topologyDescriptionStatus?: number;
  /** versions 1, nullable 1 */
  assignorName?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseTopology {
  /** versions 0-1 */
  epoch: number;
  /** versions 0-1, nullable 0-1 */
  subtopologies: StreamsGroupDescribeResponseSubtopology[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseSubtopology {
  /** versions 0-1 */
  subtopologyId: string;
  /** versions 0-1 */
  sourceTopics: string[];
  /** versions 0-1 */
  repartitionSinkTopics: string[];
  /** versions 0-1 */
  stateChangelogTopics: StreamsGroupDescribeResponseTopicInfo[];
  /** versions 0-1 */
  repartitionSourceTopics: StreamsGroupDescribeResponseTopicInfo[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseTopicInfo {
  /** versions 0-1 */
  name: string;
  /** versions 0-1 */
  partitions: number;
  /** versions 0-1 */
  replicationFactor: number;
  /** versions 0-1 */
  topicConfigs: StreamsGroupDescribeResponseKeyValue[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseKeyValue {
  /** versions 0-1 */
  key: string;
  /** versions 0-1 */
  value: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseMember {
  /** versions 0-1 */
  memberId: string;
  /** versions 0-1 */
  memberEpoch: number;
  /** versions 0-1, nullable 0-1 */
  instanceId: string | null;
  /** versions 0-1, nullable 0-1 */
  rackId: string | null;
  /** versions 0-1 */
  clientId: string;
  /** versions 0-1 */
  clientHost: string;
  /** versions 0-1 */
  topologyEpoch: number;
  /** versions 0-1 */
  processId: string;
  /** versions 0-1, nullable 0-1 */
  userEndpoint: StreamsGroupDescribeResponseEndpoint | null;
  /** versions 0-1 */
  clientTags: StreamsGroupDescribeResponseKeyValue[];
  /** versions 0-1 */
  taskOffsets: StreamsGroupDescribeResponseTaskOffset[];
  /** versions 0-1 */
  taskEndOffsets: StreamsGroupDescribeResponseTaskOffset[];
  /** versions 0-1 */
  assignment: StreamsGroupDescribeResponseAssignment;
  /** versions 0-1 */
  targetAssignment: StreamsGroupDescribeResponseAssignment;
  /** versions 0-1 */
  isClassic: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseEndpoint {
  /** versions 0-1 */
  host: string;
  /** versions 0-1 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseTaskOffset {
  /** versions 0-1 */
  subtopologyId: string;
  /** versions 0-1 */
  partition: number;
  /** versions 0-1 */
  offset: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseAssignment {
  /** versions 0-1 */
  activeTasks: StreamsGroupDescribeResponseTaskIds[];
  /** versions 0-1 */
  standbyTasks: StreamsGroupDescribeResponseTaskIds[];
  /** versions 0-1 */
  warmupTasks: StreamsGroupDescribeResponseTaskIds[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseTaskIds {
  /** versions 0-1 */
  subtopologyId: string;
  /** versions 0-1 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseTopologyDescription {
  /** versions 1 */
  subtopologies: StreamsGroupDescribeResponseTopologyDescriptionSubtopology[];
  /** versions 1 */
  globalStores: StreamsGroupDescribeResponseTopologyDescriptionGlobalStore[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseTopologyDescriptionSubtopology {
  /** versions 1 */
  subtopologyId: string;
  /** versions 1 */
  nodes: StreamsGroupDescribeResponseTopologyDescriptionNode[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseTopologyDescriptionNode {
  /** versions 1 */
  name: string;
  /** versions 1 */
  nodeType: number;
  /** versions 1 */
  sourceTopics: string[];
  /** versions 1, nullable 1 */
  sinkTopic: string | null;
  /** versions 1 */
  stores: string[];
  /** versions 1 */
  successors: string[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupDescribeResponseTopologyDescriptionGlobalStore {
  /** versions 1 */
  source: StreamsGroupDescribeResponseTopologyDescriptionNode;
  /** versions 1 */
  processor: StreamsGroupDescribeResponseTopologyDescriptionNode;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readStreamsGroupDescribeResponse(r: Reader, version: number): StreamsGroupDescribeResponse {
  const out = {} as StreamsGroupDescribeResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseDescribedGroup>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseDescribedGroup(r, version);
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

function writeStreamsGroupDescribeResponse(w: Writer, version: number, v: StreamsGroupDescribeResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendCompactArrayLength(v.groups.length);
  for (let i = 0; i < v.groups.length; i++) writeStreamsGroupDescribeResponseDescribedGroup(w, version, v.groups[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseDescribedGroup(r: Reader, version: number): StreamsGroupDescribeResponseDescribedGroup {
  const out = {} as StreamsGroupDescribeResponseDescribedGroup;
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.groupId = r.readCompactString();
  out.groupState = r.readCompactString();
  out.groupEpoch = r.readInt32();
  out.assignmentEpoch = r.readInt32();
  out.topology = r.readInt8() < 0 ? null : readStreamsGroupDescribeResponseTopology(r, version);
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseMember>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseMember(r, version);
    out.members = a;
  }
  out.authorizedOperations = r.readInt32();
  if (version >= 1) {
    out.topologyDescription = r.readInt8() < 0 ? null : readStreamsGroupDescribeResponseTopologyDescription(r, version);
  }
  if (version >= 1) {
    out.topologyDescriptionStatus = r.readInt8();
  }
  if (version >= 1) {
    out.assignorName = r.readCompactNullableString();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseDescribedGroup(w: Writer, version: number, v: StreamsGroupDescribeResponseDescribedGroup): void {
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactString(v.groupId);
  w.appendCompactString(v.groupState);
  w.appendInt32(v.groupEpoch);
  w.appendInt32(v.assignmentEpoch);
  if (v.topology === null) {
    w.appendInt8(-1);
  } else {
    w.appendInt8(1);
    writeStreamsGroupDescribeResponseTopology(w, version, v.topology!);
  }
  w.appendCompactArrayLength(v.members.length);
  for (let i = 0; i < v.members.length; i++) writeStreamsGroupDescribeResponseMember(w, version, v.members[i]);
  w.appendInt32(v.authorizedOperations);
  if (version >= 1) {
    {
      const x = v.topologyDescription === undefined ? null : v.topologyDescription;
      if (x === null) {
        w.appendInt8(-1);
      } else {
        w.appendInt8(1);
        writeStreamsGroupDescribeResponseTopologyDescription(w, version, x!);
      }
    }
  }
  if (version >= 1) {
    {
      const x = v.topologyDescriptionStatus === undefined ? 0 : v.topologyDescriptionStatus;
      w.appendInt8(x);
    }
  }
  if (version >= 1) {
    {
      const x = v.assignorName === undefined ? null : v.assignorName;
      w.appendCompactNullableString(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseTopology(r: Reader, version: number): StreamsGroupDescribeResponseTopology {
  const out = {} as StreamsGroupDescribeResponseTopology;
  out.epoch = r.readInt32();
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.subtopologies = null;
    } else {
      const a = new Array<StreamsGroupDescribeResponseSubtopology>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseSubtopology(r, version);
      out.subtopologies = a;
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

function writeStreamsGroupDescribeResponseTopology(w: Writer, version: number, v: StreamsGroupDescribeResponseTopology): void {
  w.appendInt32(v.epoch);
  if (v.subtopologies === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.subtopologies!.length);
    for (let i = 0; i < v.subtopologies!.length; i++) writeStreamsGroupDescribeResponseSubtopology(w, version, v.subtopologies![i]);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseSubtopology(r: Reader, version: number): StreamsGroupDescribeResponseSubtopology {
  const out = {} as StreamsGroupDescribeResponseSubtopology;
  out.subtopologyId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.sourceTopics = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.repartitionSinkTopics = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseTopicInfo>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseTopicInfo(r, version);
    out.stateChangelogTopics = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseTopicInfo>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseTopicInfo(r, version);
    out.repartitionSourceTopics = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseSubtopology(w: Writer, version: number, v: StreamsGroupDescribeResponseSubtopology): void {
  w.appendCompactString(v.subtopologyId);
  w.appendCompactArrayLength(v.sourceTopics.length);
  for (let i = 0; i < v.sourceTopics.length; i++) w.appendCompactString(v.sourceTopics[i]);
  w.appendCompactArrayLength(v.repartitionSinkTopics.length);
  for (let i = 0; i < v.repartitionSinkTopics.length; i++) w.appendCompactString(v.repartitionSinkTopics[i]);
  w.appendCompactArrayLength(v.stateChangelogTopics.length);
  for (let i = 0; i < v.stateChangelogTopics.length; i++) writeStreamsGroupDescribeResponseTopicInfo(w, version, v.stateChangelogTopics[i]);
  w.appendCompactArrayLength(v.repartitionSourceTopics.length);
  for (let i = 0; i < v.repartitionSourceTopics.length; i++) writeStreamsGroupDescribeResponseTopicInfo(w, version, v.repartitionSourceTopics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseTopicInfo(r: Reader, version: number): StreamsGroupDescribeResponseTopicInfo {
  const out = {} as StreamsGroupDescribeResponseTopicInfo;
  out.name = r.readCompactString();
  out.partitions = r.readInt32();
  out.replicationFactor = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseKeyValue>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseKeyValue(r, version);
    out.topicConfigs = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseTopicInfo(w: Writer, version: number, v: StreamsGroupDescribeResponseTopicInfo): void {
  w.appendCompactString(v.name);
  w.appendInt32(v.partitions);
  w.appendInt16(v.replicationFactor);
  w.appendCompactArrayLength(v.topicConfigs.length);
  for (let i = 0; i < v.topicConfigs.length; i++) writeStreamsGroupDescribeResponseKeyValue(w, version, v.topicConfigs[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseKeyValue(r: Reader, version: number): StreamsGroupDescribeResponseKeyValue {
  const out = {} as StreamsGroupDescribeResponseKeyValue;
  out.key = r.readCompactString();
  out.value = r.readCompactString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseKeyValue(w: Writer, version: number, v: StreamsGroupDescribeResponseKeyValue): void {
  w.appendCompactString(v.key);
  w.appendCompactString(v.value);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseMember(r: Reader, version: number): StreamsGroupDescribeResponseMember {
  const out = {} as StreamsGroupDescribeResponseMember;
  out.memberId = r.readCompactString();
  out.memberEpoch = r.readInt32();
  out.instanceId = r.readCompactNullableString();
  out.rackId = r.readCompactNullableString();
  out.clientId = r.readCompactString();
  out.clientHost = r.readCompactString();
  out.topologyEpoch = r.readInt32();
  out.processId = r.readCompactString();
  out.userEndpoint = r.readInt8() < 0 ? null : readStreamsGroupDescribeResponseEndpoint(r, version);
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseKeyValue>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseKeyValue(r, version);
    out.clientTags = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseTaskOffset>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseTaskOffset(r, version);
    out.taskOffsets = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseTaskOffset>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseTaskOffset(r, version);
    out.taskEndOffsets = a;
  }
  out.assignment = readStreamsGroupDescribeResponseAssignment(r, version);
  out.targetAssignment = readStreamsGroupDescribeResponseAssignment(r, version);
  out.isClassic = r.readBoolean();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseMember(w: Writer, version: number, v: StreamsGroupDescribeResponseMember): void {
  w.appendCompactString(v.memberId);
  w.appendInt32(v.memberEpoch);
  w.appendCompactNullableString(v.instanceId);
  w.appendCompactNullableString(v.rackId);
  w.appendCompactString(v.clientId);
  w.appendCompactString(v.clientHost);
  w.appendInt32(v.topologyEpoch);
  w.appendCompactString(v.processId);
  if (v.userEndpoint === null) {
    w.appendInt8(-1);
  } else {
    w.appendInt8(1);
    writeStreamsGroupDescribeResponseEndpoint(w, version, v.userEndpoint!);
  }
  w.appendCompactArrayLength(v.clientTags.length);
  for (let i = 0; i < v.clientTags.length; i++) writeStreamsGroupDescribeResponseKeyValue(w, version, v.clientTags[i]);
  w.appendCompactArrayLength(v.taskOffsets.length);
  for (let i = 0; i < v.taskOffsets.length; i++) writeStreamsGroupDescribeResponseTaskOffset(w, version, v.taskOffsets[i]);
  w.appendCompactArrayLength(v.taskEndOffsets.length);
  for (let i = 0; i < v.taskEndOffsets.length; i++) writeStreamsGroupDescribeResponseTaskOffset(w, version, v.taskEndOffsets[i]);
  writeStreamsGroupDescribeResponseAssignment(w, version, v.assignment);
  writeStreamsGroupDescribeResponseAssignment(w, version, v.targetAssignment);
  w.appendBoolean(v.isClassic);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseEndpoint(r: Reader, version: number): StreamsGroupDescribeResponseEndpoint {
  const out = {} as StreamsGroupDescribeResponseEndpoint;
  out.host = r.readCompactString();
  out.port = r.readUInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseEndpoint(w: Writer, version: number, v: StreamsGroupDescribeResponseEndpoint): void {
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseTaskOffset(r: Reader, version: number): StreamsGroupDescribeResponseTaskOffset {
  const out = {} as StreamsGroupDescribeResponseTaskOffset;
  out.subtopologyId = r.readCompactString();
  out.partition = r.readInt32();
  out.offset = r.readInt64();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseTaskOffset(w: Writer, version: number, v: StreamsGroupDescribeResponseTaskOffset): void {
  w.appendCompactString(v.subtopologyId);
  w.appendInt32(v.partition);
  w.appendInt64(v.offset);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseAssignment(r: Reader, version: number): StreamsGroupDescribeResponseAssignment {
  const out = {} as StreamsGroupDescribeResponseAssignment;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseTaskIds>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseTaskIds(r, version);
    out.activeTasks = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseTaskIds>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseTaskIds(r, version);
    out.standbyTasks = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseTaskIds>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseTaskIds(r, version);
    out.warmupTasks = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseAssignment(w: Writer, version: number, v: StreamsGroupDescribeResponseAssignment): void {
  w.appendCompactArrayLength(v.activeTasks.length);
  for (let i = 0; i < v.activeTasks.length; i++) writeStreamsGroupDescribeResponseTaskIds(w, version, v.activeTasks[i]);
  w.appendCompactArrayLength(v.standbyTasks.length);
  for (let i = 0; i < v.standbyTasks.length; i++) writeStreamsGroupDescribeResponseTaskIds(w, version, v.standbyTasks[i]);
  w.appendCompactArrayLength(v.warmupTasks.length);
  for (let i = 0; i < v.warmupTasks.length; i++) writeStreamsGroupDescribeResponseTaskIds(w, version, v.warmupTasks[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseTaskIds(r: Reader, version: number): StreamsGroupDescribeResponseTaskIds {
  const out = {} as StreamsGroupDescribeResponseTaskIds;
  out.subtopologyId = r.readCompactString();
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

function writeStreamsGroupDescribeResponseTaskIds(w: Writer, version: number, v: StreamsGroupDescribeResponseTaskIds): void {
  w.appendCompactString(v.subtopologyId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseTopologyDescription(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescription {
  const out = {} as StreamsGroupDescribeResponseTopologyDescription;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseTopologyDescriptionSubtopology>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseTopologyDescriptionSubtopology(r, version);
    out.subtopologies = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseTopologyDescriptionGlobalStore>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseTopologyDescriptionGlobalStore(r, version);
    out.globalStores = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseTopologyDescription(w: Writer, version: number, v: StreamsGroupDescribeResponseTopologyDescription): void {
  w.appendCompactArrayLength(v.subtopologies.length);
  for (let i = 0; i < v.subtopologies.length; i++) writeStreamsGroupDescribeResponseTopologyDescriptionSubtopology(w, version, v.subtopologies[i]);
  w.appendCompactArrayLength(v.globalStores.length);
  for (let i = 0; i < v.globalStores.length; i++) writeStreamsGroupDescribeResponseTopologyDescriptionGlobalStore(w, version, v.globalStores[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseTopologyDescriptionSubtopology(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescriptionSubtopology {
  const out = {} as StreamsGroupDescribeResponseTopologyDescriptionSubtopology;
  out.subtopologyId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupDescribeResponseTopologyDescriptionNode>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupDescribeResponseTopologyDescriptionNode(r, version);
    out.nodes = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseTopologyDescriptionSubtopology(w: Writer, version: number, v: StreamsGroupDescribeResponseTopologyDescriptionSubtopology): void {
  w.appendCompactString(v.subtopologyId);
  w.appendCompactArrayLength(v.nodes.length);
  for (let i = 0; i < v.nodes.length; i++) writeStreamsGroupDescribeResponseTopologyDescriptionNode(w, version, v.nodes[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseTopologyDescriptionNode(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescriptionNode {
  const out = {} as StreamsGroupDescribeResponseTopologyDescriptionNode;
  out.name = r.readCompactString();
  out.nodeType = r.readInt8();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.sourceTopics = a;
  }
  out.sinkTopic = r.readCompactNullableString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.stores = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.successors = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseTopologyDescriptionNode(w: Writer, version: number, v: StreamsGroupDescribeResponseTopologyDescriptionNode): void {
  w.appendCompactString(v.name);
  w.appendInt8(v.nodeType);
  w.appendCompactArrayLength(v.sourceTopics.length);
  for (let i = 0; i < v.sourceTopics.length; i++) w.appendCompactString(v.sourceTopics[i]);
  w.appendCompactNullableString(v.sinkTopic);
  w.appendCompactArrayLength(v.stores.length);
  for (let i = 0; i < v.stores.length; i++) w.appendCompactString(v.stores[i]);
  w.appendCompactArrayLength(v.successors.length);
  for (let i = 0; i < v.successors.length; i++) w.appendCompactString(v.successors[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupDescribeResponseTopologyDescriptionGlobalStore(r: Reader, version: number): StreamsGroupDescribeResponseTopologyDescriptionGlobalStore {
  const out = {} as StreamsGroupDescribeResponseTopologyDescriptionGlobalStore;
  out.source = readStreamsGroupDescribeResponseTopologyDescriptionNode(r, version);
  out.processor = readStreamsGroupDescribeResponseTopologyDescriptionNode(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupDescribeResponseTopologyDescriptionGlobalStore(w: Writer, version: number, v: StreamsGroupDescribeResponseTopologyDescriptionGlobalStore): void {
  writeStreamsGroupDescribeResponseTopologyDescriptionNode(w, version, v.source);
  writeStreamsGroupDescribeResponseTopologyDescriptionNode(w, version, v.processor);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultStreamsGroupDescribeResponseAssignment(version: number): StreamsGroupDescribeResponseAssignment {
  const out = {} as StreamsGroupDescribeResponseAssignment;
  out.activeTasks = [];
  out.standbyTasks = [];
  out.warmupTasks = [];
  return out;
}

function isDefaultStreamsGroupDescribeResponseAssignment(v: StreamsGroupDescribeResponseAssignment, version: number): boolean {
  {
    const x = v.activeTasks;
    if (x !== undefined && x.length > 0) return false;
  }
  {
    const x = v.standbyTasks;
    if (x !== undefined && x.length > 0) return false;
  }
  {
    const x = v.warmupTasks;
    if (x !== undefined && x.length > 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

function defaultStreamsGroupDescribeResponseTopologyDescriptionNode(version: number): StreamsGroupDescribeResponseTopologyDescriptionNode {
  const out = {} as StreamsGroupDescribeResponseTopologyDescriptionNode;
  out.name = "";
  out.nodeType = 0;
  out.sourceTopics = [];
  out.sinkTopic = null;
  out.stores = [];
  out.successors = [];
  return out;
}

function isDefaultStreamsGroupDescribeResponseTopologyDescriptionNode(v: StreamsGroupDescribeResponseTopologyDescriptionNode, version: number): boolean {
  {
    const x = v.name;
    if (x !== undefined && x !== "") return false;
  }
  {
    const x = v.nodeType;
    if (x !== undefined && x !== 0) return false;
  }
  {
    const x = v.sourceTopics;
    if (x !== undefined && x.length > 0) return false;
  }
  {
    const x = v.sinkTopic;
    if (x !== undefined && x !== null) return false;
  }
  {
    const x = v.stores;
    if (x !== undefined && x.length > 0) return false;
  }
  {
    const x = v.successors;
    if (x !== undefined && x.length > 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeStreamsGroupDescribeResponse(r: Reader, version: number): StreamsGroupDescribeResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('StreamsGroupDescribeResponse', version, 0, 1);
  return readStreamsGroupDescribeResponse(r, version);
}

export function encodeStreamsGroupDescribeResponse(w: Writer, version: number, value: StreamsGroupDescribeResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('StreamsGroupDescribeResponse', version, 0, 1);
  try {
    writeStreamsGroupDescribeResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('StreamsGroupDescribeResponse', version, error);
  }
}
