// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from RenewDelegationTokenRequest.json, RenewDelegationTokenResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface RenewDelegationTokenRequest {
  /** versions 0-2 */
  hmac: Buffer;
  /** versions 0-2 */
  renewPeriodMs: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readRenewDelegationTokenRequest(r: Reader, version: number): RenewDelegationTokenRequest {
  const out = {} as RenewDelegationTokenRequest;
  out.hmac = (version >= 2 ? r.readCompactBytes() : r.readSizedBytes());
  out.renewPeriodMs = r.readInt64();
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

function writeRenewDelegationTokenRequest(w: Writer, version: number, v: RenewDelegationTokenRequest): void {
  (version >= 2 ? w.appendCompactBytes(v.hmac) : w.appendSizedBytes(v.hmac));
  w.appendInt64(v.renewPeriodMs);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeRenewDelegationTokenRequest(r: Reader, version: number): RenewDelegationTokenRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('RenewDelegationTokenRequest', version, 0, 2);
  return readRenewDelegationTokenRequest(r, version);
}

export function encodeRenewDelegationTokenRequest(w: Writer, version: number, value: RenewDelegationTokenRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('RenewDelegationTokenRequest', version, 0, 2);
  try {
    writeRenewDelegationTokenRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('RenewDelegationTokenRequest', version, error);
  }
}

export interface RenewDelegationTokenResponse {
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2 */
  expiryTimestampMs: bigint;
  /** versions 0-2 */
  throttleTimeMs: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readRenewDelegationTokenResponse(r: Reader, version: number): RenewDelegationTokenResponse {
  const out = {} as RenewDelegationTokenResponse;
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

function writeRenewDelegationTokenResponse(w: Writer, version: number, v: RenewDelegationTokenResponse): void {
  w.appendInt16(v.errorCode);
  w.appendInt64(v.expiryTimestampMs);
  w.appendInt32(v.throttleTimeMs);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeRenewDelegationTokenResponse(r: Reader, version: number): RenewDelegationTokenResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('RenewDelegationTokenResponse', version, 0, 2);
  return readRenewDelegationTokenResponse(r, version);
}

export function encodeRenewDelegationTokenResponse(w: Writer, version: number, value: RenewDelegationTokenResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('RenewDelegationTokenResponse', version, 0, 2);
  try {
    writeRenewDelegationTokenResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('RenewDelegationTokenResponse', version, error);
  }
}
