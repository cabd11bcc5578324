// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ControllerRegistrationRequest.json, ControllerRegistrationResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ControllerRegistrationRequest {
  /** versions 0 */
  controllerId: number;
  /** versions 0 */
  incarnationId: Uuid;
  /** versions 0 */
  zkMigrationReady: boolean;
  /** versions 0 */
  listeners: ControllerRegistrationRequestListener[];
  /** versions 0 */
  features: ControllerRegistrationRequestFeature[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ControllerRegistrationRequestListener {
  /** versions 0 */
  name: string;
  /** versions 0 */
  host: string;
  /** versions 0 */
  port: number;
  /** versions 0 */
  securityProtocol: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ControllerRegistrationRequestFeature {
  /** versions 0 */
  name: string;
  /** versions 0 */
  minSupportedVersion: number;
  /** versions 0 */
  maxSupportedVersion: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readControllerRegistrationRequest(r: Reader, version: number): ControllerRegistrationRequest {
  const out = {} as ControllerRegistrationRequest;
  out.controllerId = r.readInt32();
  out.incarnationId = r.readUuid();
  out.zkMigrationReady = r.readBoolean();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ControllerRegistrationRequestListener>(n);
    for (let i = 0; i < n; i++) a[i] = readControllerRegistrationRequestListener(r, version);
    out.listeners = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<ControllerRegistrationRequestFeature>(n);
    for (let i = 0; i < n; i++) a[i] = readControllerRegistrationRequestFeature(r, version);
    out.features = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeControllerRegistrationRequest(w: Writer, version: number, v: ControllerRegistrationRequest): void {
  w.appendInt32(v.controllerId);
  w.appendUuid(v.incarnationId);
  w.appendBoolean(v.zkMigrationReady);
  w.appendCompactArrayLength(v.listeners.length);
  for (let i = 0; i < v.listeners.length; i++) writeControllerRegistrationRequestListener(w, version, v.listeners[i]);
  w.appendCompactArrayLength(v.features.length);
  for (let i = 0; i < v.features.length; i++) writeControllerRegistrationRequestFeature(w, version, v.features[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readControllerRegistrationRequestListener(r: Reader, version: number): ControllerRegistrationRequestListener {
  const out = {} as ControllerRegistrationRequestListener;
  out.name = r.readCompactString();
  out.host = r.readCompactString();
  out.port = r.readUInt16();
  out.securityProtocol = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeControllerRegistrationRequestListener(w: Writer, version: number, v: ControllerRegistrationRequestListener): void {
  w.appendCompactString(v.name);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  w.appendInt16(v.securityProtocol);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readControllerRegistrationRequestFeature(r: Reader, version: number): ControllerRegistrationRequestFeature {
  const out = {} as ControllerRegistrationRequestFeature;
  out.name = r.readCompactString();
  out.minSupportedVersion = r.readInt16();
  out.maxSupportedVersion = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeControllerRegistrationRequestFeature(w: Writer, version: number, v: ControllerRegistrationRequestFeature): void {
  w.appendCompactString(v.name);
  w.appendInt16(v.minSupportedVersion);
  w.appendInt16(v.maxSupportedVersion);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeControllerRegistrationRequest(r: Reader, version: number): ControllerRegistrationRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('ControllerRegistrationRequest', version, 0, 0);
  return readControllerRegistrationRequest(r, version);
}

export function encodeControllerRegistrationRequest(w: Writer, version: number, value: ControllerRegistrationRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('ControllerRegistrationRequest', version, 0, 0);
  try {
    writeControllerRegistrationRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ControllerRegistrationRequest', version, error);
  }
}

export interface ControllerRegistrationResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readControllerRegistrationResponse(r: Reader, version: number): ControllerRegistrationResponse {
  const out = {} as ControllerRegistrationResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeControllerRegistrationResponse(w: Writer, version: number, v: ControllerRegistrationResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeControllerRegistrationResponse(r: Reader, version: number): ControllerRegistrationResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('ControllerRegistrationResponse', version, 0, 0);
  return readControllerRegistrationResponse(r, version);
}

export function encodeControllerRegistrationResponse(w: Writer, version: number, value: ControllerRegistrationResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('ControllerRegistrationResponse', version, 0, 0);
  try {
    writeControllerRegistrationResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ControllerRegistrationResponse', version, error);
  }
}
