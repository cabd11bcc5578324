// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from HeartbeatRequest.json, HeartbeatResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface HeartbeatRequest {
  /** versions 0-4 */
  groupId: string;
  /** versions 0-4 */
  generationId: number;
  /** versions 0-4 */
  memberId: string;
  /** versions 3-4, nullable 3-4 */
  groupInstanceId?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readHeartbeatRequest(r: Reader, version: number): HeartbeatRequest {
  const out = {} as HeartbeatRequest;
  out.groupId = (version >= 4 ? r.readCompactString() : r.readString());
  out.generationId = r.readInt32();
  out.memberId = (version >= 4 ? r.readCompactString() : r.readString());
  if (version >= 3) {
    out.groupInstanceId = (version >= 4 ? r.readCompactNullableString() : r.readNullableString());
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

function writeHeartbeatRequest(w: Writer, version: number, v: HeartbeatRequest): void {
  (version >= 4 ? w.appendCompactString(v.groupId) : w.appendString(v.groupId));
  w.appendInt32(v.generationId);
  (version >= 4 ? w.appendCompactString(v.memberId) : w.appendString(v.memberId));
  if (version >= 3) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (version >= 4 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeHeartbeatRequest(r: Reader, version: number): HeartbeatRequest {
  if (version < 0 || version > 4) throw unsupportedVersion('HeartbeatRequest', version, 0, 4);
  return readHeartbeatRequest(r, version);
}

export function encodeHeartbeatRequest(w: Writer, version: number, value: HeartbeatRequest): void {
  if (version < 0 || version > 4) throw unsupportedVersion('HeartbeatRequest', version, 0, 4);
  try {
    writeHeartbeatRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('HeartbeatRequest', version, error);
  }
}

export interface HeartbeatResponse {
  /** versions 1-4 */
  throttleTimeMs?: number;
  /** versions 0-4 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readHeartbeatResponse(r: Reader, version: number): HeartbeatResponse {
  const out = {} as HeartbeatResponse;
  if (version >= 1) {
    out.throttleTimeMs = r.readInt32();
  }
  out.errorCode = r.readInt16();
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

function writeHeartbeatResponse(w: Writer, version: number, v: HeartbeatResponse): void {
  if (version >= 1) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  w.appendInt16(v.errorCode);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeHeartbeatResponse(r: Reader, version: number): HeartbeatResponse {
  if (version < 0 || version > 4) throw unsupportedVersion('HeartbeatResponse', version, 0, 4);
  return readHeartbeatResponse(r, version);
}

export function encodeHeartbeatResponse(w: Writer, version: number, value: HeartbeatResponse): void {
  if (version < 0 || version > 4) throw unsupportedVersion('HeartbeatResponse', version, 0, 4);
  try {
    writeHeartbeatResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('HeartbeatResponse', version, error);
  }
}
