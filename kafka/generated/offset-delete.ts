// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from OffsetDeleteRequest.json, OffsetDeleteResponse.json.
import { invalidMessage, unsupportedVersion } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface OffsetDeleteRequest {
  /** versions 0 */
  groupId: string;
  /** versions 0 */
  topics: OffsetDeleteRequestOffsetDeleteRequestTopic[];
}

export interface OffsetDeleteRequestOffsetDeleteRequestTopic {
  /** versions 0 */
  name: string;
  /** versions 0 */
  partitions: OffsetDeleteRequestOffsetDeleteRequestPartition[];
}

export interface OffsetDeleteRequestOffsetDeleteRequestPartition {
  /** versions 0 */
  partitionIndex: number;
}

function readOffsetDeleteRequest(r: Reader, version: number): OffsetDeleteRequest {
  const out = {} as OffsetDeleteRequest;
  out.groupId = r.readString();
  {
    const n = r.readArrayLength();
    const a = new Array<OffsetDeleteRequestOffsetDeleteRequestTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetDeleteRequestOffsetDeleteRequestTopic(r, version);
    out.topics = a;
  }
  return out;
}

function writeOffsetDeleteRequest(w: Writer, version: number, v: OffsetDeleteRequest): void {
  w.appendString(v.groupId);
  w.appendArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeOffsetDeleteRequestOffsetDeleteRequestTopic(w, version, v.topics[i]);
}

function readOffsetDeleteRequestOffsetDeleteRequestTopic(r: Reader, version: number): OffsetDeleteRequestOffsetDeleteRequestTopic {
  const out = {} as OffsetDeleteRequestOffsetDeleteRequestTopic;
  out.name = r.readString();
  {
    const n = r.readArrayLength();
    const a = new Array<OffsetDeleteRequestOffsetDeleteRequestPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetDeleteRequestOffsetDeleteRequestPartition(r, version);
    out.partitions = a;
  }
  return out;
}

function writeOffsetDeleteRequestOffsetDeleteRequestTopic(w: Writer, version: number, v: OffsetDeleteRequestOffsetDeleteRequestTopic): void {
  w.appendString(v.name);
  w.appendArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeOffsetDeleteRequestOffsetDeleteRequestPartition(w, version, v.partitions[i]);
}

function readOffsetDeleteRequestOffsetDeleteRequestPartition(r: Reader, version: number): OffsetDeleteRequestOffsetDeleteRequestPartition {
  const out = {} as OffsetDeleteRequestOffsetDeleteRequestPartition;
  out.partitionIndex = r.readInt32();
  return out;
}

function writeOffsetDeleteRequestOffsetDeleteRequestPartition(w: Writer, version: number, v: OffsetDeleteRequestOffsetDeleteRequestPartition): void {
  w.appendInt32(v.partitionIndex);
}

export function decodeOffsetDeleteRequest(r: Reader, version: number): OffsetDeleteRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('OffsetDeleteRequest', version, 0, 0);
  return readOffsetDeleteRequest(r, version);
}

export function encodeOffsetDeleteRequest(w: Writer, version: number, value: OffsetDeleteRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('OffsetDeleteRequest', version, 0, 0);
  try {
    writeOffsetDeleteRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('OffsetDeleteRequest', version, error);
  }
}

export interface OffsetDeleteResponse {
  /** versions 0 */
  errorCode: number;
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  topics: OffsetDeleteResponseOffsetDeleteResponseTopic[];
}

export interface OffsetDeleteResponseOffsetDeleteResponseTopic {
  /** versions 0 */
  name: string;
  /** versions 0 */
  partitions: OffsetDeleteResponseOffsetDeleteResponsePartition[];
}

export interface OffsetDeleteResponseOffsetDeleteResponsePartition {
  /** versions 0 */
  partitionIndex: number;
  /** versions 0 */
  errorCode: number;
}

function readOffsetDeleteResponse(r: Reader, version: number): OffsetDeleteResponse {
  const out = {} as OffsetDeleteResponse;
  out.errorCode = r.readInt16();
  out.throttleTimeMs = r.readInt32();
  {
    const n = r.readArrayLength();
    const a = new Array<OffsetDeleteResponseOffsetDeleteResponseTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetDeleteResponseOffsetDeleteResponseTopic(r, version);
    out.topics = a;
  }
  return out;
}

function writeOffsetDeleteResponse(w: Writer, version: number, v: OffsetDeleteResponse): void {
  w.appendInt16(v.errorCode);
  w.appendInt32(v.throttleTimeMs);
  w.appendArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeOffsetDeleteResponseOffsetDeleteResponseTopic(w, version, v.topics[i]);
}

function readOffsetDeleteResponseOffsetDeleteResponseTopic(r: Reader, version: number): OffsetDeleteResponseOffsetDeleteResponseTopic {
  const out = {} as OffsetDeleteResponseOffsetDeleteResponseTopic;
  out.name = r.readString();
  {
    const n = r.readArrayLength();
    const a = new Array<OffsetDeleteResponseOffsetDeleteResponsePartition>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetDeleteResponseOffsetDeleteResponsePartition(r, version);
    out.partitions = a;
  }
  return out;
}

function writeOffsetDeleteResponseOffsetDeleteResponseTopic(w: Writer, version: number, v: OffsetDeleteResponseOffsetDeleteResponseTopic): void {
  w.appendString(v.name);
  w.appendArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeOffsetDeleteResponseOffsetDeleteResponsePartition(w, version, v.partitions[i]);
}

function readOffsetDeleteResponseOffsetDeleteResponsePartition(r: Reader, version: number): OffsetDeleteResponseOffsetDeleteResponsePartition {
  const out = {} as OffsetDeleteResponseOffsetDeleteResponsePartition;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  return out;
}

function writeOffsetDeleteResponseOffsetDeleteResponsePartition(w: Writer, version: number, v: OffsetDeleteResponseOffsetDeleteResponsePartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
}

export function decodeOffsetDeleteResponse(r: Reader, version: number): OffsetDeleteResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('OffsetDeleteResponse', version, 0, 0);
  return readOffsetDeleteResponse(r, version);
}

export function encodeOffsetDeleteResponse(w: Writer, version: number, value: OffsetDeleteResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('OffsetDeleteResponse', version, 0, 0);
  try {
    writeOffsetDeleteResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('OffsetDeleteResponse', version, error);
  }
}
