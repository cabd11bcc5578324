// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AbortedTxn.json.
import { invalidMessage, unsupportedVersion } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AbortedTxn {
  /** versions 0 */
  producerId: bigint;
  /** versions 0 */
  firstOffset: bigint;
  /** versions 0 */
  lastOffset: bigint;
  /** versions 0 */
  lastStableOffset: bigint;
}

function readAbortedTxn(r: Reader, version: number): AbortedTxn {
  const out = {} as AbortedTxn;
  out.producerId = r.readInt64();
  out.firstOffset = r.readInt64();
  out.lastOffset = r.readInt64();
  out.lastStableOffset = r.readInt64();
  return out;
}

function writeAbortedTxn(w: Writer, version: number, v: AbortedTxn): void {
  w.appendInt64(v.producerId);
  w.appendInt64(v.firstOffset);
  w.appendInt64(v.lastOffset);
  w.appendInt64(v.lastStableOffset);
}

export function decodeAbortedTxn(r: Reader, version: number): AbortedTxn {
  if (version < 0 || version > 0) throw unsupportedVersion('AbortedTxn', version, 0, 0);
  return readAbortedTxn(r, version);
}

export function encodeAbortedTxn(w: Writer, version: number, value: AbortedTxn): void {
  if (version < 0 || version > 0) throw unsupportedVersion('AbortedTxn', version, 0, 0);
  try {
    writeAbortedTxn(w, version, value);
  } catch (error) {
    throw invalidMessage('AbortedTxn', version, error);
  }
}
