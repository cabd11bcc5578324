// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from EndTxnMarker.json.
import { invalidMessage, unsupportedVersion } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface EndTxnMarker {
  /** versions 0 */
  coordinatorEpoch: number;
}

function readEndTxnMarker(r: Reader, version: number): EndTxnMarker {
  const out = {} as EndTxnMarker;
  out.coordinatorEpoch = r.readInt32();
  return out;
}

function writeEndTxnMarker(w: Writer, version: number, v: EndTxnMarker): void {
  w.appendInt32(v.coordinatorEpoch);
}

export function decodeEndTxnMarker(r: Reader, version: number): EndTxnMarker {
  if (version < 0 || version > 0) throw unsupportedVersion('EndTxnMarker', version, 0, 0);
  return readEndTxnMarker(r, version);
}

export function encodeEndTxnMarker(w: Writer, version: number, value: EndTxnMarker): void {
  if (version < 0 || version > 0) throw unsupportedVersion('EndTxnMarker', version, 0, 0);
  try {
    writeEndTxnMarker(w, version, value);
  } catch (error) {
    throw invalidMessage('EndTxnMarker', version, error);
  }
}
