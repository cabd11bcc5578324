// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeAclsRequest.json, DescribeAclsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeAclsRequest {
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

function readDescribeAclsRequest(r: Reader, version: number): DescribeAclsRequest {
  const out = {} as DescribeAclsRequest;
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

function writeDescribeAclsRequest(w: Writer, version: number, v: DescribeAclsRequest): void {
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

export function decodeDescribeAclsRequest(r: Reader, version: number): DescribeAclsRequest {
  if (version < 0 || version > 3) throw unsupportedVersion('DescribeAclsRequest', version, 0, 3);
  return readDescribeAclsRequest(r, version);
}

export function encodeDescribeAclsRequest(w: Writer, version: number, value: DescribeAclsRequest): void {
  if (version < 0 || version > 3) throw unsupportedVersion('DescribeAclsRequest', version, 0, 3);
  try {
    writeDescribeAclsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeAclsRequest', version, error);
  }
}

export interface DescribeAclsResponse {
  /** versions 0-3 */
  throttleTimeMs: number;
  /** versions 0-3 */
  errorCode: number;
  /** versions 0-3, nullable 0-3 */
  errorMessage: string | null;
  /** versions 0-3 */
  resources: DescribeAclsResponseDescribeAclsResource[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeAclsResponseDescribeAclsResource {
  /** versions 0-3 */
  resourceType: number;
  /** versions 0-3 */
  resourceName: string;
  /** versions 1-3 */
  patternType?: number;
  /** versions 0-3 */
  acls: DescribeAclsResponseAclDescription[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeAclsResponseAclDescription {
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

function readDescribeAclsResponse(r: Reader, version: number): DescribeAclsResponse {
  const out = {} as DescribeAclsResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeAclsResponseDescribeAclsResource>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeAclsResponseDescribeAclsResource(r, version);
    out.resources = a;
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

function writeDescribeAclsResponse(w: Writer, version: number, v: DescribeAclsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  (version >= 2 ? w.appendCompactArrayLength(v.resources.length) : w.appendArrayLength(v.resources.length));
  for (let i = 0; i < v.resources.length; i++) writeDescribeAclsResponseDescribeAclsResource(w, version, v.resources[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeAclsResponseDescribeAclsResource(r: Reader, version: number): DescribeAclsResponseDescribeAclsResource {
  const out = {} as DescribeAclsResponseDescribeAclsResource;
  out.resourceType = r.readInt8();
  out.resourceName = (version >= 2 ? r.readCompactString() : r.readString());
  if (version >= 1) {
    out.patternType = r.readInt8();
  }
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeAclsResponseAclDescription>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeAclsResponseAclDescription(r, version);
    out.acls = a;
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

function writeDescribeAclsResponseDescribeAclsResource(w: Writer, version: number, v: DescribeAclsResponseDescribeAclsResource): void {
  w.appendInt8(v.resourceType);
  (version >= 2 ? w.appendCompactString(v.resourceName) : w.appendString(v.resourceName));
  if (version >= 1) {
    {
      const x = v.patternType === undefined ? 3 : v.patternType;
      w.appendInt8(x);
    }
  }
  (version >= 2 ? w.appendCompactArrayLength(v.acls.length) : w.appendArrayLength(v.acls.length));
  for (let i = 0; i < v.acls.length; i++) writeDescribeAclsResponseAclDescription(w, version, v.acls[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeAclsResponseAclDescription(r: Reader, version: number): DescribeAclsResponseAclDescription {
  const out = {} as DescribeAclsResponseAclDescription;
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

function writeDescribeAclsResponseAclDescription(w: Writer, version: number, v: DescribeAclsResponseAclDescription): void {
  (version >= 2 ? w.appendCompactString(v.principal) : w.appendString(v.principal));
  (version >= 2 ? w.appendCompactString(v.host) : w.appendString(v.host));
  w.appendInt8(v.operation);
  w.appendInt8(v.permissionType);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeAclsResponse(r: Reader, version: number): DescribeAclsResponse {
  if (version < 0 || version > 3) throw unsupportedVersion('DescribeAclsResponse', version, 0, 3);
  return readDescribeAclsResponse(r, version);
}

export function encodeDescribeAclsResponse(w: Writer, version: number, value: DescribeAclsResponse): void {
  if (version < 0 || version > 3) throw unsupportedVersion('DescribeAclsResponse', version, 0, 3);
  try {
    writeDescribeAclsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeAclsResponse', version, error);
  }
}
