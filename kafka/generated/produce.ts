// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ProduceRequest.json, ProduceResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface ProduceRequest {
  /** versions 3-13, nullable 3-13 */
  transactionalId?: string | null;
  /** versions 0-13 */
  acks: number;
  /** versions 0-13 */
  timeoutMs: number;
  /** versions 0-13 */
  topicData: ProduceRequestTopicProduceData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceRequestTopicProduceData {
  /** versions 0-12 */
  name?: string;
  /** versions 13 */
  topicId?: Uuid;
  /** versions 0-13 */
  partitionData: ProduceRequestPartitionProduceData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceRequestPartitionProduceData {
  /** versions 0-13 */
  index: number;
  /** versions 0-13, nullable 0-13 */
  records: Buffer | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readProduceRequest(r: Reader, version: number): ProduceRequest {
  const out = {} as ProduceRequest;
  if (version >= 3) {
    out.transactionalId = (version >= 9 ? r.readCompactNullableString() : r.readNullableString());
  }
  out.acks = r.readInt16();
  out.timeoutMs = r.readInt32();
  {
    const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ProduceRequestTopicProduceData>(n);
    for (let i = 0; i < n; i++) a[i] = readProduceRequestTopicProduceData(r, version);
    out.topicData = a;
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

function writeProduceRequest(w: Writer, version: number, v: ProduceRequest): void {
  if (version >= 3) {
    {
      const x = v.transactionalId === undefined ? null : v.transactionalId;
      (version >= 9 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  w.appendInt16(v.acks);
  w.appendInt32(v.timeoutMs);
  (version >= 9 ? w.appendCompactArrayLength(v.topicData.length) : w.appendArrayLength(v.topicData.length));
  for (let i = 0; i < v.topicData.length; i++) writeProduceRequestTopicProduceData(w, version, v.topicData[i]);
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readProduceRequestTopicProduceData(r: Reader, version: number): ProduceRequestTopicProduceData {
  const out = {} as ProduceRequestTopicProduceData;
  if (version <= 12) {
    out.name = (version >= 9 ? r.readCompactString() : r.readString());
  }
  if (version >= 13) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ProduceRequestPartitionProduceData>(n);
    for (let i = 0; i < n; i++) a[i] = readProduceRequestPartitionProduceData(r, version);
    out.partitionData = a;
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

function writeProduceRequestTopicProduceData(w: Writer, version: number, v: ProduceRequestTopicProduceData): void {
  if (version <= 12) {
    {
      const x = v.name === undefined ? "" : v.name;
      (version >= 9 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 13) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 9 ? w.appendCompactArrayLength(v.partitionData.length) : w.appendArrayLength(v.partitionData.length));
  for (let i = 0; i < v.partitionData.length; i++) writeProduceRequestPartitionProduceData(w, version, v.partitionData[i]);
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readProduceRequestPartitionProduceData(r: Reader, version: number): ProduceRequestPartitionProduceData {
  const out = {} as ProduceRequestPartitionProduceData;
  out.index = r.readInt32();
  out.records = (version >= 9 ? r.readCompactNullableBytes() : r.readNullableSizedBytes());
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

function writeProduceRequestPartitionProduceData(w: Writer, version: number, v: ProduceRequestPartitionProduceData): void {
  w.appendInt32(v.index);
  (version >= 9 ? w.appendCompactNullableBytes(v.records) : w.appendNullableSizedBytes(v.records));
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeProduceRequest(r: Reader, version: number): ProduceRequest {
  if (version < 0 || version > 13) throw unsupportedVersion('ProduceRequest', version, 0, 13);
  return readProduceRequest(r, version);
}

export function encodeProduceRequest(w: Writer, version: number, value: ProduceRequest): void {
  if (version < 0 || version > 13) throw unsupportedVersion('ProduceRequest', version, 0, 13);
  try {
    writeProduceRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ProduceRequest', version, error);
  }
}

export interface ProduceResponse {
  /** versions 0-13 */
  responses: ProduceResponseTopicProduceResponse[];
  /** versions 1-13 */
  throttleTimeMs?: number;
  /** versions 10-13, tag 0 */
  nodeEndpoints?: ProduceResponseNodeEndpoint[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceResponseTopicProduceResponse {
  /** versions 0-12 */
  name?: string;
  /** versions 13 */
  topicId?: Uuid;
  /** versions 0-13 */
  partitionResponses: ProduceResponsePartitionProduceResponse[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceResponsePartitionProduceResponse {
  /** versions 0-13 */
  index: number;
  /** versions 0-13 */
  errorCode: number;
  /** versions 0-13 */
  baseOffset: bigint;
  /** versions 2-13 */
  logAppendTimeMs?: bigint;
  /** versions 5-13 */
  logStartOffset?: bigint;
  /** versions 8-13 */
  recordErrors?: ProduceResponseBatchIndexAndErrorMessage[];
  /** versions 8-13, nullable 8-13 */
  errorMessage?: string | null;
  /** versions 10-13, tag 0 */
  currentLeader?: ProduceResponseLeaderIdAndEpoch;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceResponseBatchIndexAndErrorMessage {
  /** versions 8-13 */
  batchIndex: number;
  /** versions 8-13, nullable 8-13 */
  batchIndexErrorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceResponseLeaderIdAndEpoch {
  /** versions 10-13 */
  leaderId: number;
  /** versions 10-13 */
  leaderEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ProduceResponseNodeEndpoint {
  /** versions 10-13 */
  nodeId: number;
  /** versions 10-13 */
  host: string;
  /** versions 10-13 */
  port: number;
  /** versions 10-13, nullable 10-13 */
  rack: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readProduceResponse(r: Reader, version: number): ProduceResponse {
  const out = {} as ProduceResponse;
  {
    const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ProduceResponseTopicProduceResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readProduceResponseTopicProduceResponse(r, version);
    out.responses = a;
  }
  if (version >= 1) {
    out.throttleTimeMs = r.readInt32();
  }
  if (version >= 9) {
    if (version >= 10) out.nodeEndpoints = [];
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      if (tag === 0 && version >= 10) {
        const tr = r.subReader(size);
        {
          const n = tr.readCompactArrayLength();
          const a = new Array<ProduceResponseNodeEndpoint>(n);
          for (let i = 0; i < n; i++) a[i] = readProduceResponseNodeEndpoint(tr, version);
          out.nodeEndpoints = a;
        }
        tr.expectEnd('ProduceResponse.nodeEndpoints');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeProduceResponse(w: Writer, version: number, v: ProduceResponse): void {
  (version >= 9 ? w.appendCompactArrayLength(v.responses.length) : w.appendArrayLength(v.responses.length));
  for (let i = 0; i < v.responses.length; i++) writeProduceResponseTopicProduceResponse(w, version, v.responses[i]);
  if (version >= 1) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  if (version >= 9) {
    let tagged: TaggedField[] | undefined;
    if (version >= 10) {
      const x = v.nodeEndpoints;
      if (x !== undefined && x.length > 0) {
        const tw = new Writer(64);
        tw.appendCompactArrayLength(x.length);
        for (let i = 0; i < x.length; i++) writeProduceResponseNodeEndpoint(tw, version, x[i]);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readProduceResponseTopicProduceResponse(r: Reader, version: number): ProduceResponseTopicProduceResponse {
  const out = {} as ProduceResponseTopicProduceResponse;
  if (version <= 12) {
    out.name = (version >= 9 ? r.readCompactString() : r.readString());
  }
  if (version >= 13) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ProduceResponsePartitionProduceResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readProduceResponsePartitionProduceResponse(r, version);
    out.partitionResponses = a;
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

function writeProduceResponseTopicProduceResponse(w: Writer, version: number, v: ProduceResponseTopicProduceResponse): void {
  if (version <= 12) {
    {
      const x = v.name === undefined ? "" : v.name;
      (version >= 9 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 13) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 9 ? w.appendCompactArrayLength(v.partitionResponses.length) : w.appendArrayLength(v.partitionResponses.length));
  for (let i = 0; i < v.partitionResponses.length; i++) writeProduceResponsePartitionProduceResponse(w, version, v.partitionResponses[i]);
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readProduceResponsePartitionProduceResponse(r: Reader, version: number): ProduceResponsePartitionProduceResponse {
  const out = {} as ProduceResponsePartitionProduceResponse;
  out.index = r.readInt32();
  out.errorCode = r.readInt16();
  out.baseOffset = r.readInt64();
  if (version >= 2) {
    out.logAppendTimeMs = r.readInt64();
  }
  if (version >= 5) {
    out.logStartOffset = r.readInt64();
  }
  if (version >= 8) {
    {
      const n = (version >= 9 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<ProduceResponseBatchIndexAndErrorMessage>(n);
      for (let i = 0; i < n; i++) a[i] = readProduceResponseBatchIndexAndErrorMessage(r, version);
      out.recordErrors = a;
    }
  }
  if (version >= 8) {
    out.errorMessage = (version >= 9 ? r.readCompactNullableString() : r.readNullableString());
  }
  if (version >= 9) {
    if (version >= 10) out.currentLeader = defaultProduceResponseLeaderIdAndEpoch(version);
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      if (tag === 0 && version >= 10) {
        const tr = r.subReader(size);
        out.currentLeader = readProduceResponseLeaderIdAndEpoch(tr, version);
        tr.expectEnd('ProduceResponsePartitionProduceResponse.currentLeader');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeProduceResponsePartitionProduceResponse(w: Writer, version: number, v: ProduceResponsePartitionProduceResponse): void {
  w.appendInt32(v.index);
  w.appendInt16(v.errorCode);
  w.appendInt64(v.baseOffset);
  if (version >= 2) {
    {
      const x = v.logAppendTimeMs === undefined ? -1n : v.logAppendTimeMs;
      w.appendInt64(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.logStartOffset === undefined ? -1n : v.logStartOffset;
      w.appendInt64(x);
    }
  }
  if (version >= 8) {
    {
      const x = v.recordErrors === undefined ? [] : v.recordErrors;
      (version >= 9 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeProduceResponseBatchIndexAndErrorMessage(w, version, x[i]);
    }
  }
  if (version >= 8) {
    {
      const x = v.errorMessage === undefined ? null : v.errorMessage;
      (version >= 9 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  if (version >= 9) {
    let tagged: TaggedField[] | undefined;
    if (version >= 10) {
      const x = v.currentLeader;
      if (x !== undefined && !isDefaultProduceResponseLeaderIdAndEpoch(x, version)) {
        const tw = new Writer(64);
        writeProduceResponseLeaderIdAndEpoch(tw, version, x);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readProduceResponseBatchIndexAndErrorMessage(r: Reader, version: number): ProduceResponseBatchIndexAndErrorMessage {
  const out = {} as ProduceResponseBatchIndexAndErrorMessage;
  out.batchIndex = r.readInt32();
  out.batchIndexErrorMessage = (version >= 9 ? r.readCompactNullableString() : r.readNullableString());
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

function writeProduceResponseBatchIndexAndErrorMessage(w: Writer, version: number, v: ProduceResponseBatchIndexAndErrorMessage): void {
  w.appendInt32(v.batchIndex);
  (version >= 9 ? w.appendCompactNullableString(v.batchIndexErrorMessage) : w.appendNullableString(v.batchIndexErrorMessage));
  if (version >= 9) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readProduceResponseLeaderIdAndEpoch(r: Reader, version: number): ProduceResponseLeaderIdAndEpoch {
  const out = {} as ProduceResponseLeaderIdAndEpoch;
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

function writeProduceResponseLeaderIdAndEpoch(w: Writer, version: number, v: ProduceResponseLeaderIdAndEpoch): void {
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readProduceResponseNodeEndpoint(r: Reader, version: number): ProduceResponseNodeEndpoint {
  const out = {} as ProduceResponseNodeEndpoint;
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

function writeProduceResponseNodeEndpoint(w: Writer, version: number, v: ProduceResponseNodeEndpoint): void {
  w.appendInt32(v.nodeId);
  w.appendCompactString(v.host);
  w.appendInt32(v.port);
  w.appendCompactNullableString(v.rack);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultProduceResponseLeaderIdAndEpoch(version: number): ProduceResponseLeaderIdAndEpoch {
  const out = {} as ProduceResponseLeaderIdAndEpoch;
  out.leaderId = -1;
  out.leaderEpoch = -1;
  return out;
}

function isDefaultProduceResponseLeaderIdAndEpoch(v: ProduceResponseLeaderIdAndEpoch, version: number): boolean {
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

export function decodeProduceResponse(r: Reader, version: number): ProduceResponse {
  if (version < 0 || version > 13) throw unsupportedVersion('ProduceResponse', version, 0, 13);
  return readProduceResponse(r, version);
}

export function encodeProduceResponse(w: Writer, version: number, value: ProduceResponse): void {
  if (version < 0 || version > 13) throw unsupportedVersion('ProduceResponse', version, 0, 13);
  try {
    writeProduceResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ProduceResponse', version, error);
  }
}
