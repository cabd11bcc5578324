// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface IncrementalAlterConfigsRequest {
  /** versions 0-1 */
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  /** versions 0-1 */
  validateOnly: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /** versions 0-1 */
  resourceType: number;
  /** versions 0-1 */
  resourceName: string;
  /** versions 0-1 */
  configs: IncrementalAlterConfigsRequestAlterableConfig[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface IncrementalAlterConfigsRequestAlterableConfig {
  /** versions 0-1 */
  name: string;
  /** versions 0-1 */
  configOperation: number;
  /** versions 0-1, nullable 0-1 */
  value: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readIncrementalAlterConfigsRequest(r: Reader, version: number): IncrementalAlterConfigsRequest {
  const out = {} as IncrementalAlterConfigsRequest;
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<IncrementalAlterConfigsRequestAlterConfigsResource>(n);
    for (let i = 0; i < n; i++) a[i] = readIncrementalAlterConfigsRequestAlterConfigsResource(r, version);
    out.resources = a;
  }
  out.validateOnly = r.readBoolean();
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeIncrementalAlterConfigsRequest(w: Writer, version: number, v: IncrementalAlterConfigsRequest): void {
  (version >= 1 ? w.appendCompactArrayLength(v.resources.length) : w.appendArrayLength(v.resources.length));
  for (let i = 0; i < v.resources.length; i++) writeIncrementalAlterConfigsRequestAlterConfigsResource(w, version, v.resources[i]);
  w.appendBoolean(v.validateOnly);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, version: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  const out = {} as IncrementalAlterConfigsRequestAlterConfigsResource;
  out.resourceType = r.readInt8();
  out.resourceName = (version >= 1 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<IncrementalAlterConfigsRequestAlterableConfig>(n);
    for (let i = 0; i < n; i++) a[i] = readIncrementalAlterConfigsRequestAlterableConfig(r, version);
    out.configs = a;
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, version: number, v: IncrementalAlterConfigsRequestAlterConfigsResource): void {
  w.appendInt8(v.resourceType);
  (version >= 1 ? w.appendCompactString(v.resourceName) : w.appendString(v.resourceName));
  (version >= 1 ? w.appendCompactArrayLength(v.configs.length) : w.appendArrayLength(v.configs.length));
  for (let i = 0; i < v.configs.length; i++) writeIncrementalAlterConfigsRequestAlterableConfig(w, version, v.configs[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readIncrementalAlterConfigsRequestAlterableConfig(r: Reader, version: number): IncrementalAlterConfigsRequestAlterableConfig {
  const out = {} as IncrementalAlterConfigsRequestAlterableConfig;
  out.name = (version >= 1 ? r.readCompactString() : r.readString());
  out.configOperation = r.readInt8();
  out.value = (version >= 1 ? r.readCompactNullableString() : r.readNullableString());
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, version: number, v: IncrementalAlterConfigsRequestAlterableConfig): void {
  (version >= 1 ? w.appendCompactString(v.name) : w.appendString(v.name));
  w.appendInt8(v.configOperation);
  (version >= 1 ? w.appendCompactNullableString(v.value) : w.appendNullableString(v.value));
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeIncrementalAlterConfigsRequest(r: Reader, version: number): IncrementalAlterConfigsRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('IncrementalAlterConfigsRequest', version, 0, 1);
  return readIncrementalAlterConfigsRequest(r, version);
}

export function encodeIncrementalAlterConfigsRequest(w: Writer, version: number, value: IncrementalAlterConfigsRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('IncrementalAlterConfigsRequest', version, 0, 1);
  try {
    writeIncrementalAlterConfigsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('IncrementalAlterConfigsRequest', version, error);
  }
}

export interface IncrementalAlterConfigsResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** versions 0-1 */
  resourceType: number;
  /** versions 0-1 */
  resourceName: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readIncrementalAlterConfigsResponse(r: Reader, version: number): IncrementalAlterConfigsResponse {
  const out = {} as IncrementalAlterConfigsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<IncrementalAlterConfigsResponseAlterConfigsResourceResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r, version);
    out.responses = a;
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeIncrementalAlterConfigsResponse(w: Writer, version: number, v: IncrementalAlterConfigsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 1 ? w.appendCompactArrayLength(v.responses.length) : w.appendArrayLength(v.responses.length));
  for (let i = 0; i < v.responses.length; i++) writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, version, v.responses[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, version: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  const out = {} as IncrementalAlterConfigsResponseAlterConfigsResourceResponse;
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 1 ? r.readCompactNullableString() : r.readNullableString());
  out.resourceType = r.readInt8();
  out.resourceName = (version >= 1 ? r.readCompactString() : r.readString());
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, version: number, v: IncrementalAlterConfigsResponseAlterConfigsResourceResponse): void {
  w.appendInt16(v.errorCode);
  (version >= 1 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  w.appendInt8(v.resourceType);
  (version >= 1 ? w.appendCompactString(v.resourceName) : w.appendString(v.resourceName));
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeIncrementalAlterConfigsResponse(r: Reader, version: number): IncrementalAlterConfigsResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('IncrementalAlterConfigsResponse', version, 0, 1);
  return readIncrementalAlterConfigsResponse(r, version);
}

export function encodeIncrementalAlterConfigsResponse(w: Writer, version: number, value: IncrementalAlterConfigsResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('IncrementalAlterConfigsResponse', version, 0, 1);
  try {
    writeIncrementalAlterConfigsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('IncrementalAlterConfigsResponse', version, error);
  }
}
