// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from BrokerRegistrationRequest.json, BrokerRegistrationResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface BrokerRegistrationRequest {
  /** versions 0-4 */
  brokerId: number;
  /** versions 0-4 */
  clusterId: string;
  /** versions 0-4 */
  incarnationId: Uuid;
  /** versions 0-4 */
  listeners: BrokerRegistrationRequestListener[];
  /** versions 0-4 */
  features: BrokerRegistrationRequestFeature[];
  /** versions 0-4, nullable 0-4 */
  rack: string | null;
  /** versions 1-4 */
  isMigratingZkBroker?: boolean;
  /** versions 2-4 */
  logDirs?: Uuid[];
  /** versions 3-4 */
  previousBrokerEpoch?: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface BrokerRegistrationRequestListener {
  /** versions 0-4 */
  name: string;
  /** versions 0-4 */
  host: string;
  /** versions 0-4 */
  port: number;
  /** versions 0-4 */
  securityProtocol: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface BrokerRegistrationRequestFeature {
  /** versions 0-4 */
  name: string;
  /** versions 0-4 */
  minSupportedVersion: number;
  /** versions 0-4 */
  maxSupportedVersion: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readBrokerRegistrationRequest(r: Reader, version: number): BrokerRegistrationRequest {
  const out = {} as BrokerRegistrationRequest;
  out.brokerId = r.readInt32();
  out.clusterId = r.readCompactString();
  out.incarnationId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<BrokerRegistrationRequestListener>(n);
    for (let i = 0; i < n; i++) a[i] = readBrokerRegistrationRequestListener(r, version);
    out.listeners = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<BrokerRegistrationRequestFeature>(n);
    for (let i = 0; i < n; i++) a[i] = readBrokerRegistrationRequestFeature(r, version);
    out.features = a;
  }
  out.rack = r.readCompactNullableString();
  if (version >= 1) {
    out.isMigratingZkBroker = r.readBoolean();
  }
  if (version >= 2) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<Uuid>(n);
      for (let i = 0; i < n; i++) a[i] = r.readUuid();
      out.logDirs = a;
    }
  }
  if (version >= 3) {
    out.previousBrokerEpoch = r.readInt64();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeBrokerRegistrationRequest(w: Writer, version: number, v: BrokerRegistrationRequest): void {
  w.appendInt32(v.brokerId);
  w.appendCompactString(v.clusterId);
  w.appendUuid(v.incarnationId);
  w.appendCompactArrayLength(v.listeners.length);
  for (let i = 0; i < v.listeners.length; i++) writeBrokerRegistrationRequestListener(w, version, v.listeners[i]);
  w.appendCompactArrayLength(v.features.length);
  for (let i = 0; i < v.features.length; i++) writeBrokerRegistrationRequestFeature(w, version, v.features[i]);
  w.appendCompactNullableString(v.rack);
  if (version >= 1) {
    {
      const x = v.isMigratingZkBroker === undefined ? false : v.isMigratingZkBroker;
      w.appendBoolean(x);
    }
  }
  if (version >= 2) {
    {
      const x = v.logDirs === undefined ? [] : v.logDirs;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) w.appendUuid(x[i]);
    }
  }
  if (version >= 3) {
    {
      const x = v.previousBrokerEpoch === undefined ? -1n : v.previousBrokerEpoch;
      w.appendInt64(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readBrokerRegistrationRequestListener(r: Reader, version: number): BrokerRegistrationRequestListener {
  const out = {} as BrokerRegistrationRequestListener;
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

function writeBrokerRegistrationRequestListener(w: Writer, version: number, v: BrokerRegistrationRequestListener): void {
  w.appendCompactString(v.name);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  w.appendInt16(v.securityProtocol);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readBrokerRegistrationRequestFeature(r: Reader, version: number): BrokerRegistrationRequestFeature {
  const out = {} as BrokerRegistrationRequestFeature;
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

function writeBrokerRegistrationRequestFeature(w: Writer, version: number, v: BrokerRegistrationRequestFeature): void {
  w.appendCompactString(v.name);
  w.appendInt16(v.minSupportedVersion);
  w.appendInt16(v.maxSupportedVersion);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeBrokerRegistrationRequest(r: Reader, version: number): BrokerRegistrationRequest {
  if (version < 0 || version > 4) throw unsupportedVersion('BrokerRegistrationRequest', version, 0, 4);
  return readBrokerRegistrationRequest(r, version);
}

export function encodeBrokerRegistrationRequest(w: Writer, version: number, value: BrokerRegistrationRequest): void {
  if (version < 0 || version > 4) throw unsupportedVersion('BrokerRegistrationRequest', version, 0, 4);
  try {
    writeBrokerRegistrationRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('BrokerRegistrationRequest', version, error);
  }
}

export interface BrokerRegistrationResponse {
  /** versions 0-4 */
  throttleTimeMs: number;
  /** versions 0-4 */
  errorCode: number;
  /** versions 0-4 */
  brokerEpoch: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readBrokerRegistrationResponse(r: Reader, version: number): BrokerRegistrationResponse {
  const out = {} as BrokerRegistrationResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.brokerEpoch = r.readInt64();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeBrokerRegistrationResponse(w: Writer, version: number, v: BrokerRegistrationResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendInt64(v.brokerEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeBrokerRegistrationResponse(r: Reader, version: number): BrokerRegistrationResponse {
  if (version < 0 || version > 4) throw unsupportedVersion('BrokerRegistrationResponse', version, 0, 4);
  return readBrokerRegistrationResponse(r, version);
}

export function encodeBrokerRegistrationResponse(w: Writer, version: number, value: BrokerRegistrationResponse): void {
  if (version < 0 || version > 4) throw unsupportedVersion('BrokerRegistrationResponse', version, 0, 4);
  try {
    writeBrokerRegistrationResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('BrokerRegistrationResponse', version, error);
  }
}
