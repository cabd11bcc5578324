// generated — do not edit. Written by `npm run generate` (gateway/protocol/generator/generate.ts)
// from ListClientMetricsResourcesRequest.json, ListClientMetricsResourcesResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ListClientMetricsResourcesRequest {
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListClientMetricsResourcesRequest(r: Reader, version: number): ListClientMetricsResourcesRequest {
  const out = {} as ListClientMetricsResourcesRequest;
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListClientMetricsResourcesRequest(w: Writer, version: number, v: ListClientMetricsResourcesRequest): void {
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListClientMetricsResourcesRequest(r: Reader, version: number): ListClientMetricsResourcesRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('ListClientMetricsResourcesRequest', version, 0, 0);
  return readListClientMetricsResourcesRequest(r, version);
}

export function encodeListClientMetricsResourcesRequest(w: Writer, version: number, value: ListClientMetricsResourcesRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('ListClientMetricsResourcesRequest', version, 0, 0);
  try {
    writeListClientMetricsResourcesRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ListClientMetricsResourcesRequest', version, error);
  }
}

export interface ListClientMetricsResourcesResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0 */
  clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ListClientMetricsResourcesResponseClientMetricsResource {
  /** versions 0 */
  name: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readListClientMetricsResourcesResponse(r: Reader, version: number): ListClientMetricsResourcesResponse {
  const out = {} as ListClientMetricsResourcesResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ListClientMetricsResourcesResponseClientMetricsResource>(n);
    for (let i = 0; i < n; i++) a[i] = readListClientMetricsResourcesResponseClientMetricsResource(r, version);
    out.clientMetricsResources = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListClientMetricsResourcesResponse(w: Writer, version: number, v: ListClientMetricsResourcesResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactArrayLength(v.clientMetricsResources.length);
  for (let i = 0; i < v.clientMetricsResources.length; i++) writeListClientMetricsResourcesResponseClientMetricsResource(w, version, v.clientMetricsResources[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readListClientMetricsResourcesResponseClientMetricsResource(r: Reader, version: number): ListClientMetricsResourcesResponseClientMetricsResource {
  const out = {} as ListClientMetricsResourcesResponseClientMetricsResource;
  out.name = r.readCompactString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeListClientMetricsResourcesResponseClientMetricsResource(w: Writer, version: number, v: ListClientMetricsResourcesResponseClientMetricsResource): void {
  w.appendCompactString(v.name);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListClientMetricsResourcesResponse(r: Reader, version: number): ListClientMetricsResourcesResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('ListClientMetricsResourcesResponse', version, 0, 0);
  return readListClientMetricsResourcesResponse(r, version);
}

export function encodeListClientMetricsResourcesResponse(w: Writer, version: number, value: ListClientMetricsResourcesResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('ListClientMetricsResourcesResponse', version, 0, 0);
  try {
    writeListClientMetricsResourcesResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ListClientMetricsResourcesResponse', version, error);
  }
}
