// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ShareFetchRequest.json, ShareFetchResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ShareFetchRequest {
  /** versions 1-2, nullable 1-2 */
  groupId: string | null;
  /** versions 1-2, nullable 1-2 */
  memberId: string | null;
  /** versions 1-2 */
  shareSessionEpoch: number;
  /** versions 1-2 */
  maxWaitMs: number;
  /** versions 1-2 */
  minBytes: number;
  /** versions 1-2 */
  maxBytes: number;
  /** versions 1-2 */
  maxRecords: number;
  /** versions 1-2 */
  batchSize: number;
  /** versions 2 */
  shareAcquireMode?: number;
  /** versions 2 */
  isRenewAck?: boolean;
  /** versions 1-2 */
  topics: ShareFetchRequestFetchTopic[];
  /** versions 1-2 */
  forgottenTopicsData: ShareFetchRequestForgottenTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchRequestFetchTopic {
  /** versions 1-2 */
  topicId: Uuid;
  /** versions 1-2 */
  partitions: ShareFetchRequestFetchPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchRequestFetchPartition {
  /** versions 1-2 */
  partitionIndex: number;
  /** versions 1-2 */
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchRequestAcknowledgementBatch {
  /** versions 1-2 */
  firstOffset: bigint;
  /** versions 1-2 */
  lastOffset: bigint;
  /** versions 1-2 */
  acknowledgeTypes: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchRequestForgottenTopic {
  /** versions 1-2 */
  topicId: Uuid;
  /** versions 1-2 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readShareFetchRequest(r: Reader, version: number): ShareFetchRequest {
  const out = {} as ShareFetchRequest;
  out.groupId = r.readCompactNullableString();
  out.memberId = r.readCompactNullableString();
  out.shareSessionEpoch = r.readInt32();
  out.maxWaitMs = r.readInt32();
  out.minBytes = r.readInt32();
  out.maxBytes = r.readInt32();
  out.maxRecords = r.readInt32();
  out.batchSize = r.readInt32();
  if (version >= 2) {
    out.shareAcquireMode = r.readInt8();
  }
  if (version >= 2) {
    out.isRenewAck = r.readBoolean();
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareFetchRequestFetchTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readShareFetchRequestFetchTopic(r, version);
    out.topics = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareFetchRequestForgottenTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readShareFetchRequestForgottenTopic(r, version);
    out.forgottenTopicsData = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeShareFetchRequest(w: Writer, version: number, v: ShareFetchRequest): void {
  w.appendCompactNullableString(v.groupId);
  w.appendCompactNullableString(v.memberId);
  w.appendInt32(v.shareSessionEpoch);
  w.appendInt32(v.maxWaitMs);
  w.appendInt32(v.minBytes);
  w.appendInt32(v.maxBytes);
  w.appendInt32(v.maxRecords);
  w.appendInt32(v.batchSize);
  if (version >= 2) {
    {
      const x = v.shareAcquireMode === undefined ? 0 : v.shareAcquireMode;
      w.appendInt8(x);
    }
  }
  if (version >= 2) {
    {
      const x = v.isRenewAck === undefined ? false : v.isRenewAck;
      w.appendBoolean(x);
    }
  }
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeShareFetchRequestFetchTopic(w, version, v.topics[i]);
  w.appendCompactArrayLength(v.forgottenTopicsData.length);
  for (let i = 0; i < v.forgottenTopicsData.length; i++) writeShareFetchRequestForgottenTopic(w, version, v.forgottenTopicsData[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareFetchRequestFetchTopic(r: Reader, version: number): ShareFetchRequestFetchTopic {
  const out = {} as ShareFetchRequestFetchTopic;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareFetchRequestFetchPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readShareFetchRequestFetchPartition(r, version);
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

function writeShareFetchRequestFetchTopic(w: Writer, version: number, v: ShareFetchRequestFetchTopic): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeShareFetchRequestFetchPartition(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareFetchRequestFetchPartition(r: Reader, version: number): ShareFetchRequestFetchPartition {
  const out = {} as ShareFetchRequestFetchPartition;
  out.partitionIndex = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareFetchRequestAcknowledgementBatch>(n);
    for (let i = 0; i < n; i++) a[i] = readShareFetchRequestAcknowledgementBatch(r, version);
    out.acknowledgementBatches = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeShareFetchRequestFetchPartition(w: Writer, version: number, v: ShareFetchRequestFetchPartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendCompactArrayLength(v.acknowledgementBatches.length);
  for (let i = 0; i < v.acknowledgementBatches.length; i++) writeShareFetchRequestAcknowledgementBatch(w, version, v.acknowledgementBatches[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareFetchRequestAcknowledgementBatch(r: Reader, version: number): ShareFetchRequestAcknowledgementBatch {
  const out = {} as ShareFetchRequestAcknowledgementBatch;
  out.firstOffset = r.readInt64();
  out.lastOffset = r.readInt64();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt8();
    out.acknowledgeTypes = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeShareFetchRequestAcknowledgementBatch(w: Writer, version: number, v: ShareFetchRequestAcknowledgementBatch): void {
  w.appendInt64(v.firstOffset);
  w.appendInt64(v.lastOffset);
  w.appendCompactArrayLength(v.acknowledgeTypes.length);
  for (let i = 0; i < v.acknowledgeTypes.length; i++) w.appendInt8(v.acknowledgeTypes[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareFetchRequestForgottenTopic(r: Reader, version: number): ShareFetchRequestForgottenTopic {
  const out = {} as ShareFetchRequestForgottenTopic;
  out.topicId = r.readUuid();
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

function writeShareFetchRequestForgottenTopic(w: Writer, version: number, v: ShareFetchRequestForgottenTopic): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareFetchRequest(r: Reader, version: number): ShareFetchRequest {
  if (version < 1 || version > 2) throw unsupportedVersion('ShareFetchRequest', version, 1, 2);
  return readShareFetchRequest(r, version);
}

export function encodeShareFetchRequest(w: Writer, version: number, value: ShareFetchRequest): void {
  if (version < 1 || version > 2) throw unsupportedVersion('ShareFetchRequest', version, 1, 2);
  try {
    writeShareFetchRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ShareFetchRequest', version, error);
  }
}

export interface ShareFetchResponse {
  /** versions 1-2 */
  throttleTimeMs: number;
  /** versions 1-2 */
  errorCode: number;
  /** versions 1-2, nullable 1-2 */
  errorMessage: string | null;
  /** versions 1-2 */
  acquisitionLockTimeoutMs: number;
  /** versions 1-2 */
  responses: ShareFetchResponseShareFetchableTopicResponse[];
  /** versions 1-2 */
  nodeEndpoints: ShareFetchResponseNodeEndpoint[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchResponseShareFetchableTopicResponse {
  /** versions 1-2 */
  topicId: Uuid;
  /** versions 1-2 */
  partitions: ShareFetchResponsePartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchResponsePartitionData {
  /** versions 1-2 */
  partitionIndex: number;
  /** versions 1-2 */
  errorCode: number;
  /** versions 1-2, nullable 1-2 */
  errorMessage: string | null;
  /** versions 1-2 */
  acknowledgeErrorCode: number;
  /** versions 1-2, nullable 1-2 */
  acknowledgeErrorMessage: string | null;
  /** versions 1-2 */
  currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  /** versions 1-2, nullable none */
  records: Buffer;
  /** versions 1-2 */
  acquiredRecords: ShareFetchResponseAcquiredRecords[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchResponseLeaderIdAndEpoch {
  /** versions 1-2 */
  leaderId: number;
  /** versions 1-2 */
  leaderEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchResponseAcquiredRecords {
  /** versions 1-2 */
  firstOffset: bigint;
  /** versions 1-2 */
  lastOffset: bigint;
  /** versions 1-2 */
  deliveryCount: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchResponseNodeEndpoint {
  /** versions 1-2 */
  nodeId: number;
  /** versions 1-2 */
  host: string;
  /** versions 1-2 */
  port: number;
  /** versions 1-2, nullable 1-2 */
  rack: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readShareFetchResponse(r: Reader, version: number): ShareFetchResponse {
  const out = {} as ShareFetchResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.acquisitionLockTimeoutMs = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareFetchResponseShareFetchableTopicResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readShareFetchResponseShareFetchableTopicResponse(r, version);
    out.responses = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareFetchResponseNodeEndpoint>(n);
    for (let i = 0; i < n; i++) a[i] = readShareFetchResponseNodeEndpoint(r, version);
    out.nodeEndpoints = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeShareFetchResponse(w: Writer, version: number, v: ShareFetchResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendInt32(v.acquisitionLockTimeoutMs);
  w.appendCompactArrayLength(v.responses.length);
  for (let i = 0; i < v.responses.length; i++) writeShareFetchResponseShareFetchableTopicResponse(w, version, v.responses[i]);
  w.appendCompactArrayLength(v.nodeEndpoints.length);
  for (let i = 0; i < v.nodeEndpoints.length; i++) writeShareFetchResponseNodeEndpoint(w, version, v.nodeEndpoints[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareFetchResponseShareFetchableTopicResponse(r: Reader, version: number): ShareFetchResponseShareFetchableTopicResponse {
  const out = {} as ShareFetchResponseShareFetchableTopicResponse;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareFetchResponsePartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readShareFetchResponsePartitionData(r, version);
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

function writeShareFetchResponseShareFetchableTopicResponse(w: Writer, version: number, v: ShareFetchResponseShareFetchableTopicResponse): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeShareFetchResponsePartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareFetchResponsePartitionData(r: Reader, version: number): ShareFetchResponsePartitionData {
  const out = {} as ShareFetchResponsePartitionData;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.acknowledgeErrorCode = r.readInt16();
  out.acknowledgeErrorMessage = r.readCompactNullableString();
  out.currentLeader = readShareFetchResponseLeaderIdAndEpoch(r, version);
  out.records = r.readCompactBytes();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareFetchResponseAcquiredRecords>(n);
    for (let i = 0; i < n; i++) a[i] = readShareFetchResponseAcquiredRecords(r, version);
    out.acquiredRecords = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeShareFetchResponsePartitionData(w: Writer, version: number, v: ShareFetchResponsePartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendInt16(v.acknowledgeErrorCode);
  w.appendCompactNullableString(v.acknowledgeErrorMessage);
  writeShareFetchResponseLeaderIdAndEpoch(w, version, v.currentLeader);
  w.appendCompactBytes(v.records!);
  w.appendCompactArrayLength(v.acquiredRecords.length);
  for (let i = 0; i < v.acquiredRecords.length; i++) writeShareFetchResponseAcquiredRecords(w, version, v.acquiredRecords[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareFetchResponseLeaderIdAndEpoch(r: Reader, version: number): ShareFetchResponseLeaderIdAndEpoch {
  const out = {} as ShareFetchResponseLeaderIdAndEpoch;
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

function writeShareFetchResponseLeaderIdAndEpoch(w: Writer, version: number, v: ShareFetchResponseLeaderIdAndEpoch): void {
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareFetchResponseAcquiredRecords(r: Reader, version: number): ShareFetchResponseAcquiredRecords {
  const out = {} as ShareFetchResponseAcquiredRecords;
  out.firstOffset = r.readInt64();
  out.lastOffset = r.readInt64();
  out.deliveryCount = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeShareFetchResponseAcquiredRecords(w: Writer, version: number, v: ShareFetchResponseAcquiredRecords): void {
  w.appendInt64(v.firstOffset);
  w.appendInt64(v.lastOffset);
  w.appendInt16(v.deliveryCount);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareFetchResponseNodeEndpoint(r: Reader, version: number): ShareFetchResponseNodeEndpoint {
  const out = {} as ShareFetchResponseNodeEndpoint;
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

function writeShareFetchResponseNodeEndpoint(w: Writer, version: number, v: ShareFetchResponseNodeEndpoint): void {
  w.appendInt32(v.nodeId);
  w.appendCompactString(v.host);
  w.appendInt32(v.port);
  w.appendCompactNullableString(v.rack);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultShareFetchResponseLeaderIdAndEpoch(version: number): ShareFetchResponseLeaderIdAndEpoch {
  const out = {} as ShareFetchResponseLeaderIdAndEpoch;
  out.leaderId = 0;
  out.leaderEpoch = 0;
  return out;
}

function isDefaultShareFetchResponseLeaderIdAndEpoch(v: ShareFetchResponseLeaderIdAndEpoch, version: number): boolean {
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

export function decodeShareFetchResponse(r: Reader, version: number): ShareFetchResponse {
  if (version < 1 || version > 2) throw unsupportedVersion('ShareFetchResponse', version, 1, 2);
  return readShareFetchResponse(r, version);
}

export function encodeShareFetchResponse(w: Writer, version: number, value: ShareFetchResponse): void {
  if (version < 1 || version > 2) throw unsupportedVersion('ShareFetchResponse', version, 1, 2);
  try {
    writeShareFetchResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ShareFetchResponse', version, error);
  }
}
