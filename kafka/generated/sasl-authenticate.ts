// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from SaslAuthenticateRequest.json, SaslAuthenticateResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface SaslAuthenticateRequest {
  /** versions 0-2 */
  authBytes: Buffer;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readSaslAuthenticateRequest(r: Reader, version: number): SaslAuthenticateRequest {
  const out = {} as SaslAuthenticateRequest;
  out.authBytes = (version >= 2 ? r.readCompactBytes() : r.readSizedBytes());
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

function writeSaslAuthenticateRequest(w: Writer, version: number, v: SaslAuthenticateRequest): void {
  (version >= 2 ? w.appendCompactBytes(v.authBytes) : w.appendSizedBytes(v.authBytes));
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeSaslAuthenticateRequest(r: Reader, version: number): SaslAuthenticateRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('SaslAuthenticateRequest', version, 0, 2);
  return readSaslAuthenticateRequest(r, version);
}

export function encodeSaslAuthenticateRequest(w: Writer, version: number, value: SaslAuthenticateRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('SaslAuthenticateRequest', version, 0, 2);
  try {
    writeSaslAuthenticateRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('SaslAuthenticateRequest', version, error);
  }
}

export interface SaslAuthenticateResponse {
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2, nullable 0-2 */
  errorMessage: string | null;
  /** versions 0-2 */
  authBytes: Buffer;
  /** versions 1-2 */
  sessionLifetimeMs?: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readSaslAuthenticateResponse(r: Reader, version: number): SaslAuthenticateResponse {
  const out = {} as SaslAuthenticateResponse;
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
  out.authBytes = (version >= 2 ? r.readCompactBytes() : r.readSizedBytes());
  if (version >= 1) {
    out.sessionLifetimeMs = r.readInt64();
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

function writeSaslAuthenticateResponse(w: Writer, version: number, v: SaslAuthenticateResponse): void {
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  (version >= 2 ? w.appendCompactBytes(v.authBytes) : w.appendSizedBytes(v.authBytes));
  if (version >= 1) {
    {
      const x = v.sessionLifetimeMs === undefined ? 0n : v.sessionLifetimeMs;
      w.appendInt64(x);
    }
  }
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeSaslAuthenticateResponse(r: Reader, version: number): SaslAuthenticateResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('SaslAuthenticateResponse', version, 0, 2);
  return readSaslAuthenticateResponse(r, version);
}

export function encodeSaslAuthenticateResponse(w: Writer, version: number, value: SaslAuthenticateResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('SaslAuthenticateResponse', version, 0, 2);
  try {
    writeSaslAuthenticateResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('SaslAuthenticateResponse', version, error);
  }
}
