// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from VoteRequest.json, VoteResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface VoteRequest {
  /** versions 0-2, nullable 0-2 */
  clusterId: string | null;
  /** versions 1-2 */
  voterId?: number;
  /** versions 0-2 */
  topics: VoteRequestTopicData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface VoteRequestTopicData {
  /** versions 0-2 */
  topicName: string;
  /** versions 0-2 */
  partitions: VoteRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface VoteRequestPartitionData {
  /** versions 0-2 */
  partitionIndex: number;
  /** versions 0-2 */
  replicaEpoch: number;
  /** versions 0-2 */
  replicaId: number;
  /** versions 1-2 */
  replicaDirectoryId?: Uuid;
  /** versions 1-2 */
  voterDirectoryId?: Uuid;
  /** versions 0-2 */
  lastOffsetEpoch: number;
  /** versions 0-2 */
  lastOffset: bigint;
  /** versions 2 */
  preVote?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readVoteRequest(r: Reader, version: number): VoteRequest {
  const out = {} as VoteRequest;
  out.clusterId = r.readCompactNullableString();
  if (version >= 1) {
    out.voterId = r.readInt32();
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<VoteRequestTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readVoteRequestTopicData(r, version);
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

function writeVoteRequest(w: Writer, version: number, v: VoteRequest): void {
  w.appendCompactNullableString(v.clusterId);
  if (version >= 1) {
    {
      const x = v.voterId === undefined ? -1 : v.voterId;
      w.appendInt32(x);
    }
  }
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeVoteRequestTopicData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readVoteRequestTopicData(r: Reader, version: number): VoteRequestTopicData {
  const out = {} as VoteRequestTopicData;
  out.topicName = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<VoteRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readVoteRequestPartitionData(r, version);
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

function writeVoteRequestTopicData(w: Writer, version: number, v: VoteRequestTopicData): void {
  w.appendCompactString(v.topicName);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeVoteRequestPartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readVoteRequestPartitionData(r: Reader, version: number): VoteRequestPartitionData {
  const out = {} as VoteRequestPartitionData;
  out.partitionIndex = r.readInt32();
  out.replicaEpoch = r.readInt32();
  out.replicaId = r.readInt32();
  if (version >= 1) {
    out.replicaDirectoryId = r.readUuid();
  }
  if (version >= 1) {
    out.voterDirectoryId = r.readUuid();
  }
  out.lastOffsetEpoch = r.readInt32();
  out.lastOffset = r.readInt64();
  if (version >= 2) {
    out.preVote = r.readBoolean();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeVoteRequestPartitionData(w: Writer, version: number, v: VoteRequestPartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt32(v.replicaEpoch);
  w.appendInt32(v.replicaId);
  if (version >= 1) {
    {
      const x = v.replicaDirectoryId === undefined ? ZERO_UUID : v.replicaDirectoryId;
      w.appendUuid(x);
    }
  }
  if (version >= 1) {
    {
      const x = v.voterDirectoryId === undefined ? ZERO_UUID : v.voterDirectoryId;
      w.appendUuid(x);
    }
  }
  w.appendInt32(v.lastOffsetEpoch);
  w.appendInt64(v.lastOffset);
  if (version >= 2) {
    {
      const x = v.preVote === undefined ? false : v.preVote;
      w.appendBoolean(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeVoteRequest(r: Reader, version: number): VoteRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('VoteRequest', version, 0, 2);
  return readVoteRequest(r, version);
}

export function encodeVoteRequest(w: Writer, version: number, value: VoteRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('VoteRequest', version, 0, 2);
  try {
    writeVoteRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('VoteRequest', version, error);
  }
}

export interface VoteResponse {
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2 */
  topics: VoteResponseTopicData[];
  /** versions 1-2, tag 0 */
  nodeEndpoints?: VoteResponseNodeEndpoint[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface VoteResponseTopicData {
  /** versions 0-2 */
  topicName: string;
  /** versions 0-2 */
  partitions: VoteResponsePartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface VoteResponsePartitionData {
  /** versions 0-2 */
  partitionIndex: number;
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2 */
  leaderId: number;
  /** versions 0-2 */
  leaderEpoch: number;
  /** versions 0-2 */
  voteGranted: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface VoteResponseNodeEndpoint {
  /** versions 1-2 */
  nodeId: number;
  /** versions 1-2 */
  host: string;
  /** versions 1-2 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readVoteResponse(r: Reader, version: number): VoteResponse {
  const out = {} as VoteResponse;
  out.errorCode = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<VoteResponseTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readVoteResponseTopicData(r, version);
    out.topics = a;
  }
  if (version >= 1) out.nodeEndpoints = [];
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    if (tag === 0 && version >= 1) {
      const tr = r.subReader(size);
      {
        const n = tr.readCompactArrayLength();
        const a = new Array<VoteResponseNodeEndpoint>(n);
        for (let i = 0; i < n; i++) a[i] = readVoteResponseNodeEndpoint(tr, version);
        out.nodeEndpoints = a;
      }
      tr.expectEnd('VoteResponse.nodeEndpoints');
    } else {
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeVoteResponse(w: Writer, version: number, v: VoteResponse): void {
  w.appendInt16(v.errorCode);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeVoteResponseTopicData(w, version, v.topics[i]);
  let tagged: TaggedField[] | undefined;
  if (version >= 1) {
    const x = v.nodeEndpoints;
    if (x !== undefined && x.length > 0) {
      const tw = new Writer(64);
      tw.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeVoteResponseNodeEndpoint(tw, version, x[i]);
      (tagged ??= []).push({ tag: 0, data: tw.buffer });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

function readVoteResponseTopicData(r: Reader, version: number): VoteResponseTopicData {
  const out = {} as VoteResponseTopicData;
  out.topicName = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<VoteResponsePartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readVoteResponsePartitionData(r, version);
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

function writeVoteResponseTopicData(w: Writer, version: number, v: VoteResponseTopicData): void {
  w.appendCompactString(v.topicName);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeVoteResponsePartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readVoteResponsePartitionData(r: Reader, version: number): VoteResponsePartitionData {
  const out = {} as VoteResponsePartitionData;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  out.leaderId = r.readInt32();
  out.leaderEpoch = r.readInt32();
  out.voteGranted = r.readBoolean();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeVoteResponsePartitionData(w: Writer, version: number, v: VoteResponsePartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  w.appendBoolean(v.voteGranted);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readVoteResponseNodeEndpoint(r: Reader, version: number): VoteResponseNodeEndpoint {
  const out = {} as VoteResponseNodeEndpoint;
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

function writeVoteResponseNodeEndpoint(w: Writer, version: number, v: VoteResponseNodeEndpoint): void {
  w.appendInt32(v.nodeId);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeVoteResponse(r: Reader, version: number): VoteResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('VoteResponse', version, 0, 2);
  return readVoteResponse(r, version);
}

export function encodeVoteResponse(w: Writer, version: number, value: VoteResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('VoteResponse', version, 0, 2);
  try {
    writeVoteResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('VoteResponse', version, error);
  }
}
