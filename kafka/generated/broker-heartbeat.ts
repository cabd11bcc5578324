// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface BrokerHeartbeatRequest {
  /** versions 0-2 */
  brokerId: number;
  /** versions 0-2 */
  brokerEpoch: bigint;
  /** versions 0-2 */
  currentMetadataOffset: bigint;
  /** versions 0-2 */
  wantFence: boolean;
  /** versions 0-2 */
  wantShutDown: boolean;
  /** versions 1-2, tag 0 */
  offlineLogDirs?: Uuid[];
  /** versions 2, nullable 2, tag 1 */
  cordonedLogDirs?: Uuid[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readBrokerHeartbeatRequest(r: Reader, version: number): BrokerHeartbeatRequest {
  const out = {} as BrokerHeartbeatRequest;
  out.brokerId = r.readInt32();
  out.brokerEpoch = r.readInt64();
  out.currentMetadataOffset = r.readInt64();
  out.wantFence = r.readBoolean();
  out.wantShutDown = r.readBoolean();
  if (version >= 1) out.offlineLogDirs = [];
  if (version >= 2) out.cordonedLogDirs = null;
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    if (tag === 0 && version >= 1) {
      const tr = r.subReader(size);
      {
        const n = tr.readCompactArrayLength();
        const a = new Array<Uuid>(n);
        for (let i = 0; i < n; i++) a[i] = tr.readUuid();
        out.offlineLogDirs = a;
      }
      tr.expectEnd('BrokerHeartbeatRequest.offlineLogDirs');
    } else if (tag === 1 && version >= 2) {
      const tr = r.subReader(size);
      {
        const n = tr.readCompactNullableArrayLength();
        if (n === -1) {
          out.cordonedLogDirs = null;
        } else {
          const a = new Array<Uuid>(n);
          for (let i = 0; i < n; i++) a[i] = tr.readUuid();
          out.cordonedLogDirs = a;
        }
      }
      tr.expectEnd('BrokerHeartbeatRequest.cordonedLogDirs');
    } else {
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeBrokerHeartbeatRequest(w: Writer, version: number, v: BrokerHeartbeatRequest): void {
  w.appendInt32(v.brokerId);
  w.appendInt64(v.brokerEpoch);
  w.appendInt64(v.currentMetadataOffset);
  w.appendBoolean(v.wantFence);
  w.appendBoolean(v.wantShutDown);
  let tagged: TaggedField[] | undefined;
  if (version >= 1) {
    const x = v.offlineLogDirs;
    if (x !== undefined && x.length > 0) {
      const tw = new Writer(64);
      tw.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) tw.appendUuid(x[i]);
      (tagged ??= []).push({ tag: 0, data: tw.buffer });
    }
  }
  if (version >= 2) {
    const x = v.cordonedLogDirs;
    if (x !== undefined && x !== null) {
      const tw = new Writer(64);
      if (x === null) {
        tw.appendUnsignedVarInt(0);
      } else {
        tw.appendCompactArrayLength(x!.length);
        for (let i = 0; i < x!.length; i++) tw.appendUuid(x![i]);
      }
      (tagged ??= []).push({ tag: 1, data: tw.buffer });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

export function decodeBrokerHeartbeatRequest(r: Reader, version: number): BrokerHeartbeatRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('BrokerHeartbeatRequest', version, 0, 2);
  return readBrokerHeartbeatRequest(r, version);
}

export function encodeBrokerHeartbeatRequest(w: Writer, version: number, value: BrokerHeartbeatRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('BrokerHeartbeatRequest', version, 0, 2);
  try {
    writeBrokerHeartbeatRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('BrokerHeartbeatRequest', version, error);
  }
}

export interface BrokerHeartbeatResponse {
  /** versions 0-2 */
  throttleTimeMs: number;
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2 */
  isCaughtUp: boolean;
  /** versions 0-2 */
  isFenced: boolean;
  /** versions 0-2 */
  shouldShutDown: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readBrokerHeartbeatResponse(r: Reader, version: number): BrokerHeartbeatResponse {
  const out = {} as BrokerHeartbeatResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.isCaughtUp = r.readBoolean();
  out.isFenced = r.readBoolean();
  out.shouldShutDown = r.readBoolean();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeBrokerHeartbeatResponse(w: Writer, version: number, v: BrokerHeartbeatResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendBoolean(v.isCaughtUp);
  w.appendBoolean(v.isFenced);
  w.appendBoolean(v.shouldShutDown);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeBrokerHeartbeatResponse(r: Reader, version: number): BrokerHeartbeatResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('BrokerHeartbeatResponse', version, 0, 2);
  return readBrokerHeartbeatResponse(r, version);
}

export function encodeBrokerHeartbeatResponse(w: Writer, version: number, value: BrokerHeartbeatResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('BrokerHeartbeatResponse', version, 0, 2);
  try {
    writeBrokerHeartbeatResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('BrokerHeartbeatResponse', version, error);
  }
}
