// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ListPartitionReassignmentsRequest {
  /** versions 0 */
  timeoutMs: number;
  /** versions 0, nullable 0 */
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /** versions 0 */
  name: string;
  /** versions 0 */
  partitionIndexes: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListPartitionReassignmentsRequest(r: Reader, version: number): ListPartitionReassignmentsRequest {
  const out = {} as ListPartitionReassignmentsRequest;
  out.timeoutMs = r.readInt32();
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.topics = null;
    } else {
      const a = new Array<ListPartitionReassignmentsRequestListPartitionReassignmentsTopics>(n);
      for (let i = 0; i < n; i++) a[i] = readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r, version);
      out.topics = a;
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

function writeListPartitionReassignmentsRequest(w: Writer, version: number, v: ListPartitionReassignmentsRequest): void {
  w.appendInt32(v.timeoutMs);
  if (v.topics === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.topics!.length);
    for (let i = 0; i < v.topics!.length; i++) writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w, version, v.topics![i]);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, version: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  const out = {} as ListPartitionReassignmentsRequestListPartitionReassignmentsTopics;
  out.name = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitionIndexes = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w: Writer, version: number, v: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics): void {
  w.appendCompactString(v.name);
  w.appendCompactArrayLength(v.partitionIndexes.length);
  for (let i = 0; i < v.partitionIndexes.length; i++) w.appendInt32(v.partitionIndexes[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListPartitionReassignmentsRequest(r: Reader, version: number): ListPartitionReassignmentsRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('ListPartitionReassignmentsRequest', version, 0, 0);
  return readListPartitionReassignmentsRequest(r, version);
}

export function encodeListPartitionReassignmentsRequest(w: Writer, version: number, value: ListPartitionReassignmentsRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('ListPartitionReassignmentsRequest', version, 0, 0);
  try {
    writeListPartitionReassignmentsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ListPartitionReassignmentsRequest', version, error);
  }
}

export interface ListPartitionReassignmentsResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** versions 0 */
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /** versions 0 */
  name: string;
  /** versions 0 */
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /** versions 0 */
  partitionIndex: number;
  /** versions 0 */
  replicas: number[];
  /** versions 0 */
  addingReplicas: number[];
  /** versions 0 */
  removingReplicas: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListPartitionReassignmentsResponse(r: Reader, version: number): ListPartitionReassignmentsResponse {
  const out = {} as ListPartitionReassignmentsResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ListPartitionReassignmentsResponseOngoingTopicReassignment>(n);
    for (let i = 0; i < n; i++) a[i] = readListPartitionReassignmentsResponseOngoingTopicReassignment(r, version);
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

function writeListPartitionReassignmentsResponse(w: Writer, version: number, v: ListPartitionReassignmentsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeListPartitionReassignmentsResponseOngoingTopicReassignment(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readListPartitionReassignmentsResponseOngoingTopicReassignment(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  const out = {} as ListPartitionReassignmentsResponseOngoingTopicReassignment;
  out.name = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ListPartitionReassignmentsResponseOngoingPartitionReassignment>(n);
    for (let i = 0; i < n; i++) a[i] = readListPartitionReassignmentsResponseOngoingPartitionReassignment(r, version);
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

function writeListPartitionReassignmentsResponseOngoingTopicReassignment(w: Writer, version: number, v: ListPartitionReassignmentsResponseOngoingTopicReassignment): void {
  w.appendCompactString(v.name);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeListPartitionReassignmentsResponseOngoingPartitionReassignment(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readListPartitionReassignmentsResponseOngoingPartitionReassignment(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  const out = {} as ListPartitionReassignmentsResponseOngoingPartitionReassignment;
  out.partitionIndex = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.replicas = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.addingReplicas = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.removingReplicas = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListPartitionReassignmentsResponseOngoingPartitionReassignment(w: Writer, version: number, v: ListPartitionReassignmentsResponseOngoingPartitionReassignment): void {
  w.appendInt32(v.partitionIndex);
  w.appendCompactArrayLength(v.replicas.length);
  for (let i = 0; i < v.replicas.length; i++) w.appendInt32(v.replicas[i]);
  w.appendCompactArrayLength(v.addingReplicas.length);
  for (let i = 0; i < v.addingReplicas.length; i++) w.appendInt32(v.addingReplicas[i]);
  w.appendCompactArrayLength(v.removingReplicas.length);
  for (let i = 0; i < v.removingReplicas.length; i++) w.appendInt32(v.removingReplicas[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListPartitionReassignmentsResponse(r: Reader, version: number): ListPartitionReassignmentsResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('ListPartitionReassignmentsResponse', version, 0, 0);
  return readListPartitionReassignmentsResponse(r, version);
}

export function encodeListPartitionReassignmentsResponse(w: Writer, version: number, value: ListPartitionReassignmentsResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('ListPartitionReassignmentsResponse', version, 0, 0);
  try {
    writeListPartitionReassignmentsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ListPartitionReassignmentsResponse', version, error);
  }
}
