// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DeleteRecordsRequest.json, DeleteRecordsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DeleteRecordsRequest {
  /** versions 0-2 */
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  /** versions 0-2 */
  timeoutMs: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** versions 0-2 */
  name: string;
  /** versions 0-2 */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** versions 0-2 */
  partitionIndex: number;
  /** versions 0-2 */
  offset: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteRecordsRequest(r: Reader, version: number): DeleteRecordsRequest {
  const out = {} as DeleteRecordsRequest;
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DeleteRecordsRequestDeleteRecordsTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteRecordsRequestDeleteRecordsTopic(r, version);
    out.topics = a;
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

function writeDeleteRecordsRequest(w: Writer, version: number, v: DeleteRecordsRequest): void {
  (version >= 2 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeDeleteRecordsRequestDeleteRecordsTopic(w, version, v.topics[i]);
  w.appendInt32(v.timeoutMs);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDeleteRecordsRequestDeleteRecordsTopic(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsTopic {
  const out = {} as DeleteRecordsRequestDeleteRecordsTopic;
  out.name = (version >= 2 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DeleteRecordsRequestDeleteRecordsPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteRecordsRequestDeleteRecordsPartition(r, version);
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

function writeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, version: number, v: DeleteRecordsRequestDeleteRecordsTopic): void {
  (version >= 2 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 2 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeDeleteRecordsRequestDeleteRecordsPartition(w, version, v.partitions[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDeleteRecordsRequestDeleteRecordsPartition(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsPartition {
  const out = {} as DeleteRecordsRequestDeleteRecordsPartition;
  out.partitionIndex = r.readInt32();
  out.offset = r.readInt64();
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

function writeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, version: number, v: DeleteRecordsRequestDeleteRecordsPartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt64(v.offset);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteRecordsRequest(r: Reader, version: number): DeleteRecordsRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('DeleteRecordsRequest', version, 0, 2);
  return readDeleteRecordsRequest(r, version);
}

export function encodeDeleteRecordsRequest(w: Writer, version: number, value: DeleteRecordsRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('DeleteRecordsRequest', version, 0, 2);
  try {
    writeDeleteRecordsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteRecordsRequest', version, error);
  }
}

export interface DeleteRecordsResponse {
  /** versions 0-2 */
  throttleTimeMs: number;
  /** versions 0-2 */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** versions 0-2 */
  name: string;
  /** versions 0-2 */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** versions 0-2 */
  partitionIndex: number;
  /** versions 0-2 */
  lowWatermark: bigint;
  /** versions 0-2 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteRecordsResponse(r: Reader, version: number): DeleteRecordsResponse {
  const out = {} as DeleteRecordsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DeleteRecordsResponseDeleteRecordsTopicResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteRecordsResponseDeleteRecordsTopicResult(r, version);
    out.topics = a;
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

function writeDeleteRecordsResponse(w: Writer, version: number, v: DeleteRecordsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 2 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeDeleteRecordsResponseDeleteRecordsTopicResult(w, version, v.topics[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  const out = {} as DeleteRecordsResponseDeleteRecordsTopicResult;
  out.name = (version >= 2 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DeleteRecordsResponseDeleteRecordsPartitionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteRecordsResponseDeleteRecordsPartitionResult(r, version);
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

function writeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, version: number, v: DeleteRecordsResponseDeleteRecordsTopicResult): void {
  (version >= 2 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 2 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeDeleteRecordsResponseDeleteRecordsPartitionResult(w, version, v.partitions[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const out = {} as DeleteRecordsResponseDeleteRecordsPartitionResult;
  out.partitionIndex = r.readInt32();
  out.lowWatermark = r.readInt64();
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

function writeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, version: number, v: DeleteRecordsResponseDeleteRecordsPartitionResult): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt64(v.lowWatermark);
  w.appendInt16(v.errorCode);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteRecordsResponse(r: Reader, version: number): DeleteRecordsResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('DeleteRecordsResponse', version, 0, 2);
  return readDeleteRecordsResponse(r, version);
}

export function encodeDeleteRecordsResponse(w: Writer, version: number, value: DeleteRecordsResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('DeleteRecordsResponse', version, 0, 2);
  try {
    writeDeleteRecordsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteRecordsResponse', version, error);
  }
}
