// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AlterConfigsRequest.json, AlterConfigsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AlterConfigsRequest {
  /** versions 0-2 */
  resources: AlterConfigsRequestAlterConfigsResource[];
  /** versions 0-2 */
  validateOnly: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterConfigsRequestAlterConfigsResource {
  /** versions 0-2 */
  resourceType: number;
  /** versions 0-2 */
  resourceName: string;
  /** versions 0-2 */
  configs: AlterConfigsRequestAlterableConfig[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterConfigsRequestAlterableConfig {
  /** versions 0-2 */
  name: string;
  /** versions 0-2, nullable 0-2 */
  value: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterConfigsRequest(r: Reader, version: number): AlterConfigsRequest {
  const out = {} as AlterConfigsRequest;
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterConfigsRequestAlterConfigsResource>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterConfigsRequestAlterConfigsResource(r, version);
    out.resources = a;
  }
  out.validateOnly = r.readBoolean();
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

function writeAlterConfigsRequest(w: Writer, version: number, v: AlterConfigsRequest): void {
  (version >= 2 ? w.appendCompactArrayLength(v.resources.length) : w.appendArrayLength(v.resources.length));
  for (let i = 0; i < v.resources.length; i++) writeAlterConfigsRequestAlterConfigsResource(w, version, v.resources[i]);
  w.appendBoolean(v.validateOnly);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterConfigsRequestAlterConfigsResource(r: Reader, version: number): AlterConfigsRequestAlterConfigsResource {
  const out = {} as AlterConfigsRequestAlterConfigsResource;
  out.resourceType = r.readInt8();
  out.resourceName = (version >= 2 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterConfigsRequestAlterableConfig>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterConfigsRequestAlterableConfig(r, version);
    out.configs = a;
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

function writeAlterConfigsRequestAlterConfigsResource(w: Writer, version: number, v: AlterConfigsRequestAlterConfigsResource): void {
  w.appendInt8(v.resourceType);
  (version >= 2 ? w.appendCompactString(v.resourceName) : w.appendString(v.resourceName));
  (version >= 2 ? w.appendCompactArrayLength(v.configs.length) : w.appendArrayLength(v.configs.length));
  for (let i = 0; i < v.configs.length; i++) writeAlterConfigsRequestAlterableConfig(w, version, v.configs[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterConfigsRequestAlterableConfig(r: Reader, version: number): AlterConfigsRequestAlterableConfig {
  const out = {} as AlterConfigsRequestAlterableConfig;
  out.name = (version >= 2 ? r.readCompactString() : r.readString());
  out.value = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
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

function writeAlterConfigsRequestAlterableConfig(w: Writer, version: number, v: AlterConfigsRequestAlterableConfig): void {
  (version >= 2 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 2 ? w.appendCompactNullableString(v.value) : w.appendNullableString(v.value));
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterConfigsRequest(r: Reader, version: number): AlterConfigsRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('AlterConfigsRequest', version, 0, 2);
  return readAlterConfigsRequest(r, version);
}

export function encodeAlterConfigsRequest(w: Writer, version: number, value: AlterConfigsRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('AlterConfigsRequest', version, 0, 2);
  try {
    writeAlterConfigsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterConfigsRequest', version, error);
  }
}

export interface AlterConfigsResponse {
  /** versions 0-2 */
  throttleTimeMs: number;
  /** versions 0-2 */
  responses: AlterConfigsResponseAlterConfigsResourceResponse[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterConfigsResponseAlterConfigsResourceResponse {
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2, nullable 0-2 */
  errorMessage: string | null;
  /** versions 0-2 */
  resourceType: number;
  /** versions 0-2 */
  resourceName: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterConfigsResponse(r: Reader, version: number): AlterConfigsResponse {
  const out = {} as AlterConfigsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 2 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterConfigsResponseAlterConfigsResourceResponse>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterConfigsResponseAlterConfigsResourceResponse(r, version);
    out.responses = a;
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

function writeAlterConfigsResponse(w: Writer, version: number, v: AlterConfigsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 2 ? w.appendCompactArrayLength(v.responses.length) : w.appendArrayLength(v.responses.length));
  for (let i = 0; i < v.responses.length; i++) writeAlterConfigsResponseAlterConfigsResourceResponse(w, version, v.responses[i]);
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, version: number): AlterConfigsResponseAlterConfigsResourceResponse {
  const out = {} as AlterConfigsResponseAlterConfigsResourceResponse;
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
  out.resourceType = r.readInt8();
  out.resourceName = (version >= 2 ? r.readCompactString() : r.readString());
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

function writeAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, version: number, v: AlterConfigsResponseAlterConfigsResourceResponse): void {
  w.appendInt16(v.errorCode);
  (version >= 2 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  w.appendInt8(v.resourceType);
  (version >= 2 ? w.appendCompactString(v.resourceName) : w.appendString(v.resourceName));
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterConfigsResponse(r: Reader, version: number): AlterConfigsResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('AlterConfigsResponse', version, 0, 2);
  return readAlterConfigsResponse(r, version);
}

export function encodeAlterConfigsResponse(w: Writer, version: number, value: AlterConfigsResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('AlterConfigsResponse', version, 0, 2);
  try {
    writeAlterConfigsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterConfigsResponse', version, error);
  }
}
