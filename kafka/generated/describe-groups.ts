// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeGroupsRequest.json, DescribeGroupsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeGroupsRequest {
  /** versions 0-6 */
  groups: string[];
  /** versions 3-6 */
  includeAuthorizedOperations?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeGroupsRequest(r: Reader, version: number): DescribeGroupsRequest {
  const out = {} as DescribeGroupsRequest;
  {
    const n = (version >= 5 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = (version >= 5 ? r.readCompactString() : r.readString());
    out.groups = a;
  }
  if (version >= 3) {
    out.includeAuthorizedOperations = r.readBoolean();
  }
  if (version >= 5) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDescribeGroupsRequest(w: Writer, version: number, v: DescribeGroupsRequest): void {
  (version >= 5 ? w.appendCompactArrayLength(v.groups.length) : w.appendArrayLength(v.groups.length));
  for (let i = 0; i < v.groups.length; i++) (version >= 5 ? w.appendCompactString(v.groups[i]) : w.appendString(v.groups[i]));
  if (version >= 3) {
    {
      const x = v.includeAuthorizedOperations === undefined ? false : v.includeAuthorizedOperations;
      w.appendBoolean(x);
    }
  }
  if (version >= 5) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeGroupsRequest(r: Reader, version: number): DescribeGroupsRequest {
  if (version < 0 || version > 6) throw unsupportedVersion('DescribeGroupsRequest', version, 0, 6);
  return readDescribeGroupsRequest(r, version);
}

export function encodeDescribeGroupsRequest(w: Writer, version: number, value: DescribeGroupsRequest): void {
  if (version < 0 || version > 6) throw unsupportedVersion('DescribeGroupsRequest', version, 0, 6);
  try {
    writeDescribeGroupsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeGroupsRequest', version, error);
  }
}

export interface DescribeGroupsResponse {
  /** versions 1-6 */
  throttleTimeMs?: number;
  /** versions 0-6 */
  groups: DescribeGroupsResponseDescribedGroup[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeGroupsResponseDescribedGroup {
  /** versions 0-6 */
  errorCode: number;
  /** versions 6, nullable 6 */
  errorMessage?: string | null;
  /** versions 0-6 */
  groupId: string;
  /** versions 0-6 */
  groupState: string;
  /** versions 0-6 */
  protocolType: string;
  /** versions 0-6 */
  protocolData: string;
  /** versions 0-6 */
  members: DescribeGroupsResponseDescribedGroupMember[];
  /** versions 3-6 */
  authorizedOperations?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeGroupsResponseDescribedGroupMember {
  /** versions 0-6 */
  memberId: string;
  /** versions 4-6, nullable 4-6 */
  groupInstanceId?: string | null;
  /** versions 0-6 */
  clientId: string;
  /** versions 0-6 */
  clientHost: string;
  /** versions 0-6 */
  memberMetadata: Buffer;
  /** versions 0-6 */
  memberAssignment: Buffer;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeGroupsResponse(r: Reader, version: number): DescribeGroupsResponse {
  const out = {} as DescribeGroupsResponse;
  if (version >= 1) {
    out.throttleTimeMs = r.readInt32();
  }
  {
    const n = (version >= 5 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeGroupsResponseDescribedGroup>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeGroupsResponseDescribedGroup(r, version);
    out.groups = a;
  }
  if (version >= 5) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDescribeGroupsResponse(w: Writer, version: number, v: DescribeGroupsResponse): void {
  if (version >= 1) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  (version >= 5 ? w.appendCompactArrayLength(v.groups.length) : w.appendArrayLength(v.groups.length));
  for (let i = 0; i < v.groups.length; i++) writeDescribeGroupsResponseDescribedGroup(w, version, v.groups[i]);
  if (version >= 5) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeGroupsResponseDescribedGroup(r: Reader, version: number): DescribeGroupsResponseDescribedGroup {
  const out = {} as DescribeGroupsResponseDescribedGroup;
  out.errorCode = r.readInt16();
  if (version >= 6) {
    out.errorMessage = r.readCompactNullableString();
  }
  out.groupId = (version >= 5 ? r.readCompactString() : r.readString());
  out.groupState = (version >= 5 ? r.readCompactString() : r.readString());
  out.protocolType = (version >= 5 ? r.readCompactString() : r.readString());
  out.protocolData = (version >= 5 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 5 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeGroupsResponseDescribedGroupMember>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeGroupsResponseDescribedGroupMember(r, version);
    out.members = a;
  }
  if (version >= 3) {
    out.authorizedOperations = r.readInt32();
  }
  if (version >= 5) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDescribeGroupsResponseDescribedGroup(w: Writer, version: number, v: DescribeGroupsResponseDescribedGroup): void {
  w.appendInt16(v.errorCode);
  if (version >= 6) {
    {
      const x = v.errorMessage === undefined ? null : v.errorMessage;
      w.appendCompactNullableString(x);
    }
  }
  (version >= 5 ? w.appendCompactString(v.groupId) : w.appendString(v.groupId));
  (version >= 5 ? w.appendCompactString(v.groupState) : w.appendString(v.groupState));
  (version >= 5 ? w.appendCompactString(v.protocolType) : w.appendString(v.protocolType));
  (version >= 5 ? w.appendCompactString(v.protocolData) : w.appendString(v.protocolData));
  (version >= 5 ? w.appendCompactArrayLength(v.members.length) : w.appendArrayLength(v.members.length));
  for (let i = 0; i < v.members.length; i++) writeDescribeGroupsResponseDescribedGroupMember(w, version, v.members[i]);
  if (version >= 3) {
    {
      const x = v.authorizedOperations === undefined ? -2147483648 : v.authorizedOperations;
      w.appendInt32(x);
    }
  }
  if (version >= 5) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeGroupsResponseDescribedGroupMember(r: Reader, version: number): DescribeGroupsResponseDescribedGroupMember {
  const out = {} as DescribeGroupsResponseDescribedGroupMember;
  out.memberId = (version >= 5 ? r.readCompactString() : r.readString());
  if (version >= 4) {
    out.groupInstanceId = (version >= 5 ? r.readCompactNullableString() : r.readNullableString());
  }
  out.clientId = (version >= 5 ? r.readCompactString() : r.readString());
  out.clientHost = (version >= 5 ? r.readCompactString() : r.readString());
  out.memberMetadata = (version >= 5 ? r.readCompactBytes() : r.readSizedBytes());
  out.memberAssignment = (version >= 5 ? r.readCompactBytes() : r.readSizedBytes());
  if (version >= 5) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDescribeGroupsResponseDescribedGroupMember(w: Writer, version: number, v: DescribeGroupsResponseDescribedGroupMember): void {
  (version >= 5 ? w.appendCompactString(v.memberId) : w.appendString(v.memberId));
  if (version >= 4) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (version >= 5 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  (version >= 5 ? w.appendCompactString(v.clientId) : w.appendString(v.clientId));
  (version >= 5 ? w.appendCompactString(v.clientHost) : w.appendString(v.clientHost));
  (version >= 5 ? w.appendCompactBytes(v.memberMetadata) : w.appendSizedBytes(v.memberMetadata));
  (version >= 5 ? w.appendCompactBytes(v.memberAssignment) : w.appendSizedBytes(v.memberAssignment));
  if (version >= 5) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeGroupsResponse(r: Reader, version: number): DescribeGroupsResponse {
  if (version < 0 || version > 6) throw unsupportedVersion('DescribeGroupsResponse', version, 0, 6);
  return readDescribeGroupsResponse(r, version);
}

export function encodeDescribeGroupsResponse(w: Writer, version: number, value: DescribeGroupsResponse): void {
  if (version < 0 || version > 6) throw unsupportedVersion('DescribeGroupsResponse', version, 0, 6);
  try {
    writeDescribeGroupsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeGroupsResponse', version, error);
  }
}
