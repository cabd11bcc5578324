// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from LeaderAndIsrRequest.json, LeaderAndIsrResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface LeaderAndIsrRequest {
  /** versions 0-7 */
  controllerId: number;
  /** versions 7 */
  isKRaftController?: boolean;
  /** versions 0-7 */
  controllerEpoch: number;
  /** versions 2-7 */
  brokerEpoch?: bigint;
  /** versions 5-7 */
  type?: number;
  /** versions 0-1 */
  ungroupedPartitionStates?: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  /** versions 2-7 */
  topicStates?: LeaderAndIsrRequestLeaderAndIsrTopicState[];
  /** versions 0-7 */
  liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderAndIsrRequestLeaderAndIsrPartitionState {
  /** versions 0-1 */
  topicName?: string;
  /** versions 0-7 */
  partitionIndex: number;
  /** versions 0-7 */
  controllerEpoch: number;
  /** versions 0-7 */
  leader: number;
  /** versions 0-7 */
  leaderEpoch: number;
  /** versions 0-7 */
  isr: number[];
  /** versions 0-7 */
  partitionEpoch: number;
  /** versions 0-7 */
  replicas: number[];
  /** versions 3-7 */
  addingReplicas?: number[];
  /** versions 3-7 */
  removingReplicas?: number[];
  /** versions 1-7 */
  isNew?: boolean;
  /** versions 6-7 */
  leaderRecoveryState?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderAndIsrRequestLeaderAndIsrTopicState {
  /** versions 2-7 */
  topicName: string;
  /** versions 5-7 */
  topicId?: Uuid;
  /** versions 2-7 */
  partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  /** versions 0-7 */
  brokerId: number;
  /** versions 0-7 */
  hostName: string;
  /** versions 0-7 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readLeaderAndIsrRequest(r: Reader, version: number): LeaderAndIsrRequest {
  const out = {} as LeaderAndIsrRequest;
  out.controllerId = r.readInt32();
  if (version >= 7) {
    out.isKRaftController = r.readBoolean();
  }
  out.controllerEpoch = r.readInt32();
  if (version >= 2) {
    out.brokerEpoch = r.readInt64();
  }
  if (version >= 5) {
    out.type = r.readInt8();
  }
  if (version <= 1) {
    {
      const n = r.readArrayLength();
      const a = new Array<LeaderAndIsrRequestLeaderAndIsrPartitionState>(n);
      for (let i = 0; i < n; i++) a[i] = readLeaderAndIsrRequestLeaderAndIsrPartitionState(r, version);
      out.ungroupedPartitionStates = a;
    }
  }
  if (version >= 2) {
    {
      const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<LeaderAndIsrRequestLeaderAndIsrTopicState>(n);
      for (let i = 0; i < n; i++) a[i] = readLeaderAndIsrRequestLeaderAndIsrTopicState(r, version);
      out.topicStates = a;
    }
  }
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<LeaderAndIsrRequestLeaderAndIsrLiveLeader>(n);
    for (let i = 0; i < n; i++) a[i] = readLeaderAndIsrRequestLeaderAndIsrLiveLeader(r, version);
    out.liveLeaders = a;
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

function writeLeaderAndIsrRequest(w: Writer, version: number, v: LeaderAndIsrRequest): void {
  w.appendInt32(v.controllerId);
  if (version >= 7) {
    {
      const x = v.isKRaftController === undefined ? false : v.isKRaftController;
      w.appendBoolean(x);
    }
  }
  w.appendInt32(v.controllerEpoch);
  if (version >= 2) {
    {
      const x = v.brokerEpoch === undefined ? -1n : v.brokerEpoch;
      w.appendInt64(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.type === undefined ? 0 : v.type;
      w.appendInt8(x);
    }
  }
  if (version <= 1) {
    {
      const x = v.ungroupedPartitionStates === undefined ? [] : v.ungroupedPartitionStates;
      w.appendArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, version, x[i]);
    }
  }
  if (version >= 2) {
    {
      const x = v.topicStates === undefined ? [] : v.topicStates;
      (version >= 4 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeLeaderAndIsrRequestLeaderAndIsrTopicState(w, version, x[i]);
    }
  }
  (version >= 4 ? w.appendCompactArrayLength(v.liveLeaders.length) : w.appendArrayLength(v.liveLeaders.length));
  for (let i = 0; i < v.liveLeaders.length; i++) writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w, version, v.liveLeaders[i]);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readLeaderAndIsrRequestLeaderAndIsrPartitionState(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const out = {} as LeaderAndIsrRequestLeaderAndIsrPartitionState;
  if (version <= 1) {
    out.topicName = r.readString();
  }
  out.partitionIndex = r.readInt32();
  out.controllerEpoch = r.readInt32();
  out.leader = r.readInt32();
  out.leaderEpoch = r.readInt32();
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.isr = a;
  }
  out.partitionEpoch = r.readInt32();
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.replicas = a;
  }
  if (version >= 3) {
    {
      const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.readInt32();
      out.addingReplicas = a;
    }
  }
  if (version >= 3) {
    {
      const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.readInt32();
      out.removingReplicas = a;
    }
  }
  if (version >= 1) {
    out.isNew = r.readBoolean();
  }
  if (version >= 6) {
    out.leaderRecoveryState = r.readInt8();
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

function writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w: Writer, version: number, v: LeaderAndIsrRequestLeaderAndIsrPartitionState): void {
  if (version <= 1) {
    {
      const x = v.topicName === undefined ? "" : v.topicName;
      w.appendString(x);
    }
  }
  w.appendInt32(v.partitionIndex);
  w.appendInt32(v.controllerEpoch);
  w.appendInt32(v.leader);
  w.appendInt32(v.leaderEpoch);
  (version >= 4 ? w.appendCompactArrayLength(v.isr.length) : w.appendArrayLength(v.isr.length));
  for (let i = 0; i < v.isr.length; i++) w.appendInt32(v.isr[i]);
  w.appendInt32(v.partitionEpoch);
  (version >= 4 ? w.appendCompactArrayLength(v.replicas.length) : w.appendArrayLength(v.replicas.length));
  for (let i = 0; i < v.replicas.length; i++) w.appendInt32(v.replicas[i]);
  if (version >= 3) {
    {
      const x = v.addingReplicas === undefined ? [] : v.addingReplicas;
      (version >= 4 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) w.appendInt32(x[i]);
    }
  }
  if (version >= 3) {
    {
      const x = v.removingReplicas === undefined ? [] : v.removingReplicas;
      (version >= 4 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) w.appendInt32(x[i]);
    }
  }
  if (version >= 1) {
    {
      const x = v.isNew === undefined ? false : v.isNew;
      w.appendBoolean(x);
    }
  }
  if (version >= 6) {
    {
      const x = v.leaderRecoveryState === undefined ? 0 : v.leaderRecoveryState;
      w.appendInt8(x);
    }
  }
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readLeaderAndIsrRequestLeaderAndIsrTopicState(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const out = {} as LeaderAndIsrRequestLeaderAndIsrTopicState;
  out.topicName = (version >= 4 ? r.readCompactString() : r.readString());
  if (version >= 5) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<LeaderAndIsrRequestLeaderAndIsrPartitionState>(n);
    for (let i = 0; i < n; i++) a[i] = readLeaderAndIsrRequestLeaderAndIsrPartitionState(r, version);
    out.partitionStates = a;
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

function writeLeaderAndIsrRequestLeaderAndIsrTopicState(w: Writer, version: number, v: LeaderAndIsrRequestLeaderAndIsrTopicState): void {
  (version >= 4 ? w.appendCompactString(v.topicName) : w.appendString(v.topicName));
  if (version >= 5) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 4 ? w.appendCompactArrayLength(v.partitionStates.length) : w.appendArrayLength(v.partitionStates.length));
  for (let i = 0; i < v.partitionStates.length; i++) writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, version, v.partitionStates[i]);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readLeaderAndIsrRequestLeaderAndIsrLiveLeader(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  const out = {} as LeaderAndIsrRequestLeaderAndIsrLiveLeader;
  out.brokerId = r.readInt32();
  out.hostName = (version >= 4 ? r.readCompactString() : r.readString());
  out.port = r.readInt32();
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

function writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w: Writer, version: number, v: LeaderAndIsrRequestLeaderAndIsrLiveLeader): void {
  w.appendInt32(v.brokerId);
  (version >= 4 ? w.appendCompactString(v.hostName) : w.appendString(v.hostName));
  w.appendInt32(v.port);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeLeaderAndIsrRequest(r: Reader, version: number): LeaderAndIsrRequest {
  if (version < 0 || version > 7) throw unsupportedVersion('LeaderAndIsrRequest', version, 0, 7);
  return readLeaderAndIsrRequest(r, version);
}

export function encodeLeaderAndIsrRequest(w: Writer, version: number, value: LeaderAndIsrRequest): void {
  if (version < 0 || version > 7) throw unsupportedVersion('LeaderAndIsrRequest', version, 0, 7);
  try {
    writeLeaderAndIsrRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('LeaderAndIsrRequest', version, error);
  }
}

export interface LeaderAndIsrResponse {
  /** versions 0-7 */
  errorCode: number;
  /** versions 0-4 */
  partitionErrors?: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  /** versions 5-7 */
  topics?: LeaderAndIsrResponseLeaderAndIsrTopicError[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderAndIsrResponseLeaderAndIsrPartitionError {
  /** versions 0-4 */
  topicName?: string;
  /** versions 0-7 */
  partitionIndex: number;
  /** versions 0-7 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderAndIsrResponseLeaderAndIsrTopicError {
  /** versions 5-7 */
  topicId: Uuid;
  /** versions 5-7 */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readLeaderAndIsrResponse(r: Reader, version: number): LeaderAndIsrResponse {
  const out = {} as LeaderAndIsrResponse;
  out.errorCode = r.readInt16();
  if (version <= 4) {
    {
      const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<LeaderAndIsrResponseLeaderAndIsrPartitionError>(n);
      for (let i = 0; i < n; i++) a[i] = readLeaderAndIsrResponseLeaderAndIsrPartitionError(r, version);
      out.partitionErrors = a;
    }
  }
  if (version >= 5) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<LeaderAndIsrResponseLeaderAndIsrTopicError>(n);
      for (let i = 0; i < n; i++) a[i] = readLeaderAndIsrResponseLeaderAndIsrTopicError(r, version);
      out.topics = a;
    }
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

function writeLeaderAndIsrResponse(w: Writer, version: number, v: LeaderAndIsrResponse): void {
  w.appendInt16(v.errorCode);
  if (version <= 4) {
    {
      const x = v.partitionErrors === undefined ? [] : v.partitionErrors;
      (version >= 4 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, version, x[i]);
    }
  }
  if (version >= 5) {
    {
      const x = v.topics === undefined ? [] : v.topics;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeLeaderAndIsrResponseLeaderAndIsrTopicError(w, version, x[i]);
    }
  }
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readLeaderAndIsrResponseLeaderAndIsrPartitionError(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  const out = {} as LeaderAndIsrResponseLeaderAndIsrPartitionError;
  if (version <= 4) {
    out.topicName = (version >= 4 ? r.readCompactString() : r.readString());
  }
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
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

function writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w: Writer, version: number, v: LeaderAndIsrResponseLeaderAndIsrPartitionError): void {
  if (version <= 4) {
    {
      const x = v.topicName === undefined ? "" : v.topicName;
      (version >= 4 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readLeaderAndIsrResponseLeaderAndIsrTopicError(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrTopicError {
  const out = {} as LeaderAndIsrResponseLeaderAndIsrTopicError;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<LeaderAndIsrResponseLeaderAndIsrPartitionError>(n);
    for (let i = 0; i < n; i++) a[i] = readLeaderAndIsrResponseLeaderAndIsrPartitionError(r, version);
    out.partitionErrors = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeLeaderAndIsrResponseLeaderAndIsrTopicError(w: Writer, version: number, v: LeaderAndIsrResponseLeaderAndIsrTopicError): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitionErrors.length);
  for (let i = 0; i < v.partitionErrors.length; i++) writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, version, v.partitionErrors[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeLeaderAndIsrResponse(r: Reader, version: number): LeaderAndIsrResponse {
  if (version < 0 || version > 7) throw unsupportedVersion('LeaderAndIsrResponse', version, 0, 7);
  return readLeaderAndIsrResponse(r, version);
}

export function encodeLeaderAndIsrResponse(w: Writer, version: number, value: LeaderAndIsrResponse): void {
  if (version < 0 || version > 7) throw unsupportedVersion('LeaderAndIsrResponse', version, 0, 7);
  try {
    writeLeaderAndIsrResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('LeaderAndIsrResponse', version, error);
  }
}
