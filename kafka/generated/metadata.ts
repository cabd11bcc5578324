// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from MetadataRequest.json, MetadataResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface MetadataRequest {
  /** versions 0-13, nullable 1-13 */
  topics: MetadataRequestMetadataRequestTopic[] | null;
  /** versions 4-13 */
  allowAutoTopicCreation?: boolean;
  /** versions 8-10 */
  includeClusterAuthorizedOperations?: boolean;
  /** versions 8-13 */
  includeTopicAuthorizedOperations?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataRequestMetadataRequestTopic {
  /** versions 10-13 */
  topicId?: Uuid;
  /** versions 0-13, nullable 10-13 */
  name: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readMetadataRequest(r: Reader, version: number): MetadataRequest {
  const out = {} as MetadataRequest;
  {
    const n = (version >= 9 ? (version >= 1 ? r.readCompactNullableArrayLength() : r.readCompactArrayLength()) : (version >= 1 ? r.readNullableArrayLength() : r.readArrayLength()));
    if (n === -1) {
      out.topics = null;
    } else {
      const a = new Array<MetadataRequestMetadataRequestTopic>(n);
      for (let i = 0; i < n; i++) a[i] = readMetadataRequestMetadataRequestTopic(r, version);
      out.topics = a;
    }
  }
  if (version >= 4) {
    out.allowAutoTopicCreation = r.readBoolean();
  }
  if (version >= 8 && version <= 10) {
    out.includeClusterAuthorizedOperations = r.readBoolean();
  }
  if (version >= 8) {
    out.includeTopicAuthorizedOperations = r.readBoolean();
  }
  if (version >= 9) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeMetadataRequest(w: Writer, version: number, v: MetadataRequest): void {
  if (v.topics === null) {
    (version >= 9 ? w.appendUnsignedVarInt(0) : w.appendInt32(-1));
  } else {
    (version >= 9 ? w.appendCompactArrayLength(v.topics!.length) : w.appendArrayLength(v.topics!.length));
    for (let i = 0; i < v.topics!.length; i++) writeMetadataRequestMetadataRequestTopic(w, version, v.topics![i]);
  }
  if (version >= 4) {
    {
      const x = v.allowAutoTopicCreation === undefined ? true : v.allowAutoTopicCreation;
      w.appendBoolean(x);
    }
  }
  if (version >= 8 && version <= 10) {
    {
      const x = v.includeClusterAuthorizedOperations === undefined ? false : v.includeClusterAuthorizedOperations;
      w.appendBoolean(x);
    }
  }
  if (version >= 8) {
    {
      const x = v.includeTopicAuthorizedOperations === undefined ? false : v.includeTopicAuthorizedOperations;
      w.appendBoolean(x);
    }
  }
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readMetadataRequestMetadataRequestTopic(r: Reader, version: number): MetadataRequestMetadataRequestTopic {
  const out = {} as MetadataRequestMetadataRequestTopic;
  if (version >= 10) {
    out.topicId = r.readUuid();
  }
  out.name = (version >= 9 ? (version >= 10 ? r.readCompactNullableString() : r.readCompactString()) : (version >= 10 ? r.readNullableString() : r.readString()));
  if (version >= 9) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeMetadataRequestMetadataRequestTopic(w: Writer, version: number, v: MetadataRequestMetadataRequestTopic): void {
  if (version >= 10) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 9 ? (version >= 10 ? w.appendCompactNullableString(v.name) : w.appendCompactString(v.name!)) : (version >= 10 ? w.appendNullableString(v.name) : w.appendString(v.name!)));
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeMetadataRequest(r: Reader, version: number): MetadataRequest {
  if (version < 0 || version > 13) throw unsupportedVersion('MetadataRequest', version, 0, 13);
  return readMetadataRequest(r, version);
}

export function encodeMetadataRequest(w: Writer, version: number, value: MetadataRequest): void {
  if (version < 0 || version > 13) throw unsupportedVersion('MetadataRequest', version, 0, 13);
  try {
    writeMetadataRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('MetadataRequest', version, error);
  }
}

export interface MetadataResponse {
  /** versions 3-13 */
  throttleTimeMs?: number;
  /** versions 0-13 */
  brokers: MetadataResponseMetadataResponseBroker[];
  /** versions 2-13, nullable 2-13 */
  clusterId?: string | null;
  /** versions 1-13 */
  controllerId?: number;
  /** versions 0-13 */
  topics: MetadataResponseMetadataResponseTopic[];
  /** versions 8-10 */
  clusterAuthorizedOperations?: number;
  /** versions 13 */
  errorCode?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataResponseMetadataResponseBroker {
  /** versions 0-13 */
  nodeId: number;
  /** versions 0-13 */
  host: string;
  /** versions 0-13 */
  port: number;
  /** versions 1-13, nullable 1-13 */
  rack?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataResponseMetadataResponseTopic {
  /** versions 0-13 */
  errorCode: number;
  /** versions 0-13, nullable 12-13 */
  name: string | null;
  /** versions 10-13 */
  topicId?: Uuid;
  /** versions 1-13 */
  isInternal?: boolean;
  /** versions 0-13 */
  partitions: MetadataResponseMetadataResponsePartition[];
  /** versions 8-13 */
  topicAuthorizedOperations?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataResponseMetadataResponsePartition {
  /** versions 0-13 */
  errorCode: number;
  /** versions 0-13 */
  partitionIndex: number;
  /** versions 0-13 */
  leaderId: number;
  /** versions 7-13 */
  leaderEpoch?: number;
  /** versions 0-13 */
  replicaNodes: number[];
  /** versions 0-13 */
  isrNodes: number[];
  /** versions 5-13 */
  offlineReplicas?: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readMetadataResponse(r: Reader, version: number): MetadataResponse {
  const out = {} as MetadataResponse;
  if (version >= 3) {
    out.throttleTimeMs = r.readInt32();
  }
  {
    const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<MetadataResponseMetadataResponseBroker>(n);
    for (let i = 0; i < n; i++) a[i] = readMetadataResponseMetadataResponseBroker(r, version);
    out.brokers = a;
  }
  if (version >= 2) {
    out.clusterId = (version >= 9 ? r.readCompactNullableString() : r.readNullableString());
  }
  if (version >= 1) {
    out.controllerId = r.readInt32();
  }
  {
    const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<MetadataResponseMetadataResponseTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readMetadataResponseMetadataResponseTopic(r, version);
    out.topics = a;
  }
  if (version >= 8 && version <= 10) {
    out.clusterAuthorizedOperations = r.readInt32();
  }
  if (version >= 13) {
    out.errorCode = r.readInt16();
  }
  if (version >= 9) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeMetadataResponse(w: Writer, version: number, v: MetadataResponse): void {
  if (version >= 3) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  (version >= 9 ? w.appendCompactArrayLength(v.brokers.length) : w.appendArrayLength(v.brokers.length));
  for (let i = 0; i < v.brokers.length; i++) writeMetadataResponseMetadataResponseBroker(w, version, v.brokers[i]);
  if (version >= 2) {
    {
      const x = v.clusterId === undefined ? null : v.clusterId;
      (version >= 9 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  if (version >= 1) {
    {
      const x = v.controllerId === undefined ? -1 : v.controllerId;
      w.appendInt32(x);
    }
  }
  (version >= 9 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeMetadataResponseMetadataResponseTopic(w, version, v.topics[i]);
  if (version >= 8 && version <= 10) {
    {
      const x = v.clusterAuthorizedOperations === undefined ? -2147483648 : v.clusterAuthorizedOperations;
      w.appendInt32(x);
    }
  }
  if (version >= 13) {
    {
      const x = v.errorCode === undefined ? 0 : v.errorCode;
      w.appendInt16(x);
    }
  }
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readMetadataResponseMetadataResponseBroker(r: Reader, version: number): MetadataResponseMetadataResponseBroker {
  const out = {} as MetadataResponseMetadataResponseBroker;
  out.nodeId = r.readInt32();
  out.host = (version >= 9 ? r.readCompactString() : r.readString());
  out.port = r.readInt32();
  if (version >= 1) {
    out.rack = (version >= 9 ? r.readCompactNullableString() : r.readNullableString());
  }
  if (version >= 9) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeMetadataResponseMetadataResponseBroker(w: Writer, version: number, v: MetadataResponseMetadataResponseBroker): void {
  w.appendInt32(v.nodeId);
  (version >= 9 ? w.appendCompactString(v.host) : w.appendString(v.host));
  w.appendInt32(v.port);
  if (version >= 1) {
    {
      const x = v.rack === undefined ? null : v.rack;
      (version >= 9 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readMetadataResponseMetadataResponseTopic(r: Reader, version: number): MetadataResponseMetadataResponseTopic {
  const out = {} as MetadataResponseMetadataResponseTopic;
  out.errorCode = r.readInt16();
  out.name = (version >= 9 ? (version >= 12 ? r.readCompactNullableString() : r.readCompactString()) : (version >= 12 ? r.readNullableString() : r.readString()));
  if (version >= 10) {
    out.topicId = r.readUuid();
  }
  if (version >= 1) {
    out.isInternal = r.readBoolean();
  }
  {
    const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<MetadataResponseMetadataResponsePartition>(n);
    for (let i = 0; i < n; i++) a[i] = readMetadataResponseMetadataResponsePartition(r, version);
    out.partitions = a;
  }
  if (version >= 8) {
    out.topicAuthorizedOperations = r.readInt32();
  }
  if (version >= 9) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeMetadataResponseMetadataResponseTopic(w: Writer, version: number, v: MetadataResponseMetadataResponseTopic): void {
  w.appendInt16(v.errorCode);
  (version >= 9 ? (version >= 12 ? w.appendCompactNullableString(v.name) : w.appendCompactString(v.name!)) : (version >= 12 ? w.appendNullableString(v.name) : w.appendString(v.name!)));
  if (version >= 10) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  if (version >= 1) {
    {
      const x = v.isInternal === undefined ? false : v.isInternal;
      w.appendBoolean(x);
    }
  }
  (version >= 9 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeMetadataResponseMetadataResponsePartition(w, version, v.partitions[i]);
  if (version >= 8) {
    {
      const x = v.topicAuthorizedOperations === undefined ? -2147483648 : v.topicAuthorizedOperations;
      w.appendInt32(x);
    }
  }
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readMetadataResponseMetadataResponsePartition(r: Reader, version: number): MetadataResponseMetadataResponsePartition {
  const out = {} as MetadataResponseMetadataResponsePartition;
  out.errorCode = r.readInt16();
  out.partitionIndex = r.readInt32();
  out.leaderId = r.readInt32();
  if (version >= 7) {
    out.leaderEpoch = r.readInt32();
  }
  {
    const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.replicaNodes = a;
  }
  {
    const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.isrNodes = a;
  }
  if (version >= 5) {
    {
      const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.readInt32();
      out.offlineReplicas = a;
    }
  }
  if (version >= 9) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeMetadataResponseMetadataResponsePartition(w: Writer, version: number, v: MetadataResponseMetadataResponsePartition): void {
  w.appendInt16(v.errorCode);
  w.appendInt32(v.partitionIndex);
  w.appendInt32(v.leaderId);
  if (version >= 7) {
    {
      const x = v.leaderEpoch === undefined ? -1 : v.leaderEpoch;
      w.appendInt32(x);
    }
  }
  (version >= 9 ? w.appendCompactArrayLength(v.replicaNodes.length) : w.appendArrayLength(v.replicaNodes.length));
  for (let i = 0; i < v.replicaNodes.length; i++) w.appendInt32(v.replicaNodes[i]);
  (version >= 9 ? w.appendCompactArrayLength(v.isrNodes.length) : w.appendArrayLength(v.isrNodes.length));
  for (let i = 0; i < v.isrNodes.length; i++) w.appendInt32(v.isrNodes[i]);
  if (version >= 5) {
    {
      const x = v.offlineReplicas === undefined ? [] : v.offlineReplicas;
      (version >= 9 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) w.appendInt32(x[i]);
    }
  }
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeMetadataResponse(r: Reader, version: number): MetadataResponse {
  if (version < 0 || version > 13) throw unsupportedVersion('MetadataResponse', version, 0, 13);
  return readMetadataResponse(r, version);
}

export function encodeMetadataResponse(w: Writer, version: number, value: MetadataResponse): void {
  if (version < 0 || version > 13) throw unsupportedVersion('MetadataResponse', version, 0, 13);
  try {
    writeMetadataResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('MetadataResponse', version, error);
  }
}
