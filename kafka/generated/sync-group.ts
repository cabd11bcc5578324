// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from SyncGroupRequest.json, SyncGroupResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface SyncGroupRequest {
  /** versions 0-5 */
  groupId: string;
  /** versions 0-5 */
  generationId: number;
  /** versions 0-5 */
  memberId: string;
  /** versions 3-5, nullable 3-5 */
  groupInstanceId?: string | null;
  /** versions 5, nullable 5 */
  protocolType?: string | null;
  /** versions 5, nullable 5 */
  protocolName?: string | null;
  /** versions 0-5 */
  assignments: SyncGroupRequestSyncGroupRequestAssignment[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface SyncGroupRequestSyncGroupRequestAssignment {
  /** versions 0-5 */
  memberId: string;
  /** versions 0-5 */
  assignment: Buffer;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readSyncGroupRequest(r: Reader, version: number): SyncGroupRequest {
  const out = {} as SyncGroupRequest;
  out.groupId = (version >= 4 ? r.readCompactString() : r.readString());
  out.generationId = r.readInt32();
  out.memberId = (version >= 4 ? r.readCompactString() : r.readString());
  if (version >= 3) {
    out.groupInstanceId = (version >= 4 ? r.readCompactNullableString() : r.readNullableString());
  }
  if (version >= 5) {
    out.protocolType = r.readCompactNullableString();
  }
  if (version >= 5) {
    out.protocolName = r.readCompactNullableString();
  }
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<SyncGroupRequestSyncGroupRequestAssignment>(n);
    for (let i = 0; i < n; i++) a[i] = readSyncGroupRequestSyncGroupRequestAssignment(r, version);
    out.assignments = a;
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

function writeSyncGroupRequest(w: Writer, version: number, v: SyncGroupRequest): void {
  (version >= 4 ? w.appendCompactString(v.groupId) : w.appendString(v.groupId));
  w.appendInt32(v.generationId);
  (version >= 4 ? w.appendCompactString(v.memberId) : w.appendString(v.memberId));
  if (version >= 3) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (version >= 4 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  if (version >= 5) {
    {
      const x = v.protocolType === undefined ? null : v.protocolType;
      w.appendCompactNullableString(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.protocolName === undefined ? null : v.protocolName;
      w.appendCompactNullableString(x);
    }
  }
  (version >= 4 ? w.appendCompactArrayLength(v.assignments.length) : w.appendArrayLength(v.assignments.length));
  for (let i = 0; i < v.assignments.length; i++) writeSyncGroupRequestSyncGroupRequestAssignment(w, version, v.assignments[i]);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readSyncGroupRequestSyncGroupRequestAssignment(r: Reader, version: number): SyncGroupRequestSyncGroupRequestAssignment {
  const out = {} as SyncGroupRequestSyncGroupRequestAssignment;
  out.memberId = (version >= 4 ? r.readCompactString() : r.readString());
  out.assignment = (version >= 4 ? r.readCompactBytes() : r.readSizedBytes());
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

function writeSyncGroupRequestSyncGroupRequestAssignment(w: Writer, version: number, v: SyncGroupRequestSyncGroupRequestAssignment): void {
  (version >= 4 ? w.appendCompactString(v.memberId) : w.appendString(v.memberId));
  (version >= 4 ? w.appendCompactBytes(v.assignment) : w.appendSizedBytes(v.assignment));
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeSyncGroupRequest(r: Reader, version: number): SyncGroupRequest {
  if (version < 0 || version > 5) throw unsupportedVersion('SyncGroupRequest', version, 0, 5);
  return readSyncGroupRequest(r, version);
}

export function encodeSyncGroupRequest(w: Writer, version: number, value: SyncGroupRequest): void {
  if (version < 0 || version > 5) throw unsupportedVersion('SyncGroupRequest', version, 0, 5);
  try {
    writeSyncGroupRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('SyncGroupRequest', version, error);
  }
}

export interface SyncGroupResponse {
  /** versions 1-5 */
  throttleTimeMs?: number;
  /** versions 0-5 */
  errorCode: number;
  /** versions 5, nullable 5 */
  protocolType?: string | null;
  /** versions 5, nullable 5 */
  protocolName?: string | null;
  /** versions 0-5 */
  assignment: Buffer;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readSyncGroupResponse(r: Reader, version: number): SyncGroupResponse {
  const out = {} as SyncGroupResponse;
  if (version >= 1) {
    out.throttleTimeMs = r.readInt32();
  }
  out.errorCode = r.readInt16();
  if (version >= 5) {
    out.protocolType = r.readCompactNullableString();
  }
  if (version >= 5) {
    out.protocolName = r.readCompactNullableString();
  }
  out.assignment = (version >= 4 ? r.readCompactBytes() : r.readSizedBytes());
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

function writeSyncGroupResponse(w: Writer, version: number, v: SyncGroupResponse): void {
  if (version >= 1) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  w.appendInt16(v.errorCode);
  if (version >= 5) {
    {
      const x = v.protocolType === undefined ? null : v.protocolType;
      w.appendCompactNullableString(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.protocolName === undefined ? null : v.protocolName;
      w.appendCompactNullableString(x);
    }
  }
  (version >= 4 ? w.appendCompactBytes(v.assignment) : w.appendSizedBytes(v.assignment));
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeSyncGroupResponse(r: Reader, version: number): SyncGroupResponse {
  if (version < 0 || version > 5) throw unsupportedVersion('SyncGroupResponse', version, 0, 5);
  return readSyncGroupResponse(r, version);
}

export function encodeSyncGroupResponse(w: Writer, version: number, value: SyncGroupResponse): void {
  if (version < 0 || version > 5) throw unsupportedVersion('SyncGroupResponse', version, 0, 5);
  try {
    writeSyncGroupResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('SyncGroupResponse', version, error);
  }
}
