// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from EndQuorumEpochRequest.json, EndQuorumEpochResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface EndQuorumEpochRequest {
  /** versions 0-1, nullable 0-1 */
  clusterId: string | null;
  /** versions 0-1 */
  topics: EndQuorumEpochRequestTopicData[];
  /** versions 1 */
  leaderEndpoints?: EndQuorumEpochRequestLeaderEndpoint[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EndQuorumEpochRequestTopicData {
  /** versions 0-1 */
  topicName: string;
  /** versions 0-1 */
  partitions: EndQuorumEpochRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EndQuorumEpochRequestPartitionData {
  /** versions 0-1 */
  partitionIndex: number;
  /** versions 0-1 */
  leaderId: number;
  /** versions 0-1 */
  leaderEpoch: number;
  /** versions 0 */
  preferredSuccessors?: number[];
  /** versions 1 */
  preferredCandidates?: EndQuorumEpochRequestReplicaInfo[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EndQuorumEpochRequestReplicaInfo {
  /** versions 1 */
  candidateId: number;
  /** versions 1 */
  candidateDirectoryId: Uuid;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EndQuorumEpochRequestLeaderEndpoint {
  /** versions 1 */
  name: string;
  /** versions 1 */
  host: string;
  /** versions 1 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readEndQuorumEpochRequest(r: Reader, version: number): EndQuorumEpochRequest {
  const out = {} as EndQuorumEpochRequest;
  out.clusterId = (version >= 1 ? r.readCompactNullableString() : r.readNullableString());
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<EndQuorumEpochRequestTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readEndQuorumEpochRequestTopicData(r, version);
    out.topics = a;
  }
  if (version >= 1) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<EndQuorumEpochRequestLeaderEndpoint>(n);
      for (let i = 0; i < n; i++) a[i] = readEndQuorumEpochRequestLeaderEndpoint(r, version);
      out.leaderEndpoints = a;
    }
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeEndQuorumEpochRequest(w: Writer, version: number, v: EndQuorumEpochRequest): void {
  (version >= 1 ? w.appendCompactNullableString(v.clusterId) : w.appendNullableString(v.clusterId));
  (version >= 1 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeEndQuorumEpochRequestTopicData(w, version, v.topics[i]);
  if (version >= 1) {
    {
      const x = v.leaderEndpoints === undefined ? [] : v.leaderEndpoints;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeEndQuorumEpochRequestLeaderEndpoint(w, version, x[i]);
    }
  }
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readEndQuorumEpochRequestTopicData(r: Reader, version: number): EndQuorumEpochRequestTopicData {
  const out = {} as EndQuorumEpochRequestTopicData;
  out.topicName = (version >= 1 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<EndQuorumEpochRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readEndQuorumEpochRequestPartitionData(r, version);
    out.partitions = a;
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeEndQuorumEpochRequestTopicData(w: Writer, version: number, v: EndQuorumEpochRequestTopicData): void {
  (version >= 1 ? w.appendCompactString(v.topicName) : w.appendString(v.topicName));
  (version >= 1 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeEndQuorumEpochRequestPartitionData(w, version, v.partitions[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readEndQuorumEpochRequestPartitionData(r: Reader, version: number): EndQuorumEpochRequestPartitionData {
  const out = {} as EndQuorumEpochRequestPartitionData;
  out.partitionIndex = r.readInt32();
  out.leaderId = r.readInt32();
  out.leaderEpoch = r.readInt32();
  if (version <= 0) {
    {
      const n = r.readArrayLength();
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.readInt32();
      out.preferredSuccessors = a;
    }
  }
  if (version >= 1) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<EndQuorumEpochRequestReplicaInfo>(n);
      for (let i = 0; i < n; i++) a[i] = readEndQuorumEpochRequestReplicaInfo(r, version);
      out.preferredCandidates = a;
    }
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeEndQuorumEpochRequestPartitionData(w: Writer, version: number, v: EndQuorumEpochRequestPartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  if (version <= 0) {
    {
      const x = v.preferredSuccessors === undefined ? [] : v.preferredSuccessors;
      w.appendArrayLength(x.length);
      for (let i = 0; i < x.length; i++) w.appendInt32(x[i]);
    }
  }
  if (version >= 1) {
    {
      const x = v.preferredCandidates === undefined ? [] : v.preferredCandidates;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeEndQuorumEpochRequestReplicaInfo(w, version, x[i]);
    }
  }
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readEndQuorumEpochRequestReplicaInfo(r: Reader, version: number): EndQuorumEpochRequestReplicaInfo {
  const out = {} as EndQuorumEpochRequestReplicaInfo;
  out.candidateId = r.readInt32();
  out.candidateDirectoryId = r.readUuid();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeEndQuorumEpochRequestReplicaInfo(w: Writer, version: number, v: EndQuorumEpochRequestReplicaInfo): void {
  w.appendInt32(v.candidateId);
  w.appendUuid(v.candidateDirectoryId);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readEndQuorumEpochRequestLeaderEndpoint(r: Reader, version: number): EndQuorumEpochRequestLeaderEndpoint {
  const out = {} as EndQuorumEpochRequestLeaderEndpoint;
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

function writeEndQuorumEpochRequestLeaderEndpoint(w: Writer, version: number, v: EndQuorumEpochRequestLeaderEndpoint): void {
  w.appendCompactString(v.name);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeEndQuorumEpochRequest(r: Reader, version: number): EndQuorumEpochRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('EndQuorumEpochRequest', version, 0, 1);
  return readEndQuorumEpochRequest(r, version);
}

export function encodeEndQuorumEpochRequest(w: Writer, version: number, value: EndQuorumEpochRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('EndQuorumEpochRequest', version, 0, 1);
  try {
    writeEndQuorumEpochRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('EndQuorumEpochRequest', version, error);
  }
}

export interface EndQuorumEpochResponse {
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1 */
  topics: EndQuorumEpochResponseTopicData[];
  /** versions 1, tag 0 */
  nodeEndpoints?: EndQuorumEpochResponseNodeEndpoint[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EndQuorumEpochResponseTopicData {
  /** versions 0-1 */
  topicName: string;
  /** versions 0-1 */
  partitions: EndQuorumEpochResponsePartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EndQuorumEpochResponsePartitionData {
  /** versions 0-1 */
  partitionIndex: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1 */
  leaderId: number;
  /** versions 0-1 */
  leaderEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface EndQuorumEpochResponseNodeEndpoint {
  /** versions 1 */
  nodeId: number;
  /** versions 1 */
  host: string;
  /** versions 1 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readEndQuorumEpochResponse(r: Reader, version: number): EndQuorumEpochResponse {
  const out = {} as EndQuorumEpochResponse;
  out.errorCode = r.readInt16();
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<EndQuorumEpochResponseTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readEndQuorumEpochResponseTopicData(r, version);
    out.topics = a;
  }
  if (version >= 1) {
    out.nodeEndpoints = [];
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      if (tag === 0) {
        const tr = r.subReader(size);
        {
          const n = tr.readCompactArrayLength();
          const a = new Array<EndQuorumEpochResponseNodeEndpoint>(n);
          for (let i = 0; i < n; i++) a[i] = readEndQuorumEpochResponseNodeEndpoint(tr, version);
          out.nodeEndpoints = a;
        }
        tr.expectEnd('EndQuorumEpochResponse.nodeEndpoints');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeEndQuorumEpochResponse(w: Writer, version: number, v: EndQuorumEpochResponse): void {
  w.appendInt16(v.errorCode);
  (version >= 1 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeEndQuorumEpochResponseTopicData(w, version, v.topics[i]);
  if (version >= 1) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.nodeEndpoints;
      if (x !== undefined && x.length > 0) {
        const tw = new Writer(64);
        tw.appendCompactArrayLength(x.length);
        for (let i = 0; i < x.length; i++) writeEndQuorumEpochResponseNodeEndpoint(tw, version, x[i]);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readEndQuorumEpochResponseTopicData(r: Reader, version: number): EndQuorumEpochResponseTopicData {
  const out = {} as EndQuorumEpochResponseTopicData;
  out.topicName = (version >= 1 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<EndQuorumEpochResponsePartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readEndQuorumEpochResponsePartitionData(r, version);
    out.partitions = a;
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeEndQuorumEpochResponseTopicData(w: Writer, version: number, v: EndQuorumEpochResponseTopicData): void {
  (version >= 1 ? w.appendCompactString(v.topicName) : w.appendString(v.topicName));
  (version >= 1 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeEndQuorumEpochResponsePartitionData(w, version, v.partitions[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readEndQuorumEpochResponsePartitionData(r: Reader, version: number): EndQuorumEpochResponsePartitionData {
  const out = {} as EndQuorumEpochResponsePartitionData;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  out.leaderId = r.readInt32();
  out.leaderEpoch = r.readInt32();
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeEndQuorumEpochResponsePartitionData(w: Writer, version: number, v: EndQuorumEpochResponsePartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readEndQuorumEpochResponseNodeEndpoint(r: Reader, version: number): EndQuorumEpochResponseNodeEndpoint {
  const out = {} as EndQuorumEpochResponseNodeEndpoint;
  out.nodeId = r.readInt32();
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

function writeEndQuorumEpochResponseNodeEndpoint(w: Writer, version: number, v: EndQuorumEpochResponseNodeEndpoint): void {
  w.appendInt32(v.nodeId);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeEndQuorumEpochResponse(r: Reader, version: number): EndQuorumEpochResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('EndQuorumEpochResponse', version, 0, 1);
  return readEndQuorumEpochResponse(r, version);
}

export function encodeEndQuorumEpochResponse(w: Writer, version: number, value: EndQuorumEpochResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('EndQuorumEpochResponse', version, 0, 1);
  try {
    writeEndQuorumEpochResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('EndQuorumEpochResponse', version, error);
  }
}
