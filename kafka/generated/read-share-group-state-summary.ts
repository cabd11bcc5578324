// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ReadShareGroupStateSummaryRequest.json, ReadShareGroupStateSummaryResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ReadShareGroupStateSummaryRequest {
  /** versions 0-1 */
  groupId: string;
  /** versions 0-1 */
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  /** versions 0-1 */
  topicId: Uuid;
  /** versions 0-1 */
  partitions: ReadShareGroupStateSummaryRequestPartitionData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateSummaryRequestPartitionData {
  /** versions 0-1 */
  partition: number;
  /** versions 0-1 */
  leaderEpoch: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readReadShareGroupStateSummaryRequest(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
  const out = {} as ReadShareGroupStateSummaryRequest;
  out.groupId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ReadShareGroupStateSummaryRequestReadStateSummaryData>(n);
    for (let i = 0; i < n; i++) a[i] = readReadShareGroupStateSummaryRequestReadStateSummaryData(r, version);
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

function writeReadShareGroupStateSummaryRequest(w: Writer, version: number, v: ReadShareGroupStateSummaryRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeReadShareGroupStateSummaryRequestReadStateSummaryData(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, version: number): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  const out = {} as ReadShareGroupStateSummaryRequestReadStateSummaryData;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ReadShareGroupStateSummaryRequestPartitionData>(n);
    for (let i = 0; i < n; i++) a[i] = readReadShareGroupStateSummaryRequestPartitionData(r, version);
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

function writeReadShareGroupStateSummaryRequestReadStateSummaryData(w: Writer, version: number, v: ReadShareGroupStateSummaryRequestReadStateSummaryData): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeReadShareGroupStateSummaryRequestPartitionData(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readReadShareGroupStateSummaryRequestPartitionData(r: Reader, version: number): ReadShareGroupStateSummaryRequestPartitionData {
  const out = {} as ReadShareGroupStateSummaryRequestPartitionData;
  out.partition = r.readInt32();
  out.leaderEpoch = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeReadShareGroupStateSummaryRequestPartitionData(w: Writer, version: number, v: ReadShareGroupStateSummaryRequestPartitionData): void {
  w.appendInt32(v.partition);
  w.appendInt32(v.leaderEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateSummaryRequest(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('ReadShareGroupStateSummaryRequest', version, 0, 1);
  return readReadShareGroupStateSummaryRequest(r, version);
}

export function encodeReadShareGroupStateSummaryRequest(w: Writer, version: number, value: ReadShareGroupStateSummaryRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('ReadShareGroupStateSummaryRequest', version, 0, 1);
  try {
    writeReadShareGroupStateSummaryRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ReadShareGroupStateSummaryRequest', version, error);
  }
}

export interface ReadShareGroupStateSummaryResponse {
  /** versions 0-1 */
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  /** versions 0-1 */
  topicId: Uuid;
  /** versions 0-1 */
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ReadShareGroupStateSummaryResponsePartitionResult {
  /** versions 0-1 */
  partition: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** versions 0-1 */
  stateEpoch: number;
  /** versions 0-1 */
  leaderEpoch: number;
  /** versions 0-1 */
  startOffset: bigint;
  /** versions 1 */
  deliveryCompleteCount?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readReadShareGroupStateSummaryResponse(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
  const out = {} as ReadShareGroupStateSummaryResponse;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ReadShareGroupStateSummaryResponseReadStateSummaryResult>(n);
    for (let i = 0; i < n; i++) a[i] = readReadShareGroupStateSummaryResponseReadStateSummaryResult(r, version);
    out.results = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeReadShareGroupStateSummaryResponse(w: Writer, version: number, v: ReadShareGroupStateSummaryResponse): void {
  w.appendCompactArrayLength(v.results.length);
  for (let i = 0; i < v.results.length; i++) writeReadShareGroupStateSummaryResponseReadStateSummaryResult(w, version, v.results[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readReadShareGroupStateSummaryResponseReadStateSummaryResult(r: Reader, version: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  const out = {} as ReadShareGroupStateSummaryResponseReadStateSummaryResult;
  out.topicId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ReadShareGroupStateSummaryResponsePartitionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readReadShareGroupStateSummaryResponsePartitionResult(r, version);
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

function writeReadShareGroupStateSummaryResponseReadStateSummaryResult(w: Writer, version: number, v: ReadShareGroupStateSummaryResponseReadStateSummaryResult): void {
  w.appendUuid(v.topicId);
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeReadShareGroupStateSummaryResponsePartitionResult(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readReadShareGroupStateSummaryResponsePartitionResult(r: Reader, version: number): ReadShareGroupStateSummaryResponsePartitionResult {
  const out = {} as ReadShareGroupStateSummaryResponsePartitionResult;
  out.partition = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  out.stateEpoch = r.readInt32();
  out.leaderEpoch = r.readInt32();
  out.startOffset = r.readInt64();
  if (version >= 1) {
    out.deliveryCompleteCount = r.readInt32();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeReadShareGroupStateSummaryResponsePartitionResult(w: Writer, version: number, v: ReadShareGroupStateSummaryResponsePartitionResult): void {
  w.appendInt32(v.partition);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendInt32(v.stateEpoch);
  w.appendInt32(v.leaderEpoch);
  w.appendInt64(v.startOffset);
  if (version >= 1) {
    {
      const x = v.deliveryCompleteCount === undefined ? -1 : v.deliveryCompleteCount;
      w.appendInt32(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeReadShareGroupStateSummaryResponse(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('ReadShareGroupStateSummaryResponse', version, 0, 1);
  return readReadShareGroupStateSummaryResponse(r, version);
}

export function encodeReadShareGroupStateSummaryResponse(w: Writer, version: number, value: ReadShareGroupStateSummaryResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('ReadShareGroupStateSummaryResponse', version, 0, 1);
  try {
    writeReadShareGroupStateSummaryResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ReadShareGroupStateSummaryResponse', version, error);
  }
}
