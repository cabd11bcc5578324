// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AlterUserScramCredentialsRequest.json, AlterUserScramCredentialsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AlterUserScramCredentialsRequest {
  /** versions 0 */
  deletions: AlterUserScramCredentialsRequestScramCredentialDeletion[];
  /** versions 0 */
  upsertions: AlterUserScramCredentialsRequestScramCredentialUpsertion[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterUserScramCredentialsRequestScramCredentialDeletion {
  /** versions 0 */
  name: string;
  /** versions 0 */
  mechanism: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterUserScramCredentialsRequestScramCredentialUpsertion {
  /** versions 0 */
  name: string;
  /** versions 0 */
  mechanism: number;
  /** versions 0 */
  iterations: number;
  /** versions 0 */
  salt: Buffer;
  /** versions 0 */
  saltedPassword: Buffer;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterUserScramCredentialsRequest(r: Reader, version: number): AlterUserScramCredentialsRequest {
  const out = {} as AlterUserScramCredentialsRequest;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterUserScramCredentialsRequestScramCredentialDeletion>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterUserScramCredentialsRequestScramCredentialDeletion(r, version);
    out.deletions = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterUserScramCredentialsRequestScramCredentialUpsertion>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterUserScramCredentialsRequestScramCredentialUpsertion(r, version);
    out.upsertions = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterUserScramCredentialsRequest(w: Writer, version: number, v: AlterUserScramCredentialsRequest): void {
  w.appendCompactArrayLength(v.deletions.length);
  for (let i = 0; i < v.deletions.length; i++) writeAlterUserScramCredentialsRequestScramCredentialDeletion(w, version, v.deletions[i]);
  w.appendCompactArrayLength(v.upsertions.length);
  for (let i = 0; i < v.upsertions.length; i++) writeAlterUserScramCredentialsRequestScramCredentialUpsertion(w, version, v.upsertions[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterUserScramCredentialsRequestScramCredentialDeletion(r: Reader, version: number): AlterUserScramCredentialsRequestScramCredentialDeletion {
  const out = {} as AlterUserScramCredentialsRequestScramCredentialDeletion;
  out.name = r.readCompactString();
  out.mechanism = r.readInt8();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterUserScramCredentialsRequestScramCredentialDeletion(w: Writer, version: number, v: AlterUserScramCredentialsRequestScramCredentialDeletion): void {
  w.appendCompactString(v.name);
  w.appendInt8(v.mechanism);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterUserScramCredentialsRequestScramCredentialUpsertion(r: Reader, version: number): AlterUserScramCredentialsRequestScramCredentialUpsertion {
  const out = {} as AlterUserScramCredentialsRequestScramCredentialUpsertion;
  out.name = r.readCompactString();
  out.mechanism = r.readInt8();
  out.iterations = r.readInt32();
  out.salt = r.readCompactBytes();
  out.saltedPassword = r.readCompactBytes();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAlterUserScramCredentialsRequestScramCredentialUpsertion(w: Writer, version: number, v: AlterUserScramCredentialsRequestScramCredentialUpsertion): void {
  w.appendCompactString(v.name);
  w.appendInt8(v.mechanism);
  w.appendInt32(v.iterations);
  w.appendCompactBytes(v.salt);
  w.appendCompactBytes(v.saltedPassword);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterUserScramCredentialsRequest(r: Reader, version: number): AlterUserScramCredentialsRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('AlterUserScramCredentialsRequest', version, 0, 0);
  return readAlterUserScramCredentialsRequest(r, version);
}

export function encodeAlterUserScramCredentialsRequest(w: Writer, version: number, value: AlterUserScramCredentialsRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('AlterUserScramCredentialsRequest', version, 0, 0);
  try {
    writeAlterUserScramCredentialsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterUserScramCredentialsRequest', version, error);
  }
}

export interface AlterUserScramCredentialsResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  /** versions 0 */
  user: string;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterUserScramCredentialsResponse(r: Reader, version: number): AlterUserScramCredentialsResponse {
  const out = {} as AlterUserScramCredentialsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AlterUserScramCredentialsResponseAlterUserScramCredentialsResult>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r, version);
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

function writeAlterUserScramCredentialsResponse(w: Writer, version: number, v: AlterUserScramCredentialsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendCompactArrayLength(v.results.length);
  for (let i = 0; i < v.results.length; i++) writeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w, version, v.results[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r: Reader, version: number): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  const out = {} as AlterUserScramCredentialsResponseAlterUserScramCredentialsResult;
  out.user = r.readCompactString();
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

function writeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w: Writer, version: number, v: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult): void {
  w.appendCompactString(v.user);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAlterUserScramCredentialsResponse(r: Reader, version: number): AlterUserScramCredentialsResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('AlterUserScramCredentialsResponse', version, 0, 0);
  return readAlterUserScramCredentialsResponse(r, version);
}

export function encodeAlterUserScramCredentialsResponse(w: Writer, version: number, value: AlterUserScramCredentialsResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('AlterUserScramCredentialsResponse', version, 0, 0);
  try {
    writeAlterUserScramCredentialsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterUserScramCredentialsResponse', version, error);
  }
}
