// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from StopReplicaRequest.json, StopReplicaResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface StopReplicaRequest {
  /** versions 0-4 */
  controllerId: number;
  /** versions 4 */
  isKRaftController?: boolean;
  /** versions 0-4 */
  controllerEpoch: number;
  /** versions 1-4 */
  brokerEpoch?: bigint;
  /** versions 0-2 */
  deletePartitions?: boolean;
  /** versions 0 */
  ungroupedPartitions?: StopReplicaRequestStopReplicaPartitionV0[];
  /** versions 1-2 */
  topics?: StopReplicaRequestStopReplicaTopicV1[];
  /** versions 3-4 */
  topicStates?: StopReplicaRequestStopReplicaTopicState[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StopReplicaRequestStopReplicaPartitionV0 {
  /** versions 0 */
  topicName: string;
  /** versions 0 */
  partitionIndex: number;
}

export interface StopReplicaRequestStopReplicaTopicV1 {
  /** versions 1-2 */
  name: string;
  /** versions 1-2 */
  partitionIndexes: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StopReplicaRequestStopReplicaTopicState {
  /** versions 3-4 */
  topicName: string;
  /** versions 3-4 */
  partitionStates: StopReplicaRequestStopReplicaPartitionState[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StopReplicaRequestStopReplicaPartitionState {
  /** versions 3-4 */
  partitionIndex: number;
  /** versions 3-4 */
  leaderEpoch: number;
  /** versions 3-4 */
  deletePartition: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readStopReplicaRequest(r: Reader, version: number): StopReplicaRequest {
  const out = {} as StopReplicaRequest;
  out.controllerId = r.readInt32();
  if (version >= 4) {
    out.isKRaftController = r.readBoolean();
  }
  out.controllerEpoch = r.readInt32();
  if (version >= 1) {
    out.brokerEpoch = r.readInt64();
  }
  if (version <= 2) {
    out.deletePartitions = r.readBoolean();
  }
  if (version <= 0) {
    {
      const n = r.readArrayLength();
      const a = new Array<StopReplicaRequestStopReplicaPartitionV0>(n);
      for (let i = 0; i < n; i++) a[i] = readStopReplicaRequestStopReplicaPartitionV0(r, version);
      out.ungroupedPartitions = a;
    }
  }
  if (version >= 1 && version <= 2) {
    {
      const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<StopReplicaRequestStopReplicaTopicV1>(n);
      for (let i = 0; i < n; i++) a[i] = readStopReplicaRequestStopReplicaTopicV1(r, version);
      out.topics = a;
    }
  }
  if (version >= 3) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<StopReplicaRequestStopReplicaTopicState>(n);
      for (let i = 0; i < n; i++) a[i] = readStopReplicaRequestStopReplicaTopicState(r, version);
      out.topicStates = a;
    }
  }
  if (version >= 2) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeStopReplicaRequest(w: Writer, version: number, v: StopReplicaRequest): void {
  w.appendInt32(v.controllerId);
  if (version >= 4) {
    {
      const x = v.isKRaftController === undefined ? false : v.isKRaftController;
      w.appendBoolean(x);
    }
  }
  w.appendInt32(v.controllerEpoch);
  if (version >= 1) {
    {
      const x = v.brokerEpoch === undefined ? -1n : v.brokerEpoch;
      w.appendInt64(x);
    }
  }
  if (version <= 2) {
    {
      const x = v.deletePartitions === undefined ? false : v.deletePartitions;
      w.appendBoolean(x);
    }
  }
  if (version <= 0) {
    {
      const x = v.ungroupedPartitions === undefined ? [] : v.ungroupedPartitions;
      w.appendArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeStopReplicaRequestStopReplicaPartitionV0(w, version, x[i]);
    }
  }
  if (version >= 1 && version <= 2) {
    {
      const x = v.topics === undefined ? [] : v.topics;
      (version >= 2 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeStopReplicaRequestStopReplicaTopicV1(w, version, x[i]);
    }
  }
  if (version >= 3) {
    {
      const x = v.topicStates === undefined ? [] : v.topicStates;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeStopReplicaRequestStopReplicaTopicState(w, version, x[i]);
    }
  }
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readStopReplicaRequestStopReplicaPartitionV0(r: Reader, version: number): StopReplicaRequestStopReplicaPartitionV0 {
  const out = {} as StopReplicaRequestStopReplicaPartitionV0;
  out.topicName = r.readString();
  out.partitionIndex = r.readInt32();
  return out;
}

function writeStopReplicaRequestStopReplicaPartitionV0(w: Writer, version: number, v: StopReplicaRequestStopReplicaPartitionV0): void {
  w.appendString(v.topicName);
  w.appendInt32(v.partitionIndex);
}

function readStopReplicaRequestStopReplicaTopicV1(r: Reader, version: number): StopReplicaRequestStopReplicaTopicV1 {
  const out = {} as StopReplicaRequestStopReplicaTopicV1;
  out.name = (version >= 2 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitionIndexes = a;
  }
  if (version >= 2) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeStopReplicaRequestStopReplicaTopicV1(w: Writer, version: number, v: StopReplicaRequestStopReplicaTopicV1): void {
  (version >= 2 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 2 ? w.appendCompactArrayLength(v.partitionIndexes.length) : w.appendArrayLength(v.partitionIndexes.length));
  for (let i = 0; i < v.partitionIndexes.length; i++) w.appendInt32(v.partitionIndexes[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readStopReplicaRequestStopReplicaTopicState(r: Reader, version: number): StopReplicaRequestStopReplicaTopicState {
  const out = {} as StopReplicaRequestStopReplicaTopicState;
  out.topicName = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StopReplicaRequestStopReplicaPartitionState>(n);
    for (let i = 0; i < n; i++) a[i] = readStopReplicaRequestStopReplicaPartitionState(r, version);
    out.partitionStates = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStopReplicaRequestStopReplicaTopicState(w: Writer, version: number, v: StopReplicaRequestStopReplicaTopicState): void {
  w.appendCompactString(v.topicName);
  w.appendCompactArrayLength(v.partitionStates.length);
  for (let i = 0; i < v.partitionStates.length; i++) writeStopReplicaRequestStopReplicaPartitionState(w, version, v.partitionStates[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStopReplicaRequestStopReplicaPartitionState(r: Reader, version: number): StopReplicaRequestStopReplicaPartitionState {
  const out = {} as StopReplicaRequestStopReplicaPartitionState;
  out.partitionIndex = r.readInt32();
  out.leaderEpoch = r.readInt32();
  out.deletePartition = r.readBoolean();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStopReplicaRequestStopReplicaPartitionState(w: Writer, version: number, v: StopReplicaRequestStopReplicaPartitionState): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt32(v.leaderEpoch);
  w.appendBoolean(v.deletePartition);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStopReplicaRequest(r: Reader, version: number): StopReplicaRequest {
  if (version < 0 || version > 4) throw unsupportedVersion('StopReplicaRequest', version, 0, 4);
  return readStopReplicaRequest(r, version);
}

export function encodeStopReplicaRequest(w: Writer, version: number, value: StopReplicaRequest): void {
  if (version < 0 || version > 4) throw unsupportedVersion('StopReplicaRequest', version, 0, 4);
  try {
    writeStopReplicaRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('StopReplicaRequest', version, error);
  }
}

export interface StopReplicaResponse {
  /** versions 0-4 */
  errorCode: number;
  /** versions 0-4 */
  partitionErrors: StopReplicaResponseStopReplicaPartitionError[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StopReplicaResponseStopReplicaPartitionError {
  /** versions 0-4 */
  topicName: string;
  /** versions 0-4 */
  partitionIndex: number;
  /** versions 0-4 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readStopReplicaResponse(r: Reader, version: number): StopReplicaResponse {
  const out = {} as StopReplicaResponse;
  out.errorCode = r.readInt16();
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<StopReplicaResponseStopReplicaPartitionError>(n);
    for (let i = 0; i < n; i++) a[i] = readStopReplicaResponseStopReplicaPartitionError(r, version);
    out.partitionErrors = a;
  }
  if (version >= 2) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeStopReplicaResponse(w: Writer, version: number, v: StopReplicaResponse): void {
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactArrayLength(v.partitionErrors.length) : w.appendArrayLength(v.partitionErrors.length));
  for (let i = 0; i < v.partitionErrors.length; i++) writeStopReplicaResponseStopReplicaPartitionError(w, version, v.partitionErrors[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readStopReplicaResponseStopReplicaPartitionError(r: Reader, version: number): StopReplicaResponseStopReplicaPartitionError {
  const out = {} as StopReplicaResponseStopReplicaPartitionError;
  out.topicName = (version >= 2 ? r.readCompactString() : r.readString());
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  if (version >= 2) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeStopReplicaResponseStopReplicaPartitionError(w: Writer, version: number, v: StopReplicaResponseStopReplicaPartitionError): void {
  (version >= 2 ? w.appendCompactString(v.topicName) : w.appendString(v.topicName));
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeStopReplicaResponse(r: Reader, version: number): StopReplicaResponse {
  if (version < 0 || version > 4) throw unsupportedVersion('StopReplicaResponse', version, 0, 4);
  return readStopReplicaResponse(r, version);
}

export function encodeStopReplicaResponse(w: Writer, version: number, value: StopReplicaResponse): void {
  if (version < 0 || version > 4) throw unsupportedVersion('StopReplicaResponse', version, 0, 4);
  try {
    writeStopReplicaResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('StopReplicaResponse', version, error);
  }
}
