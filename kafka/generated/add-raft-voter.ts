// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AddRaftVoterRequest.json, AddRaftVoterResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AddRaftVoterRequest {
  /** versions 0-1, nullable 0-1 */
  clusterId: string | null;
  /** versions 0-1 */
  timeoutMs: number;
  /** versions 0-1 */
  voterId: number;
  /** versions 0-1 */
  voterDirectoryId: Uuid;
  /** versions 0-1 */
  listeners: AddRaftVoterRequestListener[];
  /** versions 1 */
  ackWhenCommitted?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddRaftVoterRequestListener {
  /** versions 0-1 */
  name: string;
  /** versions 0-1 */
  host: string;
  /** versions 0-1 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAddRaftVoterRequest(r: Reader, version: number): AddRaftVoterRequest {
  const out = {} as AddRaftVoterRequest;
  out.clusterId = r.readCompactNullableString();
  out.timeoutMs = r.readInt32();
  out.voterId = r.readInt32();
  out.voterDirectoryId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AddRaftVoterRequestListener>(n);
    for (let i = 0; i < n; i++) a[i] = readAddRaftVoterRequestListener(r, version);
    out.listeners = a;
  }
  if (version >= 1) {
    out.ackWhenCommitted = r.readBoolean();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAddRaftVoterRequest(w: Writer, version: number, v: AddRaftVoterRequest): void {
  w.appendCompactNullableString(v.clusterId);
  w.appendInt32(v.timeoutMs);
  w.appendInt32(v.voterId);
  w.appendUuid(v.voterDirectoryId);
  w.appendCompactArrayLength(v.listeners.length);
  for (let i = 0; i < v.listeners.length; i++) writeAddRaftVoterRequestListener(w, version, v.listeners[i]);
  if (version >= 1) {
    {
      const x = v.ackWhenCommitted === undefined ? true : v.ackWhenCommitted;
      w.appendBoolean(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAddRaftVoterRequestListener(r: Reader, version: number): AddRaftVoterRequestListener {
  const out = {} as AddRaftVoterRequestListener;
  out.name = r.readCompactString();
  out.host = r.readCompactString();
  out.port = r.readUInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAddRaftVoterRequestListener(w: Writer, version: number, v: AddRaftVoterRequestListener): void {
  w.appendCompactString(v.name);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAddRaftVoterRequest(r: Reader, version: number): AddRaftVoterRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('AddRaftVoterRequest', version, 0, 1);
  return readAddRaftVoterRequest(r, version);
}

export function encodeAddRaftVoterRequest(w: Writer, version: number, value: AddRaftVoterRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('AddRaftVoterRequest', version, 0, 1);
  try {
    writeAddRaftVoterRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AddRaftVoterRequest', version, error);
  }
}

export interface AddRaftVoterResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAddRaftVoterResponse(r: Reader, version: number): AddRaftVoterResponse {
  const out = {} as AddRaftVoterResponse;
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

function writeAddRaftVoterResponse(w: Writer, version: number, v: AddRaftVoterResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAddRaftVoterResponse(r: Reader, version: number): AddRaftVoterResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('AddRaftVoterResponse', version, 0, 1);
  return readAddRaftVoterResponse(r, version);
}

export function encodeAddRaftVoterResponse(w: Writer, version: number, value: AddRaftVoterResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('AddRaftVoterResponse', version, 0, 1);
  try {
    writeAddRaftVoterResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AddRaftVoterResponse', version, error);
  }
}
