// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from KRaftVersionRecord.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface KRaftVersionRecord {
  /** versions 0 */
  version: number;
  /** versions 0 */
  kRaftVersion: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readKRaftVersionRecord(r: Reader, version: number): KRaftVersionRecord {
  const out = {} as KRaftVersionRecord;
  out.version = r.readInt16();
  out.kRaftVersion = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeKRaftVersionRecord(w: Writer, version: number, v: KRaftVersionRecord): void {
  w.appendInt16(v.version);
  w.appendInt16(v.kRaftVersion);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeKRaftVersionRecord(r: Reader, version: number): KRaftVersionRecord {
  if (version < 0 || version > 0) throw unsupportedVersion('KRaftVersionRecord', version, 0, 0);
  return readKRaftVersionRecord(r, version);
}

export function encodeKRaftVersionRecord(w: Writer, version: number, value: KRaftVersionRecord): void {
  if (version < 0 || version > 0) throw unsupportedVersion('KRaftVersionRecord', version, 0, 0);
  try {
    writeKRaftVersionRecord(w, version, value);
  } catch (error) {
    throw invalidMessage('KRaftVersionRecord', version, error);
  }
}
