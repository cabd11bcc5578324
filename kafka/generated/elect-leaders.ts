// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ElectLeadersRequest.json, ElectLeadersResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ElectLeadersRequest {
  /** versions 1-2 */
  electionType?: number;
  /** versions 0-2, nullable 0-2 */
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  /** versions 0-2 */
  timeoutMs: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ElectLeadersRequestTopicPartitions {
  /** versions 0-2 */
  topic: string;
  /** versions 0-2 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readElectLeadersRequest(r: Reader, version: number): ElectLeadersRequest {
  const out = {} as ElectLeadersRequest;
  if (version >= 1) {
    out.electionType = r.readInt8();
  }
  {
    const n = (version >= 2 ? r.readCompactNullableArrayLength() : r.readNullableArrayLength());
    if (n === -1) {
      out.topicPartitions = null;
    } else {
      const a = new Array<ElectLeadersRequestTopicPartitions>(n);
      for (let i = 0; i < n; i++) a[i] = readElectLeadersRequestTopicPartitions(r, version);
      out.topicPartitions = a;
    }
  }
  out.timeoutMs = r.readInt32();
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

function writeElectLeadersRequest(w: Writer, version: number, v: ElectLeadersRequest): void {
  if (version >= 1) {
    {
      const x = v.electionType === undefined ? 0 : v.electionType;
      w.appendInt8(x);
    }
  }
  if (v.topicPartitions === null) {
    (version >= 2 ? w.appendUnsignedVarInt(0) : w.appendInt32(-1));
  } else {
    (version >= 2 ? w.appendCompactArrayLength(v.topicPartitions!.length) : w.appendArrayLength(v.topicPartitions!.length));
    for (let i = 0; i < v.topicPartitions!.length; i++) writeElectLeadersRequestTopicPartitions(w, version, v.topicPartitions![i]);
  }
  w.appendInt32(v.timeoutMs);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readElectLeadersRequestTopicPartitions(r: Reader, version: number): ElectLeadersRequestTopicPartitions {
  const out = {} as ElectLeadersRequestTopicPartitions;
  out.topic = (version >= 2 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitions = a;
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

function writeElectLeadersRequestTopicPartitions(w: Writer, version: number, v: ElectLeadersRequestTopicPartitions): void {
  (version >= 2 ? w.appendCompactString(v.topic) : w.appendString(v.topic));
  (version >= 2 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeElectLeadersRequest(r: Reader, version: number): ElectLeadersRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('ElectLeadersRequest', version, 0, 2);
  return readElectLeadersRequest(r, version);
}

export function encodeElectLeadersRequest(w: Writer, version: number, value: ElectLeadersRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('ElectLeadersRequest', version, 0, 2);
  try {
    writeElectLeadersRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ElectLeadersRequest', version, error);
  }
}

export interface ElectLeadersResponse {
  /** versions 0-2 */
  throttleTimeMs: number;
  /** versions 1-2 */
  errorCode?: number;
  /** versions 0-2 */
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ElectLeadersResponseReplicaElectionResult {
  /** versions 0-2 */
  topic: string;
  /** versions 0-2 */
  partitionResult: ElectLeadersResponsePartitionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ElectLeadersResponsePartitionResult {
  /** versions 0-2 */
  partitionId: number;
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2, nullable 0-2 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readElectLeadersResponse(r: Reader, version: number): ElectLeadersResponse {
  const out = {} as ElectLeadersResponse;
  out.throttleTimeMs = r.readInt32();
  if (version >= 1) {
    out.errorCode = r.readInt16();
  }
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ElectLeadersResponseReplicaElectionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readElectLeadersResponseReplicaElectionResult(r, version);
    out.replicaElectionResults = a;
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

function writeElectLeadersResponse(w: Writer, version: number, v: ElectLeadersResponse): void {
  w.appendInt32(v.throttleTimeMs);
  if (version >= 1) {
    {
      const x = v.errorCode === undefined ? 0 : v.errorCode;
      w.appendInt16(x);
    }
  }
  (version >= 2 ? w.appendCompactArrayLength(v.replicaElectionResults.length) : w.appendArrayLength(v.replicaElectionResults.length));
  for (let i = 0; i < v.replicaElectionResults.length; i++) writeElectLeadersResponseReplicaElectionResult(w, version, v.replicaElectionResults[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readElectLeadersResponseReplicaElectionResult(r: Reader, version: number): ElectLeadersResponseReplicaElectionResult {
  const out = {} as ElectLeadersResponseReplicaElectionResult;
  out.topic = (version >= 2 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ElectLeadersResponsePartitionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readElectLeadersResponsePartitionResult(r, version);
    out.partitionResult = a;
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

function writeElectLeadersResponseReplicaElectionResult(w: Writer, version: number, v: ElectLeadersResponseReplicaElectionResult): void {
  (version >= 2 ? w.appendCompactString(v.topic) : w.appendString(v.topic));
  (version >= 2 ? w.appendCompactArrayLength(v.partitionResult.length) : w.appendArrayLength(v.partitionResult.length));
  for (let i = 0; i < v.partitionResult.length; i++) writeElectLeadersResponsePartitionResult(w, version, v.partitionResult[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readElectLeadersResponsePartitionResult(r: Reader, version: number): ElectLeadersResponsePartitionResult {
  const out = {} as ElectLeadersResponsePartitionResult;
  out.partitionId = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
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

function writeElectLeadersResponsePartitionResult(w: Writer, version: number, v: ElectLeadersResponsePartitionResult): void {
  w.appendInt32(v.partitionId);
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeElectLeadersResponse(r: Reader, version: number): ElectLeadersResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('ElectLeadersResponse', version, 0, 2);
  return readElectLeadersResponse(r, version);
}

export function encodeElectLeadersResponse(w: Writer, version: number, value: ElectLeadersResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('ElectLeadersResponse', version, 0, 2);
  try {
    writeElectLeadersResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ElectLeadersResponse', version, error);
  }
}
