// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface CreateDelegationTokenRequest {
  /** versions 3, nullable 3 */
  ownerPrincipalType?: string | null;
  /** versions 3, nullable 3 */
  ownerPrincipalName?: string | null;
  /** versions 0-3 */
  renewers: CreateDelegationTokenRequestCreatableRenewers[];
  /** versions 0-3 */
  maxLifetimeMs: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateDelegationTokenRequestCreatableRenewers {
  /** versions 0-3 */
  principalType: string;
  /** versions 0-3 */
  principalName: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readCreateDelegationTokenRequest(r: Reader, version: number): CreateDelegationTokenRequest {
  const out = {} as CreateDelegationTokenRequest;
  if (version >= 3) {
    out.ownerPrincipalType = r.readCompactNullableString();
  }
  if (version >= 3) {
    out.ownerPrincipalName = r.readCompactNullableString();
  }
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<CreateDelegationTokenRequestCreatableRenewers>(n);
    for (let i = 0; i < n; i++) a[i] = readCreateDelegationTokenRequestCreatableRenewers(r, version);
    out.renewers = a;
  }
  out.maxLifetimeMs = r.readInt64();
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

function writeCreateDelegationTokenRequest(w: Writer, version: number, v: CreateDelegationTokenRequest): void {
  if (version >= 3) {
    {
      const x = v.ownerPrincipalType === undefined ? "" : v.ownerPrincipalType;
      w.appendCompactNullableString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.ownerPrincipalName === undefined ? "" : v.ownerPrincipalName;
      w.appendCompactNullableString(x);
    }
  }
  (version >= 2 ? w.appendCompactArrayLength(v.renewers.length) : w.appendArrayLength(v.renewers.length));
  for (let i = 0; i < v.renewers.length; i++) writeCreateDelegationTokenRequestCreatableRenewers(w, version, v.renewers[i]);
  w.appendInt64(v.maxLifetimeMs);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readCreateDelegationTokenRequestCreatableRenewers(r: Reader, version: number): CreateDelegationTokenRequestCreatableRenewers {
  const out = {} as CreateDelegationTokenRequestCreatableRenewers;
  out.principalType = (version >= 2 ? r.readCompactString() : r.readString());
  out.principalName = (version >= 2 ? r.readCompactString() : r.readString());
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

function writeCreateDelegationTokenRequestCreatableRenewers(w: Writer, version: number, v: CreateDelegationTokenRequestCreatableRenewers): void {
  (version >= 2 ? w.appendCompactString(v.principalType) : w.appendString(v.principalType));
  (version >= 2 ? w.appendCompactString(v.principalName) : w.appendString(v.principalName));
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreateDelegationTokenRequest(r: Reader, version: number): CreateDelegationTokenRequest {
  if (version < 0 || version > 3) throw unsupportedVersion('CreateDelegationTokenRequest', version, 0, 3);
  return readCreateDelegationTokenRequest(r, version);
}

export function encodeCreateDelegationTokenRequest(w: Writer, version: number, value: CreateDelegationTokenRequest): void {
  if (version < 0 || version > 3) throw unsupportedVersion('CreateDelegationTokenRequest', version, 0, 3);
  try {
    writeCreateDelegationTokenRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('CreateDelegationTokenRequest', version, error);
  }
}

export interface CreateDelegationTokenResponse {
  /** versions 0-3 */
  errorCode: number;
  /** versions 0-3 */
  principalType: string;
  /** versions 0-3 */
  principalName: string;
  /** versions 3 */
  tokenRequesterPrincipalType?: string;
  /** versions 3 */
  tokenRequesterPrincipalName?: string;
  /** versions 0-3 */
  issueTimestampMs: bigint;
  /** versions 0-3 */
  expiryTimestampMs: bigint;
  /** versions 0-3 */
  maxTimestampMs: bigint;
  /** versions 0-3 */
  tokenId: string;
  /** versions 0-3 */
  hmac: Buffer;
  /** versions 0-3 */
  throttleTimeMs: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readCreateDelegationTokenResponse(r: Reader, version: number): CreateDelegationTokenResponse {
  const out = {} as CreateDelegationTokenResponse;
  out.errorCode = r.readInt16();
  out.principalType = (version >= 2 ? r.readCompactString() : r.readString());
  out.principalName = (version >= 2 ? r.readCompactString() : r.readString());
  if (version >= 3) {
    out.tokenRequesterPrincipalType = r.readCompactString();
  }
  if (version >= 3) {
    out.tokenRequesterPrincipalName = r.readCompactString();
  }
  out.issueTimestampMs = r.readInt64();
  out.expiryTimestampMs = r.readInt64();
  out.maxTimestampMs = r.readInt64();
  out.tokenId = (version >= 2 ? r.readCompactString() : r.readString());
  out.hmac = (version >= 2 ? r.readCompactBytes() : r.readSizedBytes());
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

function writeCreateDelegationTokenResponse(w: Writer, version: number, v: CreateDelegationTokenResponse): void {
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactString(v.principalType) : w.appendString(v.principalType));
  (version >= 2 ? w.appendCompactString(v.principalName) : w.appendString(v.principalName));
  if (version >= 3) {
    {
      const x = v.tokenRequesterPrincipalType === undefined ? "" : v.tokenRequesterPrincipalType;
      w.appendCompactString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.tokenRequesterPrincipalName === undefined ? "" : v.tokenRequesterPrincipalName;
      w.appendCompactString(x);
    }
  }
  w.appendInt64(v.issueTimestampMs);
  w.appendInt64(v.expiryTimestampMs);
  w.appendInt64(v.maxTimestampMs);
  (version >= 2 ? w.appendCompactString(v.tokenId) : w.appendString(v.tokenId));
  (version >= 2 ? w.appendCompactBytes(v.hmac) : w.appendSizedBytes(v.hmac));
  w.appendInt32(v.throttleTimeMs);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreateDelegationTokenResponse(r: Reader, version: number): CreateDelegationTokenResponse {
  if (version < 0 || version > 3) throw unsupportedVersion('CreateDelegationTokenResponse', version, 0, 3);
  return readCreateDelegationTokenResponse(r, version);
}

export function encodeCreateDelegationTokenResponse(w: Writer, version: number, value: CreateDelegationTokenResponse): void {
  if (version < 0 || version > 3) throw unsupportedVersion('CreateDelegationTokenResponse', version, 0, 3);
  try {
    writeCreateDelegationTokenResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('CreateDelegationTokenResponse', version, error);
  }
}
