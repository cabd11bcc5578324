// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeConfigsRequest.json, DescribeConfigsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeConfigsRequest {
  /** versions 1-4 */
  resources: DescribeConfigsRequestDescribeConfigsResource[];
  /** versions 1-4 */
  includeSynonyms: boolean;
  /** versions 3-4 */
  includeDocumentation?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsRequestDescribeConfigsResource {
  /** versions 1-4 */
  resourceType: number;
  /** versions 1-4 */
  resourceName: string;
  /** versions 1-4, nullable 1-4 */
  configurationKeys: string[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeConfigsRequest(r: Reader, version: number): DescribeConfigsRequest {
  const out = {} as DescribeConfigsRequest;
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeConfigsRequestDescribeConfigsResource>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeConfigsRequestDescribeConfigsResource(r, version);
    out.resources = a;
  }
  out.includeSynonyms = r.readBoolean();
  if (version >= 3) {
    out.includeDocumentation = r.readBoolean();
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDescribeConfigsRequest(w: Writer, version: number, v: DescribeConfigsRequest): void {
  (version >= 4 ? w.appendCompactArrayLength(v.resources.length) : w.appendArrayLength(v.resources.length));
  for (let i = 0; i < v.resources.length; i++) writeDescribeConfigsRequestDescribeConfigsResource(w, version, v.resources[i]);
  w.appendBoolean(v.includeSynonyms);
  if (version >= 3) {
    {
      const x = v.includeDocumentation === undefined ? false : v.includeDocumentation;
      w.appendBoolean(x);
    }
  }
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeConfigsRequestDescribeConfigsResource(r: Reader, version: number): DescribeConfigsRequestDescribeConfigsResource {
  const out = {} as DescribeConfigsRequestDescribeConfigsResource;
  out.resourceType = r.readInt8();
  out.resourceName = (version >= 4 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 4 ? r.readCompactNullableArrayLength() : r.readNullableArrayLength());
    if (n === -1) {
      out.configurationKeys = null;
    } else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = (version >= 4 ? r.readCompactString() : r.readString());
      out.configurationKeys = a;
    }
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDescribeConfigsRequestDescribeConfigsResource(w: Writer, version: number, v: DescribeConfigsRequestDescribeConfigsResource): void {
  w.appendInt8(v.resourceType);
  (version >= 4 ? w.appendCompactString(v.resourceName) : w.appendString(v.resourceName));
  if (v.configurationKeys === null) {
    (version >= 4 ? w.appendUnsignedVarInt(0) : w.appendInt32(-1));
  } else {
    (version >= 4 ? w.appendCompactArrayLength(v.configurationKeys!.length) : w.appendArrayLength(v.configurationKeys!.length));
    for (let i = 0; i < v.configurationKeys!.length; i++) (version >= 4 ? w.appendCompactString(v.configurationKeys![i]) : w.appendString(v.configurationKeys![i]));
  }
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeConfigsRequest(r: Reader, version: number): DescribeConfigsRequest {
  if (version < 1 || version > 4) throw unsupportedVersion('DescribeConfigsRequest', version, 1, 4);
  return readDescribeConfigsRequest(r, version);
}

export function encodeDescribeConfigsRequest(w: Writer, version: number, value: DescribeConfigsRequest): void {
  if (version < 1 || version > 4) throw unsupportedVersion('DescribeConfigsRequest', version, 1, 4);
  try {
    writeDescribeConfigsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeConfigsRequest', version, error);
  }
}

export interface DescribeConfigsResponse {
  /** versions 1-4 */
  throttleTimeMs: number;
  /** versions 1-4 */
  results: DescribeConfigsResponseDescribeConfigsResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsResponseDescribeConfigsResult {
  /** versions 1-4 */
  errorCode: number;
  /** versions 1-4, nullable 1-4 */
  errorMessage: string | null;
  /** versions 1-4 */
  resourceType: number;
  /** versions 1-4 */
  resourceName: string;
  /** versions 1-4 */
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** versions 1-4 */
  name: string;
  /** versions 1-4, nullable 1-4 */
  value: string | null;
  /** versions 1-4 */
  readOnly: boolean;
  /** versions 1-4 */
  configSource: number;
  /** versions 1-4 */
  isSensitive: boolean;
  /** versions 1-4 */
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
  /** versions 3-4 */
  configType?: number;
  /** versions 3-4, nullable 3-4 */
  documentation?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** versions 1-4 */
  name: string;
  /** versions 1-4, nullable 1-4 */
  value: string | null;
  /** versions 1-4 */
  source: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeConfigsResponse(r: Reader, version: number): DescribeConfigsResponse {
  const out = {} as DescribeConfigsResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeConfigsResponseDescribeConfigsResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeConfigsResponseDescribeConfigsResult(r, version);
    out.results = a;
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDescribeConfigsResponse(w: Writer, version: number, v: DescribeConfigsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 4 ? w.appendCompactArrayLength(v.results.length) : w.appendArrayLength(v.results.length));
  for (let i = 0; i < v.results.length; i++) writeDescribeConfigsResponseDescribeConfigsResult(w, version, v.results[i]);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeConfigsResponseDescribeConfigsResult(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResult {
  const out = {} as DescribeConfigsResponseDescribeConfigsResult;
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 4 ? r.readCompactNullableString() : r.readNullableString());
  out.resourceType = r.readInt8();
  out.resourceName = (version >= 4 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeConfigsResponseDescribeConfigsResourceResult>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeConfigsResponseDescribeConfigsResourceResult(r, version);
    out.configs = a;
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDescribeConfigsResponseDescribeConfigsResult(w: Writer, version: number, v: DescribeConfigsResponseDescribeConfigsResult): void {
  w.appendInt16(v.errorCode);
  (version >= 4 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  w.appendInt8(v.resourceType);
  (version >= 4 ? w.appendCompactString(v.resourceName) : w.appendString(v.resourceName));
  (version >= 4 ? w.appendCompactArrayLength(v.configs.length) : w.appendArrayLength(v.configs.length));
  for (let i = 0; i < v.configs.length; i++) writeDescribeConfigsResponseDescribeConfigsResourceResult(w, version, v.configs[i]);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  const out = {} as DescribeConfigsResponseDescribeConfigsResourceResult;
  out.name = (version >= 4 ? r.readCompactString() : r.readString());
  out.value = (version >= 4 ? r.readCompactNullableString() : r.readNullableString());
  out.readOnly = r.readBoolean();
  out.configSource = r.readInt8();
  out.isSensitive = r.readBoolean();
  {
    const n = (version >= 4 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeConfigsResponseDescribeConfigsSynonym>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeConfigsResponseDescribeConfigsSynonym(r, version);
    out.synonyms = a;
  }
  if (version >= 3) {
    out.configType = r.readInt8();
  }
  if (version >= 3) {
    out.documentation = (version >= 4 ? r.readCompactNullableString() : r.readNullableString());
  }
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, version: number, v: DescribeConfigsResponseDescribeConfigsResourceResult): void {
  (version >= 4 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 4 ? w.appendCompactNullableString(v.value) : w.appendNullableString(v.value));
  w.appendBoolean(v.readOnly);
  w.appendInt8(v.configSource);
  w.appendBoolean(v.isSensitive);
  (version >= 4 ? w.appendCompactArrayLength(v.synonyms.length) : w.appendArrayLength(v.synonyms.length));
  for (let i = 0; i < v.synonyms.length; i++) writeDescribeConfigsResponseDescribeConfigsSynonym(w, version, v.synonyms[i]);
  if (version >= 3) {
    {
      const x = v.configType === undefined ? 0 : v.configType;
      w.appendInt8(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.documentation === undefined ? "" : v.documentation;
      (version >= 4 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsSynonym {
  const out = {} as DescribeConfigsResponseDescribeConfigsSynonym;
  out.name = (version >= 4 ? r.readCompactString() : r.readString());
  out.value = (version >= 4 ? r.readCompactNullableString() : r.readNullableString());
  out.source = r.readInt8();
  if (version >= 4) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, version: number, v: DescribeConfigsResponseDescribeConfigsSynonym): void {
  (version >= 4 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 4 ? w.appendCompactNullableString(v.value) : w.appendNullableString(v.value));
  w.appendInt8(v.source);
  if (version >= 4) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeConfigsResponse(r: Reader, version: number): DescribeConfigsResponse {
  if (version < 1 || version > 4) throw unsupportedVersion('DescribeConfigsResponse', version, 1, 4);
  return readDescribeConfigsResponse(r, version);
}

export function encodeDescribeConfigsResponse(w: Writer, version: number, value: DescribeConfigsResponse): void {
  if (version < 1 || version > 4) throw unsupportedVersion('DescribeConfigsResponse', version, 1, 4);
  try {
    writeDescribeConfigsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeConfigsResponse', version, error);
  }
}
