// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from VotersRecord.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface VotersRecord {
  /** versions 0 */
  version: number;
  /** versions 0 */
  voters: VotersRecordVoter[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface VotersRecordVoter {
  /** versions 0 */
  voterId: number;
  /** versions 0 */
  voterDirectoryId: Uuid;
  /** versions 0 */
  endpoints: VotersRecordEndpoint[];
  /** versions 0 */
  kRaftVersionFeature: VotersRecordKRaftVersionFeature;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface VotersRecordEndpoint {
  /** versions 0 */
  name: string;
  /** versions 0 */
  host: string;
  /** versions 0 */
  port: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface VotersRecordKRaftVersionFeature {
  /** versions 0 */
  minSupportedVersion: number;
  /** versions 0 */
  maxSupportedVersion: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readVotersRecord(r: Reader, version: number): VotersRecord {
  const out = {} as VotersRecord;
  out.version = r.readInt16();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<VotersRecordVoter>(n);
    for (let i = 0; i < n; i++) a[i] = readVotersRecordVoter(r, version);
    out.voters = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeVotersRecord(w: Writer, version: number, v: VotersRecord): void {
  w.appendInt16(v.version);
  w.appendCompactArrayLength(v.voters.length);
  for (let i = 0; i < v.voters.length; i++) writeVotersRecordVoter(w, version, v.voters[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readVotersRecordVoter(r: Reader, version: number): VotersRecordVoter {
  const out = {} as VotersRecordVoter;
  out.voterId = r.readInt32();
  out.voterDirectoryId = r.readUuid();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<VotersRecordEndpoint>(n);
    for (let i = 0; i < n; i++) a[i] = readVotersRecordEndpoint(r, version);
    out.endpoints = a;
  }
  out.kRaftVersionFeature = readVotersRecordKRaftVersionFeature(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeVotersRecordVoter(w: Writer, version: number, v: VotersRecordVoter): void {
  w.appendInt32(v.voterId);
  w.appendUuid(v.voterDirectoryId);
  w.appendCompactArrayLength(v.endpoints.length);
  for (let i = 0; i < v.endpoints.length; i++) writeVotersRecordEndpoint(w, version, v.endpoints[i]);
  writeVotersRecordKRaftVersionFeature(w, version, v.kRaftVersionFeature);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readVotersRecordEndpoint(r: Reader, version: number): VotersRecordEndpoint {
  const out = {} as VotersRecordEndpoint;
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

function writeVotersRecordEndpoint(w: Writer, version: number, v: VotersRecordEndpoint): void {
  w.appendCompactString(v.name);
  w.appendCompactString(v.host);
  w.appendUInt16(v.port);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readVotersRecordKRaftVersionFeature(r: Reader, version: number): VotersRecordKRaftVersionFeature {
  const out = {} as VotersRecordKRaftVersionFeature;
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

function writeVotersRecordKRaftVersionFeature(w: Writer, version: number, v: VotersRecordKRaftVersionFeature): void {
  w.appendInt16(v.minSupportedVersion);
  w.appendInt16(v.maxSupportedVersion);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultVotersRecordKRaftVersionFeature(version: number): VotersRecordKRaftVersionFeature {
  const out = {} as VotersRecordKRaftVersionFeature;
  out.minSupportedVersion = 0;
  out.maxSupportedVersion = 0;
  return out;
}

function isDefaultVotersRecordKRaftVersionFeature(v: VotersRecordKRaftVersionFeature, version: number): boolean {
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

export function decodeVotersRecord(r: Reader, version: number): VotersRecord {
  if (version < 0 || version > 0) throw unsupportedVersion('VotersRecord', version, 0, 0);
  return readVotersRecord(r, version);
}

export function encodeVotersRecord(w: Writer, version: number, value: VotersRecord): void {
  if (version < 0 || version > 0) throw unsupportedVersion('VotersRecord', version, 0, 0);
  try {
    writeVotersRecord(w, version, value);
  } catch (error) {
    throw invalidMessage('VotersRecord', version, error);
  }
}
