// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from JoinGroupRequest.json, JoinGroupResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface JoinGroupRequest {
  /** versions 0-9 */
  groupId: string;
  /** versions 0-9 */
  sessionTimeoutMs: number;
  /** versions 1-9 */
  rebalanceTimeoutMs?: number;
  /** versions 0-9 */
  memberId: string;
  /** versions 5-9, nullable 5-9 */
  groupInstanceId?: string | null;
  /** versions 0-9 */
  protocolType: string;
  /** versions 0-9 */
  protocols: JoinGroupRequestJoinGroupRequestProtocol[];
  /** versions 8-9, nullable 8-9 */
  reason?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface JoinGroupRequestJoinGroupRequestProtocol {
  /** versions 0-9 */
  name: string;
  /** versions 0-9 */
  metadata: Buffer;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readJoinGroupRequest(r: Reader, version: number): JoinGroupRequest {
  const out = {} as JoinGroupRequest;
  out.groupId = (version >= 6 ? r.readCompactString() : r.readString());
  out.sessionTimeoutMs = r.readInt32();
  if (version >= 1) {
    out.rebalanceTimeoutMs = r.readInt32();
  }
  out.memberId = (version >= 6 ? r.readCompactString() : r.readString());
  if (version >= 5) {
    out.groupInstanceId = (version >= 6 ? r.readCompactNullableString() : r.readNullableString());
  }
  out.protocolType = (version >= 6 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<JoinGroupRequestJoinGroupRequestProtocol>(n);
    for (let i = 0; i < n; i++) a[i] = readJoinGroupRequestJoinGroupRequestProtocol(r, version);
    out.protocols = a;
  }
  if (version >= 8) {
    out.reason = r.readCompactNullableString();
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeJoinGroupRequest(w: Writer, version: number, v: JoinGroupRequest): void {
  (version >= 6 ? w.appendCompactString(v.groupId) : w.appendString(v.groupId));
  w.appendInt32(v.sessionTimeoutMs);
  if (version >= 1) {
    {
      const x = v.rebalanceTimeoutMs === undefined ? -1 : v.rebalanceTimeoutMs;
      w.appendInt32(x);
    }
  }
  (version >= 6 ? w.appendCompactString(v.memberId) : w.appendString(v.memberId));
  if (version >= 5) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (version >= 6 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  (version >= 6 ? w.appendCompactString(v.protocolType) : w.appendString(v.protocolType));
  (version >= 6 ? w.appendCompactArrayLength(v.protocols.length) : w.appendArrayLength(v.protocols.length));
  for (let i = 0; i < v.protocols.length; i++) writeJoinGroupRequestJoinGroupRequestProtocol(w, version, v.protocols[i]);
  if (version >= 8) {
    {
      const x = v.reason === undefined ? null : v.reason;
      w.appendCompactNullableString(x);
    }
  }
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readJoinGroupRequestJoinGroupRequestProtocol(r: Reader, version: number): JoinGroupRequestJoinGroupRequestProtocol {
  const out = {} as JoinGroupRequestJoinGroupRequestProtocol;
  out.name = (version >= 6 ? r.readCompactString() : r.readString());
  out.metadata = (version >= 6 ? r.readCompactBytes() : r.readSizedBytes());
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeJoinGroupRequestJoinGroupRequestProtocol(w: Writer, version: number, v: JoinGroupRequestJoinGroupRequestProtocol): void {
  (version >= 6 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 6 ? w.appendCompactBytes(v.metadata) : w.appendSizedBytes(v.metadata));
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeJoinGroupRequest(r: Reader, version: number): JoinGroupRequest {
  if (version < 0 || version > 9) throw unsupportedVersion('JoinGroupRequest', version, 0, 9);
  return readJoinGroupRequest(r, version);
}

export function encodeJoinGroupRequest(w: Writer, version: number, value: JoinGroupRequest): void {
  if (version < 0 || version > 9) throw unsupportedVersion('JoinGroupRequest', version, 0, 9);
  try {
    writeJoinGroupRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('JoinGroupRequest', version, error);
  }
}

export interface JoinGroupResponse {
  /** versions 2-9 */
  throttleTimeMs?: number;
  /** versions 0-9 */
  errorCode: number;
  /** versions 0-9 */
  generationId: number;
  /** versions 7-9, nullable 7-9 */
  protocolType?: string | null;
  /** versions 0-9, nullable 7-9 */
  protocolName: string | null;
  /** versions 0-9 */
  leader: string;
  /** versions 9 */
  skipAssignment?: boolean;
  /** versions 0-9 */
  memberId: string;
  /** versions 0-9 */
  members: JoinGroupResponseJoinGroupResponseMember[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface JoinGroupResponseJoinGroupResponseMember {
  /** versions 0-9 */
  memberId: string;
  /** versions 5-9, nullable 5-9 */
  groupInstanceId?: string | null;
  /** versions 0-9 */
  metadata: Buffer;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readJoinGroupResponse(r: Reader, version: number): JoinGroupResponse {
  const out = {} as JoinGroupResponse;
  if (version >= 2) {
    out.throttleTimeMs = r.readInt32();
  }
  out.errorCode = r.readInt16();
  out.generationId = r.readInt32();
  if (version >= 7) {
    out.protocolType = r.readCompactNullableString();
  }
  out.protocolName = (version >= 6 ? (version >= 7 ? r.readCompactNullableString() : r.readCompactString()) : (version >= 7 ? r.readNullableString() : r.readString()));
  out.leader = (version >= 6 ? r.readCompactString() : r.readString());
  if (version >= 9) {
    out.skipAssignment = r.readBoolean();
  }
  out.memberId = (version >= 6 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<JoinGroupResponseJoinGroupResponseMember>(n);
    for (let i = 0; i < n; i++) a[i] = readJoinGroupResponseJoinGroupResponseMember(r, version);
    out.members = a;
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeJoinGroupResponse(w: Writer, version: number, v: JoinGroupResponse): void {
  if (version >= 2) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  w.appendInt16(v.errorCode);
  w.appendInt32(v.generationId);
  if (version >= 7) {
    {
      const x = v.protocolType === undefined ? null : v.protocolType;
      w.appendCompactNullableString(x);
    }
  }
  (version >= 6 ? (version >= 7 ? w.appendCompactNullableString(v.protocolName) : w.appendCompactString(v.protocolName!)) : (version >= 7 ? w.appendNullableString(v.protocolName) : w.appendString(v.protocolName!)));
  (version >= 6 ? w.appendCompactString(v.leader) : w.appendString(v.leader));
  if (version >= 9) {
    {
      const x = v.skipAssignment === undefined ? false : v.skipAssignment;
      w.appendBoolean(x);
    }
  }
  (version >= 6 ? w.appendCompactString(v.memberId) : w.appendString(v.memberId));
  (version >= 6 ? w.appendCompactArrayLength(v.members.length) : w.appendArrayLength(v.members.length));
  for (let i = 0; i < v.members.length; i++) writeJoinGroupResponseJoinGroupResponseMember(w, version, v.members[i]);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readJoinGroupResponseJoinGroupResponseMember(r: Reader, version: number): JoinGroupResponseJoinGroupResponseMember {
  const out = {} as JoinGroupResponseJoinGroupResponseMember;
  out.memberId = (version >= 6 ? r.readCompactString() : r.readString());
  if (version >= 5) {
    out.groupInstanceId = (version >= 6 ? r.readCompactNullableString() : r.readNullableString());
  }
  out.metadata = (version >= 6 ? r.readCompactBytes() : r.readSizedBytes());
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeJoinGroupResponseJoinGroupResponseMember(w: Writer, version: number, v: JoinGroupResponseJoinGroupResponseMember): void {
  (version >= 6 ? w.appendCompactString(v.memberId) : w.appendString(v.memberId));
  if (version >= 5) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (version >= 6 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  (version >= 6 ? w.appendCompactBytes(v.metadata) : w.appendSizedBytes(v.metadata));
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeJoinGroupResponse(r: Reader, version: number): JoinGroupResponse {
  if (version < 0 || version > 9) throw unsupportedVersion('JoinGroupResponse', version, 0, 9);
  return readJoinGroupResponse(r, version);
}

export function encodeJoinGroupResponse(w: Writer, version: number, value: JoinGroupResponse): void {
  if (version < 0 || version > 9) throw unsupportedVersion('JoinGroupResponse', version, 0, 9);
  try {
    writeJoinGroupResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('JoinGroupResponse', version, error);
  }
}
