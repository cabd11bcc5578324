// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from SnapshotHeaderRecord.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface SnapshotHeaderRecord {
  /** versions 0 */
  version: number;
  /** versions 0 */
  lastContainedLogTimestamp: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readSnapshotHeaderRecord(r: Reader, version: number): SnapshotHeaderRecord {
  const out = {} as SnapshotHeaderRecord;
  out.version = r.readInt16();
  out.lastContainedLogTimestamp = r.readInt64();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeSnapshotHeaderRecord(w: Writer, version: number, v: SnapshotHeaderRecord): void {
  w.appendInt16(v.version);
  w.appendInt64(v.lastContainedLogTimestamp);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeSnapshotHeaderRecord(r: Reader, version: number): SnapshotHeaderRecord {
  if (version < 0 || version > 0) throw unsupportedVersion('SnapshotHeaderRecord', version, 0, 0);
  return readSnapshotHeaderRecord(r, version);
}

export function encodeSnapshotHeaderRecord(w: Writer, version: number, value: SnapshotHeaderRecord): void {
  if (version < 0 || version > 0) throw unsupportedVersion('SnapshotHeaderRecord', version, 0, 0);
  try {
    writeSnapshotHeaderRecord(w, version, value);
  } catch (error) {
    throw invalidMessage('SnapshotHeaderRecord', version, error);
  }
}
