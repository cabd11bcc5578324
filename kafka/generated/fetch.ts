// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from FetchRequest.json, FetchResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface FetchRequest {
  /** versions 12-18, nullable 12-18, tag 0 */
  clusterId?: string | null;
  /** versions 0-14 */
  replicaId?: number;
  /** versions 15-18, tag 1 */
  replicaState?: FetchRequestReplicaState;
  /** versions 0-18 */
  maxWaitMs: number;
  /** versions 0-18 */
  minBytes: number;
  /** versions 3-18 */
  maxBytes?: number;
  /** versions 4-18 */
  isolationLevel?: number;
  /** versions 7-18 */
  sessionId?: number;
  /** versions 7-18 */
  sessionEpoch?: number;
  /** versions 0-18 */
  topics: FetchRequestFetchTopic[];
  /** versions 7-18 */
  forgottenTopicsData?: FetchRequestForgottenTopic[];
  /** versions 11-18 */
  rackId?: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchRequestReplicaState {
  /** versions 15-18 */
  replicaId: number;
  /** versions 15-18 */
  replicaEpoch: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchRequestFetchTopic {
  /** versions 0-12 */
  topic?: string;
  /** versions 13-18 */
  topicId?: Uuid;
  /** versions 0-18 */
  partitions: FetchRequestFetchPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchRequestFetchPartition {
  /** versions 0-18 */
  partition: number;
  /** versions 9-18 */
  currentLeaderEpoch?: number;
  /** versions 0-18 */
  fetchOffset: bigint;
  /** versions 12-18 */
  lastFetchedEpoch?: number;
  /** versions 5-18 */
  logStartOffset?: bigint;
  /** versions 0-18 */
  partitionMaxBytes: number;
  /** versions 17-18, tag 0 */
  replicaDirectoryId?: Uuid;
  /** versions 18, tag 1 */
  highWatermark?: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchRequestForgottenTopic {
  /** versions 7-12 */
  topic?: string;
  /** versions 13-18 */
  topicId?: Uuid;
  /** versions 7-18 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readFetchRequest(r: Reader, version: number): FetchRequest {
  const out = {} as FetchRequest;
  if (version <= 14) {
    out.replicaId = r.readInt32();
  }
  out.maxWaitMs = r.readInt32();
  out.minBytes = r.readInt32();
  if (version >= 3) {
    out.maxBytes = r.readInt32();
  }
  if (version >= 4) {
    out.isolationLevel = r.readInt8();
  }
  if (version >= 7) {
    out.sessionId = r.readInt32();
  }
  if (version >= 7) {
    out.sessionEpoch = r.readInt32();
  }
  {
    const n = (version >= 12 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<FetchRequestFetchTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readFetchRequestFetchTopic(r, version);
    out.topics = a;
  }
  if (version >= 7) {
    {
      const n = (version >= 12 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<FetchRequestForgottenTopic>(n);
      for (let i = 0; i < n; i++) a[i] = readFetchRequestForgottenTopic(r, version);
      out.forgottenTopicsData = a;
    }
  }
  if (version >= 11) {
    out.rackId = (version >= 12 ? r.readCompactString() : r.readString());
  }
  if (version >= 12) {
    out.clusterId = null;
    if (version >= 15) out.replicaState = defaultFetchRequestReplicaState(version);
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      if (tag === 0) {
        const tr = r.subReader(size);
        out.clusterId = tr.readCompactNullableString();
        tr.expectEnd('FetchRequest.clusterId');
      } else if (tag === 1 && version >= 15) {
        const tr = r.subReader(size);
        out.replicaState = readFetchRequestReplicaState(tr, version);
        tr.expectEnd('FetchRequest.replicaState');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeFetchRequest(w: Writer, version: number, v: FetchRequest): void {
  if (version <= 14) {
    {
      const x = v.replicaId === undefined ? -1 : v.replicaId;
      w.appendInt32(x);
    }
  }
  w.appendInt32(v.maxWaitMs);
  w.appendInt32(v.minBytes);
  if (version >= 3) {
    {
      const x = v.maxBytes === undefined ? 2147483647 : v.maxBytes;
      w.appendInt32(x);
    }
  }
  if (version >= 4) {
    {
      const x = v.isolationLevel === undefined ? 0 : v.isolationLevel;
      w.appendInt8(x);
    }
  }
  if (version >= 7) {
    {
      const x = v.sessionId === undefined ? 0 : v.sessionId;
      w.appendInt32(x);
    }
  }
  if (version >= 7) {
    {
      const x = v.sessionEpoch === undefined ? -1 : v.sessionEpoch;
      w.appendInt32(x);
    }
  }
  (version >= 12 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeFetchRequestFetchTopic(w, version, v.topics[i]);
  if (version >= 7) {
    {
      const x = v.forgottenTopicsData === undefined ? [] : v.forgottenTopicsData;
      (version >= 12 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeFetchRequestForgottenTopic(w, version, x[i]);
    }
  }
  if (version >= 11) {
    {
      const x = v.rackId === undefined ? "" : v.rackId;
      (version >= 12 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 12) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.clusterId;
      if (x !== undefined && x !== null) {
        const tw = new Writer(64);
        tw.appendCompactNullableString(x);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    if (version >= 15) {
      const x = v.replicaState;
      if (x !== undefined && !isDefaultFetchRequestReplicaState(x, version)) {
        const tw = new Writer(64);
        writeFetchRequestReplicaState(tw, version, x);
        (tagged ??= []).push({ tag: 1, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readFetchRequestReplicaState(r: Reader, version: number): FetchRequestReplicaState {
  const out = {} as FetchRequestReplicaState;
  out.replicaId = r.readInt32();
  out.replicaEpoch = r.readInt64();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeFetchRequestReplicaState(w: Writer, version: number, v: FetchRequestReplicaState): void {
  w.appendInt32(v.replicaId);
  w.appendInt64(v.replicaEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readFetchRequestFetchTopic(r: Reader, version: number): FetchRequestFetchTopic {
  const out = {} as FetchRequestFetchTopic;
  if (version <= 12) {
    out.topic = (version >= 12 ? r.readCompactString() : r.readString());
  }
  if (version >= 13) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 12 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<FetchRequestFetchPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readFetchRequestFetchPartition(r, version);
    out.partitions = a;
  }
  if (version >= 12) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeFetchRequestFetchTopic(w: Writer, version: number, v: FetchRequestFetchTopic): void {
  if (version <= 12) {
    {
      const x = v.topic === undefined ? "" : v.topic;
      (version >= 12 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 13) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 12 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeFetchRequestFetchPartition(w, version, v.partitions[i]);
  if (version >= 12) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readFetchRequestFetchPartition(r: Reader, version: number): FetchRequestFetchPartition {
  const out = {} as FetchRequestFetchPartition;
  out.partition = r.readInt32();
  if (version >= 9) {
    out.currentLeaderEpoch = r.readInt32();
  }
  out.fetchOffset = r.readInt64();
  if (version >= 12) {
    out.lastFetchedEpoch = r.readInt32();
  }
  if (version >= 5) {
    out.logStartOffset = r.readInt64();
  }
  out.partitionMaxBytes = r.readInt32();
  if (version >= 12) {
    if (version >= 17) out.replicaDirectoryId = ZERO_UUID;
    if (version >= 18) out.highWatermark = 9223372036854775807n;
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      if (tag === 0 && version >= 17) {
        const tr = r.subReader(size);
        out.replicaDirectoryId = tr.readUuid();
        tr.expectEnd('FetchRequestFetchPartition.replicaDirectoryId');
      } else if (tag === 1 && version >= 18) {
        const tr = r.subReader(size);
        out.highWatermark = tr.readInt64();
        tr.expectEnd('FetchRequestFetchPartition.highWatermark');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeFetchRequestFetchPartition(w: Writer, version: number, v: FetchRequestFetchPartition): void {
  w.appendInt32(v.partition);
  if (version >= 9) {
    {
      const x = v.currentLeaderEpoch === undefined ? -1 : v.currentLeaderEpoch;
      w.appendInt32(x);
    }
  }
  w.appendInt64(v.fetchOffset);
  if (version >= 12) {
    {
      const x = v.lastFetchedEpoch === undefined ? -1 : v.lastFetchedEpoch;
      w.appendInt32(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.logStartOffset === undefined ? -1n : v.logStartOffset;
      w.appendInt64(x);
    }
  }
  w.appendInt32(v.partitionMaxBytes);
  if (version >= 12) {
    let tagged: TaggedField[] | undefined;
    if (version >= 17) {
      const x = v.replicaDirectoryId;
      if (x !== undefined && x !== ZERO_UUID) {
        const tw = new Writer(64);
        tw.appendUuid(x);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    if (version >= 18) {
      const x = v.highWatermark;
      if (x !== undefined && x !== 9223372036854775807n) {
        const tw = new Writer(64);
        tw.appendInt64(x);
        (tagged ??= []).push({ tag: 1, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readFetchRequestForgottenTopic(r: Reader, version: number): FetchRequestForgottenTopic {
  const out = {} as FetchRequestForgottenTopic;
  if (version <= 12) {
    out.topic = (version >= 12 ? r.readCompactString() : r.readString());
  }
  if (version >= 13) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 12 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitions = a;
  }
  if (version >= 12) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeFetchRequestForgottenTopic(w: Writer, version: number, v: FetchRequestForgottenTopic): void {
  if (version <= 12) {
    {
      const x = v.topic === undefined ? "" : v.topic;
      (version >= 12 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 13) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 12 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  if (version >= 12) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function defaultFetchRequestReplicaState(version: number): FetchRequestReplicaState {
  const out = {} as FetchRequestReplicaState;
  out.replicaId = -1;
  out.replicaEpoch = -1n;
  return out;
}

function isDefaultFetchRequestReplicaState(v: FetchRequestReplicaState, version: number): boolean {
  {
    const x = v.replicaId;
    if (x !== undefined && x !== -1) return false;
  }
  {
    const x = v.replicaEpoch;
    if (x !== undefined && x !== -1n) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeFetchRequest(r: Reader, version: number): FetchRequest {
  if (version < 0 || version > 18) throw unsupportedVersion('FetchRequest', version, 0, 18);
  return readFetchRequest(r, version);
}

export function encodeFetchRequest(w: Writer, version: number, value: FetchRequest): void {
  if (version < 0 || version > 18) throw unsupportedVersion('FetchRequest', version, 0, 18);
  try {
    writeFetchRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('FetchRequest', version, error);
  }
}

export interface FetchResponse {
  /** versions 1-18 */
  throttleTimeMs?: number;
  /** versions 7-18 */
  errorCode?: number;
  /** versions 7-18 */
  sessionId?: number;
  /** versions 0-18 */
  responses: FetchResponseFetchableTopicResponse[];
  /** versions 16-18, tag 0 */
  nodeEndpoints?: FetchResponseNodeEndpoint[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseFetchableTopicResponse {
  /** versions 0-12 */
  topic?: string;
  /** versions 13-18 */
  topicId?: Uuid;
  /** versions 0-18 */
  partitions: FetchResponsePartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponsePartitionData {
  /** versions 0-18 */
  partitionIndex: number;
  /** versions 0-18 */
  errorCode: number;
  /** versions 0-18 */
  highWatermark: bigint;
  /** versions 4-18 */
  lastStableOffset?: bigint;
  /** versions 5-18 */
  logStartOffset?: bigint;
  /** versions 12-18, tag 0 */
  divergingEpoch?: FetchResponseEpochEndOffset;
  /** versions 12-18, tag 1 */
  currentLeader?: FetchResponseLeaderIdAndEpoch;
  /** versions 12-18, tag 2 */
  snapshotId?: FetchResponseSnapshotId;
  /** versions 4-18, nullable 4-18 */
  abortedTransactions?: FetchResponseAbortedTransaction[] | null;
  /** versions 11-18 */
  preferredReadReplica?: number;
  /** versions 0-18, nullable 0-18 */
  records: Buffer | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseEpochEndOffset {
  /** versions 12-18 */
  epoch: number;
  /** versions 12-18 */
  endOffset: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseLeaderIdAndEpoch {
  /** versions 12-18 */
  leaderId: number;
  /** versions 12-18 */
  leaderEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseSnapshotId {
  /** versions 12-18 */
  endOffset: bigint;
  /** versions 12-18 */
  epoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseAbortedTransaction {
  /** versions 4-18 */
  producerId: bigint;
  /** versions 4-18 */
  firstOffset: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchResponseNodeEndpoint {
  /** versions 16-18 */
  nodeId: number;
  /** versions 16-18 */
  host: string;
  /** versions 16-18 */
  port: number;
  /** versions 16-18, nullable 16-18 */
  rack: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readFetchResponse(r: Reader, version: number): FetchResponse {
  const out = {} as FetchResponse;
  if (version >= 1) {
    out.throttleTimeMs = r.readInt32();
  }
  if (version >= 7) {
    out.errorCode = r.readInt16();
  }
  if (version >= 7) {
    out.sessionId = r.readInt32();
  }
  {
    const n = (version >= 12 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<FetchResponseFetchableTopicResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readFetchResponseFetchableTopicResponse(r, version);
    out.responses = a;
  }
  if (version >= 12) {
    if (version >= 16) out.nodeEndpoints = [];
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      if (tag === 0 && version >= 16) {
        const tr = r.subReader(size);
        {
          const n = tr.readCompactArrayLength();
          const a = new Array<FetchResponseNodeEndpoint>(n);
          for (let i = 0; i < n; i++) a[i] = readFetchResponseNodeEndpoint(tr, version);
          out.nodeEndpoints = a;
        }
        tr.expectEnd('FetchResponse.nodeEndpoints');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeFetchResponse(w: Writer, version: number, v: FetchResponse): void {
  if (version >= 1) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  if (version >= 7) {
    {
      const x = v.errorCode === undefined ? 0 : v.errorCode;
      w.appendInt16(x);
    }
  }
  if (version >= 7) {
    {
      const x = v.sessionId === undefined ? 0 : v.sessionId;
      w.appendInt32(x);
    }
  }
  (version >= 12 ? w.appendCompactArrayLength(v.responses.length) : w.appendArrayLength(v.responses.length));
  for (let i = 0; i < v.responses.length; i++) writeFetchResponseFetchableTopicResponse(w, version, v.responses[i]);
  if (version >= 12) {
    let tagged: TaggedField[] | undefined;
    if (version >= 16) {
      const x = v.nodeEndpoints;
      if (x !== undefined && x.length > 0) {
        const tw = new Writer(64);
        tw.appendCompactArrayLength(x.length);
        for (let i = 0; i < x.length; i++) writeFetchResponseNodeEndpoint(tw, version, x[i]);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readFetchResponseFetchableTopicResponse(r: Reader, version: number): FetchResponseFetchableTopicResponse {
  const out = {} as FetchResponseFetchableTopicResponse;
  if (version <= 12) {
    out.topic = (version >= 12 ? r.readCompactString() : r.readString());
  }
  if (version >= 13) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 12 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<FetchResponsePartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readFetchResponsePartitionData(r, version);
    out.partitions = a;
  }
  if (version >= 12) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeFetchResponseFetchableTopicResponse(w: Writer, version: number, v: FetchResponseFetchableTopicResponse): void {
  if (version <= 12) {
    {
      const x = v.topic === undefined ? "" : v.topic;
      (version >= 12 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 13) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 12 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeFetchResponsePartitionData(w, version, v.partitions[i]);
  if (version >= 12) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readFetchResponsePartitionData(r: Reader, version: number): FetchResponsePartitionData {
  const out = {} as FetchResponsePartitionData;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  out.highWatermark = r.readInt64();
  if (version >= 4) {
    out.lastStableOffset = r.readInt64();
  }
  if (version >= 5) {
    out.logStartOffset = r.readInt64();
  }
  if (version >= 4) {
    {
      const n = (version >= 12 ? r.readCompactNullableArrayLength() : r.readNullableArrayLength());
      if (n === -1) {
        out.abortedTransactions = null;
      } else {
        const a = new Array<FetchResponseAbortedTransaction>(n);
        for (let i = 0; i < n; i++) a[i] = readFetchResponseAbortedTransaction(r, version);
        out.abortedTransactions = a;
      }
    }
  }
  if (version >= 11) {
    out.preferredReadReplica = r.readInt32();
  }
  out.records = (version >= 12 ? r.readCompactNullableBytes() : r.readNullableSizedBytes());
  if (version >= 12) {
    out.divergingEpoch = defaultFetchResponseEpochEndOffset(version);
    out.currentLeader = defaultFetchResponseLeaderIdAndEpoch(version);
    out.snapshotId = defaultFetchResponseSnapshotId(version);
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      if (tag === 0) {
        const tr = r.subReader(size);
        out.divergingEpoch = readFetchResponseEpochEndOffset(tr, version);
        tr.expectEnd('FetchResponsePartitionData.divergingEpoch');
      } else if (tag === 1) {
        const tr = r.subReader(size);
        out.currentLeader = readFetchResponseLeaderIdAndEpoch(tr, version);
        tr.expectEnd('FetchResponsePartitionData.currentLeader');
      } else if (tag === 2) {
        const tr = r.subReader(size);
        out.snapshotId = readFetchResponseSnapshotId(tr, version);
        tr.expectEnd('FetchResponsePartitionData.snapshotId');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeFetchResponsePartitionData(w: Writer, version: number, v: FetchResponsePartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendInt64(v.highWatermark);
  if (version >= 4) {
    {
      const x = v.lastStableOffset === undefined ? -1n : v.lastStableOffset;
      w.appendInt64(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.logStartOffset === undefined ? -1n : v.logStartOffset;
      w.appendInt64(x);
    }
  }
  if (version >= 4) {
    {
      const x = v.abortedTransactions === undefined ? [] : v.abortedTransactions;
      if (x === null) {
        (version >= 12 ? w.appendUnsignedVarInt(0) : w.appendInt32(-1));
      } else {
        (version >= 12 ? w.appendCompactArrayLength(x!.length) : w.appendArrayLength(x!.length));
        for (let i = 0; i < x!.length; i++) writeFetchResponseAbortedTransaction(w, version, x![i]);
      }
    }
  }
  if (version >= 11) {
    {
      const x = v.preferredReadReplica === undefined ? -1 : v.preferredReadReplica;
      w.appendInt32(x);
    }
  }
  (version >= 12 ? w.appendCompactNullableBytes(v.records) : w.appendNullableSizedBytes(v.records));
  if (version >= 12) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.divergingEpoch;
      if (x !== undefined && !isDefaultFetchResponseEpochEndOffset(x, version)) {
        const tw = new Writer(64);
        writeFetchResponseEpochEndOffset(tw, version, x);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    {
      const x = v.currentLeader;
      if (x !== undefined && !isDefaultFetchResponseLeaderIdAndEpoch(x, version)) {
        const tw = new Writer(64);
        writeFetchResponseLeaderIdAndEpoch(tw, version, x);
        (tagged ??= []).push({ tag: 1, data: tw.buffer });
      }
    }
    {
      const x = v.snapshotId;
      if (x !== undefined && !isDefaultFetchResponseSnapshotId(x, version)) {
        const tw = new Writer(64);
        writeFetchResponseSnapshotId(tw, version, x);
        (tagged ??= []).push({ tag: 2, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readFetchResponseEpochEndOffset(r: Reader, version: number): FetchResponseEpochEndOffset {
  const out = {} as FetchResponseEpochEndOffset;
  out.epoch = r.readInt32();
  out.endOffset = r.readInt64();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeFetchResponseEpochEndOffset(w: Writer, version: number, v: FetchResponseEpochEndOffset): void {
  w.appendInt32(v.epoch);
  w.appendInt64(v.endOffset);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readFetchResponseLeaderIdAndEpoch(r: Reader, version: number): FetchResponseLeaderIdAndEpoch {
  const out = {} as FetchResponseLeaderIdAndEpoch;
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

function writeFetchResponseLeaderIdAndEpoch(w: Writer, version: number, v: FetchResponseLeaderIdAndEpoch): void {
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readFetchResponseSnapshotId(r: Reader, version: number): FetchResponseSnapshotId {
  const out = {} as FetchResponseSnapshotId;
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

function writeFetchResponseSnapshotId(w: Writer, version: number, v: FetchResponseSnapshotId): void {
  w.appendInt64(v.endOffset);
  w.appendInt32(v.epoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readFetchResponseAbortedTransaction(r: Reader, version: number): FetchResponseAbortedTransaction {
  const out = {} as FetchResponseAbortedTransaction;
  out.producerId = r.readInt64();
  out.firstOffset = r.readInt64();
  if (version >= 12) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeFetchResponseAbortedTransaction(w: Writer, version: number, v: FetchResponseAbortedTransaction): void {
  w.appendInt64(v.producerId);
  w.appendInt64(v.firstOffset);
  if (version >= 12) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readFetchResponseNodeEndpoint(r: Reader, version: number): FetchResponseNodeEndpoint {
  const out = {} as FetchResponseNodeEndpoint;
  out.nodeId = r.readInt32();
  out.host = r.readCompactString();
  out.port = r.readInt32();
  out.rack = r.readCompactNullableString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeFetchResponseNodeEndpoint(w: Writer, version: number, v: FetchResponseNodeEndpoint): void {
  w.appendInt32(v.nodeId);
  w.appendCompactString(v.host);
  w.appendInt32(v.port);
  w.appendCompactNullableString(v.rack);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultFetchResponseEpochEndOffset(version: number): FetchResponseEpochEndOffset {
  const out = {} as FetchResponseEpochEndOffset;
  out.epoch = -1;
  out.endOffset = -1n;
  return out;
}

function isDefaultFetchResponseEpochEndOffset(v: FetchResponseEpochEndOffset, version: number): boolean {
  {
    const x = v.epoch;
    if (x !== undefined && x !== -1) return false;
  }
  {
    const x = v.endOffset;
    if (x !== undefined && x !== -1n) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

function defaultFetchResponseLeaderIdAndEpoch(version: number): FetchResponseLeaderIdAndEpoch {
  const out = {} as FetchResponseLeaderIdAndEpoch;
  out.leaderId = -1;
  out.leaderEpoch = -1;
  return out;
}

function isDefaultFetchResponseLeaderIdAndEpoch(v: FetchResponseLeaderIdAndEpoch, version: number): boolean {
  {
    const x = v.leaderId;
    if (x !== undefined && x !== -1) return false;
  }
  {
    const x = v.leaderEpoch;
    if (x !== undefined && x !== -1) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

function defaultFetchResponseSnapshotId(version: number): FetchResponseSnapshotId {
  const out = {} as FetchResponseSnapshotId;
  out.endOffset = -1n;
  out.epoch = -1;
  return out;
}

function isDefaultFetchResponseSnapshotId(v: FetchResponseSnapshotId, version: number): boolean {
  {
    const x = v.endOffset;
    if (x !== undefined && x !== -1n) return false;
  }
  {
    const x = v.epoch;
    if (x !== undefined && x !== -1) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeFetchResponse(r: Reader, version: number): FetchResponse {
  if (version < 0 || version > 18) throw unsupportedVersion('FetchResponse', version, 0, 18);
  return readFetchResponse(r, version);
}

export function encodeFetchResponse(w: Writer, version: number, value: FetchResponse): void {
  if (version < 0 || version > 18) throw unsupportedVersion('FetchResponse', version, 0, 18);
  try {
    writeFetchResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('FetchResponse', version, error);
  }
}
