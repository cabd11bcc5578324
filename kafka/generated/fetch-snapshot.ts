// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from FetchSnapshotRequest.json, FetchSnapshotResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface FetchSnapshotRequest {
  /** versions 0-1, nullable 0-1, tag 0 */
  clusterId?: string | null;
  /** versions 0-1 */
  replicaId: number;
  /** versions 0-1 */
  maxBytes: number;
  /** versions 0-1 */
  topics: FetchSnapshotRequestTopicSnapshot[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchSnapshotRequestTopicSnapshot {
  /** versions 0-1 */
  name: string;
  /** versions 0-1 */
  partitions: FetchSnapshotRequestPartitionSnapshot[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchSnapshotRequestPartitionSnapshot {
  /** versions 0-1 */
  partition: number;
  /** versions 0-1 */
  currentLeaderEpoch: number;
  /** versions 0-1 */
  snapshotId: FetchSnapshotRequestSnapshotId;
  /** versions 0-1 */
  position: bigint;
  /** versions 1, tag 0 */
  replicaDirectoryId?: Uuid;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchSnapshotRequestSnapshotId {
  /** versions 0-1 */
  endOffset: bigint;
  /** versions 0-1 */
  epoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readFetchSnapshotRequest(r: Reader, version: number): FetchSnapshotRequest {
  const out = {} as FetchSnapshotRequest;
  out.replicaId = r.readInt32();
  out.maxBytes = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<FetchSnapshotRequestTopicSnapshot>(n);
    for (let i = 0; i < n; i++) a[i] = readFetchSnapshotRequestTopicSnapshot(r, version);
    out.topics = a;
  }
  out.clusterId = null;
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    if (tag === 0) {
      const tr = r.subReader(size);
      out.clusterId = tr.readCompactNullableString();
      tr.expectEnd('FetchSnapshotRequest.clusterId');
    } else {
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeFetchSnapshotRequest(w: Writer, version: number, v: FetchSnapshotRequest): void {
  w.appendInt32(v.replicaId);
  w.appendInt32(v.maxBytes);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeFetchSnapshotRequestTopicSnapshot(w, version, v.topics[i]);
  let tagged: TaggedField[] | undefined;
  {
    const x = v.clusterId;
    if (x !== undefined && x !== null) {
      const tw = new Writer(64);
      tw.appendCompactNullableString(x);
      (tagged ??= []).push({ tag: 0, data: tw.buffer });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

function readFetchSnapshotRequestTopicSnapshot(r: Reader, version: number): FetchSnapshotRequestTopicSnapshot {
  const out = {} as FetchSnapshotRequestTopicSnapshot;
  out.name = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<FetchSnapshotRequestPartitionSnapshot>(n);
    for (let i = 0; i < n; i++) a[i] = readFetchSnapshotRequestPartitionSnapshot(r, version);
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

function writeFetchSnapshotRequestTopicSnapshot(w: Writer, version: number, v: FetchSnapshotRequestTopicSnapshot): void {
  w.appendCompactString(v.name);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeFetchSnapshotRequestPartitionSnapshot(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readFetchSnapshotRequestPartitionSnapshot(r: Reader, version: number): FetchSnapshotRequestPartitionSnapshot {
  const out = {} as FetchSnapshotRequestPartitionSnapshot;
  out.partition = r.readInt32();
  out.currentLeaderEpoch = r.readInt32();
  out.snapshotId = readFetchSnapshotRequestSnapshotId(r, version);
  out.position = r.readInt64();
  if (version >= 1) out.replicaDirectoryId = ZERO_UUID;
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    if (tag === 0 && version >= 1) {
      const tr = r.subReader(size);
      out.replicaDirectoryId = tr.readUuid();
      tr.expectEnd('FetchSnapshotRequestPartitionSnapshot.replicaDirectoryId');
    } else {
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeFetchSnapshotRequestPartitionSnapshot(w: Writer, version: number, v: FetchSnapshotRequestPartitionSnapshot): void {
  w.appendInt32(v.partition);
  w.appendInt32(v.currentLeaderEpoch);
  writeFetchSnapshotRequestSnapshotId(w, version, v.snapshotId);
  w.appendInt64(v.position);
  let tagged: TaggedField[] | undefined;
  if (version >= 1) {
    const x = v.replicaDirectoryId;
    if (x !== undefined && x !== ZERO_UUID) {
      const tw = new Writer(64);
      tw.appendUuid(x);
      (tagged ??= []).push({ tag: 0, data: tw.buffer });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

function readFetchSnapshotRequestSnapshotId(r: Reader, version: number): FetchSnapshotRequestSnapshotId {
  const out = {} as FetchSnapshotRequestSnapshotId;
  out.endOffset = r.readInt64();
  out.epoch = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeFetchSnapshotRequestSnapshotId(w: Writer, version: number, v: FetchSnapshotRequestSnapshotId): void {
  w.appendInt64(v.endOffset);
  w.appendInt32(v.epoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultFetchSnapshotRequestSnapshotId(version: number): FetchSnapshotRequestSnapshotId {
  const out = {} as FetchSnapshotRequestSnapshotId;
  out.endOffset = 0n;
  out.epoch = 0;
  return out;
}

function isDefaultFetchSnapshotRequestSnapshotId(v: FetchSnapshotRequestSnapshotId, version: number): boolean {
  {
    const x = v.endOffset;
    if (x !== undefined && x !== 0n) return false;
  }
  {
    const x = v.epoch;
    if (x !== undefined && x !== 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeFetchSnapshotRequest(r: Reader, version: number): FetchSnapshotRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('FetchSnapshotRequest', version, 0, 1);
  return readFetchSnapshotRequest(r, version);
}

export function encodeFetchSnapshotRequest(w: Writer, version: number, value: FetchSnapshotRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('FetchSnapshotRequest', version, 0, 1);
  try {
    writeFetchSnapshotRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('FetchSnapshotRequest', version, error);
  }
}

export interface FetchSnapshotResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1 */
  topics: FetchSnapshotResponseTopicSnapshot[];
  /** versions 1, tag 0 */
  nodeEndpoints?: FetchSnapshotResponseNodeEndpoint[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchSnapshotResponseTopicSnapshot {
  /** versions 0-1 */
  name: string;
  /** versions 0-1 */
  partitions: FetchSnapshotResponsePartitionSnapshot[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchSnapshotResponsePartitionSnapshot {
  /** versions 0-1 */
  index: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1 */
  snapshotId: FetchSnapshotResponseSnapshotId;
  /** versions 0-1, tag 0 */
  currentLeader?: FetchSnapshotResponseLeaderIdAndEpoch;
  /** versions 0-1 */
  size: bigint;
  /** versions 0-1 */
  position: bigint;
  /** versions 0-1 */
  unalignedRecords: Buffer;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchSnapshotResponseSnapshotId {
  /** versions 0-1 */
  endOffset: bigint;
  /** versions 0-1 */
  epoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchSnapshotResponseLeaderIdAndEpoch {
  /** versions 0-1 */
  leaderId: number;
  /** versions 0-1 */
  leaderEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchSnapshotResponseNodeEndpoint {
  /** versions 1 */
  nodeId: number;
  /** versions 1 */
  host: string;
  /** versions 1 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readFetchSnapshotResponse(r: Reader, version: number): FetchSnapshotResponse {
  const out = {} as FetchSnapshotResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<FetchSnapshotResponseTopicSnapshot>(n);
    for (let i = 0; i < n; i++) a[i] = readFetchSnapshotResponseTopicSnapshot(r, version);
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
        const a = new Array<FetchSnapshotResponseNodeEndpoint>(n);
        for (let i = 0; i < n; i++) a[i] = readFetchSnapshotResponseNodeEndpoint(tr, version);
        out.nodeEndpoints = a;
      }
      tr.expectEnd('FetchSnapshotResponse.nodeEndpoints');
    } else {
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeFetchSnapshotResponse(w: Writer, version: number, v: FetchSnapshotResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeFetchSnapshotResponseTopicSnapshot(w, version, v.topics[i]);
  let tagged: TaggedField[] | undefined;
  if (version >= 1) {
    const x = v.nodeEndpoints;
    if (x !== undefined && x.length > 0) {
      const tw = new Writer(64);
      tw.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeFetchSnapshotResponseNodeEndpoint(tw, version, x[i]);
      (tagged ??= []).push({ tag: 0, data: tw.buffer });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

function readFetchSnapshotResponseTopicSnapshot(r: Reader, version: number): FetchSnapshotResponseTopicSnapshot {
  const out = {} as FetchSnapshotResponseTopicSnapshot;
  out.name = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<FetchSnapshotResponsePartitionSnapshot>(n);
    for (let i = 0; i < n; i++) a[i] = readFetchSnapshotResponsePartitionSnapshot(r, version);
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

function writeFetchSnapshotResponseTopicSnapshot(w: Writer, version: number, v: FetchSnapshotResponseTopicSnapshot): void {
  w.appendCompactString(v.name);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeFetchSnapshotResponsePartitionSnapshot(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readFetchSnapshotResponsePartitionSnapshot(r: Reader, version: number): FetchSnapshotResponsePartitionSnapshot {
  const out = {} as FetchSnapshotResponsePartitionSnapshot;
  out.index = r.readInt32();
  out.errorCode = r.readInt16();
  out.snapshotId = readFetchSnapshotResponseSnapshotId(r, version);
  out.size = r.readInt64();
  out.position = r.readInt64();
  out.unalignedRecords = r.readCompactBytes();
  out.currentLeader = defaultFetchSnapshotResponseLeaderIdAndEpoch(version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    if (tag === 0) {
      const tr = r.subReader(size);
      out.currentLeader = readFetchSnapshotResponseLeaderIdAndEpoch(tr, version);
      tr.expectEnd('FetchSnapshotResponsePartitionSnapshot.currentLeader');
    } else {
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeFetchSnapshotResponsePartitionSnapshot(w: Writer, version: number, v: FetchSnapshotResponsePartitionSnapshot): void {
  w.appendInt32(v.index);
  w.appendInt16(v.errorCode);
  writeFetchSnapshotResponseSnapshotId(w, version, v.snapshotId);
  w.appendInt64(v.size);
  w.appendInt64(v.position);
  w.appendCompactBytes(v.unalignedRecords);
  let tagged: TaggedField[] | undefined;
  {
    const x = v.currentLeader;
    if (x !== undefined && !isDefaultFetchSnapshotResponseLeaderIdAndEpoch(x, version)) {
      const tw = new Writer(64);
      writeFetchSnapshotResponseLeaderIdAndEpoch(tw, version, x);
      (tagged ??= []).push({ tag: 0, data: tw.buffer });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

function readFetchSnapshotResponseSnapshotId(r: Reader, version: number): FetchSnapshotResponseSnapshotId {
  const out = {} as FetchSnapshotResponseSnapshotId;
  out.endOffset = r.readInt64();
  out.epoch = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeFetchSnapshotResponseSnapshotId(w: Writer, version: number, v: FetchSnapshotResponseSnapshotId): void {
  w.appendInt64(v.endOffset);
  w.appendInt32(v.epoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readFetchSnapshotResponseLeaderIdAndEpoch(r: Reader, version: number): FetchSnapshotResponseLeaderIdAndEpoch {
  const out = {} as FetchSnapshotResponseLeaderIdAndEpoch;
  out.leaderId = r.readInt32();
  out.leaderEpoch = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeFetchSnapshotResponseLeaderIdAndEpoch(w: Writer, version: number, v: FetchSnapshotResponseLeaderIdAndEpoch): void {
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readFetchSnapshotResponseNodeEndpoint(r: Reader, version: number): FetchSnapshotResponseNodeEndpoint {
  const out = {} as FetchSnapshotResponseNodeEndpoint;
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

function writeFetchSnapshotResponseNodeEndpoint(w: Writer, version: number, v: FetchSnapshotResponseNodeEndpoint): void {
  w.appendInt32(v.nodeId);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultFetchSnapshotResponseSnapshotId(version: number): FetchSnapshotResponseSnapshotId {
  const out = {} as FetchSnapshotResponseSnapshotId;
  out.endOffset = 0n;
  out.epoch = 0;
  return out;
}

function isDefaultFetchSnapshotResponseSnapshotId(v: FetchSnapshotResponseSnapshotId, version: number): boolean {
  {
    const x = v.endOffset;
    if (x !== undefined && x !== 0n) return false;
  }
  {
    const x = v.epoch;
    if (x !== undefined && x !== 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

function defaultFetchSnapshotResponseLeaderIdAndEpoch(version: number): FetchSnapshotResponseLeaderIdAndEpoch {
  const out = {} as FetchSnapshotResponseLeaderIdAndEpoch;
  out.leaderId = 0;
  out.leaderEpoch = 0;
  return out;
}

function isDefaultFetchSnapshotResponseLeaderIdAndEpoch(v: FetchSnapshotResponseLeaderIdAndEpoch, version: number): boolean {
  {
    const x = v.leaderId;
    if (x !== undefined && x !== 0) return false;
  }
  {
    const x = v.leaderEpoch;
    if (x !== undefined && x !== 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeFetchSnapshotResponse(r: Reader, version: number): FetchSnapshotResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('FetchSnapshotResponse', version, 0, 1);
  return readFetchSnapshotResponse(r, version);
}

export function encodeFetchSnapshotResponse(w: Writer, version: number, value: FetchSnapshotResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('FetchSnapshotResponse', version, 0, 1);
  try {
    writeFetchSnapshotResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('FetchSnapshotResponse', version, error);
  }
}
