// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DefaultPrincipalData.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DefaultPrincipalData {
  /** versions 0 */
  type: string;
  /** versions 0 */
  name: string;
  /** versions 0 */
  tokenAuthenticated: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDefaultPrincipalData(r: Reader, version: number): DefaultPrincipalData {
  const out = {} as DefaultPrincipalData;
  out.type = r.readCompactString();
  out.name = r.readCompactString();
  out.tokenAuthenticated = r.readBoolean();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDefaultPrincipalData(w: Writer, version: number, v: DefaultPrincipalData): void {
  w.appendCompactString(v.type);
  w.appendCompactString(v.name);
  w.appendBoolean(v.tokenAuthenticated);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDefaultPrincipalData(r: Reader, version: number): DefaultPrincipalData {
  if (version < 0 || version > 0) throw unsupportedVersion('DefaultPrincipalData', version, 0, 0);
  return readDefaultPrincipalData(r, version);
}

export function encodeDefaultPrincipalData(w: Writer, version: number, value: DefaultPrincipalData): void {
  if (version < 0 || version > 0) throw unsupportedVersion('DefaultPrincipalData', version, 0, 0);
  try {
    writeDefaultPrincipalData(w, version, value);
  } catch (error) {
    throw invalidMessage('DefaultPrincipalData', version, error);
  }
}
