// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from RemoveRaftVoterRequest.json, RemoveRaftVoterResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface RemoveRaftVoterRequest {
  /** versions 0, nullable 0 */
  clusterId: string | null;
  /** versions 0 */
  voterId: number;
  /** versions 0 */
  voterDirectoryId: Uuid;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readRemoveRaftVoterRequest(r: Reader, version: number): RemoveRaftVoterRequest {
  const out = {} as RemoveRaftVoterRequest;
  out.clusterId = r.readCompactNullableString();
  out.voterId = r.readInt32();
  out.voterDirectoryId = r.readUuid();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeRemoveRaftVoterRequest(w: Writer, version: number, v: RemoveRaftVoterRequest): void {
  w.appendCompactNullableString(v.clusterId);
  w.appendInt32(v.voterId);
  w.appendUuid(v.voterDirectoryId);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeRemoveRaftVoterRequest(r: Reader, version: number): RemoveRaftVoterRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('RemoveRaftVoterRequest', version, 0, 0);
  return readRemoveRaftVoterRequest(r, version);
}

export function encodeRemoveRaftVoterRequest(w: Writer, version: number, value: RemoveRaftVoterRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('RemoveRaftVoterRequest', version, 0, 0);
  try {
    writeRemoveRaftVoterRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('RemoveRaftVoterRequest', version, error);
  }
}

export interface RemoveRaftVoterResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readRemoveRaftVoterResponse(r: Reader, version: number): RemoveRaftVoterResponse {
  const out = {} as RemoveRaftVoterResponse;
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

function writeRemoveRaftVoterResponse(w: Writer, version: number, v: RemoveRaftVoterResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeRemoveRaftVoterResponse(r: Reader, version: number): RemoveRaftVoterResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('RemoveRaftVoterResponse', version, 0, 0);
  return readRemoveRaftVoterResponse(r, version);
}

export function encodeRemoveRaftVoterResponse(w: Writer, version: number, value: RemoveRaftVoterResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('RemoveRaftVoterResponse', version, 0, 0);
  try {
    writeRemoveRaftVoterResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('RemoveRaftVoterResponse', version, error);
  }
}
