// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from LeaveGroupRequest.json, LeaveGroupResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface LeaveGroupRequest {
  /** versions 0-5 */
  groupId: string;
  /** versions 0-2 */
  memberId?: string;
  /** versions 3-5 */
  members?: LeaveGroupRequestMemberIdentity[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaveGroupRequestMemberIdentity {
  /** versions 3-5 */
  memberId: string;
  /** versions 3-5, nullable 3-5 */
  groupInstanceId: string | null;
  /** versions 5, nullable 5 */
  reason?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readLeaveGroupRequest(r: Reader, version: number): LeaveGroupRequest {
  const out = {} as LeaveGroupRequest;
  out.groupId = (version >= 4 ? r.readCompactString() : r.readString());
  if (version <= 2) {
    out.memberId = r.readString();
  }
  if (version >= 3) {
    {
      const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<LeaveGroupRequestMemberIdentity>(n);
      for (let i = 0; i < n; i++) a[i] = readLeaveGroupRequestMemberIdentity(r, version);
      out.members = a;
    }
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

function writeLeaveGroupRequest(w: Writer, version: number, v: LeaveGroupRequest): void {
  (version >= 4 ? w.appendCompactString(v.groupId) : w.appendString(v.groupId));
  if (version <= 2) {
    {
      const x = v.memberId === undefined ? "" : v.memberId;
      w.appendString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.members === undefined ? [] : v.members;
      (version >= 4 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeLeaveGroupRequestMemberIdentity(w, version, x[i]);
    }
  }
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readLeaveGroupRequestMemberIdentity(r: Reader, version: number): LeaveGroupRequestMemberIdentity {
  const out = {} as LeaveGroupRequestMemberIdentity;
  out.memberId = (version >= 4 ? r.readCompactString() : r.readString());
  out.groupInstanceId = (version >= 4 ? r.readCompactNullableString() : r.readNullableString());
  if (version >= 5) {
    out.reason = r.readCompactNullableString();
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

function writeLeaveGroupRequestMemberIdentity(w: Writer, version: number, v: LeaveGroupRequestMemberIdentity): void {
  (version >= 4 ? w.appendCompactString(v.memberId) : w.appendString(v.memberId));
  (version >= 4 ? w.appendCompactNullableString(v.groupInstanceId) : w.appendNullableString(v.groupInstanceId));
  if (version >= 5) {
    {
      const x = v.reason === undefined ? null : v.reason;
      w.appendCompactNullableString(x);
    }
  }
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeLeaveGroupRequest(r: Reader, version: number): LeaveGroupRequest {
  if (version < 0 || version > 5) throw unsupportedVersion('LeaveGroupRequest', version, 0, 5);
  return readLeaveGroupRequest(r, version);
}

export function encodeLeaveGroupRequest(w: Writer, version: number, value: LeaveGroupRequest): void {
  if (version < 0 || version > 5) throw unsupportedVersion('LeaveGroupRequest', version, 0, 5);
  try {
    writeLeaveGroupRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('LeaveGroupRequest', version, error);
  }
}

export interface LeaveGroupResponse {
  /** versions 1-5 */
  throttleTimeMs?: number;
  /** versions 0-5 */
  errorCode: number;
  /** versions 3-5 */
  members?: LeaveGroupResponseMemberResponse[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaveGroupResponseMemberResponse {
  /** versions 3-5 */
  memberId: string;
  /** versions 3-5, nullable 3-5 */
  groupInstanceId: string | null;
  /** versions 3-5 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readLeaveGroupResponse(r: Reader, version: number): LeaveGroupResponse {
  const out = {} as LeaveGroupResponse;
  if (version >= 1) {
    out.throttleTimeMs = r.readInt32();
  }
  out.errorCode = r.readInt16();
  if (version >= 3) {
    {
      const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<LeaveGroupResponseMemberResponse>(n);
      for (let i = 0; i < n; i++) a[i] = readLeaveGroupResponseMemberResponse(r, version);
      out.members = a;
    }
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

function writeLeaveGroupResponse(w: Writer, version: number, v: LeaveGroupResponse): void {
  if (version >= 1) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  w.appendInt16(v.errorCode);
  if (version >= 3) {
    {
      const x = v.members === undefined ? [] : v.members;
      (version >= 4 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeLeaveGroupResponseMemberResponse(w, version, x[i]);
    }
  }
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readLeaveGroupResponseMemberResponse(r: Reader, version: number): LeaveGroupResponseMemberResponse {
  const out = {} as LeaveGroupResponseMemberResponse;
  out.memberId = (version >= 4 ? r.readCompactString() : r.readString());
  out.groupInstanceId = (version >= 4 ? r.readCompactNullableString() : r.readNullableString());
  out.errorCode = r.readInt16();
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

function writeLeaveGroupResponseMemberResponse(w: Writer, version: number, v: LeaveGroupResponseMemberResponse): void {
  (version >= 4 ? w.appendCompactString(v.memberId) : w.appendString(v.memberId));
  (version >= 4 ? w.appendCompactNullableString(v.groupInstanceId) : w.appendNullableString(v.groupInstanceId));
  w.appendInt16(v.errorCode);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeLeaveGroupResponse(r: Reader, version: number): LeaveGroupResponse {
  if (version < 0 || version > 5) throw unsupportedVersion('LeaveGroupResponse', version, 0, 5);
  return readLeaveGroupResponse(r, version);
}

export function encodeLeaveGroupResponse(w: Writer, version: number, value: LeaveGroupResponse): void {
  if (version < 0 || version > 5) throw unsupportedVersion('LeaveGroupResponse', version, 0, 5);
  try {
    writeLeaveGroupResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('LeaveGroupResponse', version, error);
  }
}
