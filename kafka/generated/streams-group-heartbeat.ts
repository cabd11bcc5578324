// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from StreamsGroupHeartbeatRequest.json, StreamsGroupHeartbeatResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface StreamsGroupHeartbeatRequest {
  /** versions 0-1 */
  groupId: string;
  /** versions 0-1 */
  memberId: string;
  /** versions 0-1 */
  memberEpoch: number;
  /** versions 0-1 */
  endpointInformationEpoch: number;
  /** versions 0-1, nullable 0-1 */
  instanceId: string | null;
  /** versions 0-1, nullable 0-1 */
  rackId: string | null;
  /** versions 0-1 */
  rebalanceTimeoutMs: number;
  /** versions 0-1, nullable 0-1 */
  topology: StreamsGroupHeartbeatRequestTopology | null;
  /** versions 0-1, nullable 0-1 */
  activeTasks: StreamsGroupHeartbeatRequestTaskIds[] | null;
  /** versions 0-1, nullable 0-1 */
  standbyTasks: StreamsGroupHeartbeatRequestTaskIds[] | null;
  /** versions 0-1, nullable 0-1 */
  warmupTasks: StreamsGroupHeartbeatRequestTaskIds[] | null;
  /** versions 0-1, nullable 0-1 */
  processId: string | null;
  /** versions 0-1, nullable 0-1 */
  userEndpoint: StreamsGroupHeartbeatRequestEndpoint | null;
  /** versions 0-1, nullable 0-1 */
  clientTags: StreamsGroupHeartbeatRequestKeyValue[] | null;
  /** versions 0-1, nullable 0-1 */
  taskOffsets: StreamsGroupHeartbeatRequestTaskOffset[] | null;
  /** versions 0-1, nullable 0-1 */
  taskEndOffsets: StreamsGroupHeartbeatRequestTaskOffset[] | null;
  /** versions 0-1 */
  shutdownApplication: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatRequestTopology {
  /** versions 0-1 */
  epoch: number;
  /** versions 0-1 */
  subtopologies: StreamsGroupHeartbeatRequestSubtopology[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatRequestSubtopology {
  /** versions 0-1 */
  subtopologyId: string;
  /** versions 0-1 */
  sourceTopics: string[];
  /** versions 0-1 */
  sourceTopicRegex: string[];
  /** versions 0-1 */
  stateChangelogTopics: StreamsGroupHeartbeatRequestTopicInfo[];
  /** versions 0-1 */
  repartitionSinkTopics: string[];
  /** versions 0-1 */
  repartitionSourceTopics: StreamsGroupHeartbeatRequestTopicInfo[];
  /** versions 0-1 */
  copartitionGroups: StreamsGroupHeartbeatRequestCopartitionGroup[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatRequestTopicInfo {
  /** versions 0-1 */
  name: string;
  /** versions 0-1 */
  partitions: number;
  /** versions 0-1 */
  replicationFactor: number;
  /** versions 0-1 */
  topicConfigs: StreamsGroupHeartbeatRequestKeyValue[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatRequestKeyValue {
  /** versions 0-1 */
  key: string;
  /** versions 0-1 */
  value: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatRequestCopartitionGroup {
  /** versions 0-1 */
  sourceTopics: number[];
  /** versions 0-1 */
  sourceTopicRegex: number[];
  /** versions 0-1 */
  repartitionSourceTopics: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatRequestTaskIds {
  /** versions 0-1 */
  subtopologyId: string;
  /** versions 0-1 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatRequestEndpoint {
  /** versions 0-1 */
  host: string;
  /** versions 0-1 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatRequestTaskOffset {
  /** versions 0-1 */
  subtopologyId: string;
  /** versions 0-1 */
  partition: number;
  /** versions 0-1 */
  offset: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readStreamsGroupHeartbeatRequest(r: Reader, version: number): StreamsGroupHeartbeatRequest {
  const out = {} as StreamsGroupHeartbeatRequest;
  out.groupId = r.readCompactString();
  out.memberId = r.readCompactString();
  out.memberEpoch = r.readInt32();
  out.endpointInformationEpoch = r.readInt32();
  out.instanceId = r.readCompactNullableString();
  out.rackId = r.readCompactNullableString();
  out.rebalanceTimeoutMs = r.readInt32();
  out.topology = r.readInt8() < 0 ? null : readStreamsGroupHeartbeatRequestTopology(r, version);
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.activeTasks = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatRequestTaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestTaskIds(r, version);
      out.activeTasks = a;
    }
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.standbyTasks = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatRequestTaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestTaskIds(r, version);
      out.standbyTasks = a;
    }
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.warmupTasks = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatRequestTaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestTaskIds(r, version);
      out.warmupTasks = a;
    }
  }
  out.processId = r.readCompactNullableString();
  out.userEndpoint = r.readInt8() < 0 ? null : readStreamsGroupHeartbeatRequestEndpoint(r, version);
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.clientTags = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatRequestKeyValue>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestKeyValue(r, version);
      out.clientTags = a;
    }
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.taskOffsets = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatRequestTaskOffset>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestTaskOffset(r, version);
      out.taskOffsets = a;
    }
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.taskEndOffsets = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatRequestTaskOffset>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestTaskOffset(r, version);
      out.taskEndOffsets = a;
    }
  }
  out.shutdownApplication = r.readBoolean();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupHeartbeatRequest(w: Writer, version: number, v: StreamsGroupHeartbeatRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactString(v.memberId);
  w.appendInt32(v.memberEpoch);
  w.appendInt32(v.endpointInformationEpoch);
  w.appendCompactNullableString(v.instanceId);
  w.appendCompactNullableString(v.rackId);
  w.appendInt32(v.rebalanceTimeoutMs);
  if (v.topology === null) {
    w.appendInt8(-1);
  } else {
    w.appendInt8(1);
    writeStreamsGroupHeartbeatRequestTopology(w, version, v.topology!);
  }
  if (v.activeTasks === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.activeTasks!.length);
    for (let i = 0; i < v.activeTasks!.length; i++) writeStreamsGroupHeartbeatRequestTaskIds(w, version, v.activeTasks![i]);
  }
  if (v.standbyTasks === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.standbyTasks!.length);
    for (let i = 0; i < v.standbyTasks!.length; i++) writeStreamsGroupHeartbeatRequestTaskIds(w, version, v.standbyTasks![i]);
  }
  if (v.warmupTasks === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.warmupTasks!.length);
    for (let i = 0; i < v.warmupTasks!.length; i++) writeStreamsGroupHeartbeatRequestTaskIds(w, version, v.warmupTasks![i]);
  }
  w.appendCompactNullableString(v.processId);
  if (v.userEndpoint === null) {
    w.appendInt8(-1);
  } else {
    w.appendInt8(1);
    writeStreamsGroupHeartbeatRequestEndpoint(w, version, v.userEndpoint!);
  }
  if (v.clientTags === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.clientTags!.length);
    for (let i = 0; i < v.clientTags!.length; i++) writeStreamsGroupHeartbeatRequestKeyValue(w, version, v.clientTags![i]);
  }
  if (v.taskOffsets === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.taskOffsets!.length);
    for (let i = 0; i < v.taskOffsets!.length; i++) writeStreamsGroupHeartbeatRequestTaskOffset(w, version, v.taskOffsets![i]);
  }
  if (v.taskEndOffsets === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.taskEndOffsets!.length);
    for (let i = 0; i < v.taskEndOffsets!.length; i++) writeStreamsGroupHeartbeatRequestTaskOffset(w, version, v.taskEndOffsets![i]);
  }
  w.appendBoolean(v.shutdownApplication);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatRequestTopology(r: Reader, version: number): StreamsGroupHeartbeatRequestTopology {
  const out = {} as StreamsGroupHeartbeatRequestTopology;
  out.epoch = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupHeartbeatRequestSubtopology>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestSubtopology(r, version);
    out.subtopologies = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupHeartbeatRequestTopology(w: Writer, version: number, v: StreamsGroupHeartbeatRequestTopology): void {
  w.appendInt32(v.epoch);
  w.appendCompactArrayLength(v.subtopologies.length);
  for (let i = 0; i < v.subtopologies.length; i++) writeStreamsGroupHeartbeatRequestSubtopology(w, version, v.subtopologies[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatRequestSubtopology(r: Reader, version: number): StreamsGroupHeartbeatRequestSubtopology {
  const out = {} as StreamsGroupHeartbeatRequestSubtopology;
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
    out.sourceTopicRegex = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupHeartbeatRequestTopicInfo>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestTopicInfo(r, version);
    out.stateChangelogTopics = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.repartitionSinkTopics = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupHeartbeatRequestTopicInfo>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestTopicInfo(r, version);
    out.repartitionSourceTopics = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupHeartbeatRequestCopartitionGroup>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestCopartitionGroup(r, version);
    out.copartitionGroups = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupHeartbeatRequestSubtopology(w: Writer, version: number, v: StreamsGroupHeartbeatRequestSubtopology): void {
  w.appendCompactString(v.subtopologyId);
  w.appendCompactArrayLength(v.sourceTopics.length);
  for (let i = 0; i < v.sourceTopics.length; i++) w.appendCompactString(v.sourceTopics[i]);
  w.appendCompactArrayLength(v.sourceTopicRegex.length);
  for (let i = 0; i < v.sourceTopicRegex.length; i++) w.appendCompactString(v.sourceTopicRegex[i]);
  w.appendCompactArrayLength(v.stateChangelogTopics.length);
  for (let i = 0; i < v.stateChangelogTopics.length; i++) writeStreamsGroupHeartbeatRequestTopicInfo(w, version, v.stateChangelogTopics[i]);
  w.appendCompactArrayLength(v.repartitionSinkTopics.length);
  for (let i = 0; i < v.repartitionSinkTopics.length; i++) w.appendCompactString(v.repartitionSinkTopics[i]);
  w.appendCompactArrayLength(v.repartitionSourceTopics.length);
  for (let i = 0; i < v.repartitionSourceTopics.length; i++) writeStreamsGroupHeartbeatRequestTopicInfo(w, version, v.repartitionSourceTopics[i]);
  w.appendCompactArrayLength(v.copartitionGroups.length);
  for (let i = 0; i < v.copartitionGroups.length; i++) writeStreamsGroupHeartbeatRequestCopartitionGroup(w, version, v.copartitionGroups[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatRequestTopicInfo(r: Reader, version: number): StreamsGroupHeartbeatRequestTopicInfo {
  const out = {} as StreamsGroupHeartbeatRequestTopicInfo;
  out.name = r.readCompactString();
  out.partitions = r.readInt32();
  out.replicationFactor = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupHeartbeatRequestKeyValue>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatRequestKeyValue(r, version);
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

function writeStreamsGroupHeartbeatRequestTopicInfo(w: Writer, version: number, v: StreamsGroupHeartbeatRequestTopicInfo): void {
  w.appendCompactString(v.name);
  w.appendInt32(v.partitions);
  w.appendInt16(v.replicationFactor);
  w.appendCompactArrayLength(v.topicConfigs.length);
  for (let i = 0; i < v.topicConfigs.length; i++) writeStreamsGroupHeartbeatRequestKeyValue(w, version, v.topicConfigs[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatRequestKeyValue(r: Reader, version: number): StreamsGroupHeartbeatRequestKeyValue {
  const out = {} as StreamsGroupHeartbeatRequestKeyValue;
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

function writeStreamsGroupHeartbeatRequestKeyValue(w: Writer, version: number, v: StreamsGroupHeartbeatRequestKeyValue): void {
  w.appendCompactString(v.key);
  w.appendCompactString(v.value);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatRequestCopartitionGroup(r: Reader, version: number): StreamsGroupHeartbeatRequestCopartitionGroup {
  const out = {} as StreamsGroupHeartbeatRequestCopartitionGroup;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt16();
    out.sourceTopics = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt16();
    out.sourceTopicRegex = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt16();
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

function writeStreamsGroupHeartbeatRequestCopartitionGroup(w: Writer, version: number, v: StreamsGroupHeartbeatRequestCopartitionGroup): void {
  w.appendCompactArrayLength(v.sourceTopics.length);
  for (let i = 0; i < v.sourceTopics.length; i++) w.appendInt16(v.sourceTopics[i]);
  w.appendCompactArrayLength(v.sourceTopicRegex.length);
  for (let i = 0; i < v.sourceTopicRegex.length; i++) w.appendInt16(v.sourceTopicRegex[i]);
  w.appendCompactArrayLength(v.repartitionSourceTopics.length);
  for (let i = 0; i < v.repartitionSourceTopics.length; i++) w.appendInt16(v.repartitionSourceTopics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatRequestTaskIds(r: Reader, version: number): StreamsGroupHeartbeatRequestTaskIds {
  const out = {} as StreamsGroupHeartbeatRequestTaskIds;
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

function writeStreamsGroupHeartbeatRequestTaskIds(w: Writer, version: number, v: StreamsGroupHeartbeatRequestTaskIds): void {
  w.appendCompactString(v.subtopologyId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatRequestEndpoint(r: Reader, version: number): StreamsGroupHeartbeatRequestEndpoint {
  const out = {} as StreamsGroupHeartbeatRequestEndpoint;
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

function writeStreamsGroupHeartbeatRequestEndpoint(w: Writer, version: number, v: StreamsGroupHeartbeatRequestEndpoint): void {
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatRequestTaskOffset(r: Reader, version: number): StreamsGroupHeartbeatRequestTaskOffset {
  const out = {} as StreamsGroupHeartbeatRequestTaskOffset;
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

function writeStreamsGroupHeartbeatRequestTaskOffset(w: Writer, version: number, v: StreamsGroupHeartbeatRequestTaskOffset): void {
  w.appendCompactString(v.subtopologyId);
  w.appendInt32(v.partition);
  w.appendInt64(v.offset);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupHeartbeatRequest(r: Reader, version: number): StreamsGroupHeartbeatRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('StreamsGroupHeartbeatRequest', version, 0, 1);
  return readStreamsGroupHeartbeatRequest(r, version);
}

export function encodeStreamsGroupHeartbeatRequest(w: Writer, version: number, value: StreamsGroupHeartbeatRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('StreamsGroupHeartbeatRequest', version, 0, 1);
  try {
    writeStreamsGroupHeartbeatRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('StreamsGroupHeartbeatRequest', version, error);
  }
}

export interface StreamsGroupHeartbeatResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** versions 0-1 */
  memberId: string;
  /** versions 0-1 */
  memberEpoch: number;
  /** versions 0-1 */
  heartbeatIntervalMs: number;
  /** versions 0 */
  acceptableRecoveryLagLegacy?: number;
  /** versions 0-1 */
  taskOffsetIntervalMs: number;
  /** versions 1 */
  acceptableRecoveryLag?: bigint;
  /** versions 0-1, nullable 0-1 */
  status: StreamsGroupHeartbeatResponseStatus[] | null;
  /** versions 0-1, nullable 0-1 */
  activeTasks: StreamsGroupHeartbeatResponseTaskIds[] | null;
  /** versions 0-1, nullable 0-1 */
  standbyTasks: StreamsGroupHeartbeatResponseTaskIds[] | null;
  /** versions 0-1, nullable 0-1 */
  warmupTasks: StreamsGroupHeartbeatResponseTaskIds[] | null;
  /** versions 1 */
  topologyDescriptionRequired?: boolean;
  /** versions 0-1 */
  endpointInformationEpoch: number;
  /** versions 0-1, nullable 0-1 */
  partitionsByUserEndpoint: StreamsGroupHeartbeatResponseEndpointToPartitions[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatResponseStatus {
  /** versions 0-1 */
  statusCode: number;
  /** versions 0-1 */
  statusDetail: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatResponseTaskIds {
  /** versions 0-1 */
  subtopologyId: string;
  /** versions 0-1 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatResponseEndpointToPartitions {
  /** versions 0-1 */
  userEndpoint: StreamsGroupHeartbeatResponseEndpoint;
  /** versions 0-1 */
  activePartitions: StreamsGroupHeartbeatResponseTopicPartition[];
  /** versions 0-1 */
  standbyPartitions: StreamsGroupHeartbeatResponseTopicPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatResponseEndpoint {
  /** versions 0-1 */
  host: string;
  /** versions 0-1 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupHeartbeatResponseTopicPartition {
  /** versions 0-1 */
  topic: string;
  /** versions 0-1 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readStreamsGroupHeartbeatResponse(r: Reader, version: number): StreamsGroupHeartbeatResponse {
  const out = {} as StreamsGroupHeartbeatResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.memberId = r.readCompactString();
  out.memberEpoch = r.readInt32();
  out.heartbeatIntervalMs = r.readInt32();
  if (version <= 0) {
    out.acceptableRecoveryLagLegacy = r.readInt32();
  }
  out.taskOffsetIntervalMs = r.readInt32();
  if (version >= 1) {
    out.acceptableRecoveryLag = r.readInt64();
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.status = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatResponseStatus>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatResponseStatus(r, version);
      out.status = a;
    }
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.activeTasks = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatResponseTaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatResponseTaskIds(r, version);
      out.activeTasks = a;
    }
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.standbyTasks = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatResponseTaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatResponseTaskIds(r, version);
      out.standbyTasks = a;
    }
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.warmupTasks = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatResponseTaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatResponseTaskIds(r, version);
      out.warmupTasks = a;
    }
  }
  if (version >= 1) {
    out.topologyDescriptionRequired = r.readBoolean();
  }
  out.endpointInformationEpoch = r.readInt32();
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.partitionsByUserEndpoint = null;
    } else {
      const a = new Array<StreamsGroupHeartbeatResponseEndpointToPartitions>(n);
      for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatResponseEndpointToPartitions(r, version);
      out.partitionsByUserEndpoint = a;
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

function writeStreamsGroupHeartbeatResponse(w: Writer, version: number, v: StreamsGroupHeartbeatResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactString(v.memberId);
  w.appendInt32(v.memberEpoch);
  w.appendInt32(v.heartbeatIntervalMs);
  if (version <= 0) {
    {
      const x = v.acceptableRecoveryLagLegacy === undefined ? 0 : v.acceptableRecoveryLagLegacy;
      w.appendInt32(x);
    }
  }
  w.appendInt32(v.taskOffsetIntervalMs);
  if (version >= 1) {
    {
      const x = v.acceptableRecoveryLag === undefined ? -1n : v.acceptableRecoveryLag;
      w.appendInt64(x);
    }
  }
  if (v.status === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.status!.length);
    for (let i = 0; i < v.status!.length; i++) writeStreamsGroupHeartbeatResponseStatus(w, version, v.status![i]);
  }
  if (v.activeTasks === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.activeTasks!.length);
    for (let i = 0; i < v.activeTasks!.length; i++) writeStreamsGroupHeartbeatResponseTaskIds(w, version, v.activeTasks![i]);
  }
  if (v.standbyTasks === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.standbyTasks!.length);
    for (let i = 0; i < v.standbyTasks!.length; i++) writeStreamsGroupHeartbeatResponseTaskIds(w, version, v.standbyTasks![i]);
  }
  if (v.warmupTasks === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.warmupTasks!.length);
    for (let i = 0; i < v.warmupTasks!.length; i++) writeStreamsGroupHeartbeatResponseTaskIds(w, version, v.warmupTasks![i]);
  }
  if (version >= 1) {
    {
      const x = v.topologyDescriptionRequired === undefined ? false : v.topologyDescriptionRequired;
      w.appendBoolean(x);
    }
  }
  w.appendInt32(v.endpointInformationEpoch);
  if (v.partitionsByUserEndpoint === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.partitionsByUserEndpoint!.length);
    for (let i = 0; i < v.partitionsByUserEndpoint!.length; i++) writeStreamsGroupHeartbeatResponseEndpointToPartitions(w, version, v.partitionsByUserEndpoint![i]);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatResponseStatus(r: Reader, version: number): StreamsGroupHeartbeatResponseStatus {
  const out = {} as StreamsGroupHeartbeatResponseStatus;
  out.statusCode = r.readInt8();
  out.statusDetail = r.readCompactString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupHeartbeatResponseStatus(w: Writer, version: number, v: StreamsGroupHeartbeatResponseStatus): void {
  w.appendInt8(v.statusCode);
  w.appendCompactString(v.statusDetail);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatResponseTaskIds(r: Reader, version: number): StreamsGroupHeartbeatResponseTaskIds {
  const out = {} as StreamsGroupHeartbeatResponseTaskIds;
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

function writeStreamsGroupHeartbeatResponseTaskIds(w: Writer, version: number, v: StreamsGroupHeartbeatResponseTaskIds): void {
  w.appendCompactString(v.subtopologyId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatResponseEndpointToPartitions(r: Reader, version: number): StreamsGroupHeartbeatResponseEndpointToPartitions {
  const out = {} as StreamsGroupHeartbeatResponseEndpointToPartitions;
  out.userEndpoint = readStreamsGroupHeartbeatResponseEndpoint(r, version);
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupHeartbeatResponseTopicPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatResponseTopicPartition(r, version);
    out.activePartitions = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupHeartbeatResponseTopicPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupHeartbeatResponseTopicPartition(r, version);
    out.standbyPartitions = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupHeartbeatResponseEndpointToPartitions(w: Writer, version: number, v: StreamsGroupHeartbeatResponseEndpointToPartitions): void {
  writeStreamsGroupHeartbeatResponseEndpoint(w, version, v.userEndpoint);
  w.appendCompactArrayLength(v.activePartitions.length);
  for (let i = 0; i < v.activePartitions.length; i++) writeStreamsGroupHeartbeatResponseTopicPartition(w, version, v.activePartitions[i]);
  w.appendCompactArrayLength(v.standbyPartitions.length);
  for (let i = 0; i < v.standbyPartitions.length; i++) writeStreamsGroupHeartbeatResponseTopicPartition(w, version, v.standbyPartitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatResponseEndpoint(r: Reader, version: number): StreamsGroupHeartbeatResponseEndpoint {
  const out = {} as StreamsGroupHeartbeatResponseEndpoint;
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

function writeStreamsGroupHeartbeatResponseEndpoint(w: Writer, version: number, v: StreamsGroupHeartbeatResponseEndpoint): void {
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupHeartbeatResponseTopicPartition(r: Reader, version: number): StreamsGroupHeartbeatResponseTopicPartition {
  const out = {} as StreamsGroupHeartbeatResponseTopicPartition;
  out.topic = r.readCompactString();
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

function writeStreamsGroupHeartbeatResponseTopicPartition(w: Writer, version: number, v: StreamsGroupHeartbeatResponseTopicPartition): void {
  w.appendCompactString(v.topic);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultStreamsGroupHeartbeatResponseEndpoint(version: number): StreamsGroupHeartbeatResponseEndpoint {
  const out = {} as StreamsGroupHeartbeatResponseEndpoint;
  out.host = "";
  out.port = 0;
  return out;
}

function isDefaultStreamsGroupHeartbeatResponseEndpoint(v: StreamsGroupHeartbeatResponseEndpoint, version: number): boolean {
  {
    const x = v.host;
    if (x !== undefined && x !== "") return false;
  }
  {
    const x = v.port;
    if (x !== undefined && x !== 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeStreamsGroupHeartbeatResponse(r: Reader, version: number): StreamsGroupHeartbeatResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('StreamsGroupHeartbeatResponse', version, 0, 1);
  return readStreamsGroupHeartbeatResponse(r, version);
}

export function encodeStreamsGroupHeartbeatResponse(w: Writer, version: number, value: StreamsGroupHeartbeatResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('StreamsGroupHeartbeatResponse', version, 0, 1);
  try {
    writeStreamsGroupHeartbeatResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('StreamsGroupHeartbeatResponse', version, error);
  }
}
