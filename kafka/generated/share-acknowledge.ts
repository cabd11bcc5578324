// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ShareAcknowledgeRequest {
  /** versions 1-2, nullable 1-2 */
  groupId: string | null;
  /** versions 1-2, nullable 1-2 */
  memberId: string | null;
  /** versions 1-2 */
  shareSessionEpoch: number;
  /** versions 2 */
  isRenewAck?: boolean;
  /** versions 1-2 */
  topics: ShareAcknowledgeRequestAcknowledgeTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeRequestAcknowledgeTopic {
  /** versions 1-2 */
  topicId: Uuid;
  /** versions 1-2 */
  partitions: ShareAcknowledgeRequestAcknowledgePartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeRequestAcknowledgePartition {
  /** versions 1-2 */
  partitionIndex: number;
  /** versions 1-2 */
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeRequestAcknowledgementBatch {
  /** versions 1-2 */
  firstOffset: bigint;
  /** versions 1-2 */
  lastOffset: bigint;
  /** versions 1-2 */
  acknowledgeTypes: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readShareAcknowledgeRequest(r: Reader, version: number): ShareAcknowledgeRequest {
  const out = {} as ShareAcknowledgeRequest;
  out.groupId = r.readCompactNullableString();
  out.memberId = r.readCompactNullableString();
  out.shareSessionEpoch = r.readInt32();
  if (version >= 2) {
    out.isRenewAck = r.readBoolean();
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareAcknowledgeRequestAcknowledgeTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readShareAcknowledgeRequestAcknowledgeTopic(r, version);
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

function writeShareAcknowledgeRequest(w: Writer, version: number, v: ShareAcknowledgeRequest): void {
  w.appendCompactNullableString(v.groupId);
  w.appendCompactNullableString(v.memberId);
  w.appendInt32(v.shareSessionEpoch);
  if (version >= 2) {
    {
      const x = v.isRenewAck === undefined ? false : v.isRenewAck;
      w.appendBoolean(x);
    }
  }
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeShareAcknowledgeRequestAcknowledgeTopic(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareAcknowledgeRequestAcknowledgeTopic(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgeTopic {
  const out = {} as ShareAcknowledgeRequestAcknowledgeTopic;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareAcknowledgeRequestAcknowledgePartition>(n);
    for (let i = 0; i < n; i++) a[i] = readShareAcknowledgeRequestAcknowledgePartition(r, version);
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

function writeShareAcknowledgeRequestAcknowledgeTopic(w: Writer, version: number, v: ShareAcknowledgeRequestAcknowledgeTopic): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeShareAcknowledgeRequestAcknowledgePartition(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareAcknowledgeRequestAcknowledgePartition(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgePartition {
  const out = {} as ShareAcknowledgeRequestAcknowledgePartition;
  out.partitionIndex = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareAcknowledgeRequestAcknowledgementBatch>(n);
    for (let i = 0; i < n; i++) a[i] = readShareAcknowledgeRequestAcknowledgementBatch(r, version);
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

function writeShareAcknowledgeRequestAcknowledgePartition(w: Writer, version: number, v: ShareAcknowledgeRequestAcknowledgePartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendCompactArrayLength(v.acknowledgementBatches.length);
  for (let i = 0; i < v.acknowledgementBatches.length; i++) writeShareAcknowledgeRequestAcknowledgementBatch(w, version, v.acknowledgementBatches[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareAcknowledgeRequestAcknowledgementBatch(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgementBatch {
  const out = {} as ShareAcknowledgeRequestAcknowledgementBatch;
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

function writeShareAcknowledgeRequestAcknowledgementBatch(w: Writer, version: number, v: ShareAcknowledgeRequestAcknowledgementBatch): void {
  w.appendInt64(v.firstOffset);
  w.appendInt64(v.lastOffset);
  w.appendCompactArrayLength(v.acknowledgeTypes.length);
  for (let i = 0; i < v.acknowledgeTypes.length; i++) w.appendInt8(v.acknowledgeTypes[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeRequest(r: Reader, version: number): ShareAcknowledgeRequest {
  if (version < 1 || version > 2) throw unsupportedVersion('ShareAcknowledgeRequest', version, 1, 2);
  return readShareAcknowledgeRequest(r, version);
}

export function encodeShareAcknowledgeRequest(w: Writer, version: number, value: ShareAcknowledgeRequest): void {
  if (version < 1 || version > 2) throw unsupportedVersion('ShareAcknowledgeRequest', version, 1, 2);
  try {
    writeShareAcknowledgeRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ShareAcknowledgeRequest', version, error);
  }
}

export interface ShareAcknowledgeResponse {
  /** versions 1-2 */
  throttleTimeMs: number;
  /** versions 1-2 */
  errorCode: number;
  /** versions 1-2, nullable 1-2 */
  errorMessage: string | null;
  /** versions 2 */
  acquisitionLockTimeoutMs?: number;
  /** versions 1-2 */
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  /** versions 1-2 */
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  /** versions 1-2 */
  topicId: Uuid;
  /** versions 1-2 */
  partitions: ShareAcknowledgeResponsePartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeResponsePartitionData {
  /** versions 1-2 */
  partitionIndex: number;
  /** versions 1-2 */
  errorCode: number;
  /** versions 1-2, nullable 1-2 */
  errorMessage: string | null;
  /** versions 1-2 */
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  /** versions 1-2 */
  leaderId: number;
  /** versions 1-2 */
  leaderEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareAcknowledgeResponseNodeEndpoint {
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

function readShareAcknowledgeResponse(r: Reader, version: number): ShareAcknowledgeResponse {
  const out = {} as ShareAcknowledgeResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  if (version >= 2) {
    out.acquisitionLockTimeoutMs = r.readInt32();
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareAcknowledgeResponseShareAcknowledgeTopicResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readShareAcknowledgeResponseShareAcknowledgeTopicResponse(r, version);
    out.responses = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareAcknowledgeResponseNodeEndpoint>(n);
    for (let i = 0; i < n; i++) a[i] = readShareAcknowledgeResponseNodeEndpoint(r, version);
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

function writeShareAcknowledgeResponse(w: Writer, version: number, v: ShareAcknowledgeResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  if (version >= 2) {
    {
      const x = v.acquisitionLockTimeoutMs === undefined ? 0 : v.acquisitionLockTimeoutMs;
      w.appendInt32(x);
    }
  }
  w.appendCompactArrayLength(v.responses.length);
  for (let i = 0; i < v.responses.length; i++) writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w, version, v.responses[i]);
  w.appendCompactArrayLength(v.nodeEndpoints.length);
  for (let i = 0; i < v.nodeEndpoints.length; i++) writeShareAcknowledgeResponseNodeEndpoint(w, version, v.nodeEndpoints[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareAcknowledgeResponseShareAcknowledgeTopicResponse(r: Reader, version: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  const out = {} as ShareAcknowledgeResponseShareAcknowledgeTopicResponse;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ShareAcknowledgeResponsePartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readShareAcknowledgeResponsePartitionData(r, version);
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

function writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w: Writer, version: number, v: ShareAcknowledgeResponseShareAcknowledgeTopicResponse): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeShareAcknowledgeResponsePartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareAcknowledgeResponsePartitionData(r: Reader, version: number): ShareAcknowledgeResponsePartitionData {
  const out = {} as ShareAcknowledgeResponsePartitionData;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.currentLeader = readShareAcknowledgeResponseLeaderIdAndEpoch(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeShareAcknowledgeResponsePartitionData(w: Writer, version: number, v: ShareAcknowledgeResponsePartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeShareAcknowledgeResponseLeaderIdAndEpoch(w, version, v.currentLeader);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareAcknowledgeResponseLeaderIdAndEpoch(r: Reader, version: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  const out = {} as ShareAcknowledgeResponseLeaderIdAndEpoch;
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

function writeShareAcknowledgeResponseLeaderIdAndEpoch(w: Writer, version: number, v: ShareAcknowledgeResponseLeaderIdAndEpoch): void {
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readShareAcknowledgeResponseNodeEndpoint(r: Reader, version: number): ShareAcknowledgeResponseNodeEndpoint {
  const out = {} as ShareAcknowledgeResponseNodeEndpoint;
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

function writeShareAcknowledgeResponseNodeEndpoint(w: Writer, version: number, v: ShareAcknowledgeResponseNodeEndpoint): void {
  w.appendInt32(v.nodeId);
  w.appendCompactString(v.host);
  w.appendInt32(v.port);
  w.appendCompactNullableString(v.rack);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultShareAcknowledgeResponseLeaderIdAndEpoch(version: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  const out = {} as ShareAcknowledgeResponseLeaderIdAndEpoch;
  out.leaderId = 0;
  out.leaderEpoch = 0;
  return out;
}

function isDefaultShareAcknowledgeResponseLeaderIdAndEpoch(v: ShareAcknowledgeResponseLeaderIdAndEpoch, version: number): boolean {
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

export function decodeShareAcknowledgeResponse(r: Reader, version: number): ShareAcknowledgeResponse {
  if (version < 1 || version > 2) throw unsupportedVersion('ShareAcknowledgeResponse', version, 1, 2);
  return readShareAcknowledgeResponse(r, version);
}

export function encodeShareAcknowledgeResponse(w: Writer, version: number, value: ShareAcknowledgeResponse): void {
  if (version < 1 || version > 2) throw unsupportedVersion('ShareAcknowledgeResponse', version, 1, 2);
  try {
    writeShareAcknowledgeResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ShareAcknowledgeResponse', version, error);
  }
}
