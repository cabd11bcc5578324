// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeUserScramCredentialsRequest {
  /** versions 0, nullable 0 */
  users: DescribeUserScramCredentialsRequestUserName[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeUserScramCredentialsRequestUserName {
  /** versions 0 */
  name: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeUserScramCredentialsRequest(r: Reader, version: number): DescribeUserScramCredentialsRequest {
  const out = {} as DescribeUserScramCredentialsRequest;
  {
    const n = r.readCompactNullableArrayLength();
    if (n === -1) {
      out.users = null;
    } else {
      const a = new Array<DescribeUserScramCredentialsRequestUserName>(n);
      for (let i = 0; i < n; i++) a[i] = readDescribeUserScramCredentialsRequestUserName(r, version);
      out.users = a;
    }
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeUserScramCredentialsRequest(w: Writer, version: number, v: DescribeUserScramCredentialsRequest): void {
  if (v.users === null) {
    w.appendUnsignedVarInt(0);
  } else {
    w.appendCompactArrayLength(v.users!.length);
    for (let i = 0; i < v.users!.length; i++) writeDescribeUserScramCredentialsRequestUserName(w, version, v.users![i]);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeUserScramCredentialsRequestUserName(r: Reader, version: number): DescribeUserScramCredentialsRequestUserName {
  const out = {} as DescribeUserScramCredentialsRequestUserName;
  out.name = r.readCompactString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeUserScramCredentialsRequestUserName(w: Writer, version: number, v: DescribeUserScramCredentialsRequestUserName): void {
  w.appendCompactString(v.name);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeUserScramCredentialsRequest(r: Reader, version: number): DescribeUserScramCredentialsRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeUserScramCredentialsRequest', version, 0, 0);
  return readDescribeUserScramCredentialsRequest(r, version);
}

export function encodeDescribeUserScramCredentialsRequest(w: Writer, version: number, value: DescribeUserScramCredentialsRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeUserScramCredentialsRequest', version, 0, 0);
  try {
    writeDescribeUserScramCredentialsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeUserScramCredentialsRequest', version, error);
  }
}

export interface DescribeUserScramCredentialsResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** versions 0 */
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /** versions 0 */
  user: string;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** versions 0 */
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /** versions 0 */
  mechanism: number;
  /** versions 0 */
  iterations: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeUserScramCredentialsResponse(r: Reader, version: number): DescribeUserScramCredentialsResponse {
  const out = {} as DescribeUserScramCredentialsResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r, version);
    out.results = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeUserScramCredentialsResponse(w: Writer, version: number, v: DescribeUserScramCredentialsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactArrayLength(v.results.length);
  for (let i = 0; i < v.results.length; i++) writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w, version, v.results[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r: Reader, version: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  const out = {} as DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult;
  out.user = r.readCompactString();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeUserScramCredentialsResponseCredentialInfo>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeUserScramCredentialsResponseCredentialInfo(r, version);
    out.credentialInfos = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w: Writer, version: number, v: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult): void {
  w.appendCompactString(v.user);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  w.appendCompactArrayLength(v.credentialInfos.length);
  for (let i = 0; i < v.credentialInfos.length; i++) writeDescribeUserScramCredentialsResponseCredentialInfo(w, version, v.credentialInfos[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeUserScramCredentialsResponseCredentialInfo(r: Reader, version: number): DescribeUserScramCredentialsResponseCredentialInfo {
  const out = {} as DescribeUserScramCredentialsResponseCredentialInfo;
  out.mechanism = r.readInt8();
  out.iterations = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeUserScramCredentialsResponseCredentialInfo(w: Writer, version: number, v: DescribeUserScramCredentialsResponseCredentialInfo): void {
  w.appendInt8(v.mechanism);
  w.appendInt32(v.iterations);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeUserScramCredentialsResponse(r: Reader, version: number): DescribeUserScramCredentialsResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeUserScramCredentialsResponse', version, 0, 0);
  return readDescribeUserScramCredentialsResponse(r, version);
}

export function encodeDescribeUserScramCredentialsResponse(w: Writer, version: number, value: DescribeUserScramCredentialsResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DescribeUserScramCredentialsResponse', version, 0, 0);
  try {
    writeDescribeUserScramCredentialsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeUserScramCredentialsResponse', version, error);
  }
}
