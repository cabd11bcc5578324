// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from LeaderChangeMessage.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface LeaderChangeMessage {
  /** versions 0-1 */
  version: number;
  /** versions 0-1 */
  leaderId: number;
  /** versions 0-1 */
  voters: LeaderChangeMessageVoter[];
  /** versions 0-1 */
  grantingVoters: LeaderChangeMessageVoter[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderChangeMessageVoter {
  /** versions 0-1 */
  voterId: number;
  /** versions 1 */
  voterDirectoryId?: Uuid;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readLeaderChangeMessage(r: Reader, version: number): LeaderChangeMessage {
  const out = {} as LeaderChangeMessage;
  out.version = r.readInt16();
  out.leaderId = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<LeaderChangeMessageVoter>(n);
    for (let i = 0; i < n; i++) a[i] = readLeaderChangeMessageVoter(r, version);
    out.voters = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<LeaderChangeMessageVoter>(n);
    for (let i = 0; i < n; i++) a[i] = readLeaderChangeMessageVoter(r, version);
    out.grantingVoters = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeLeaderChangeMessage(w: Writer, version: number, v: LeaderChangeMessage): void {
  w.appendInt16(v.version);
  w.appendInt32(v.leaderId);
  w.appendCompactArrayLength(v.voters.length);
  for (let i = 0; i < v.voters.length; i++) writeLeaderChangeMessageVoter(w, version, v.voters[i]);
  w.appendCompactArrayLength(v.grantingVoters.length);
  for (let i = 0; i < v.grantingVoters.length; i++) writeLeaderChangeMessageVoter(w, version, v.grantingVoters[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readLeaderChangeMessageVoter(r: Reader, version: number): LeaderChangeMessageVoter {
  const out = {} as LeaderChangeMessageVoter;
  out.voterId = r.readInt32();
  if (version >= 1) {
    out.voterDirectoryId = r.readUuid();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeLeaderChangeMessageVoter(w: Writer, version: number, v: LeaderChangeMessageVoter): void {
  w.appendInt32(v.voterId);
  if (version >= 1) {
    {
      const x = v.voterDirectoryId === undefined ? ZERO_UUID : v.voterDirectoryId;
      w.appendUuid(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeLeaderChangeMessage(r: Reader, version: number): LeaderChangeMessage {
  if (version < 0 || version > 1) throw unsupportedVersion('LeaderChangeMessage', version, 0, 1);
  return readLeaderChangeMessage(r, version);
}

export function encodeLeaderChangeMessage(w: Writer, version: number, value: LeaderChangeMessage): void {
  if (version < 0 || version > 1) throw unsupportedVersion('LeaderChangeMessage', version, 0, 1);
  try {
    writeLeaderChangeMessage(w, version, value);
  } catch (error) {
    throw invalidMessage('LeaderChangeMessage', version, error);
  }
}
