// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from PushTelemetryRequest.json, PushTelemetryResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface PushTelemetryRequest {
  /** versions 0 */
  clientInstanceId: Uuid;
  /** versions 0 */
  subscriptionId: number;
  /** versions 0 */
  terminating: boolean;
  /** versions 0 */
  compressionType: number;
  /** versions 0 */
  metrics: Buffer;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readPushTelemetryRequest(r: Reader, version: number): PushTelemetryRequest {
  const out = {} as PushTelemetryRequest;
  out.clientInstanceId = r.readUuid();
  out.subscriptionId = r.readInt32();
  out.terminating = r.readBoolean();
  out.compressionType = r.readInt8();
  out.metrics = r.readCompactBytes();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writePushTelemetryRequest(w: Writer, version: number, v: PushTelemetryRequest): void {
  w.appendUuid(v.clientInstanceId);
  w.appendInt32(v.subscriptionId);
  w.appendBoolean(v.terminating);
  w.appendInt8(v.compressionType);
  w.appendCompactBytes(v.metrics);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodePushTelemetryRequest(r: Reader, version: number): PushTelemetryRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('PushTelemetryRequest', version, 0, 0);
  return readPushTelemetryRequest(r, version);
}

export function encodePushTelemetryRequest(w: Writer, version: number, value: PushTelemetryRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('PushTelemetryRequest', version, 0, 0);
  try {
    writePushTelemetryRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('PushTelemetryRequest', version, error);
  }
}

export interface PushTelemetryResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readPushTelemetryResponse(r: Reader, version: number): PushTelemetryResponse {
  const out = {} as PushTelemetryResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writePushTelemetryResponse(w: Writer, version: number, v: PushTelemetryResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodePushTelemetryResponse(r: Reader, version: number): PushTelemetryResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('PushTelemetryResponse', version, 0, 0);
  return readPushTelemetryResponse(r, version);
}

export function encodePushTelemetryResponse(w: Writer, version: number, value: PushTelemetryResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('PushTelemetryResponse', version, 0, 0);
  try {
    writePushTelemetryResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('PushTelemetryResponse', version, error);
  }
}
