// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DeleteAclsRequest.json, DeleteAclsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DeleteAclsRequest {
  /** versions 0-3 */
  filters: DeleteAclsRequestDeleteAclsFilter[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteAclsRequestDeleteAclsFilter {
  /** versions 0-3 */
  resourceTypeFilter: number;
  /** versions 0-3, nullable 0-3 */
  resourceNameFilter: string | null;
  /** versions 1-3 */
  patternTypeFilter?: number;
  /** versions 0-3, nullable 0-3 */
  principalFilter: string | null;
  /** versions 0-3, nullable 0-3 */
  hostFilter: string | null;
  /** versions 0-3 */
  operation: number;
  /** versions 0-3 */
  permissionType: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteAclsRequest(r: Reader, version: number): DeleteAclsRequest {
  const out = {} as DeleteAclsRequest;
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DeleteAclsRequestDeleteAclsFilter>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteAclsRequestDeleteAclsFilter(r, version);
    out.filters = a;
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

function writeDeleteAclsRequest(w: Writer, version: number, v: DeleteAclsRequest): void {
  (version >= 2 ? w.appendCompactArrayLength(v.filters.length) : w.appendArrayLength(v.filters.length));
  for (let i = 0; i < v.filters.length; i++) writeDeleteAclsRequestDeleteAclsFilter(w, version, v.filters[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDeleteAclsRequestDeleteAclsFilter(r: Reader, version: number): DeleteAclsRequestDeleteAclsFilter {
  const out = {} as DeleteAclsRequestDeleteAclsFilter;
  out.resourceTypeFilter = r.readInt8();
  out.resourceNameFilter = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
  if (version >= 1) {
    out.patternTypeFilter = r.readInt8();
  }
  out.principalFilter = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
  out.hostFilter = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
  out.operation = r.readInt8();
  out.permissionType = r.readInt8();
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

function writeDeleteAclsRequestDeleteAclsFilter(w: Writer, version: number, v: DeleteAclsRequestDeleteAclsFilter): void {
  w.appendInt8(v.resourceTypeFilter);
  (version >= 2 ? w.appendCompactNullableString(v.resourceNameFilter) : w.appendNullableString(v.resourceNameFilter));
  if (version >= 1) {
    {
      const x = v.patternTypeFilter === undefined ? 3 : v.patternTypeFilter;
      w.appendInt8(x);
    }
  }
  (version >= 2 ? w.appendCompactNullableString(v.principalFilter) : w.appendNullableString(v.principalFilter));
  (version >= 2 ? w.appendCompactNullableString(v.hostFilter) : w.appendNullableString(v.hostFilter));
  w.appendInt8(v.operation);
  w.appendInt8(v.permissionType);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteAclsRequest(r: Reader, version: number): DeleteAclsRequest {
  if (version < 0 || version > 3) throw unsupportedVersion('DeleteAclsRequest', version, 0, 3);
  return readDeleteAclsRequest(r, version);
}

export function encodeDeleteAclsRequest(w: Writer, version: number, value: DeleteAclsRequest): void {
  if (version < 0 || version > 3) throw unsupportedVersion('DeleteAclsRequest', version, 0, 3);
  try {
    writeDeleteAclsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteAclsRequest', version, error);
  }
}

export interface DeleteAclsResponse {
  /** versions 0-3 */
  throttleTimeMs: number;
  /** versions 0-3 */
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteAclsResponseDeleteAclsFilterResult {
  /** versions 0-3 */
  errorCode: number;
  /** versions 0-3, nullable 0-3 */
  errorMessage: string | null;
  /** versions 0-3 */
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /** versions 0-3 */
  errorCode: number;
  /** versions 0-3, nullable 0-3 */
  errorMessage: string | null;
  /** versions 0-3 */
  resourceType: number;
  /** versions 0-3 */
  resourceName: string;
  /** versions 1-3 */
  patternType?: number;
  /** versions 0-3 */
  principal: string;
  /** versions 0-3 */
  host: string;
  /** versions 0-3 */
  operation: number;
  /** versions 0-3 */
  permissionType: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDeleteAclsResponse(r: Reader, version: number): DeleteAclsResponse {
  const out = {} as DeleteAclsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DeleteAclsResponseDeleteAclsFilterResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteAclsResponseDeleteAclsFilterResult(r, version);
    out.filterResults = a;
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

function writeDeleteAclsResponse(w: Writer, version: number, v: DeleteAclsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 2 ? w.appendCompactArrayLength(v.filterResults.length) : w.appendArrayLength(v.filterResults.length));
  for (let i = 0; i < v.filterResults.length; i++) writeDeleteAclsResponseDeleteAclsFilterResult(w, version, v.filterResults[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDeleteAclsResponseDeleteAclsFilterResult(r: Reader, version: number): DeleteAclsResponseDeleteAclsFilterResult {
  const out = {} as DeleteAclsResponseDeleteAclsFilterResult;
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DeleteAclsResponseDeleteAclsMatchingAcl>(n);
    for (let i = 0; i < n; i++) a[i] = readDeleteAclsResponseDeleteAclsMatchingAcl(r, version);
    out.matchingAcls = a;
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

function writeDeleteAclsResponseDeleteAclsFilterResult(w: Writer, version: number, v: DeleteAclsResponseDeleteAclsFilterResult): void {
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  (version >= 2 ? w.appendCompactArrayLength(v.matchingAcls.length) : w.appendArrayLength(v.matchingAcls.length));
  for (let i = 0; i < v.matchingAcls.length; i++) writeDeleteAclsResponseDeleteAclsMatchingAcl(w, version, v.matchingAcls[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDeleteAclsResponseDeleteAclsMatchingAcl(r: Reader, version: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  const out = {} as DeleteAclsResponseDeleteAclsMatchingAcl;
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
  out.resourceType = r.readInt8();
  out.resourceName = (version >= 2 ? r.readCompactString() : r.readString());
  if (version >= 1) {
    out.patternType = r.readInt8();
  }
  out.principal = (version >= 2 ? r.readCompactString() : r.readString());
  out.host = (version >= 2 ? r.readCompactString() : r.readString());
  out.operation = r.readInt8();
  out.permissionType = r.readInt8();
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

function writeDeleteAclsResponseDeleteAclsMatchingAcl(w: Writer, version: number, v: DeleteAclsResponseDeleteAclsMatchingAcl): void {
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  w.appendInt8(v.resourceType);
  (version >= 2 ? w.appendCompactString(v.resourceName) : w.appendString(v.resourceName));
  if (version >= 1) {
    {
      const x = v.patternType === undefined ? 3 : v.patternType;
      w.appendInt8(x);
    }
  }
  (version >= 2 ? w.appendCompactString(v.principal) : w.appendString(v.principal));
  (version >= 2 ? w.appendCompactString(v.host) : w.appendString(v.host));
  w.appendInt8(v.operation);
  w.appendInt8(v.permissionType);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteAclsResponse(r: Reader, version: number): DeleteAclsResponse {
  if (version < 0 || version > 3) throw unsupportedVersion('DeleteAclsResponse', version, 0, 3);
  return readDeleteAclsResponse(r, version);
}

export function encodeDeleteAclsResponse(w: Writer, version: number, value: DeleteAclsResponse): void {
  if (version < 0 || version > 3) throw unsupportedVersion('DeleteAclsResponse', version, 0, 3);
  try {
    writeDeleteAclsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DeleteAclsResponse', version, error);
  }
}
