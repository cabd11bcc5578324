// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from RequestHeader.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface RequestHeader {
  /** versions 0-2 */
  requestApiKey: number;
  /** versions 0-2 */
  requestApiVersion: number;
  /** versions 0-2 */
  correlationId: number;
  /** versions 1-2, nullable 1-2 */
  clientId?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readRequestHeader(r: Reader, version: number): RequestHeader {
  const out = {} as RequestHeader;
  out.requestApiKey = r.readInt16();
  out.requestApiVersion = r.readInt16();
  out.correlationId = r.readInt32();
  if (version >= 1) {
    out.clientId = r.readNullableString();
  }
  if (version >= 2) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeRequestHeader(w: Writer, version: number, v: RequestHeader): void {
  w.appendInt16(v.requestApiKey);
  w.appendInt16(v.requestApiVersion);
  w.appendInt32(v.correlationId);
  if (version >= 1) {
    {
      const x = v.clientId === undefined ? "" : v.clientId;
      w.appendNullableString(x);
    }
  }
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeRequestHeader(r: Reader, version: number): RequestHeader {
  if (version < 0 || version > 2) throw unsupportedVersion('RequestHeader', version, 0, 2);
  return readRequestHeader(r, version);
}

export function encodeRequestHeader(w: Writer, version: number, value: RequestHeader): void {
  if (version < 0 || version > 2) throw unsupportedVersion('RequestHeader', version, 0, 2);
  try {
    writeRequestHeader(w, version, value);
  } catch (error) {
    throw invalidMessage('RequestHeader', version, error);
  }
}
