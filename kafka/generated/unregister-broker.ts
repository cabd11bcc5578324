// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from UnregisterBrokerRequest.json, UnregisterBrokerResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface UnregisterBrokerRequest {
  /** versions 0 */
  brokerId: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readUnregisterBrokerRequest(r: Reader, version: number): UnregisterBrokerRequest {
  const out = {} as UnregisterBrokerRequest;
  out.brokerId = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeUnregisterBrokerRequest(w: Writer, version: number, v: UnregisterBrokerRequest): void {
  w.appendInt32(v.brokerId);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUnregisterBrokerRequest(r: Reader, version: number): UnregisterBrokerRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('UnregisterBrokerRequest', version, 0, 0);
  return readUnregisterBrokerRequest(r, version);
}

export function encodeUnregisterBrokerRequest(w: Writer, version: number, value: UnregisterBrokerRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('UnregisterBrokerRequest', version, 0, 0);
  try {
    writeUnregisterBrokerRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('UnregisterBrokerRequest', version, error);
  }
}

export interface UnregisterBrokerResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readUnregisterBrokerResponse(r: Reader, version: number): UnregisterBrokerResponse {
  const out = {} as UnregisterBrokerResponse;
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

function writeUnregisterBrokerResponse(w: Writer, version: number, v: UnregisterBrokerResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUnregisterBrokerResponse(r: Reader, version: number): UnregisterBrokerResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('UnregisterBrokerResponse', version, 0, 0);
  return readUnregisterBrokerResponse(r, version);
}

export function encodeUnregisterBrokerResponse(w: Writer, version: number, value: UnregisterBrokerResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('UnregisterBrokerResponse', version, 0, 0);
  try {
    writeUnregisterBrokerResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('UnregisterBrokerResponse', version, error);
  }
}
