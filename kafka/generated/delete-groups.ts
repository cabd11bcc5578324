// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DeleteGroupsRequest.json, DeleteGroupsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DeleteGroupsRequest {
  /** versions 0-3 */
  groupsNames: string[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteGroupsRequest(r: Reader, version: number): DeleteGroupsRequest {
  const out = {} as DeleteGroupsRequest;
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = (version >= 2 ? r.readCompactString() : r.readString());
    out.groupsNames = a;
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

function writeDeleteGroupsRequest(w: Writer, version: number, v: DeleteGroupsRequest): void {
  (version >= 2 ? w.appendCompactArrayLength(v.groupsNames.length) : w.appendArrayLength(v.groupsNames.length));
  for (let i = 0; i < v.groupsNames.length; i++) (version >= 2 ? w.appendCompactString(v.groupsNames[i]) : w.appendString(v.groupsNames[i]));
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteGroupsRequest(r: Reader, version: number): DeleteGroupsRequest {
  if (version < 0 || version > 3) throw unsupportedVersion('DeleteGroupsRequest', version, 0, 3);
  return readDeleteGroupsRequest(r, version);
}

export function encodeDeleteGroupsRequest(w: Writer, version: number, value: DeleteGroupsRequest): void {
  if (version < 0 || version > 3) throw unsupportedVersion('DeleteGroupsRequest', version, 0, 3);
  try {
    writeDeleteGroupsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteGroupsRequest', version, error);
  }
}

export interface DeleteGroupsResponse {
  /** versions 0-3 */
  throttleTimeMs: number;
  /** versions 0-3 */
  results: DeleteGroupsResponseDeletableGroupResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteGroupsResponseDeletableGroupResult {
  /** versions 0-3 */
  groupId: string;
  /** versions 0-3 */
  errorCode: number;
  /** versions 3, nullable 3 */
  errorMessage?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteGroupsResponse(r: Reader, version: number): DeleteGroupsResponse {
  const out = {} as DeleteGroupsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DeleteGroupsResponseDeletableGroupResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteGroupsResponseDeletableGroupResult(r, version);
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

function writeDeleteGroupsResponse(w: Writer, version: number, v: DeleteGroupsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 2 ? w.appendCompactArrayLength(v.results.length) : w.appendArrayLength(v.results.length));
  for (let i = 0; i < v.results.length; i++) writeDeleteGroupsResponseDeletableGroupResult(w, version, v.results[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDeleteGroupsResponseDeletableGroupResult(r: Reader, version: number): DeleteGroupsResponseDeletableGroupResult {
  const out = {} as DeleteGroupsResponseDeletableGroupResult;
  out.groupId = (version >= 2 ? r.readCompactString() : r.readString());
  out.errorCode = r.readInt16();
  if (version >= 3) {
    out.errorMessage = r.readCompactNullableString();
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

function writeDeleteGroupsResponseDeletableGroupResult(w: Writer, version: number, v: DeleteGroupsResponseDeletableGroupResult): void {
  (version >= 2 ? w.appendCompactString(v.groupId) : w.appendString(v.groupId));
  w.appendInt16(v.errorCode);
  if (version >= 3) {
    {
      const x = v.errorMessage === undefined ? null : v.errorMessage;
      w.appendCompactNullableString(x);
    }
  }
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteGroupsResponse(r: Reader, version: number): DeleteGroupsResponse {
  if (version < 0 || version > 3) throw unsupportedVersion('DeleteGroupsResponse', version, 0, 3);
  return readDeleteGroupsResponse(r, version);
}

export function encodeDeleteGroupsResponse(w: Writer, version: number, value: DeleteGroupsResponse): void {
  if (version < 0 || version > 3) throw unsupportedVersion('DeleteGroupsResponse', version, 0, 3);
  try {
    writeDeleteGroupsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteGroupsResponse', version, error);
  }
}
