// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from SaslHandshakeRequest.json, SaslHandshakeResponse.json.
import { invalidMessage, unsupportedVersion } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface SaslHandshakeRequest {
  /** versions 0-1 */
  mechanism: string;
}

function readSaslHandshakeRequest(r: Reader, version: number): SaslHandshakeRequest {
  const out = {} as SaslHandshakeRequest;
  out.mechanism = r.readString();
  return out;
}

function writeSaslHandshakeRequest(w: Writer, version: number, v: SaslHandshakeRequest): void {
  w.appendString(v.mechanism);
}

export function decodeSaslHandshakeRequest(r: Reader, version: number): SaslHandshakeRequest {
  if (version < 0 || version > 1) throw unsupportedVersion('SaslHandshakeRequest', version, 0, 1);
  return readSaslHandshakeRequest(r, version);
}

export function encodeSaslHandshakeRequest(w: Writer, version: number, value: SaslHandshakeRequest): void {
  if (version < 0 || version > 1) throw unsupportedVersion('SaslHandshakeRequest', version, 0, 1);
  try {
    writeSaslHandshakeRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('SaslHandshakeRequest', version, error);
  }
}

export interface SaslHandshakeResponse {
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1 */
  mechanisms: string[];
}

function readSaslHandshakeResponse(r: Reader, version: number): SaslHandshakeResponse {
  const out = {} as SaslHandshakeResponse;
  out.errorCode = r.readInt16();
  {
    const n = r.readArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readString();
    out.mechanisms = a;
  }
  return out;
}

function writeSaslHandshakeResponse(w: Writer, version: number, v: SaslHandshakeResponse): void {
  w.appendInt16(v.errorCode);
  w.appendArrayLength(v.mechanisms.length);
  for (let i = 0; i < v.mechanisms.length; i++) w.appendString(v.mechanisms[i]);
}

export function decodeSaslHandshakeResponse(r: Reader, version: number): SaslHandshakeResponse {
  if (version < 0 || version > 1) throw unsupportedVersion('SaslHandshakeResponse', version, 0, 1);
  return readSaslHandshakeResponse(r, version);
}

export function encodeSaslHandshakeResponse(w: Writer, version: number, value: SaslHandshakeResponse): void {
  if (version < 0 || version > 1) throw unsupportedVersion('SaslHandshakeResponse', version, 0, 1);
  try {
    writeSaslHandshakeResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('SaslHandshakeResponse', version, error);
  }
}
