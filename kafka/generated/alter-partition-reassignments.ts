// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AlterPartitionReassignmentsRequest {
  /** versions 0-1 */
  timeoutMs: number;
  /** versions 1 */
  allowReplicationFactorChange?: boolean;
  /** versions 0-1 */
  topics: AlterPartitionReassignmentsRequestReassignableTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /** versions 0-1 */
  name: string;
  /** versions 0-1 */
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /** versions 0-1 */
  partitionIndex: number;
  /** versions 0-1, nullable 0-1 */
  replicas: number[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterPartitionReassignmentsRequest(r: Reader, version: number): AlterPartitionReassignmentsRequest {
  const out = {} as AlterPartitionReassignmentsRequest;
  out.timeoutMs = r.readInt32();
  if (version >= 1) {
    out.allowReplicationFactorChange = r.readBoolean();
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterPartitionReassignmentsRequestReassignableTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterPartitionReassignmentsRequestReassignableTopic(r, version);
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

function writeAlterPartitionReassignmentsRequest(w: Writer, version: number, v: AlterPartitionReassignmentsRequest): void {
  w.appendInt32(v.timeoutMs);
  if (version >= 1) {
    {
      const x = v.allowReplicationFactorChange === undefined ? true : v.allowReplicationFactorChange;
      w.appendBoolean(x);
    }
  }
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeAlterPartitionReassignmentsRequestReassignableTopic(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignableTopic {
  const out = {} as AlterPartitionReassignmentsRequestReassignableTopic;
  out.name = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterPartitionReassignmentsRequestReassignablePartition>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterPartitionReassignmentsRequestReassignablePartition(r, version);
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

function writeAlterPartitionReassignmentsRequestReassignableTopic(w: Writer, version: number, v: AlterPartitionReassignmentsRequestReassignableTopic): void {
  w.appendCompactString(v.name);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeAlterPartitionReassignmentsRequestReassignablePartition(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignablePartition {
  const out = {} as AlterPartitionReassignmentsRequestReassignablePartition;
  out.partitionIndex = r.readInt32();
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.replicas = null;
    } else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.readInt32();
      out.replicas = a;
    }
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterPartitionReassignmentsRequestReassignablePartition(w: Writer, version: number, v: AlterPartitionReassignmentsRequestReassignablePartition): void {
  w.appendInt32(v.partitionIndex);
  if (v.replicas === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.replicas!.length);
    for (let i = 0; i < v.replicas!.length; i++) w.appendInt32(v.replicas![i]);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterPartitionReassignmentsRequest(r: Reader, version: number): AlterPartitionReassignmentsRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('AlterPartitionReassignmentsRequest', version, 0, 1);
  return readAlterPartitionReassignmentsRequest(r, version);
}

export function encodeAlterPartitionReassignmentsRequest(w: Writer, version: number, value: AlterPartitionReassignmentsRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('AlterPartitionReassignmentsRequest', version, 0, 1);
  try {
    writeAlterPartitionReassignmentsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterPartitionReassignmentsRequest', version, error);
  }
}

export interface AlterPartitionReassignmentsResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 1 */
  allowReplicationFactorChange?: boolean;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** versions 0-1 */
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /** versions 0-1 */
  name: string;
  /** versions 0-1 */
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /** versions 0-1 */
  partitionIndex: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterPartitionReassignmentsResponse(r: Reader, version: number): AlterPartitionReassignmentsResponse {
  const out = {} as AlterPartitionReassignmentsResponse;
  out.throttleTimeMs = r.readInt32();
  if (version >= 1) {
    out.allowReplicationFactorChange = r.readBoolean();
  }
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterPartitionReassignmentsResponseReassignableTopicResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterPartitionReassignmentsResponseReassignableTopicResponse(r, version);
    out.responses = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterPartitionReassignmentsResponse(w: Writer, version: number, v: AlterPartitionReassignmentsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  if (version >= 1) {
    {
      const x = v.allowReplicationFactorChange === undefined ? true : v.allowReplicationFactorChange;
      w.appendBoolean(x);
    }
  }
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactArrayLength(v.responses.length);
  for (let i = 0; i < v.responses.length; i++) writeAlterPartitionReassignmentsResponseReassignableTopicResponse(w, version, v.responses[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterPartitionReassignmentsResponseReassignableTopicResponse(r: Reader, version: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  const out = {} as AlterPartitionReassignmentsResponseReassignableTopicResponse;
  out.name = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterPartitionReassignmentsResponseReassignablePartitionResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterPartitionReassignmentsResponseReassignablePartitionResponse(r, version);
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

function writeAlterPartitionReassignmentsResponseReassignableTopicResponse(w: Writer, version: number, v: AlterPartitionReassignmentsResponseReassignableTopicResponse): void {
  w.appendCompactString(v.name);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterPartitionReassignmentsResponseReassignablePartitionResponse(r: Reader, version: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  const out = {} as AlterPartitionReassignmentsResponseReassignablePartitionResponse;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w: Writer, version: number, v: AlterPartitionReassignmentsResponseReassignablePartitionResponse): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterPartitionReassignmentsResponse(r: Reader, version: number): AlterPartitionReassignmentsResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('AlterPartitionReassignmentsResponse', version, 0, 1);
  return readAlterPartitionReassignmentsResponse(r, version);
}

export function encodeAlterPartitionReassignmentsResponse(w: Writer, version: number, value: AlterPartitionReassignmentsResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('AlterPartitionReassignmentsResponse', version, 0, 1);
  try {
    writeAlterPartitionReassignmentsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterPartitionReassignmentsResponse', version, error);
  }
}
