// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AlterClientQuotasRequest.json, AlterClientQuotasResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AlterClientQuotasRequest {
  /** versions 0-1 */
  entries: AlterClientQuotasRequestEntryData[];
  /** versions 0-1 */
  validateOnly: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterClientQuotasRequestEntryData {
  /** versions 0-1 */
  entity: AlterClientQuotasRequestEntityData[];
  /** versions 0-1 */
  ops: AlterClientQuotasRequestOpData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterClientQuotasRequestEntityData {
  /** versions 0-1 */
  entityType: string;
  /** versions 0-1, nullable 0-1 */
  entityName: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterClientQuotasRequestOpData {
  /** versions 0-1 */
  key: string;
  /** versions 0-1 */
  value: number;
  /** versions 0-1 */
  remove: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterClientQuotasRequest(r: Reader, version: number): AlterClientQuotasRequest {
  const out = {} as AlterClientQuotasRequest;
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterClientQuotasRequestEntryData>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterClientQuotasRequestEntryData(r, version);
    out.entries = a;
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

function writeAlterClientQuotasRequest(w: Writer, version: number, v: AlterClientQuotasRequest): void {
  (version >= 1 ? w.appendCompactArrayLength(v.entries.length) : w.appendArrayLength(v.entries.length));
  for (let i = 0; i < v.entries.length; i++) writeAlterClientQuotasRequestEntryData(w, version, v.entries[i]);
  w.appendBoolean(v.validateOnly);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterClientQuotasRequestEntryData(r: Reader, version: number): AlterClientQuotasRequestEntryData {
  const out = {} as AlterClientQuotasRequestEntryData;
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterClientQuotasRequestEntityData>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterClientQuotasRequestEntityData(r, version);
    out.entity = a;
  }
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterClientQuotasRequestOpData>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterClientQuotasRequestOpData(r, version);
    out.ops = a;
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

function writeAlterClientQuotasRequestEntryData(w: Writer, version: number, v: AlterClientQuotasRequestEntryData): void {
  (version >= 1 ? w.appendCompactArrayLength(v.entity.length) : w.appendArrayLength(v.entity.length));
  for (let i = 0; i < v.entity.length; i++) writeAlterClientQuotasRequestEntityData(w, version, v.entity[i]);
  (version >= 1 ? w.appendCompactArrayLength(v.ops.length) : w.appendArrayLength(v.ops.length));
  for (let i = 0; i < v.ops.length; i++) writeAlterClientQuotasRequestOpData(w, version, v.ops[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterClientQuotasRequestEntityData(r: Reader, version: number): AlterClientQuotasRequestEntityData {
  const out = {} as AlterClientQuotasRequestEntityData;
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

function writeAlterClientQuotasRequestEntityData(w: Writer, version: number, v: AlterClientQuotasRequestEntityData): void {
  (version >= 1 ? w.appendCompactString(v.entityType) : w.appendString(v.entityType));
  (version >= 1 ? w.appendCompactNullableString(v.entityName) : w.appendNullableString(v.entityName));
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterClientQuotasRequestOpData(r: Reader, version: number): AlterClientQuotasRequestOpData {
  const out = {} as AlterClientQuotasRequestOpData;
  out.key = (version >= 1 ? r.readCompactString() : r.readString());
  out.value = r.readFloat64();
  out.remove = r.readBoolean();
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

function writeAlterClientQuotasRequestOpData(w: Writer, version: number, v: AlterClientQuotasRequestOpData): void {
  (version >= 1 ? w.appendCompactString(v.key) : w.appendString(v.key));
  w.appendFloat64(v.value);
  w.appendBoolean(v.remove);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterClientQuotasRequest(r: Reader, version: number): AlterClientQuotasRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('AlterClientQuotasRequest', version, 0, 1);
  return readAlterClientQuotasRequest(r, version);
}

export function encodeAlterClientQuotasRequest(w: Writer, version: number, value: AlterClientQuotasRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('AlterClientQuotasRequest', version, 0, 1);
  try {
    writeAlterClientQuotasRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterClientQuotasRequest', version, error);
  }
}

export interface AlterClientQuotasResponse {
  /** versions 0-1 */
  throttleTimeMs: number;
  /** versions 0-1 */
  entries: AlterClientQuotasResponseEntryData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterClientQuotasResponseEntryData {
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** versions 0-1 */
  entity: AlterClientQuotasResponseEntityData[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterClientQuotasResponseEntityData {
  /** versions 0-1 */
  entityType: string;
  /** versions 0-1, nullable 0-1 */
  entityName: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAlterClientQuotasResponse(r: Reader, version: number): AlterClientQuotasResponse {
  const out = {} as AlterClientQuotasResponse;
  out.throttleTimeMs = r.readInt32();
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterClientQuotasResponseEntryData>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterClientQuotasResponseEntryData(r, version);
    out.entries = a;
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

function writeAlterClientQuotasResponse(w: Writer, version: number, v: AlterClientQuotasResponse): void {
  w.appendInt32(v.throttleTimeMs);
  (version >= 1 ? w.appendCompactArrayLength(v.entries.length) : w.appendArrayLength(v.entries.length));
  for (let i = 0; i < v.entries.length; i++) writeAlterClientQuotasResponseEntryData(w, version, v.entries[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterClientQuotasResponseEntryData(r: Reader, version: number): AlterClientQuotasResponseEntryData {
  const out = {} as AlterClientQuotasResponseEntryData;
  out.errorCode = r.readInt16();
  out.errorMessage = (version >= 1 ? r.readCompactNullableString() : r.readNullableString());
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AlterClientQuotasResponseEntityData>(n);
    for (let i = 0; i < n; i++) a[i] = readAlterClientQuotasResponseEntityData(r, version);
    out.entity = a;
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

function writeAlterClientQuotasResponseEntryData(w: Writer, version: number, v: AlterClientQuotasResponseEntryData): void {
  w.appendInt16(v.errorCode);
  (version >= 1 ? w.appendCompactNullableString(v.errorMessage) : w.appendNullableString(v.errorMessage));
  (version >= 1 ? w.appendCompactArrayLength(v.entity.length) : w.appendArrayLength(v.entity.length));
  for (let i = 0; i < v.entity.length; i++) writeAlterClientQuotasResponseEntityData(w, version, v.entity[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAlterClientQuotasResponseEntityData(r: Reader, version: number): AlterClientQuotasResponseEntityData {
  const out = {} as AlterClientQuotasResponseEntityData;
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

function writeAlterClientQuotasResponseEntityData(w: Writer, version: number, v: AlterClientQuotasResponseEntityData): void {
  (version >= 1 ? w.appendCompactString(v.entityType) : w.appendString(v.entityType));
  (version >= 1 ? w.appendCompactNullableString(v.entityName) : w.appendNullableString(v.entityName));
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAlterClientQuotasResponse(r: Reader, version: number): AlterClientQuotasResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('AlterClientQuotasResponse', version, 0, 1);
  return readAlterClientQuotasResponse(r, version);
}

export function encodeAlterClientQuotasResponse(w: Writer, version: number, value: AlterClientQuotasResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('AlterClientQuotasResponse', version, 0, 1);
  try {
    writeAlterClientQuotasResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AlterClientQuotasResponse', version, error);
  }
}
