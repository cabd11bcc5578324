// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from FindCoordinatorRequest.json, FindCoordinatorResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface FindCoordinatorRequest {
  /** versions 0-3 */
  key?: string;
  /** versions 1-6 */
  keyType?: number;
  /** versions 4-6 */
  coordinatorKeys?: string[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readFindCoordinatorRequest(r: Reader, version: number): FindCoordinatorRequest {
  const out = {} as FindCoordinatorRequest;
  if (version <= 3) {
    out.key = (version >= 3 ? r.readCompactString() : r.readString());
  }
  if (version >= 1) {
    out.keyType = r.readInt8();
  }
  if (version >= 4) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.readCompactString();
      out.coordinatorKeys = a;
    }
  }
  if (version >= 3) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeFindCoordinatorRequest(w: Writer, version: number, v: FindCoordinatorRequest): void {
  if (version <= 3) {
    {
      const x = v.key === undefined ? "" : v.key;
      (version >= 3 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version >= 1) {
    {
      const x = v.keyType === undefined ? 0 : v.keyType;
      w.appendInt8(x);
    }
  }
  if (version >= 4) {
    {
      const x = v.coordinatorKeys === undefined ? [] : v.coordinatorKeys;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) w.appendCompactString(x[i]);
    }
  }
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeFindCoordinatorRequest(r: Reader, version: number): FindCoordinatorRequest {
  if (version < 0 || version > 6) throw unsupportedVersion('FindCoordinatorRequest', version, 0, 6);
  return readFindCoordinatorRequest(r, version);
}

export function encodeFindCoordinatorRequest(w: Writer, version: number, value: FindCoordinatorRequest): void {
  if (version < 0 || version > 6) throw unsupportedVersion('FindCoordinatorRequest', version, 0, 6);
  try {
    writeFindCoordinatorRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('FindCoordinatorRequest', version, error);
  }
}

export interface FindCoordinatorResponse {
  /** versions 1-6 */
  throttleTimeMs?: number;
  /** versions 0-3 */
  errorCode?: number;
  /** versions 1-3, nullable 1-3 */
  errorMessage?: string | null;
  /** versions 0-3 */
  nodeId?: number;
  /** versions 0-3 */
  host?: string;
  /** versions 0-3 */
  port?: number;
  /** versions 4-6 */
  coordinators?: FindCoordinatorResponseCoordinator[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FindCoordinatorResponseCoordinator {
  /** versions 4-6 */
  key: string;
  /** versions 4-6 */
  nodeId: number;
  /** versions 4-6 */
  host: string;
  /** versions 4-6 */
  port: number;
  /** versions 4-6 */
  errorCode: number;
  /** versions 4-6, nullable 4-6 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readFindCoordinatorResponse(r: Reader, version: number): FindCoordinatorResponse {
  const out = {} as FindCoordinatorResponse;
  if (version >= 1) {
    out.throttleTimeMs = r.readInt32();
  }
  if (version <= 3) {
    out.errorCode = r.readInt16();
  }
  if (version >= 1 && version <= 3) {
    out.errorMessage = (version >= 3 ? r.readCompactNullableString() : r.readNullableString());
  }
  if (version <= 3) {
    out.nodeId = r.readInt32();
  }
  if (version <= 3) {
    out.host = (version >= 3 ? r.readCompactString() : r.readString());
  }
  if (version <= 3) {
    out.port = r.readInt32();
  }
  if (version >= 4) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<FindCoordinatorResponseCoordinator>(n);
      for (let i = 0; i < n; i++) a[i] = readFindCoordinatorResponseCoordinator(r, version);
      out.coordinators = a;
    }
  }
  if (version >= 3) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeFindCoordinatorResponse(w: Writer, version: number, v: FindCoordinatorResponse): void {
  if (version >= 1) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  if (version <= 3) {
    {
      const x = v.errorCode === undefined ? 0 : v.errorCode;
      w.appendInt16(x);
    }
  }
  if (version >= 1 && version <= 3) {
    {
      const x = v.errorMessage === undefined ? "" : v.errorMessage;
      (version >= 3 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  if (version <= 3) {
    {
      const x = v.nodeId === undefined ? 0 : v.nodeId;
      w.appendInt32(x);
    }
  }
  if (version <= 3) {
    {
      const x = v.host === undefined ? "" : v.host;
      (version >= 3 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version <= 3) {
    {
      const x = v.port === undefined ? 0 : v.port;
      w.appendInt32(x);
    }
  }
  if (version >= 4) {
    {
      const x = v.coordinators === undefined ? [] : v.coordinators;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeFindCoordinatorResponseCoordinator(w, version, x[i]);
    }
  }
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readFindCoordinatorResponseCoordinator(r: Reader, version: number): FindCoordinatorResponseCoordinator {
  const out = {} as FindCoordinatorResponseCoordinator;
  out.key = r.readCompactString();
  out.nodeId = r.readInt32();
  out.host = r.readCompactString();
  out.port = r.readInt32();
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

function writeFindCoordinatorResponseCoordinator(w: Writer, version: number, v: FindCoordinatorResponseCoordinator): void {
  w.appendCompactString(v.key);
  w.appendInt32(v.nodeId);
  w.appendCompactString(v.host);
  w.appendInt32(v.port);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeFindCoordinatorResponse(r: Reader, version: number): FindCoordinatorResponse {
  if (version < 0 || version > 6) throw unsupportedVersion('FindCoordinatorResponse', version, 0, 6);
  return readFindCoordinatorResponse(r, version);
}

export function encodeFindCoordinatorResponse(w: Writer, version: number, value: FindCoordinatorResponse): void {
  if (version < 0 || version > 6) throw unsupportedVersion('FindCoordinatorResponse', version, 0, 6);
  try {
    writeFindCoordinatorResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('FindCoordinatorResponse', version, error);
  }
}
