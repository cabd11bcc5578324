// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ExpireDelegationTokenRequest {
  /** versions 0-2 */
  hmac: Buffer;
  /** versions 0-2 */
  expiryTimePeriodMs: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readExpireDelegationTokenRequest(r: Reader, version: number): ExpireDelegationTokenRequest {
  const out = {} as ExpireDelegationTokenRequest;
  out.hmac = (version >= 2 ? r.readCompactBytes() : r.readSizedBytes());
  out.expiryTimePeriodMs = r.readInt64();
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

function writeExpireDelegationTokenRequest(w: Writer, version: number, v: ExpireDelegationTokenRequest): void {
  (version >= 2 ? w.appendCompactBytes(v.hmac) : w.appendSizedBytes(v.hmac));
  w.appendInt64(v.expiryTimePeriodMs);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeExpireDelegationTokenRequest(r: Reader, version: number): ExpireDelegationTokenRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('ExpireDelegationTokenRequest', version, 0, 2);
  return readExpireDelegationTokenRequest(r, version);
}

export function encodeExpireDelegationTokenRequest(w: Writer, version: number, value: ExpireDelegationTokenRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('ExpireDelegationTokenRequest', version, 0, 2);
  try {
    writeExpireDelegationTokenRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ExpireDelegationTokenRequest', version, error);
  }
}

export interface ExpireDelegationTokenResponse {
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2 */
  expiryTimestampMs: bigint;
  /** versions 0-2 */
  throttleTimeMs: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readExpireDelegationTokenResponse(r: Reader, version: number): ExpireDelegationTokenResponse {
  const out = {} as ExpireDelegationTokenResponse;
  out.errorCode = r.readInt16();
  out.expiryTimestampMs = r.readInt64();
  out.throttleTimeMs = r.readInt32();
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

function writeExpireDelegationTokenResponse(w: Writer, version: number, v: ExpireDelegationTokenResponse): void {
  w.appendInt16(v.errorCode);
  w.appendInt64(v.expiryTimestampMs);
  w.appendInt32(v.throttleTimeMs);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeExpireDelegationTokenResponse(r: Reader, version: number): ExpireDelegationTokenResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('ExpireDelegationTokenResponse', version, 0, 2);
  return readExpireDelegationTokenResponse(r, version);
}

export function encodeExpireDelegationTokenResponse(w: Writer, version: number, value: ExpireDelegationTokenResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('ExpireDelegationTokenResponse', version, 0, 2);
  try {
    writeExpireDelegationTokenResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ExpireDelegationTokenResponse', version, error);
  }
}
