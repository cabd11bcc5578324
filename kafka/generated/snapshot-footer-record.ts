// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from SnapshotFooterRecord.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface SnapshotFooterRecord {
  /** versions 0 */
  version: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readSnapshotFooterRecord(r: Reader, version: number): SnapshotFooterRecord {
  const out = {} as SnapshotFooterRecord;
  out.version = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeSnapshotFooterRecord(w: Writer, version: number, v: SnapshotFooterRecord): void {
  w.appendInt16(v.version);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeSnapshotFooterRecord(r: Reader, version: number): SnapshotFooterRecord {
  if (version < 0 || version > 0) throw unsupportedVersion('SnapshotFooterRecord', version, 0, 0);
  return readSnapshotFooterRecord(r, version);
}

export function encodeSnapshotFooterRecord(w: Writer, version: number, value: SnapshotFooterRecord): void {
  if (version < 0 || version > 0) throw unsupportedVersion('SnapshotFooterRecord', version, 0, 0);
  try {
    writeSnapshotFooterRecord(w, version, value);
  } catch (error) {
    throw invalidMessage('SnapshotFooterRecord', version, error);
  }
}
