// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AlterReplicaLogDirsRequest {
  /** versions 0-2 */
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /** versions 0-2 */
  path: string;
  /** versions 0-2 */
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /** versions 0-2 */
  name: string;
  /** versions 0-2 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterReplicaLogDirsRequest(r: Reader, version: number): AlterReplicaLogDirsRequest {
  const out = {} as AlterReplicaLogDirsRequest;
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterReplicaLogDirsRequestAlterReplicaLogDir>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterReplicaLogDirsRequestAlterReplicaLogDir(r, version);
    out.dirs = a;
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

function writeAlterReplicaLogDirsRequest(w: Writer, version: number, v: AlterReplicaLogDirsRequest): void {
  (version >= 2 ? w.appendCompactArrayLength(v.dirs.length) : w.appendArrayLength(v.dirs.length));
  for (let i = 0; i < v.dirs.length; i++) writeAlterReplicaLogDirsRequestAlterReplicaLogDir(w, version, v.dirs[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const out = {} as AlterReplicaLogDirsRequestAlterReplicaLogDir;
  out.path = (version >= 2 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterReplicaLogDirsRequestAlterReplicaLogDirTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r, version);
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

function writeAlterReplicaLogDirsRequestAlterReplicaLogDir(w: Writer, version: number, v: AlterReplicaLogDirsRequestAlterReplicaLogDir): void {
  (version >= 2 ? w.appendCompactString(v.path) : w.appendString(v.path));
  (version >= 2 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w, version, v.topics[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const out = {} as AlterReplicaLogDirsRequestAlterReplicaLogDirTopic;
  out.name = (version >= 2 ? r.readCompactString() : r.readString());
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

function writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w: Writer, version: number, v: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic): void {
  (version >= 2 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 2 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterReplicaLogDirsRequest(r: Reader, version: number): AlterReplicaLogDirsRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('AlterReplicaLogDirsRequest', version, 0, 2);
  return readAlterReplicaLogDirsRequest(r, version);
}

export function encodeAlterReplicaLogDirsRequest(w: Writer, version: number, value: AlterReplicaLogDirsRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('AlterReplicaLogDirsRequest', version, 0, 2);
  try {
    writeAlterReplicaLogDirsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterReplicaLogDirsRequest', version, error);
  }
}

export interface AlterReplicaLogDirsResponse {
  /** versions 0-2 */
  throttleTimeMs: number;
  /** versions 0-2 */
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /** versions 0-2 */
  topicName: string;
  /** versions 0-2 */
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /** versions 0-2 */
  partitionIndex: number;
  /** versions 0-2 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterReplicaLogDirsResponse(r: Reader, version: number): AlterReplicaLogDirsResponse {
  const out = {} as AlterReplicaLogDirsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r, version);
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

function writeAlterReplicaLogDirsResponse(w: Writer, version: number, v: AlterReplicaLogDirsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 2 ? w.appendCompactArrayLength(v.results.length) : w.appendArrayLength(v.results.length));
  for (let i = 0; i < v.results.length; i++) writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w, version, v.results[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const out = {} as AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult;
  out.topicName = (version >= 2 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r, version);
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

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w: Writer, version: number, v: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult): void {
  (version >= 2 ? w.appendCompactString(v.topicName) : w.appendString(v.topicName));
  (version >= 2 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w, version, v.partitions[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const out = {} as AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult;
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

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w: Writer, version: number, v: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterReplicaLogDirsResponse(r: Reader, version: number): AlterReplicaLogDirsResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('AlterReplicaLogDirsResponse', version, 0, 2);
  return readAlterReplicaLogDirsResponse(r, version);
}

export function encodeAlterReplicaLogDirsResponse(w: Writer, version: number, value: AlterReplicaLogDirsResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('AlterReplicaLogDirsResponse', version, 0, 2);
  try {
    writeAlterReplicaLogDirsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterReplicaLogDirsResponse', version, error);
  }
}
