// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from OffsetFetchRequest.json, OffsetFetchResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface OffsetFetchRequest {
  /** versions 0-7 */
  groupId?: string;
  /** versions 0-7, nullable 2-7 */
  topics?: OffsetFetchRequestOffsetFetchRequestTopic[] | null;
  /** versions 8-10 */
  groups?: OffsetFetchRequestOffsetFetchRequestGroup[];
  /** versions 7-10 */
  requireStable?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchRequestOffsetFetchRequestTopic {
  /** versions 0-7 */
  name: string;
  /** versions 0-7 */
  partitionIndexes: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchRequestOffsetFetchRequestGroup {
  /** versions 8-10 */
  groupId: string;
  /** versions 9-10, nullable 9-10 */
  memberId?: string | null;
  /** versions 9-10 */
  memberEpoch?: number;
  /** versions 8-10, nullable 8-10 */
  topics: OffsetFetchRequestOffsetFetchRequestTopics[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchRequestOffsetFetchRequestTopics {
  /** versions 8-9 */
  name?: string;
  /** versions 10 */
  topicId?: Uuid;
  /** versions 8-10 */
  partitionIndexes: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readOffsetFetchRequest(r: Reader, version: number): OffsetFetchRequest {
  const out = {} as OffsetFetchRequest;
  if (version <= 7) {
    out.groupId = (version >= 6 ? r.readCompactString() : r.readString());
  }
  if (version <= 7) {
    {
      const n = (version >= 6 ? (version >= 2 ? r.readCompactNullableArrayLength() : r.readCompactArrayLength()) : (version >= 2 ? r.readNullableArrayLength() : r.readArrayLength()));
      if (n === -1) {
        out.topics = null;
      } else {
        const a = new Array<OffsetFetchRequestOffsetFetchRequestTopic>(n);
        for (let i = 0; i < n; i++) a[i] = readOffsetFetchRequestOffsetFetchRequestTopic(r, version);
        out.topics = a;
      }
    }
  }
  if (version >= 8) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<OffsetFetchRequestOffsetFetchRequestGroup>(n);
      for (let i = 0; i < n; i++) a[i] = readOffsetFetchRequestOffsetFetchRequestGroup(r, version);
      out.groups = a;
    }
  }
  if (version >= 7) {
    out.requireStable = r.readBoolean();
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetFetchRequest(w: Writer, version: number, v: OffsetFetchRequest): void {
  if (version <= 7) {
    {
      const x = v.groupId === undefined ? "" : v.groupId;
      (version >= 6 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version <= 7) {
    {
      const x = v.topics === undefined ? [] : v.topics;
      if (x === null) {
        (version >= 6 ? w.appendUnsignedVarInt(0) : w.appendInt32(-1));
      } else {
        (version >= 6 ? w.appendCompactArrayLength(x!.length) : w.appendArrayLength(x!.length));
        for (let i = 0; i < x!.length; i++) writeOffsetFetchRequestOffsetFetchRequestTopic(w, version, x![i]);
      }
    }
  }
  if (version >= 8) {
    {
      const x = v.groups === undefined ? [] : v.groups;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeOffsetFetchRequestOffsetFetchRequestGroup(w, version, x[i]);
    }
  }
  if (version >= 7) {
    {
      const x = v.requireStable === undefined ? false : v.requireStable;
      w.appendBoolean(x);
    }
  }
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetFetchRequestOffsetFetchRequestTopic(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestTopic {
  const out = {} as OffsetFetchRequestOffsetFetchRequestTopic;
  out.name = (version >= 6 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitionIndexes = a;
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetFetchRequestOffsetFetchRequestTopic(w: Writer, version: number, v: OffsetFetchRequestOffsetFetchRequestTopic): void {
  (version >= 6 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 6 ? w.appendCompactArrayLength(v.partitionIndexes.length) : w.appendArrayLength(v.partitionIndexes.length));
  for (let i = 0; i < v.partitionIndexes.length; i++) w.appendInt32(v.partitionIndexes[i]);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetFetchRequestOffsetFetchRequestGroup(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestGroup {
  const out = {} as OffsetFetchRequestOffsetFetchRequestGroup;
  out.groupId = r.readCompactString();
  if (version >= 9) {
    out.memberId = r.readCompactNullableString();
  }
  if (version >= 9) {
    out.memberEpoch = r.readInt32();
  }
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.topics = null;
    } else {
      const a = new Array<OffsetFetchRequestOffsetFetchRequestTopics>(n);
      for (let i = 0; i < n; i++) a[i] = readOffsetFetchRequestOffsetFetchRequestTopics(r, version);
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

function writeOffsetFetchRequestOffsetFetchRequestGroup(w: Writer, version: number, v: OffsetFetchRequestOffsetFetchRequestGroup): void {
  w.appendCompactString(v.groupId);
  if (version >= 9) {
    {
      const x = v.memberId === undefined ? null : v.memberId;
      w.appendCompactNullableString(x);
    }
  }
  if (version >= 9) {
    {
      const x = v.memberEpoch === undefined ? -1 : v.memberEpoch;
      w.appendInt32(x);
    }
  }
  if (v.topics === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.topics!.length);
    for (let i = 0; i < v.topics!.length; i++) writeOffsetFetchRequestOffsetFetchRequestTopics(w, version, v.topics![i]);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readOffsetFetchRequestOffsetFetchRequestTopics(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestTopics {
  const out = {} as OffsetFetchRequestOffsetFetchRequestTopics;
  if (version <= 9) {
    out.name = r.readCompactString();
  }
  if (version >= 10) {
    out.topicId = r.readUuid();
  }
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

function writeOffsetFetchRequestOffsetFetchRequestTopics(w: Writer, version: number, v: OffsetFetchRequestOffsetFetchRequestTopics): void {
  if (version <= 9) {
    {
      const x = v.name === undefined ? "" : v.name;
      w.appendCompactString(x);
    }
  }
  if (version >= 10) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  w.appendCompactArrayLength(v.partitionIndexes.length);
  for (let i = 0; i < v.partitionIndexes.length; i++) w.appendInt32(v.partitionIndexes[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeOffsetFetchRequest(r: Reader, version: number): OffsetFetchRequest {
  if (version < 0 || version > 10) throw unsupportedVersion('OffsetFetchRequest', version, 0, 10);
  return readOffsetFetchRequest(r, version);
}

export function encodeOffsetFetchRequest(w: Writer, version: number, value: OffsetFetchRequest): void {
  if (version < 0 || version > 10) throw unsupportedVersion('OffsetFetchRequest', version, 0, 10);
  try {
    writeOffsetFetchRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('OffsetFetchRequest', version, error);
  }
}

export interface OffsetFetchResponse {
  /** versions 3-10 */
  throttleTimeMs?: number;
  /** versions 0-7 */
  topics?: OffsetFetchResponseOffsetFetchResponseTopic[];
  /** versions 2-7 */
  errorCode?: number;
  /** versions 8-10 */
  groups?: OffsetFetchResponseOffsetFetchResponseGroup[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseOffsetFetchResponseTopic {
  /** versions 0-7 */
  name: string;
  /** versions 0-7 */
  partitions: OffsetFetchResponseOffsetFetchResponsePartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseOffsetFetchResponsePartition {
  /** versions 0-7 */
  partitionIndex: number;
  /** versions 0-7 */
  committedOffset: bigint;
  /** versions 5-7 */
  committedLeaderEpoch?: number;
  /** versions 0-7, nullable 0-7 */
  metadata: string | null;
  /** versions 0-7 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseOffsetFetchResponseGroup {
  /** versions 8-10 */
  groupId: string;
  /** versions 8-10 */
  topics: OffsetFetchResponseOffsetFetchResponseTopics[];
  /** versions 8-10 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseOffsetFetchResponseTopics {
  /** versions 8-9 */
  name?: string;
  /** versions 10 */
  topicId?: Uuid;
  /** versions 8-10 */
  partitions: OffsetFetchResponseOffsetFetchResponsePartitions[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface OffsetFetchResponseOffsetFetchResponsePartitions {
  /** versions 8-10 */
  partitionIndex: number;
  /** versions 8-10 */
  committedOffset: bigint;
  /** versions 8-10 */
  committedLeaderEpoch: number;
  /** versions 8-10, nullable 8-10 */
  metadata: string | null;
  /** versions 8-10 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readOffsetFetchResponse(r: Reader, version: number): OffsetFetchResponse {
  const out = {} as OffsetFetchResponse;
  if (version >= 3) {
    out.throttleTimeMs = r.readInt32();
  }
  if (version <= 7) {
    {
      const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<OffsetFetchResponseOffsetFetchResponseTopic>(n);
      for (let i = 0; i < n; i++) a[i] = readOffsetFetchResponseOffsetFetchResponseTopic(r, version);
      out.topics = a;
    }
  }
  if (version >= 2 && version <= 7) {
    out.errorCode = r.readInt16();
  }
  if (version >= 8) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<OffsetFetchResponseOffsetFetchResponseGroup>(n);
      for (let i = 0; i < n; i++) a[i] = readOffsetFetchResponseOffsetFetchResponseGroup(r, version);
      out.groups = a;
    }
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetFetchResponse(w: Writer, version: number, v: OffsetFetchResponse): void {
  if (version >= 3) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  if (version <= 7) {
    {
      const x = v.topics === undefined ? [] : v.topics;
      (version >= 6 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeOffsetFetchResponseOffsetFetchResponseTopic(w, version, x[i]);
    }
  }
  if (version >= 2 && version <= 7) {
    {
      const x = v.errorCode === undefined ? 0 : v.errorCode;
      w.appendInt16(x);
    }
  }
  if (version >= 8) {
    {
      const x = v.groups === undefined ? [] : v.groups;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeOffsetFetchResponseOffsetFetchResponseGroup(w, version, x[i]);
    }
  }
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetFetchResponseOffsetFetchResponseTopic(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseTopic {
  const out = {} as OffsetFetchResponseOffsetFetchResponseTopic;
  out.name = (version >= 6 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<OffsetFetchResponseOffsetFetchResponsePartition>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetFetchResponseOffsetFetchResponsePartition(r, version);
    out.partitions = a;
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetFetchResponseOffsetFetchResponseTopic(w: Writer, version: number, v: OffsetFetchResponseOffsetFetchResponseTopic): void {
  (version >= 6 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 6 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeOffsetFetchResponseOffsetFetchResponsePartition(w, version, v.partitions[i]);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetFetchResponseOffsetFetchResponsePartition(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponsePartition {
  const out = {} as OffsetFetchResponseOffsetFetchResponsePartition;
  out.partitionIndex = r.readInt32();
  out.committedOffset = r.readInt64();
  if (version >= 5) {
    out.committedLeaderEpoch = r.readInt32();
  }
  out.metadata = (version >= 6 ? r.readCompactNullableString() : r.readNullableString());
  out.errorCode = r.readInt16();
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeOffsetFetchResponseOffsetFetchResponsePartition(w: Writer, version: number, v: OffsetFetchResponseOffsetFetchResponsePartition): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt64(v.committedOffset);
  if (version >= 5) {
    {
      const x = v.committedLeaderEpoch === undefined ? -1 : v.committedLeaderEpoch;
      w.appendInt32(x);
    }
  }
  (version >= 6 ? w.appendCompactNullableString(v.metadata) : w.appendNullableString(v.metadata));
  w.appendInt16(v.errorCode);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readOffsetFetchResponseOffsetFetchResponseGroup(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseGroup {
  const out = {} as OffsetFetchResponseOffsetFetchResponseGroup;
  out.groupId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<OffsetFetchResponseOffsetFetchResponseTopics>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetFetchResponseOffsetFetchResponseTopics(r, version);
    out.topics = a;
  }
  out.errorCode = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeOffsetFetchResponseOffsetFetchResponseGroup(w: Writer, version: number, v: OffsetFetchResponseOffsetFetchResponseGroup): void {
  w.appendCompactString(v.groupId);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeOffsetFetchResponseOffsetFetchResponseTopics(w, version, v.topics[i]);
  w.appendInt16(v.errorCode);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readOffsetFetchResponseOffsetFetchResponseTopics(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseTopics {
  const out = {} as OffsetFetchResponseOffsetFetchResponseTopics;
  if (version <= 9) {
    out.name = r.readCompactString();
  }
  if (version >= 10) {
    out.topicId = r.readUuid();
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<OffsetFetchResponseOffsetFetchResponsePartitions>(n);
    for (let i = 0; i < n; i++) a[i] = readOffsetFetchResponseOffsetFetchResponsePartitions(r, version);
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

function writeOffsetFetchResponseOffsetFetchResponseTopics(w: Writer, version: number, v: OffsetFetchResponseOffsetFetchResponseTopics): void {
  if (version <= 9) {
    {
      const x = v.name === undefined ? "" : v.name;
      w.appendCompactString(x);
    }
  }
  if (version >= 10) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  w.appendCompactArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) writeOffsetFetchResponseOffsetFetchResponsePartitions(w, version, v.partitions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readOffsetFetchResponseOffsetFetchResponsePartitions(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponsePartitions {
  const out = {} as OffsetFetchResponseOffsetFetchResponsePartitions;
  out.partitionIndex = r.readInt32();
  out.committedOffset = r.readInt64();
  out.committedLeaderEpoch = r.readInt32();
  out.metadata = r.readCompactNullableString();
  out.errorCode = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeOffsetFetchResponseOffsetFetchResponsePartitions(w: Writer, version: number, v: OffsetFetchResponseOffsetFetchResponsePartitions): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt64(v.committedOffset);
  w.appendInt32(v.committedLeaderEpoch);
  w.appendCompactNullableString(v.metadata);
  w.appendInt16(v.errorCode);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeOffsetFetchResponse(r: Reader, version: number): OffsetFetchResponse {
  if (version < 0 || version > 10) throw unsupportedVersion('OffsetFetchResponse', version, 0, 10);
  return readOffsetFetchResponse(r, version);
}

export function encodeOffsetFetchResponse(w: Writer, version: number, value: OffsetFetchResponse): void {
  if (version < 0 || version > 10) throw unsupportedVersion('OffsetFetchResponse', version, 0, 10);
  try {
    writeOffsetFetchResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('OffsetFetchResponse', version, error);
  }
}
