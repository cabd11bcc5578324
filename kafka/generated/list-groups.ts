// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ListGroupsRequest.json, ListGroupsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ListGroupsRequest {
  /** versions 4-5 */
  statesFilter?: string[];
  /** versions 5 */
  typesFilter?: string[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListGroupsRequest(r: Reader, version: number): ListGroupsRequest {
  const out = {} as ListGroupsRequest;
  if (version >= 4) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.readCompactString();
      out.statesFilter = a;
    }
  }
  if (version >= 5) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.readCompactString();
      out.typesFilter = a;
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

function writeListGroupsRequest(w: Writer, version: number, v: ListGroupsRequest): void {
  if (version >= 4) {
    {
      const x = v.statesFilter === undefined ? [] : v.statesFilter;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) w.appendCompactString(x[i]);
    }
  }
  if (version >= 5) {
    {
      const x = v.typesFilter === undefined ? [] : v.typesFilter;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) w.appendCompactString(x[i]);
    }
  }
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeListGroupsRequest(r: Reader, version: number): ListGroupsRequest {
  if (version < 0 || version > 5) throw unsupportedVersion('ListGroupsRequest', version, 0, 5);
  return readListGroupsRequest(r, version);
}

export function encodeListGroupsRequest(w: Writer, version: number, value: ListGroupsRequest): void {
  if (version < 0 || version > 5) throw unsupportedVersion('ListGroupsRequest', version, 0, 5);
  try {
    writeListGroupsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ListGroupsRequest', version, error);
  }
}

export interface ListGroupsResponse {
  /** versions 1-5 */
  throttleTimeMs?: number;
  /** versions 0-5 */
  errorCode: number;
  /** versions 0-5 */
  groups: ListGroupsResponseListedGroup[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListGroupsResponseListedGroup {
  /** versions 0-5 */
  groupId: string;
  /** versions 0-5 */
  protocolType: string;
  /** versions 4-5 */
  groupState?: string;
  /** versions 5 */
  groupType?: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListGroupsResponse(r: Reader, version: number): ListGroupsResponse {
  const out = {} as ListGroupsResponse;
  if (version >= 1) {
    out.throttleTimeMs = r.readInt32();
  }
  out.errorCode = r.readInt16();
  {
    const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ListGroupsResponseListedGroup>(n);
    for (let i = 0; i < n; i++) a[i] = readListGroupsResponseListedGroup(r, version);
    out.groups = a;
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

function writeListGroupsResponse(w: Writer, version: number, v: ListGroupsResponse): void {
  if (version >= 1) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  w.appendInt16(v.errorCode);
  (version >= 3 ? w.appendCompactArrayLength(v.groups.length) : w.appendArrayLength(v.groups.length));
  for (let i = 0; i < v.groups.length; i++) writeListGroupsResponseListedGroup(w, version, v.groups[i]);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readListGroupsResponseListedGroup(r: Reader, version: number): ListGroupsResponseListedGroup {
  const out = {} as ListGroupsResponseListedGroup;
  out.groupId = (version >= 3 ? r.readCompactString() : r.readString());
  out.protocolType = (version >= 3 ? r.readCompactString() : r.readString());
  if (version >= 4) {
    out.groupState = r.readCompactString();
  }
  if (version >= 5) {
    out.groupType = r.readCompactString();
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

function writeListGroupsResponseListedGroup(w: Writer, version: number, v: ListGroupsResponseListedGroup): void {
  (version >= 3 ? w.appendCompactString(v.groupId) : w.appendString(v.groupId));
  (version >= 3 ? w.appendCompactString(v.protocolType) : w.appendString(v.protocolType));
  if (version >= 4) {
    {
      const x = v.groupState === undefined ? "" : v.groupState;
      w.appendCompactString(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.groupType === undefined ? "" : v.groupType;
      w.appendCompactString(x);
    }
  }
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeListGroupsResponse(r: Reader, version: number): ListGroupsResponse {
  if (version < 0 || version > 5) throw unsupportedVersion('ListGroupsResponse', version, 0, 5);
  return readListGroupsResponse(r, version);
}

export function encodeListGroupsResponse(w: Writer, version: number, value: ListGroupsResponse): void {
  if (version < 0 || version > 5) throw unsupportedVersion('ListGroupsResponse', version, 0, 5);
  try {
    writeListGroupsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ListGroupsResponse', version, error);
  }
}
