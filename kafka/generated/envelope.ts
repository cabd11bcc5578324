// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from EnvelopeRequest.json, EnvelopeResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface EnvelopeRequest {
  /** versions 0 */
  requestData: Buffer;
  /** versions 0, nullable 0 */
  requestPrincipal: Buffer | null;
  /** versions 0 */
  clientHostAddress: Buffer;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readEnvelopeRequest(r: Reader, version: number): EnvelopeRequest {
  const out = {} as EnvelopeRequest;
  out.requestData = r.readCompactBytes();
  out.requestPrincipal = r.readCompactNullableBytes();
  out.clientHostAddress = r.readCompactBytes();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeEnvelopeRequest(w: Writer, version: number, v: EnvelopeRequest): void {
  w.appendCompactBytes(v.requestData);
  w.appendCompactNullableBytes(v.requestPrincipal);
  w.appendCompactBytes(v.clientHostAddress);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeEnvelopeRequest(r: Reader, version: number): EnvelopeRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('EnvelopeRequest', version, 0, 0);
  return readEnvelopeRequest(r, version);
}

export function encodeEnvelopeRequest(w: Writer, version: number, value: EnvelopeRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('EnvelopeRequest', version, 0, 0);
  try {
    writeEnvelopeRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('EnvelopeRequest', version, error);
  }
}

export interface EnvelopeResponse {
  /** versions 0, nullable 0 */
  responseData: Buffer | null;
  /** versions 0 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readEnvelopeResponse(r: Reader, version: number): EnvelopeResponse {
  const out = {} as EnvelopeResponse;
  out.responseData = r.readCompactNullableBytes();
  out.errorCode = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeEnvelopeResponse(w: Writer, version: number, v: EnvelopeResponse): void {
  w.appendCompactNullableBytes(v.responseData);
  w.appendInt16(v.errorCode);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeEnvelopeResponse(r: Reader, version: number): EnvelopeResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('EnvelopeResponse', version, 0, 0);
  return readEnvelopeResponse(r, version);
}

export function encodeEnvelopeResponse(w: Writer, version: number, value: EnvelopeResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('EnvelopeResponse', version, 0, 0);
  try {
    writeEnvelopeResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('EnvelopeResponse', version, error);
  }
}
