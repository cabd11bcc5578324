// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ResponseHeader.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ResponseHeader {
  /** versions 0-1 */
  correlationId: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readResponseHeader(r: Reader, version: number): ResponseHeader {
  const out = {} as ResponseHeader;
  out.correlationId = r.readInt32();
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeResponseHeader(w: Writer, version: number, v: ResponseHeader): void {
  w.appendInt32(v.correlationId);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeResponseHeader(r: Reader, version: number): ResponseHeader {
  if (version < 0 || version > 1) throw unsupportedVersion('ResponseHeader', version, 0, 1);
  return readResponseHeader(r, version);
}

export function encodeResponseHeader(w: Writer, version: number, value: ResponseHeader): void {
  if (version < 0 || version > 1) throw unsupportedVersion('ResponseHeader', version, 0, 1);
  try {
    writeResponseHeader(w, version, value);
  } catch (error) {
    throw invalidMessage('ResponseHeader', version, error);
  }
}
