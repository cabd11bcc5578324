// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ListConfigResourcesRequest.json, ListConfigResourcesResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ListConfigResourcesRequest {
  /** versions 1 */
  resourceTypes?: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListConfigResourcesRequest(r: Reader, version: number): ListConfigResourcesRequest {
  const out = {} as ListConfigResourcesRequest;
  if (version >= 1) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.readInt8();
      out.resourceTypes = a;
    }
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListConfigResourcesRequest(w: Writer, version: number, v: ListConfigResourcesRequest): void {
  if (version >= 1) {
    {
      const x = v.resourceTypes === undefined ? [] : v.resourceTypes;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) w.appendInt8(x[i]);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListConfigResourcesRequest(r: Reader, version: number): ListConfigResourcesRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('ListConfigResourcesRequest', version, 0, 1);
  return readListConfigResourcesRequest(r, version);
}

export function encodeListConfigResourcesRequest(w: Writer, version: number, value: ListConfigResourcesRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('ListConfigResourcesRequest', version, 0, 1);
  try {
    writeListConfigResourcesRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ListConfigResourcesRequest', version, error);
  }
}

export interface ListConfigResourcesResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1 */
  configResources: ListConfigResourcesResponseConfigResource[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListConfigResourcesResponseConfigResource {
  /** versions 0-1 */
  resourceName: string;
  /** versions 1 */
  resourceType?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListConfigResourcesResponse(r: Reader, version: number): ListConfigResourcesResponse {
  const out = {} as ListConfigResourcesResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ListConfigResourcesResponseConfigResource>(n);
    for (let i = 0; i < n; i++) a[i] = readListConfigResourcesResponseConfigResource(r, version);
    out.configResources = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListConfigResourcesResponse(w: Writer, version: number, v: ListConfigResourcesResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactArrayLength(v.configResources.length);
  for (let i = 0; i < v.configResources.length; i++) writeListConfigResourcesResponseConfigResource(w, version, v.configResources[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readListConfigResourcesResponseConfigResource(r: Reader, version: number): ListConfigResourcesResponseConfigResource {
  const out = {} as ListConfigResourcesResponseConfigResource;
  out.resourceName = r.readCompactString();
  if (version >= 1) {
    out.resourceType = r.readInt8();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListConfigResourcesResponseConfigResource(w: Writer, version: number, v: ListConfigResourcesResponseConfigResource): void {
  w.appendCompactString(v.resourceName);
  if (version >= 1) {
    {
      const x = v.resourceType === undefined ? 16 : v.resourceType;
      w.appendInt8(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListConfigResourcesResponse(r: Reader, version: number): ListConfigResourcesResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('ListConfigResourcesResponse', version, 0, 1);
  return readListConfigResourcesResponse(r, version);
}

export function encodeListConfigResourcesResponse(w: Writer, version: number, value: ListConfigResourcesResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('ListConfigResourcesResponse', version, 0, 1);
  try {
    writeListConfigResourcesResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ListConfigResourcesResponse', version, error);
  }
}
