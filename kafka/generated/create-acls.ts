// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from CreateAclsRequest.json, CreateAclsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface CreateAclsRequest {
  /** versions 0-3 */
  creations: CreateAclsRequestAclCreation[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateAclsRequestAclCreation {
  /** versions 0-3 */
  resourceType: number;
  /** versions 0-3 */
  resourceName: string;
  /** versions 1-3 */
  resourcePatternType?: number;
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

function readCreateAclsRequest(r: Reader, version: number): CreateAclsRequest {
  const out = {} as CreateAclsRequest;
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<CreateAclsRequestAclCreation>(n);
    for (let i = 0; i < n; i++) a[i] = readCreateAclsRequestAclCreation(r, version);
    out.creations = a;
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

function writeCreateAclsRequest(w: Writer, version: number, v: CreateAclsRequest): void {
  (version >= 2 ? w.appendCompactArrayLength(v.creations.length) : w.appendArrayLength(v.creations.length));
  for (let i = 0; i < v.creations.length; i++) writeCreateAclsRequestAclCreation(w, version, v.creations[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readCreateAclsRequestAclCreation(r: Reader, version: number): CreateAclsRequestAclCreation {
  const out = {} as CreateAclsRequestAclCreation;
  out.resourceType = r.readInt8();
  out.resourceName = (version >= 2 ? r.readCompactString() : r.readString());
  if (version >= 1) {
    out.resourcePatternType = r.readInt8();
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

function writeCreateAclsRequestAclCreation(w: Writer, version: number, v: CreateAclsRequestAclCreation): void {
  w.appendInt8(v.resourceType);
  (version >= 2 ? w.appendCompactString(v.resourceName) : w.appendString(v.resourceName));
  if (version >= 1) {
    {
      const x = v.resourcePatternType === undefined ? 3 : v.resourcePatternType;
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

export function decodeCreateAclsRequest(r: Reader, version: number): CreateAclsRequest {
  if (version < 0 || version > 3) throw unsupportedVersion('CreateAclsRequest', version, 0, 3);
  return readCreateAclsRequest(r, version);
}

export function encodeCreateAclsRequest(w: Writer, version: number, value: CreateAclsRequest): void {
  if (version < 0 || version > 3) throw unsupportedVersion('CreateAclsRequest', version, 0, 3);
  try {
    writeCreateAclsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('CreateAclsRequest', version, error);
  }
}

export interface CreateAclsResponse {
  /** versions 0-3 */
  throttleTimeMs: number;
  /** versions 0-3 */
  results: CreateAclsResponseAclCreationResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateAclsResponseAclCreationResult {
  /** versions 0-3 */
  errorCode: number;
  /** versions 0-3, nullable 0-3 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readCreateAclsResponse(r: Reader, version: number): CreateAclsResponse {
  const out = {} as CreateAclsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<CreateAclsResponseAclCreationResult>(n);
    for (let i = 0; i < n; i++) a[i] = readCreateAclsResponseAclCreationResult(r, version);
    out.results = a;
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

function writeCreateAclsResponse(w: Writer, version: number, v: CreateAclsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 2 ? w.appendCompactArrayLength(v.results.length) : w.appendArrayLength(v.results.length));
  for (let i = 0; i < v.results.length; i++) writeCreateAclsResponseAclCreationResult(w, version, v.results[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readCreateAclsResponseAclCreationResult(r: Reader, version: number): CreateAclsResponseAclCreationResult {
  const out = {} as CreateAclsResponseAclCreationResult;
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
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

function writeCreateAclsResponseAclCreationResult(w: Writer, version: number, v: CreateAclsResponseAclCreationResult): void {
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreateAclsResponse(r: Reader, version: number): CreateAclsResponse {
  if (version < 0 || version > 3) throw unsupportedVersion('CreateAclsResponse', version, 0, 3);
  return readCreateAclsResponse(r, version);
}

export function encodeCreateAclsResponse(w: Writer, version: number, value: CreateAclsResponse): void {
  if (version < 0 || version > 3) throw unsupportedVersion('CreateAclsResponse', version, 0, 3);
  try {
    writeCreateAclsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('CreateAclsResponse', version, error);
  }
}
