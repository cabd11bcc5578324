// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ControlRecordTypeSchema.json.
import { invalidMessage, unsupportedVersion } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ControlRecordTypeSchema {
  /** versions 0 */
  type: number;
}

function readControlRecordTypeSchema(r: Reader, version: number): ControlRecordTypeSchema {
  const out = {} as ControlRecordTypeSchema;
  out.type = r.readInt16();
  return out;
}

function writeControlRecordTypeSchema(w: Writer, version: number, v: ControlRecordTypeSchema): void {
  w.appendInt16(v.type);
}

export function decodeControlRecordTypeSchema(r: Reader, version: number): ControlRecordTypeSchema {
  if (version < 0 || version > 0) throw unsupportedVersion('ControlRecordTypeSchema', version, 0, 0);
  return readControlRecordTypeSchema(r, version);
}

export function encodeControlRecordTypeSchema(w: Writer, version: number, value: ControlRecordTypeSchema): void {
  if (version < 0 || version > 0) throw unsupportedVersion('ControlRecordTypeSchema', version, 0, 0);
  try {
    writeControlRecordTypeSchema(w, version, value);
  } catch (error) {
    throw invalidMessage('ControlRecordTypeSchema', version, error);
  }
}
