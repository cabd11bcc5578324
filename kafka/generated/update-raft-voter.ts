// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface UpdateRaftVoterRequest {
  /** versions 0, nullable 0 */
  clusterId: string | null;
  /** versions 0 */
  currentLeaderEpoch: number;
  /** versions 0 */
  voterId: number;
  /** versions 0 */
  voterDirectoryId: Uuid;
  /** versions 0 */
  listeners: UpdateRaftVoterRequestListener[];
  /** versions 0 */
  kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateRaftVoterRequestListener {
  /** versions 0 */
  name: string;
  /** versions 0 */
  host: string;
  /** versions 0 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateRaftVoterRequestKRaftVersionFeature {
  /** versions 0 */
  minSupportedVersion: number;
  /** versions 0 */
  maxSupportedVersion: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readUpdateRaftVoterRequest(r: Reader, version: number): UpdateRaftVoterRequest {
  const out = {} as UpdateRaftVoterRequest;
  out.clusterId = r.readCompactNullableString();
  out.currentLeaderEpoch = r.readInt32();
  out.voterId = r.readInt32();
  out.voterDirectoryId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<UpdateRaftVoterRequestListener>(n);
    for (let i = 0; i < n; i++) a[i] = readUpdateRaftVoterRequestListener(r, version);
    out.listeners = a;
  }
  out.kRaftVersionFeature = readUpdateRaftVoterRequestKRaftVersionFeature(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeUpdateRaftVoterRequest(w: Writer, version: number, v: UpdateRaftVoterRequest): void {
  w.appendCompactNullableString(v.clusterId);
  w.appendInt32(v.currentLeaderEpoch);
  w.appendInt32(v.voterId);
  w.appendUuid(v.voterDirectoryId);
  w.appendCompactArrayLength(v.listeners.length);
  for (let i = 0; i < v.listeners.length; i++) writeUpdateRaftVoterRequestListener(w, version, v.listeners[i]);
  writeUpdateRaftVoterRequestKRaftVersionFeature(w, version, v.kRaftVersionFeature);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readUpdateRaftVoterRequestListener(r: Reader, version: number): UpdateRaftVoterRequestListener {
  const out = {} as UpdateRaftVoterRequestListener;
  out.name = r.readCompactString();
  out.host = r.readCompactString();
  out.port = r.readUInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeUpdateRaftVoterRequestListener(w: Writer, version: number, v: UpdateRaftVoterRequestListener): void {
  w.appendCompactString(v.name);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readUpdateRaftVoterRequestKRaftVersionFeature(r: Reader, version: number): UpdateRaftVoterRequestKRaftVersionFeature {
  const out = {} as UpdateRaftVoterRequestKRaftVersionFeature;
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

function writeUpdateRaftVoterRequestKRaftVersionFeature(w: Writer, version: number, v: UpdateRaftVoterRequestKRaftVersionFeature): void {
  w.appendInt16(v.minSupportedVersion);
  w.appendInt16(v.maxSupportedVersion);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultUpdateRaftVoterRequestKRaftVersionFeature(version: number): UpdateRaftVoterRequestKRaftVersionFeature {
  const out = {} as UpdateRaftVoterRequestKRaftVersionFeature;
  out.minSupportedVersion = 0;
  out.maxSupportedVersion = 0;
  return out;
}

function isDefaultUpdateRaftVoterRequestKRaftVersionFeature(v: UpdateRaftVoterRequestKRaftVersionFeature, version: number): boolean {
  {
    const x = v.minSupportedVersion;
    if (x !== undefined && x !== 0) return false;
  }
  {
    const x = v.maxSupportedVersion;
    if (x !== undefined && x !== 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeUpdateRaftVoterRequest(r: Reader, version: number): UpdateRaftVoterRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('UpdateRaftVoterRequest', version, 0, 0);
  return readUpdateRaftVoterRequest(r, version);
}

export function encodeUpdateRaftVoterRequest(w: Writer, version: number, value: UpdateRaftVoterRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('UpdateRaftVoterRequest', version, 0, 0);
  try {
    writeUpdateRaftVoterRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('UpdateRaftVoterRequest', version, error);
  }
}

export interface UpdateRaftVoterResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, tag 0 */
  currentLeader?: UpdateRaftVoterResponseCurrentLeader;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateRaftVoterResponseCurrentLeader {
  /** versions 0 */
  leaderId: number;
  /** versions 0 */
  leaderEpoch: number;
  /** versions 0 */
  host: string;
  /** versions 0 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readUpdateRaftVoterResponse(r: Reader, version: number): UpdateRaftVoterResponse {
  const out = {} as UpdateRaftVoterResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.currentLeader = defaultUpdateRaftVoterResponseCurrentLeader(version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    if (tag === 0) {
      const tr = r.subReader(size);
      out.currentLeader = readUpdateRaftVoterResponseCurrentLeader(tr, version);
      tr.expectEnd('UpdateRaftVoterResponse.currentLeader');
    } else {
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeUpdateRaftVoterResponse(w: Writer, version: number, v: UpdateRaftVoterResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  let tagged: TaggedField[] | undefined;
  {
    const x = v.currentLeader;
    if (x !== undefined && !isDefaultUpdateRaftVoterResponseCurrentLeader(x, version)) {
      const tw = new Writer(64);
      writeUpdateRaftVoterResponseCurrentLeader(tw, version, x);
      (tagged ??= []).push({ tag: 0, data: tw.buffer });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

function readUpdateRaftVoterResponseCurrentLeader(r: Reader, version: number): UpdateRaftVoterResponseCurrentLeader {
  const out = {} as UpdateRaftVoterResponseCurrentLeader;
  out.leaderId = r.readInt32();
  out.leaderEpoch = r.readInt32();
  out.host = r.readCompactString();
  out.port = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeUpdateRaftVoterResponseCurrentLeader(w: Writer, version: number, v: UpdateRaftVoterResponseCurrentLeader): void {
  w.appendInt32(v.leaderId);
  w.appendInt32(v.leaderEpoch);
  w.appendCompactString(v.host);
  w.appendInt32(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultUpdateRaftVoterResponseCurrentLeader(version: number): UpdateRaftVoterResponseCurrentLeader {
  const out = {} as UpdateRaftVoterResponseCurrentLeader;
  out.leaderId = -1;
  out.leaderEpoch = -1;
  out.host = "";
  out.port = 0;
  return out;
}

function isDefaultUpdateRaftVoterResponseCurrentLeader(v: UpdateRaftVoterResponseCurrentLeader, version: number): boolean {
  {
    const x = v.leaderId;
    if (x !== undefined && x !== -1) return false;
  }
  {
    const x = v.leaderEpoch;
    if (x !== undefined && x !== -1) return false;
  }
  {
    const x = v.host;
    if (x !== undefined && x !== "") return false;
  }
  {
    const x = v.port;
    if (x !== undefined && x !== 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeUpdateRaftVoterResponse(r: Reader, version: number): UpdateRaftVoterResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('UpdateRaftVoterResponse', version, 0, 0);
  return readUpdateRaftVoterResponse(r, version);
}

export function encodeUpdateRaftVoterResponse(w: Writer, version: number, value: UpdateRaftVoterResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('UpdateRaftVoterResponse', version, 0, 0);
  try {
    writeUpdateRaftVoterResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('UpdateRaftVoterResponse', version, error);
  }
}
