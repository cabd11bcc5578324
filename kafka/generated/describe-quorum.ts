// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeQuorumRequest.json, DescribeQuorumResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeQuorumRequest {
  /** versions 0-2 */
  topics: DescribeQuorumRequestTopicData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumRequestTopicData {
  /** versions 0-2 */
  topicName: string;
  /** versions 0-2 */
  partitions: DescribeQuorumRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumRequestPartitionData {
  /** versions 0-2 */
  partitionIndex: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeQuorumRequest(r: Reader, version: number): DescribeQuorumRequest {
  const out = {} as DescribeQuorumRequest;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeQuorumRequestTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeQuorumRequestTopicData(r, version);
    out.topics = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeQuorumRequest(w: Writer, version: number, v: DescribeQuorumRequest): void {
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeDescribeQuorumRequestTopicData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeQuorumRequestTopicData(r: Reader, version: number): DescribeQuorumRequestTopicData {
  const out = {} as DescribeQuorumRequestTopicData;
  out.topicName = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeQuorumRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeQuorumRequestPartitionData(r, version);
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

function writeDescribeQuorumRequestTopicData(w: Writer, version: number, v: DescribeQuorumRequestTopicData): void {
  w.appendCompactString(v.topicName);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeDescribeQuorumRequestPartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeQuorumRequestPartitionData(r: Reader, version: number): DescribeQuorumRequestPartitionData {
  const out = {} as DescribeQuorumRequestPartitionData;
  out.partitionIndex = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeQuorumRequestPartitionData(w: Writer, version: number, v: DescribeQuorumRequestPartitionData): void {
  w.appendInt32(v.partitionIndex);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeQuorumRequest(r: Reader, version: number): DescribeQuorumRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('DescribeQuorumRequest', version, 0, 2);
  return readDescribeQuorumRequest(r, version);
}

export function encodeDescribeQuorumRequest(w: Writer, version: number, value: DescribeQuorumRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('DescribeQuorumRequest', version, 0, 2);
  try {
    writeDescribeQuorumRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeQuorumRequest', version, error);
  }
}

export interface DescribeQuorumResponse {
  /** versions 0-2 */
  errorCode: number;
  /** versions 2, nullable 2 */
  errorMessage?: string | null;
  /** versions 0-2 */
  topics: DescribeQuorumResponseTopicData[];
  /** versions 2 */
  nodes?: DescribeQuorumResponseNode[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumResponseTopicData {
  /** versions 0-2 */
  topicName: string;
  /** versions 0-2 */
  partitions: DescribeQuorumResponsePartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumResponsePartitionData {
  /** versions 0-2 */
  partitionIndex: number;
  /** versions 0-2 */
  errorCode: number;
  /** versions 2, nullable 2 */
  errorMessage?: string | null;
  /** versions 0-2 */
  leaderId: number;
  /** versions 0-2 */
  leaderEpoch: number;
  /** versions 0-2 */
  highWatermark: bigint;
  /** versions 0-2 */
  currentVoters: DescribeQuorumResponseReplicaState[];
  /** versions 0-2 */
  observers: DescribeQuorumResponseReplicaState[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumResponseReplicaState {
  /** versions 0-2 */
  replicaId: number;
  /** versions 2 */
  replicaDirectoryId?: Uuid;
  /** versions 0-2 */
  logEndOffset: bigint;
  /** versions 1-2 */
  lastFetchTimestamp?: bigint;
  /** versions 1-2 */
  lastCaughtUpTimestamp?: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumResponseNode {
  /** versions 2 */
  nodeId: number;
  /** versions 2 */
  listeners: DescribeQuorumResponseListener[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeQuorumResponseListener {
  /** versions 2 */
  name: string;
  /** versions 2 */
  host: string;
  /** versions 2 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeQuorumResponse(r: Reader, version: number): DescribeQuorumResponse {
  const out = {} as DescribeQuorumResponse;
  out.errorCode = r.readInt16();
  if (version >= 2) {
    out.errorMessage = r.readCompactNullableString();
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeQuorumResponseTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeQuorumResponseTopicData(r, version);
    out.topics = a;
  }
  if (version >= 2) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<DescribeQuorumResponseNode>(n);
      for (let i = 0; i < n; i++) a[i] = readDescribeQuorumResponseNode(r, version);
      out.nodes = a;
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

function writeDescribeQuorumResponse(w: Writer, version: number, v: DescribeQuorumResponse): void {
  w.appendInt16(v.errorCode);
  if (version >= 2) {
    {
      const x = v.errorMessage === undefined ? "" : v.errorMessage;
      w.appendCompactNullableString(x);
    }
  }
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeDescribeQuorumResponseTopicData(w, version, v.topics[i]);
  if (version >= 2) {
    {
      const x = v.nodes === undefined ? [] : v.nodes;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeDescribeQuorumResponseNode(w, version, x[i]);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeQuorumResponseTopicData(r: Reader, version: number): DescribeQuorumResponseTopicData {
  const out = {} as DescribeQuorumResponseTopicData;
  out.topicName = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeQuorumResponsePartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeQuorumResponsePartitionData(r, version);
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

function writeDescribeQuorumResponseTopicData(w: Writer, version: number, v: DescribeQuorumResponseTopicData): void {
  w.appendCompactString(v.topicName);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeDescribeQuorumResponsePartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeQuorumResponsePartitionData(r: Reader, version: number): DescribeQuorumResponsePartitionData {
  const out = {} as DescribeQuorumResponsePartitionData;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  if (version >= 2) {
    out.errorMessage = r.readCompactNullableString();
  }
  out.leaderId = r.readInt32();
  out.leaderEpoch = r.readInt32();
  out.highWatermark = r.readInt64();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeQuorumResponseReplicaState>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeQuorumResponseReplicaState(r, version);
    out.currentVoters = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeQuorumResponseReplicaState>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeQuorumResponseReplicaState(r, version);
    out.observers = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeQuorumResponsePartitionData(w: Writer, version: number, v: DescribeQuorumResponsePartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  if (version >= 2) {
    {
      const x = v.errorMessage === undefined ? "" : v.errorMessage;
      w.appendCompactNullableString(x);
    }
  }
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  w.appendInt64(v.highWatermark);
  w.appendCompactArrayLength(v.currentVoters.length);
  for (let i = 0; i < v.currentVoters.length; i++) writeDescribeQuorumResponseReplicaState(w, version, v.currentVoters[i]);
  w.appendCompactArrayLength(v.observers.length);
  for (let i = 0; i < v.observers.length; i++) writeDescribeQuorumResponseReplicaState(w, version, v.observers[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeQuorumResponseReplicaState(r: Reader, version: number): DescribeQuorumResponseReplicaState {
  const out = {} as DescribeQuorumResponseReplicaState;
  out.replicaId = r.readInt32();
  if (version >= 2) {
    out.replicaDirectoryId = r.readUuid();
  }
  out.logEndOffset = r.readInt64();
  if (version >= 1) {
    out.lastFetchTimestamp = r.readInt64();
  }
  if (version >= 1) {
    out.lastCaughtUpTimestamp = r.readInt64();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeQuorumResponseReplicaState(w: Writer, version: number, v: DescribeQuorumResponseReplicaState): void {
  w.appendInt32(v.replicaId);
  if (version >= 2) {
    {
      const x = v.replicaDirectoryId === undefined ? ZERO_UUID : v.replicaDirectoryId;
      w.appendUuid(x);
    }
  }
  w.appendInt64(v.logEndOffset);
  if (version >= 1) {
    {
      const x = v.lastFetchTimestamp === undefined ? -1n : v.lastFetchTimestamp;
      w.appendInt64(x);
    }
  }
  if (version >= 1) {
    {
      const x = v.lastCaughtUpTimestamp === undefined ? -1n : v.lastCaughtUpTimestamp;
      w.appendInt64(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeQuorumResponseNode(r: Reader, version: number): DescribeQuorumResponseNode {
  const out = {} as DescribeQuorumResponseNode;
  out.nodeId = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeQuorumResponseListener>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeQuorumResponseListener(r, version);
    out.listeners = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeQuorumResponseNode(w: Writer, version: number, v: DescribeQuorumResponseNode): void {
  w.appendInt32(v.nodeId);
  w.appendCompactArrayLength(v.listeners.length);
  for (let i = 0; i < v.listeners.length; i++) writeDescribeQuorumResponseListener(w, version, v.listeners[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeQuorumResponseListener(r: Reader, version: number): DescribeQuorumResponseListener {
  const out = {} as DescribeQuorumResponseListener;
  out.name = r.readCompactString();
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

function writeDescribeQuorumResponseListener(w: Writer, version: number, v: DescribeQuorumResponseListener): void {
  w.appendCompactString(v.name);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeQuorumResponse(r: Reader, version: number): DescribeQuorumResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('DescribeQuorumResponse', version, 0, 2);
  return readDescribeQuorumResponse(r, version);
}

export function encodeDescribeQuorumResponse(w: Writer, version: number, value: DescribeQuorumResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('DescribeQuorumResponse', version, 0, 2);
  try {
    writeDescribeQuorumResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeQuorumResponse', version, error);
  }
}
