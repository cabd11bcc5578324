// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeLogDirsRequest.json, DescribeLogDirsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeLogDirsRequest {
  /** versions 0-5, nullable 0-5 */
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /** versions 0-5 */
  topic: string;
  /** versions 0-5 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeLogDirsRequest(r: Reader, version: number): DescribeLogDirsRequest {
  const out = {} as DescribeLogDirsRequest;
  {
    const n = (version >= 2 ? r.readCompactNullableArrayLength() : r.readNullableArrayLength());
    if (n === -1) {
      out.topics = null;
    } else {
      const a = new Array<DescribeLogDirsRequestDescribableLogDirTopic>(n);
      for (let i = 0; i < n; i++) a[i] = readDescribeLogDirsRequestDescribableLogDirTopic(r, version);
      out.topics = a;
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

function writeDescribeLogDirsRequest(w: Writer, version: number, v: DescribeLogDirsRequest): void {
  if (v.topics === null) {
    (version >= 2 ? w.appendUnsignedVarInt(0) : w.appendInt32(-1));
  } else {
    (version >= 2 ? w.appendCompactArrayLength(v.topics!.length) : w.appendArrayLength(v.topics!.length));
    for (let i = 0; i < v.topics!.length; i++) writeDescribeLogDirsRequestDescribableLogDirTopic(w, version, v.topics![i]);
  }
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, version: number): DescribeLogDirsRequestDescribableLogDirTopic {
  const out = {} as DescribeLogDirsRequestDescribableLogDirTopic;
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

function writeDescribeLogDirsRequestDescribableLogDirTopic(w: Writer, version: number, v: DescribeLogDirsRequestDescribableLogDirTopic): void {
  (version >= 2 ? w.appendCompactString(v.topic) : w.appendString(v.topic));
  (version >= 2 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeLogDirsRequest(r: Reader, version: number): DescribeLogDirsRequest {
  if (version < 0 || version > 5) throw unsupportedVersion('DescribeLogDirsRequest', version, 0, 5);
  return readDescribeLogDirsRequest(r, version);
}

export function encodeDescribeLogDirsRequest(w: Writer, version: number, value: DescribeLogDirsRequest): void {
  if (version < 0 || version > 5) throw unsupportedVersion('DescribeLogDirsRequest', version, 0, 5);
  try {
    writeDescribeLogDirsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeLogDirsRequest', version, error);
  }
}

export interface DescribeLogDirsResponse {
  /** versions 0-5 */
  throttleTimeMs: number;
  /** versions 3-5 */
  errorCode?: number;
  /** versions 0-5 */
  results: DescribeLogDirsResponseDescribeLogDirsResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /** versions 0-5 */
  errorCode: number;
  /** versions 0-5 */
  logDir: string;
  /** versions 0-5 */
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  /** versions 4-5 */
  totalBytes?: bigint;
  /** versions 4-5 */
  usableBytes?: bigint;
  /** versions 5 */
  isCordoned?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /** versions 0-5 */
  name: string;
  /** versions 0-5 */
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /** versions 0-5 */
  partitionIndex: number;
  /** versions 0-5 */
  partitionSize: bigint;
  /** versions 0-5 */
  offsetLag: bigint;
  /** versions 0-5 */
  isFutureKey: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeLogDirsResponse(r: Reader, version: number): DescribeLogDirsResponse {
  const out = {} as DescribeLogDirsResponse;
  out.throttleTimeMs = r.readInt32();
  if (version >= 3) {
    out.errorCode = r.readInt16();
  }
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeLogDirsResponseDescribeLogDirsResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeLogDirsResponseDescribeLogDirsResult(r, version);
    out.results = a;
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

function writeDescribeLogDirsResponse(w: Writer, version: number, v: DescribeLogDirsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  if (version >= 3) {
    {
      const x = v.errorCode === undefined ? 0 : v.errorCode;
      w.appendInt16(x);
    }
  }
  (version >= 2 ? w.appendCompactArrayLength(v.results.length) : w.appendArrayLength(v.results.length));
  for (let i = 0; i < v.results.length; i++) writeDescribeLogDirsResponseDescribeLogDirsResult(w, version, v.results[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeLogDirsResponseDescribeLogDirsResult(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsResult {
  const out = {} as DescribeLogDirsResponseDescribeLogDirsResult;
  out.errorCode = r.readInt16();
  out.logDir = (version >= 2 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeLogDirsResponseDescribeLogDirsTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeLogDirsResponseDescribeLogDirsTopic(r, version);
    out.topics = a;
  }
  if (version >= 4) {
    out.totalBytes = r.readInt64();
  }
  if (version >= 4) {
    out.usableBytes = r.readInt64();
  }
  if (version >= 5) {
    out.isCordoned = r.readBoolean();
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

function writeDescribeLogDirsResponseDescribeLogDirsResult(w: Writer, version: number, v: DescribeLogDirsResponseDescribeLogDirsResult): void {
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactString(v.logDir) : w.appendString(v.logDir));
  (version >= 2 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeDescribeLogDirsResponseDescribeLogDirsTopic(w, version, v.topics[i]);
  if (version >= 4) {
    {
      const x = v.totalBytes === undefined ? -1n : v.totalBytes;
      w.appendInt64(x);
    }
  }
  if (version >= 4) {
    {
      const x = v.usableBytes === undefined ? -1n : v.usableBytes;
      w.appendInt64(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.isCordoned === undefined ? false : v.isCordoned;
      w.appendBoolean(x);
    }
  }
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeLogDirsResponseDescribeLogDirsTopic(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  const out = {} as DescribeLogDirsResponseDescribeLogDirsTopic;
  out.name = (version >= 2 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeLogDirsResponseDescribeLogDirsPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeLogDirsResponseDescribeLogDirsPartition(r, version);
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

function writeDescribeLogDirsResponseDescribeLogDirsTopic(w: Writer, version: number, v: DescribeLogDirsResponseDescribeLogDirsTopic): void {
  (version >= 2 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 2 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeDescribeLogDirsResponseDescribeLogDirsPartition(w, version, v.partitions[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeLogDirsResponseDescribeLogDirsPartition(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  const out = {} as DescribeLogDirsResponseDescribeLogDirsPartition;
  out.partitionIndex = r.readInt32();
  out.partitionSize = r.readInt64();
  out.offsetLag = r.readInt64();
  out.isFutureKey = r.readBoolean();
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

function writeDescribeLogDirsResponseDescribeLogDirsPartition(w: Writer, version: number, v: DescribeLogDirsResponseDescribeLogDirsPartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt64(v.partitionSize);
  w.appendInt64(v.offsetLag);
  w.appendBoolean(v.isFutureKey);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeLogDirsResponse(r: Reader, version: number): DescribeLogDirsResponse {
  if (version < 0 || version > 5) throw unsupportedVersion('DescribeLogDirsResponse', version, 0, 5);
  return readDescribeLogDirsResponse(r, version);
}

export function encodeDescribeLogDirsResponse(w: Writer, version: number, value: DescribeLogDirsResponse): void {
  if (version < 0 || version > 5) throw unsupportedVersion('DescribeLogDirsResponse', version, 0, 5);
  try {
    writeDescribeLogDirsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeLogDirsResponse', version, error);
  }
}
