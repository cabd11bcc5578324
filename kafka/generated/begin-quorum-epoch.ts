// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface BeginQuorumEpochRequest {
  /** versions 0-1, nullable 0-1 */
  clusterId: string | null;
  /** versions 1 */
  voterId?: number;
  /** versions 0-1 */
  topics: BeginQuorumEpochRequestTopicData[];
  /** versions 1 */
  leaderEndpoints?: BeginQuorumEpochRequestLeaderEndpoint[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface BeginQuorumEpochRequestTopicData {
  /** versions 0-1 */
  topicName: string;
  /** versions 0-1 */
  partitions: BeginQuorumEpochRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface BeginQuorumEpochRequestPartitionData {
  /** versions 0-1 */
  partitionIndex: number;
  /** versions 1 */
  voterDirectoryId?: Uuid;
  /** versions 0-1 */
  leaderId: number;
  /** versions 0-1 */
  leaderEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface BeginQuorumEpochRequestLeaderEndpoint {
  /** versions 1 */
  name: string;
  /** versions 1 */
  host: string;
  /** versions 1 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readBeginQuorumEpochRequest(r: Reader, version: number): BeginQuorumEpochRequest {
  const out = {} as BeginQuorumEpochRequest;
  out.clusterId = (version >= 1 ? r.readCompactNullableString() : r.readNullableString());
  if (version >= 1) {
    out.voterId = r.readInt32();
  }
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<BeginQuorumEpochRequestTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readBeginQuorumEpochRequestTopicData(r, version);
    out.topics = a;
  }
  if (version >= 1) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<BeginQuorumEpochRequestLeaderEndpoint>(n);
      for (let i = 0; i < n; i++) a[i] = readBeginQuorumEpochRequestLeaderEndpoint(r, version);
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

function writeBeginQuorumEpochRequest(w: Writer, version: number, v: BeginQuorumEpochRequest): void {
  (version >= 1 ? w.appendCompactNullableString(v.clusterId) : w.appendNullableString(v.clusterId));
  if (version >= 1) {
    {
      const x = v.voterId === undefined ? -1 : v.voterId;
      w.appendInt32(x);
    }
  }
  (version >= 1 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeBeginQuorumEpochRequestTopicData(w, version, v.topics[i]);
  if (version >= 1) {
    {
      const x = v.leaderEndpoints === undefined ? [] : v.leaderEndpoints;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeBeginQuorumEpochRequestLeaderEndpoint(w, version, x[i]);
    }
  }
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readBeginQuorumEpochRequestTopicData(r: Reader, version: number): BeginQuorumEpochRequestTopicData {
  const out = {} as BeginQuorumEpochRequestTopicData;
  out.topicName = (version >= 1 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<BeginQuorumEpochRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readBeginQuorumEpochRequestPartitionData(r, version);
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

function writeBeginQuorumEpochRequestTopicData(w: Writer, version: number, v: BeginQuorumEpochRequestTopicData): void {
  (version >= 1 ? w.appendCompactString(v.topicName) : w.appendString(v.topicName));
  (version >= 1 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeBeginQuorumEpochRequestPartitionData(w, version, v.partitions[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readBeginQuorumEpochRequestPartitionData(r: Reader, version: number): BeginQuorumEpochRequestPartitionData {
  const out = {} as BeginQuorumEpochRequestPartitionData;
  out.partitionIndex = r.readInt32();
  if (version >= 1) {
    out.voterDirectoryId = r.readUuid();
  }
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

function writeBeginQuorumEpochRequestPartitionData(w: Writer, version: number, v: BeginQuorumEpochRequestPartitionData): void {
  w.appendInt32(v.partitionIndex);
  if (version >= 1) {
    {
      const x = v.voterDirectoryId === undefined ? ZERO_UUID : v.voterDirectoryId;
      w.appendUuid(x);
    }
  }
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readBeginQuorumEpochRequestLeaderEndpoint(r: Reader, version: number): BeginQuorumEpochRequestLeaderEndpoint {
  const out = {} as BeginQuorumEpochRequestLeaderEndpoint;
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

function writeBeginQuorumEpochRequestLeaderEndpoint(w: Writer, version: number, v: BeginQuorumEpochRequestLeaderEndpoint): void {
  w.appendCompactString(v.name);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeBeginQuorumEpochRequest(r: Reader, version: number): BeginQuorumEpochRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('BeginQuorumEpochRequest', version, 0, 1);
  return readBeginQuorumEpochRequest(r, version);
}

export function encodeBeginQuorumEpochRequest(w: Writer, version: number, value: BeginQuorumEpochRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('BeginQuorumEpochRequest', version, 0, 1);
  try {
    writeBeginQuorumEpochRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('BeginQuorumEpochRequest', version, error);
  }
}

export interface BeginQuorumEpochResponse {
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1 */
  topics: BeginQuorumEpochResponseTopicData[];
  /** versions 1, tag 0 */
  nodeEndpoints?: BeginQuorumEpochResponseNodeEndpoint[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface BeginQuorumEpochResponseTopicData {
  /** versions 0-1 */
  topicName: string;
  /** versions 0-1 */
  partitions: BeginQuorumEpochResponsePartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface BeginQuorumEpochResponsePartitionData {
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

export interface BeginQuorumEpochResponseNodeEndpoint {
  /** versions 1 */
  nodeId: number;
  /** versions 1 */
  host: string;
  /** versions 1 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readBeginQuorumEpochResponse(r: Reader, version: number): BeginQuorumEpochResponse {
  const out = {} as BeginQuorumEpochResponse;
  out.errorCode = r.readInt16();
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<BeginQuorumEpochResponseTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readBeginQuorumEpochResponseTopicData(r, version);
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
          const a = new Array<BeginQuorumEpochResponseNodeEndpoint>(n);
          for (let i = 0; i < n; i++) a[i] = readBeginQuorumEpochResponseNodeEndpoint(tr, version);
          out.nodeEndpoints = a;
        }
        tr.expectEnd('BeginQuorumEpochResponse.nodeEndpoints');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeBeginQuorumEpochResponse(w: Writer, version: number, v: BeginQuorumEpochResponse): void {
  w.appendInt16(v.errorCode);
  (version >= 1 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeBeginQuorumEpochResponseTopicData(w, version, v.topics[i]);
  if (version >= 1) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.nodeEndpoints;
      if (x !== undefined && x.length > 0) {
        const tw = new Writer(64);
        tw.appendCompactArrayLength(x.length);
        for (let i = 0; i < x.length; i++) writeBeginQuorumEpochResponseNodeEndpoint(tw, version, x[i]);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readBeginQuorumEpochResponseTopicData(r: Reader, version: number): BeginQuorumEpochResponseTopicData {
  const out = {} as BeginQuorumEpochResponseTopicData;
  out.topicName = (version >= 1 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<BeginQuorumEpochResponsePartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readBeginQuorumEpochResponsePartitionData(r, version);
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

function writeBeginQuorumEpochResponseTopicData(w: Writer, version: number, v: BeginQuorumEpochResponseTopicData): void {
  (version >= 1 ? w.appendCompactString(v.topicName) : w.appendString(v.topicName));
  (version >= 1 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeBeginQuorumEpochResponsePartitionData(w, version, v.partitions[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readBeginQuorumEpochResponsePartitionData(r: Reader, version: number): BeginQuorumEpochResponsePartitionData {
  const out = {} as BeginQuorumEpochResponsePartitionData;
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

function writeBeginQuorumEpochResponsePartitionData(w: Writer, version: number, v: BeginQuorumEpochResponsePartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readBeginQuorumEpochResponseNodeEndpoint(r: Reader, version: number): BeginQuorumEpochResponseNodeEndpoint {
  const out = {} as BeginQuorumEpochResponseNodeEndpoint;
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

function writeBeginQuorumEpochResponseNodeEndpoint(w: Writer, version: number, v: BeginQuorumEpochResponseNodeEndpoint): void {
  w.appendInt32(v.nodeId);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeBeginQuorumEpochResponse(r: Reader, version: number): BeginQuorumEpochResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('BeginQuorumEpochResponse', version, 0, 1);
  return readBeginQuorumEpochResponse(r, version);
}

export function encodeBeginQuorumEpochResponse(w: Writer, version: number, value: BeginQuorumEpochResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('BeginQuorumEpochResponse', version, 0, 1);
  try {
    writeBeginQuorumEpochResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('BeginQuorumEpochResponse', version, error);
  }
}
