// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeDelegationTokenRequest {
  /** versions 0-3, nullable 0-3 */
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /** versions 0-3 */
  principalType: string;
  /** versions 0-3 */
  principalName: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeDelegationTokenRequest(r: Reader, version: number): DescribeDelegationTokenRequest {
  const out = {} as DescribeDelegationTokenRequest;
  {
    const n = (version >= 2 ? r.readCompactNullableArrayLength() : r.readNullableArrayLength());
    if (n === -1) {
      out.owners = null;
    } else {
      const a = new Array<DescribeDelegationTokenRequestDescribeDelegationTokenOwner>(n);
      for (let i = 0; i < n; i++) a[i] = readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r, version);
      out.owners = a;
    }
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

function writeDescribeDelegationTokenRequest(w: Writer, version: number, v: DescribeDelegationTokenRequest): void {
  if (v.owners === null) {
    (version >= 2 ? w.appendUnsignedVarInt(0) : w.appendInt32(-1));
  } else {
    (version >= 2 ? w.appendCompactArrayLength(v.owners!.length) : w.appendArrayLength(v.owners!.length));
    for (let i = 0; i < v.owners!.length; i++) writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w, version, v.owners![i]);
  }
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r: Reader, version: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const out = {} as DescribeDelegationTokenRequestDescribeDelegationTokenOwner;
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

function writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w: Writer, version: number, v: DescribeDelegationTokenRequestDescribeDelegationTokenOwner): void {
  (version >= 2 ? w.appendCompactString(v.principalType) : w.appendString(v.principalType));
  (version >= 2 ? w.appendCompactString(v.principalName) : w.appendString(v.principalName));
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeDelegationTokenRequest(r: Reader, version: number): DescribeDelegationTokenRequest {
  if (version < 0 || version > 3) throw unsupportedVersion('DescribeDelegationTokenRequest', version, 0, 3);
  return readDescribeDelegationTokenRequest(r, version);
}

export function encodeDescribeDelegationTokenRequest(w: Writer, version: number, value: DescribeDelegationTokenRequest): void {
  if (version < 0 || version > 3) throw unsupportedVersion('DescribeDelegationTokenRequest', version, 0, 3);
  try {
    writeDescribeDelegationTokenRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeDelegationTokenRequest', version, error);
  }
}

export interface DescribeDelegationTokenResponse {
  /** versions 0-3 */
  errorCode: number;
  /** versions 0-3 */
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  /** versions 0-3 */
  throttleTimeMs: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /** versions 0-3 */
  principalType: string;
  /** versions 0-3 */
  principalName: string;
  /** versions 3 */
  tokenRequesterPrincipalType?: string;
  /** versions 3 */
  tokenRequesterPrincipalName?: string;
  /** versions 0-3 */
  issueTimestamp: bigint;
  /** versions 0-3 */
  expiryTimestamp: bigint;
  /** versions 0-3 */
  maxTimestamp: bigint;
  /** versions 0-3 */
  tokenId: string;
  /** versions 0-3 */
  hmac: Buffer;
  /** versions 0-3 */
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /** versions 0-3 */
  principalType: string;
  /** versions 0-3 */
  principalName: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeDelegationTokenResponse(r: Reader, version: number): DescribeDelegationTokenResponse {
  const out = {} as DescribeDelegationTokenResponse;
  out.errorCode = r.readInt16();
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeDelegationTokenResponseDescribedDelegationToken>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeDelegationTokenResponseDescribedDelegationToken(r, version);
    out.tokens = a;
  }
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

function writeDescribeDelegationTokenResponse(w: Writer, version: number, v: DescribeDelegationTokenResponse): void {
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactArrayLength(v.tokens.length) : w.appendArrayLength(v.tokens.length));
  for (let i = 0; i < v.tokens.length; i++) writeDescribeDelegationTokenResponseDescribedDelegationToken(w, version, v.tokens[i]);
  w.appendInt32(v.throttleTimeMs);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeDelegationTokenResponseDescribedDelegationToken(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  const out = {} as DescribeDelegationTokenResponseDescribedDelegationToken;
  out.principalType = (version >= 2 ? r.readCompactString() : r.readString());
  out.principalName = (version >= 2 ? r.readCompactString() : r.readString());
  if (version >= 3) {
    out.tokenRequesterPrincipalType = r.readCompactString();
  }
  if (version >= 3) {
    out.tokenRequesterPrincipalName = r.readCompactString();
  }
  out.issueTimestamp = r.readInt64();
  out.expiryTimestamp = r.readInt64();
  out.maxTimestamp = r.readInt64();
  out.tokenId = (version >= 2 ? r.readCompactString() : r.readString());
  out.hmac = (version >= 2 ? r.readCompactBytes() : r.readSizedBytes());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeDelegationTokenResponseDescribedDelegationTokenRenewer>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r, version);
    out.renewers = a;
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

function writeDescribeDelegationTokenResponseDescribedDelegationToken(w: Writer, version: number, v: DescribeDelegationTokenResponseDescribedDelegationToken): void {
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
  w.appendInt64(v.issueTimestamp);
  w.appendInt64(v.expiryTimestamp);
  w.appendInt64(v.maxTimestamp);
  (version >= 2 ? w.appendCompactString(v.tokenId) : w.appendString(v.tokenId));
  (version >= 2 ? w.appendCompactBytes(v.hmac) : w.appendSizedBytes(v.hmac));
  (version >= 2 ? w.appendCompactArrayLength(v.renewers.length) : w.appendArrayLength(v.renewers.length));
  for (let i = 0; i < v.renewers.length; i++) writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w, version, v.renewers[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  const out = {} as DescribeDelegationTokenResponseDescribedDelegationTokenRenewer;
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

function writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w: Writer, version: number, v: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer): void {
  (version >= 2 ? w.appendCompactString(v.principalType) : w.appendString(v.principalType));
  (version >= 2 ? w.appendCompactString(v.principalName) : w.appendString(v.principalName));
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeDelegationTokenResponse(r: Reader, version: number): DescribeDelegationTokenResponse {
  if (version < 0 || version > 3) throw unsupportedVersion('DescribeDelegationTokenResponse', version, 0, 3);
  return readDescribeDelegationTokenResponse(r, version);
}

export function encodeDescribeDelegationTokenResponse(w: Writer, version: number, value: DescribeDelegationTokenResponse): void {
  if (version < 0 || version > 3) throw unsupportedVersion('DescribeDelegationTokenResponse', version, 0, 3);
  try {
    writeDescribeDelegationTokenResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeDelegationTokenResponse', version, error);
  }
}
