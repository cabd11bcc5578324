// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeClientQuotasRequest {
  /** versions 0-1 */
  components: DescribeClientQuotasRequestComponentData[];
  /** versions 0-1 */
  strict: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClientQuotasRequestComponentData {
  /** versions 0-1 */
  entityType: string;
  /** versions 0-1 */
  matchType: number;
  /** versions 0-1, nullable 0-1 */
  match: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeClientQuotasRequest(r: Reader, version: number): DescribeClientQuotasRequest {
  const out = {} as DescribeClientQuotasRequest;
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeClientQuotasRequestComponentData>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeClientQuotasRequestComponentData(r, version);
    out.components = a;
  }
  out.strict = r.readBoolean();
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

function writeDescribeClientQuotasRequest(w: Writer, version: number, v: DescribeClientQuotasRequest): void {
  (version >= 1 ? w.appendCompactArrayLength(v.components.length) : w.appendArrayLength(v.components.length));
  for (let i = 0; i < v.components.length; i++) writeDescribeClientQuotasRequestComponentData(w, version, v.components[i]);
  w.appendBoolean(v.strict);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeClientQuotasRequestComponentData(r: Reader, version: number): DescribeClientQuotasRequestComponentData {
  const out = {} as DescribeClientQuotasRequestComponentData;
  out.entityType = (version >= 1 ? r.readCompactString() : r.readString());
  out.matchType = r.readInt8();
  out.match = (version >= 1 ? r.readCompactNullableString() : r.readNullableString());
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

function writeDescribeClientQuotasRequestComponentData(w: Writer, version: number, v: DescribeClientQuotasRequestComponentData): void {
  (version >= 1 ? w.appendCompactString(v.entityType) : w.appendString(v.entityType));
  w.appendInt8(v.matchType);
  (version >= 1 ? w.appendCompactNullableString(v.match) : w.appendNullableString(v.match));
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeClientQuotasRequest(r: Reader, version: number): DescribeClientQuotasRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('DescribeClientQuotasRequest', version, 0, 1);
  return readDescribeClientQuotasRequest(r, version);
}

export function encodeDescribeClientQuotasRequest(w: Writer, version: number, value: DescribeClientQuotasRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('DescribeClientQuotasRequest', version, 0, 1);
  try {
    writeDescribeClientQuotasRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeClientQuotasRequest', version, error);
  }
}

export interface DescribeClientQuotasResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** versions 0-1, nullable 0-1 */
  entries: DescribeClientQuotasResponseEntryData[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClientQuotasResponseEntryData {
  /** versions 0-1 */
  entity: DescribeClientQuotasResponseEntityData[];
  /** versions 0-1 */
  values: DescribeClientQuotasResponseValueData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClientQuotasResponseEntityData {
  /** versions 0-1 */
  entityType: string;
  /** versions 0-1, nullable 0-1 */
  entityName: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClientQuotasResponseValueData {
  /** versions 0-1 */
  key: string;
  /** versions 0-1 */
  value: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeClientQuotasResponse(r: Reader, version: number): DescribeClientQuotasResponse {
  const out = {} as DescribeClientQuotasResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 1 ? r.readCompactNullableString() : r.readNullableString());
  {
    const n = (version >= 1 ? r.readCompactNullableArrayLength() : r.readNullableArrayLength());
    if (n === -1) {
      out.entries = null;
    } else {
      const a = new Array<DescribeClientQuotasResponseEntryData>(n);
      for (let i = 0; i < n; i++) a[i] = readDescribeClientQuotasResponseEntryData(r, version);
      out.entries = a;
    }
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

function writeDescribeClientQuotasResponse(w: Writer, version: number, v: DescribeClientQuotasResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  (version >= 1 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  if (v.entries === null) {
    (version >= 1 ? w.appendUnsignedVarInt(0) : w.appendInt32(-1));
  } else {
    (version >= 1 ? w.appendCompactArrayLength(v.entries!.length) : w.appendArrayLength(v.entries!.length));
    for (let i = 0; i < v.entries!.length; i++) writeDescribeClientQuotasResponseEntryData(w, version, v.entries![i]);
  }
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeClientQuotasResponseEntryData(r: Reader, version: number): DescribeClientQuotasResponseEntryData {
  const out = {} as DescribeClientQuotasResponseEntryData;
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeClientQuotasResponseEntityData>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeClientQuotasResponseEntityData(r, version);
    out.entity = a;
  }
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<DescribeClientQuotasResponseValueData>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeClientQuotasResponseValueData(r, version);
    out.values = a;
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

function writeDescribeClientQuotasResponseEntryData(w: Writer, version: number, v: DescribeClientQuotasResponseEntryData): void {
  (version >= 1 ? w.appendCompactArrayLength(v.entity.length) : w.appendArrayLength(v.entity.length));
  for (let i = 0; i < v.entity.length; i++) writeDescribeClientQuotasResponseEntityData(w, version, v.entity[i]);
  (version >= 1 ? w.appendCompactArrayLength(v.values.length) : w.appendArrayLength(v.values.length));
  for (let i = 0; i < v.values.length; i++) writeDescribeClientQuotasResponseValueData(w, version, v.values[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeClientQuotasResponseEntityData(r: Reader, version: number): DescribeClientQuotasResponseEntityData {
  const out = {} as DescribeClientQuotasResponseEntityData;
  out.entityType = (version >= 1 ? r.readCompactString() : r.readString());
  out.entityName = (version >= 1 ? r.readCompactNullableString() : r.readNullableString());
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

function writeDescribeClientQuotasResponseEntityData(w: Writer, version: number, v: DescribeClientQuotasResponseEntityData): void {
  (version >= 1 ? w.appendCompactString(v.entityType) : w.appendString(v.entityType));
  (version >= 1 ? w.appendCompactNullableString(v.entityName) : w.appendNullableString(v.entityName));
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readDescribeClientQuotasResponseValueData(r: Reader, version: number): DescribeClientQuotasResponseValueData {
  const out = {} as DescribeClientQuotasResponseValueData;
  out.key = (version >= 1 ? r.readCompactString() : r.readString());
  out.value = r.readFloat64();
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

function writeDescribeClientQuotasResponseValueData(w: Writer, version: number, v: DescribeClientQuotasResponseValueData): void {
  (version >= 1 ? w.appendCompactString(v.key) : w.appendString(v.key));
  w.appendFloat64(v.value);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDescribeClientQuotasResponse(r: Reader, version: number): DescribeClientQuotasResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('DescribeClientQuotasResponse', version, 0, 1);
  return readDescribeClientQuotasResponse(r, version);
}

export function encodeDescribeClientQuotasResponse(w: Writer, version: number, value: DescribeClientQuotasResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('DescribeClientQuotasResponse', version, 0, 1);
  try {
    writeDescribeClientQuotasResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeClientQuotasResponse', version, error);
  }
}
