// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DeleteTopicsRequest.json, DeleteTopicsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DeleteTopicsRequest {
  /** versions 6 */
  topics?: DeleteTopicsRequestDeleteTopicState[];
  /** versions 0-5 */
  topicNames?: string[];
  /** versions 0-6 */
  timeoutMs: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteTopicsRequestDeleteTopicState {
  /** versions 6, nullable 6 */
  name: string | null;
  /** versions 6 */
  topicId: Uuid;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteTopicsRequest(r: Reader, version: number): DeleteTopicsRequest {
  const out = {} as DeleteTopicsRequest;
  if (version >= 6) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<DeleteTopicsRequestDeleteTopicState>(n);
      for (let i = 0; i < n; i++) a[i] = readDeleteTopicsRequestDeleteTopicState(r, version);
      out.topics = a;
    }
  }
  if (version <= 5) {
    {
      const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = (version >= 4 ? r.readCompactString() : r.readString());
      out.topicNames = a;
    }
  }
  out.timeoutMs = r.readInt32();
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDeleteTopicsRequest(w: Writer, version: number, v: DeleteTopicsRequest): void {
  if (version >= 6) {
    {
      const x = v.topics === undefined ? [] : v.topics;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeDeleteTopicsRequestDeleteTopicState(w, version, x[i]);
    }
  }
  if (version <= 5) {
    {
      const x = v.topicNames === undefined ? [] : v.topicNames;
      (version >= 4 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) (version >= 4 ? w.appendCompactString(x[i]) : w.appendString(x[i]));
    }
  }
  w.appendInt32(v.timeoutMs);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDeleteTopicsRequestDeleteTopicState(r: Reader, version: number): DeleteTopicsRequestDeleteTopicState {
  const out = {} as DeleteTopicsRequestDeleteTopicState;
  out.name = r.readCompactNullableString();
  out.topicId = r.readUuid();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDeleteTopicsRequestDeleteTopicState(w: Writer, version: number, v: DeleteTopicsRequestDeleteTopicState): void {
  w.appendCompactNullableString(v.name);
  w.appendUuid(v.topicId);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDeleteTopicsRequest(r: Reader, version: number): DeleteTopicsRequest {
  if (version < 0 || version > 6) throw unsupportedVersion('DeleteTopicsRequest', version, 0, 6);
  return readDeleteTopicsRequest(r, version);
}

export function encodeDeleteTopicsRequest(w: Writer, version: number, value: DeleteTopicsRequest): void {
  if (version < 0 || version > 6) throw unsupportedVersion('DeleteTopicsRequest', version, 0, 6);
  try {
    writeDeleteTopicsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteTopicsRequest', version, error);
  }
}

export interface DeleteTopicsResponse {
  /** versions 1-6 */
  throttleTimeMs?: number;
  /** versions 0-6 */
  responses: DeleteTopicsResponseDeletableTopicResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteTopicsResponseDeletableTopicResult {
  /** versions 0-6, nullable 6 */
  name: string | null;
  /** versions 6 */
  topicId?: Uuid;
  /** versions 0-6 */
  errorCode: number;
  /** versions 5-6, nullable 5-6 */
  errorMessage?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteTopicsResponse(r: Reader, version: number): DeleteTopicsResponse {
  const out = {} as DeleteTopicsResponse;
  if (version >= 1) {
    out.throttleTimeMs = r.readInt32();
  }
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DeleteTopicsResponseDeletableTopicResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteTopicsResponseDeletableTopicResult(r, version);
    out.responses = a;
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDeleteTopicsResponse(w: Writer, version: number, v: DeleteTopicsResponse): void {
  if (version >= 1) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  (version >= 4 ? w.appendCompactArrayLength(v.responses.length) : w.appendArrayLength(v.responses.length));
  for (let i = 0; i < v.responses.length; i++) writeDeleteTopicsResponseDeletableTopicResult(w, version, v.responses[i]);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDeleteTopicsResponseDeletableTopicResult(r: Reader, version: number): DeleteTopicsResponseDeletableTopicResult {
  const out = {} as DeleteTopicsResponseDeletableTopicResult;
  out.name = (version >= 4 ? (version >= 6 ? r.readCompactNullableString() : r.readCompactString()) : (version >= 6 ? r.readNullableString() : r.readString()));
  if (version >= 6) {
    out.topicId = r.readUuid();
  }
  out.errorCode = r.readInt16();
  if (version >= 5) {
    out.errorMessage = r.readCompactNullableString();
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDeleteTopicsResponseDeletableTopicResult(w: Writer, version: number, v: DeleteTopicsResponseDeletableTopicResult): void {
  (version >= 4 ? (version >= 6 ? w.appendCompactNullableString(v.name) : w.appendCompactString(v.name!)) : (version >= 6 ? w.appendNullableString(v.name) : w.appendString(v.name!)));
  if (version >= 6) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  w.appendInt16(v.errorCode);
  if (version >= 5) {
    {
      const x = v.errorMessage === undefined ? null : v.errorMessage;
      w.appendCompactNullableString(x);
    }
  }
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteTopicsResponse(r: Reader, version: number): DeleteTopicsResponse {
  if (version < 0 || version > 6) throw unsupportedVersion('DeleteTopicsResponse', version, 0, 6);
  return readDeleteTopicsResponse(r, version);
}

export function encodeDeleteTopicsResponse(w: Writer, version: number, value: DeleteTopicsResponse): void {
  if (version < 0 || version > 6) throw unsupportedVersion('DeleteTopicsResponse', version, 0, 6);
  try {
    writeDeleteTopicsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteTopicsResponse', version, error);
  }
}
