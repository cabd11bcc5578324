// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from CreatePartitionsRequest.json, CreatePartitionsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface CreatePartitionsRequest {
  /** versions 0-3 */
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  /** versions 0-3 */
  timeoutMs: number;
  /** versions 0-3 */
  validateOnly: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** versions 0-3 */
  name: string;
  /** versions 0-3 */
  count: number;
  /** versions 0-3, nullable 0-3 */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** versions 0-3 */
  brokerIds: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readCreatePartitionsRequest(r: Reader, version: number): CreatePartitionsRequest {
  const out = {} as CreatePartitionsRequest;
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<CreatePartitionsRequestCreatePartitionsTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readCreatePartitionsRequestCreatePartitionsTopic(r, version);
    out.topics = a;
  }
  out.timeoutMs = r.readInt32();
  out.validateOnly = r.readBoolean();
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

function writeCreatePartitionsRequest(w: Writer, version: number, v: CreatePartitionsRequest): void {
  (version >= 2 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeCreatePartitionsRequestCreatePartitionsTopic(w, version, v.topics[i]);
  w.appendInt32(v.timeoutMs);
  w.appendBoolean(v.validateOnly);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readCreatePartitionsRequestCreatePartitionsTopic(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsTopic {
  const out = {} as CreatePartitionsRequestCreatePartitionsTopic;
  out.name = (version >= 2 ? r.readCompactString() : r.readString());
  out.count = r.readInt32();
  {
    const n = (version >= 2 ? r.readCompactNullableArrayLength() : r.readNullableArrayLength());
    if (n === -1) {
      out.assignments = null;
    } else {
      const a = new Array<CreatePartitionsRequestCreatePartitionsAssignment>(n);
      for (let i = 0; i < n; i++) a[i] = readCreatePartitionsRequestCreatePartitionsAssignment(r, version);
      out.assignments = a;
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

function writeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, version: number, v: CreatePartitionsRequestCreatePartitionsTopic): void {
  (version >= 2 ? w.appendCompactString(v.name) : w.appendString(v.name));
  w.appendInt32(v.count);
  if (v.assignments === null) {
    (version >= 2 ? w.appendUnsignedVarInt(0) : w.appendInt32(-1));
  } else {
    (version >= 2 ? w.appendCompactArrayLength(v.assignments!.length) : w.appendArrayLength(v.assignments!.length));
    for (let i = 0; i < v.assignments!.length; i++) writeCreatePartitionsRequestCreatePartitionsAssignment(w, version, v.assignments![i]);
  }
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsAssignment {
  const out = {} as CreatePartitionsRequestCreatePartitionsAssignment;
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.brokerIds = a;
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

function writeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, version: number, v: CreatePartitionsRequestCreatePartitionsAssignment): void {
  (version >= 2 ? w.appendCompactArrayLength(v.brokerIds.length) : w.appendArrayLength(v.brokerIds.length));
  for (let i = 0; i < v.brokerIds.length; i++) w.appendInt32(v.brokerIds[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreatePartitionsRequest(r: Reader, version: number): CreatePartitionsRequest {
  if (version < 0 || version > 3) throw unsupportedVersion('CreatePartitionsRequest', version, 0, 3);
  return readCreatePartitionsRequest(r, version);
}

export function encodeCreatePartitionsRequest(w: Writer, version: number, value: CreatePartitionsRequest): void {
  if (version < 0 || version > 3) throw unsupportedVersion('CreatePartitionsRequest', version, 0, 3);
  try {
    writeCreatePartitionsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('CreatePartitionsRequest', version, error);
  }
}

export interface CreatePartitionsResponse {
  /** versions 0-3 */
  throttleTimeMs: number;
  /** versions 0-3 */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** versions 0-3 */
  name: string;
  /** versions 0-3 */
  errorCode: number;
  /** versions 0-3, nullable 0-3 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readCreatePartitionsResponse(r: Reader, version: number): CreatePartitionsResponse {
  const out = {} as CreatePartitionsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<CreatePartitionsResponseCreatePartitionsTopicResult>(n);
    for (let i = 0; i < n; i++) a[i] = readCreatePartitionsResponseCreatePartitionsTopicResult(r, version);
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

function writeCreatePartitionsResponse(w: Writer, version: number, v: CreatePartitionsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 2 ? w.appendCompactArrayLength(v.results.length) : w.appendArrayLength(v.results.length));
  for (let i = 0; i < v.results.length; i++) writeCreatePartitionsResponseCreatePartitionsTopicResult(w, version, v.results[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, version: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  const out = {} as CreatePartitionsResponseCreatePartitionsTopicResult;
  out.name = (version >= 2 ? r.readCompactString() : r.readString());
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

function writeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, version: number, v: CreatePartitionsResponseCreatePartitionsTopicResult): void {
  (version >= 2 ? w.appendCompactString(v.name) : w.appendString(v.name));
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreatePartitionsResponse(r: Reader, version: number): CreatePartitionsResponse {
  if (version < 0 || version > 3) throw unsupportedVersion('CreatePartitionsResponse', version, 0, 3);
  return readCreatePartitionsResponse(r, version);
}

export function encodeCreatePartitionsResponse(w: Writer, version: number, value: CreatePartitionsResponse): void {
  if (version < 0 || version > 3) throw unsupportedVersion('CreatePartitionsResponse', version, 0, 3);
  try {
    writeCreatePartitionsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('CreatePartitionsResponse', version, error);
  }
}
