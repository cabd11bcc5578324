// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DeleteShareGroupOffsetsRequest.json, DeleteShareGroupOffsetsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DeleteShareGroupOffsetsRequest {
  /** versions 0 */
  groupId: string;
  /** versions 0 */
  topics: DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic {
  /** versions 0 */
  topicName: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteShareGroupOffsetsRequest(r: Reader, version: number): DeleteShareGroupOffsetsRequest {
  const out = {} as DeleteShareGroupOffsetsRequest;
  out.groupId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic(r, version);
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

function writeDeleteShareGroupOffsetsRequest(w: Writer, version: number, v: DeleteShareGroupOffsetsRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic(r: Reader, version: number): DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic {
  const out = {} as DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic;
  out.topicName = r.readCompactString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic(w: Writer, version: number, v: DeleteShareGroupOffsetsRequestDeleteShareGroupOffsetsRequestTopic): void {
  w.appendCompactString(v.topicName);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupOffsetsRequest(r: Reader, version: number): DeleteShareGroupOffsetsRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('DeleteShareGroupOffsetsRequest', version, 0, 0);
  return readDeleteShareGroupOffsetsRequest(r, version);
}

export function encodeDeleteShareGroupOffsetsRequest(w: Writer, version: number, value: DeleteShareGroupOffsetsRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DeleteShareGroupOffsetsRequest', version, 0, 0);
  try {
    writeDeleteShareGroupOffsetsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteShareGroupOffsetsRequest', version, error);
  }
}

export interface DeleteShareGroupOffsetsResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** versions 0 */
  responses: DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic {
  /** versions 0 */
  topicName: string;
  /** versions 0 */
  topicId: Uuid;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteShareGroupOffsetsResponse(r: Reader, version: number): DeleteShareGroupOffsetsResponse {
  const out = {} as DeleteShareGroupOffsetsResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic(r, version);
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

function writeDeleteShareGroupOffsetsResponse(w: Writer, version: number, v: DeleteShareGroupOffsetsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactArrayLength(v.responses.length);
  for (let i = 0; i < v.responses.length; i++) writeDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic(w, version, v.responses[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic(r: Reader, version: number): DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic {
  const out = {} as DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic;
  out.topicName = r.readCompactString();
  out.topicId = r.readUuid();
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

function writeDeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic(w: Writer, version: number, v: DeleteShareGroupOffsetsResponseDeleteShareGroupOffsetsResponseTopic): void {
  w.appendCompactString(v.topicName);
  w.appendUuid(v.topicId);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupOffsetsResponse(r: Reader, version: number): DeleteShareGroupOffsetsResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('DeleteShareGroupOffsetsResponse', version, 0, 0);
  return readDeleteShareGroupOffsetsResponse(r, version);
}

export function encodeDeleteShareGroupOffsetsResponse(w: Writer, version: number, value: DeleteShareGroupOffsetsResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DeleteShareGroupOffsetsResponse', version, 0, 0);
  try {
    writeDeleteShareGroupOffsetsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteShareGroupOffsetsResponse', version, error);
  }
}
