// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AlterPartitionRequest.json, AlterPartitionResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AlterPartitionRequest {
  /** versions 2-3 */
  brokerId: number;
  /** versions 2-3 */
  brokerEpoch: bigint;
  /** versions 2-3 */
  topics: AlterPartitionRequestTopicData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionRequestTopicData {
  /** versions 2-3 */
  topicId: Uuid;
  /** versions 2-3 */
  partitions: AlterPartitionRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionRequestPartitionData {
  /** versions 2-3 */
  partitionIndex: number;
  /** versions 2-3 */
  leaderEpoch: number;
  /** versions 2 */
  newIsr?: number[];
  /** versions 3 */
  newIsrWithEpochs?: AlterPartitionRequestBrokerState[];
  /** versions 2-3 */
  leaderRecoveryState: number;
  /** versions 2-3 */
  partitionEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionRequestBrokerState {
  /** versions 3 */
  brokerId: number;
  /** versions 3 */
  brokerEpoch: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterPartitionRequest(r: Reader, version: number): AlterPartitionRequest {
  const out = {} as AlterPartitionRequest;
  out.brokerId = r.readInt32();
  out.brokerEpoch = r.readInt64();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterPartitionRequestTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterPartitionRequestTopicData(r, version);
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

function writeAlterPartitionRequest(w: Writer, version: number, v: AlterPartitionRequest): void {
  w.appendInt32(v.brokerId);
  w.appendInt64(v.brokerEpoch);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeAlterPartitionRequestTopicData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterPartitionRequestTopicData(r: Reader, version: number): AlterPartitionRequestTopicData {
  const out = {} as AlterPartitionRequestTopicData;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterPartitionRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterPartitionRequestPartitionData(r, version);
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

function writeAlterPartitionRequestTopicData(w: Writer, version: number, v: AlterPartitionRequestTopicData): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeAlterPartitionRequestPartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterPartitionRequestPartitionData(r: Reader, version: number): AlterPartitionRequestPartitionData {
  const out = {} as AlterPartitionRequestPartitionData;
  out.partitionIndex = r.readInt32();
  out.leaderEpoch = r.readInt32();
  if (version <= 2) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.readInt32();
      out.newIsr = a;
    }
  }
  if (version >= 3) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<AlterPartitionRequestBrokerState>(n);
      for (let i = 0; i < n; i++) a[i] = readAlterPartitionRequestBrokerState(r, version);
      out.newIsrWithEpochs = a;
    }
  }
  out.leaderRecoveryState = r.readInt8();
  out.partitionEpoch = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterPartitionRequestPartitionData(w: Writer, version: number, v: AlterPartitionRequestPartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt32(v.leaderEpoch);
  if (version <= 2) {
    {
      const x = v.newIsr === undefined ? [] : v.newIsr;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) w.appendInt32(x[i]);
    }
  }
  if (version >= 3) {
    {
      const x = v.newIsrWithEpochs === undefined ? [] : v.newIsrWithEpochs;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeAlterPartitionRequestBrokerState(w, version, x[i]);
    }
  }
  w.appendInt8(v.leaderRecoveryState);
  w.appendInt32(v.partitionEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterPartitionRequestBrokerState(r: Reader, version: number): AlterPartitionRequestBrokerState {
  const out = {} as AlterPartitionRequestBrokerState;
  out.brokerId = r.readInt32();
  out.brokerEpoch = r.readInt64();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterPartitionRequestBrokerState(w: Writer, version: number, v: AlterPartitionRequestBrokerState): void {
  w.appendInt32(v.brokerId);
  w.appendInt64(v.brokerEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterPartitionRequest(r: Reader, version: number): AlterPartitionRequest {
  if (version < 2 || version > 3) throw unsupportedVersion('AlterPartitionRequest', version, 2, 3);
  return readAlterPartitionRequest(r, version);
}

export function encodeAlterPartitionRequest(w: Writer, version: number, value: AlterPartitionRequest): void {
  if (version < 2 || version > 3) throw unsupportedVersion('AlterPartitionRequest', version, 2, 3);
  try {
    writeAlterPartitionRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterPartitionRequest', version, error);
  }
}

export interface AlterPartitionResponse {
  /** versions 2-3 */
  throttleTimeMs: number;
  /** versions 2-3 */
  errorCode: number;
  /** versions 2-3 */
  topics: AlterPartitionResponseTopicData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionResponseTopicData {
  /** versions 2-3 */
  topicId: Uuid;
  /** versions 2-3 */
  partitions: AlterPartitionResponsePartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionResponsePartitionData {
  /** versions 2-3 */
  partitionIndex: number;
  /** versions 2-3 */
  errorCode: number;
  /** versions 2-3 */
  leaderId: number;
  /** versions 2-3 */
  leaderEpoch: number;
  /** versions 2-3 */
  isr: number[];
  /** versions 2-3 */
  leaderRecoveryState: number;
  /** versions 2-3 */
  partitionEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterPartitionResponse(r: Reader, version: number): AlterPartitionResponse {
  const out = {} as AlterPartitionResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterPartitionResponseTopicData>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterPartitionResponseTopicData(r, version);
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

function writeAlterPartitionResponse(w: Writer, version: number, v: AlterPartitionResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeAlterPartitionResponseTopicData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterPartitionResponseTopicData(r: Reader, version: number): AlterPartitionResponseTopicData {
  const out = {} as AlterPartitionResponseTopicData;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterPartitionResponsePartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterPartitionResponsePartitionData(r, version);
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

function writeAlterPartitionResponseTopicData(w: Writer, version: number, v: AlterPartitionResponseTopicData): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeAlterPartitionResponsePartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterPartitionResponsePartitionData(r: Reader, version: number): AlterPartitionResponsePartitionData {
  const out = {} as AlterPartitionResponsePartitionData;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  out.leaderId = r.readInt32();
  out.leaderEpoch = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.isr = a;
  }
  out.leaderRecoveryState = r.readInt8();
  out.partitionEpoch = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterPartitionResponsePartitionData(w: Writer, version: number, v: AlterPartitionResponsePartitionData): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  w.appendCompactArrayLength(v.isr.length);
  for (let i = 0; i < v.isr.length; i++) w.appendInt32(v.isr[i]);
  w.appendInt8(v.leaderRecoveryState);
  w.appendInt32(v.partitionEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterPartitionResponse(r: Reader, version: number): AlterPartitionResponse {
  if (version < 2 || version > 3) throw unsupportedVersion('AlterPartitionResponse', version, 2, 3);
  return readAlterPartitionResponse(r, version);
}

export function encodeAlterPartitionResponse(w: Writer, version: number, value: AlterPartitionResponse): void {
  if (version < 2 || version > 3) throw unsupportedVersion('AlterPartitionResponse', version, 2, 3);
  try {
    writeAlterPartitionResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterPartitionResponse', version, error);
  }
}
