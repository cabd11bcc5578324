// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from UnregisterControllerRequest.json, UnregisterControllerResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface UnregisterControllerRequest {
  /** versions 0 */
  controllerId: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readUnregisterControllerRequest(r: Reader, version: number): UnregisterControllerRequest {
  const out = {} as UnregisterControllerRequest;
  out.controllerId = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeUnregisterControllerRequest(w: Writer, version: number, v: UnregisterControllerRequest): void {
  w.appendInt32(v.controllerId);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUnregisterControllerRequest(r: Reader, version: number): UnregisterControllerRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('UnregisterControllerRequest', version, 0, 0);
  return readUnregisterControllerRequest(r, version);
}

export function encodeUnregisterControllerRequest(w: Writer, version: number, value: UnregisterControllerRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('UnregisterControllerRequest', version, 0, 0);
  try {
    writeUnregisterControllerRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('UnregisterControllerRequest', version, error);
  }
}

export interface UnregisterControllerResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readUnregisterControllerResponse(r: Reader, version: number): UnregisterControllerResponse {
  const out = {} as UnregisterControllerResponse;
  out.throttleTimeMs = r.readInt32();
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

function writeUnregisterControllerResponse(w: Writer, version: number, v: UnregisterControllerResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUnregisterControllerResponse(r: Reader, version: number): UnregisterControllerResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('UnregisterControllerResponse', version, 0, 0);
  return readUnregisterControllerResponse(r, version);
}

export function encodeUnregisterControllerResponse(w: Writer, version: number, value: UnregisterControllerResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('UnregisterControllerResponse', version, 0, 0);
  try {
    writeUnregisterControllerResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('UnregisterControllerResponse', version, error);
  }
}
