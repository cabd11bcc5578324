// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader, Uuid } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface GetTelemetrySubscriptionsRequest {
  /** versions 0 */
  clientInstanceId: Uuid;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readGetTelemetrySubscriptionsRequest(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
  const out = {} as GetTelemetrySubscriptionsRequest;
  out.clientInstanceId = r.readUuid();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeGetTelemetrySubscriptionsRequest(w: Writer, version: number, v: GetTelemetrySubscriptionsRequest): void {
  w.appendUuid(v.clientInstanceId);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeGetTelemetrySubscriptionsRequest(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('GetTelemetrySubscriptionsRequest', version, 0, 0);
  return readGetTelemetrySubscriptionsRequest(r, version);
}

export function encodeGetTelemetrySubscriptionsRequest(w: Writer, version: number, value: GetTelemetrySubscriptionsRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('GetTelemetrySubscriptionsRequest', version, 0, 0);
  try {
    writeGetTelemetrySubscriptionsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('GetTelemetrySubscriptionsRequest', version, error);
  }
}

export interface GetTelemetrySubscriptionsResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0 */
  clientInstanceId: Uuid;
  /** versions 0 */
  subscriptionId: number;
  /** versions 0 */
  acceptedCompressionTypes: number[];
  /** versions 0 */
  pushIntervalMs: number;
  /** versions 0 */
  telemetryMaxBytes: number;
  /** versions 0 */
  deltaTemporality: boolean;
  /** versions 0 */
  requestedMetrics: string[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readGetTelemetrySubscriptionsResponse(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  const out = {} as GetTelemetrySubscriptionsResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.clientInstanceId = r.readUuid();
  out.subscriptionId = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt8();
    out.acceptedCompressionTypes = a;
  }
  out.pushIntervalMs = r.readInt32();
  out.telemetryMaxBytes = r.readInt32();
  out.deltaTemporality = r.readBoolean();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.requestedMetrics = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeGetTelemetrySubscriptionsResponse(w: Writer, version: number, v: GetTelemetrySubscriptionsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendUuid(v.clientInstanceId);
  w.appendInt32(v.subscriptionId);
  w.appendCompactArrayLength(v.acceptedCompressionTypes.length);
  for (let i = 0; i < v.acceptedCompressionTypes.length; i++) w.appendInt8(v.acceptedCompressionTypes[i]);
  w.appendInt32(v.pushIntervalMs);
  w.appendInt32(v.telemetryMaxBytes);
  w.appendBoolean(v.deltaTemporality);
  w.appendCompactArrayLength(v.requestedMetrics.length);
  for (let i = 0; i < v.requestedMetrics.length; i++) w.appendCompactString(v.requestedMetrics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeGetTelemetrySubscriptionsResponse(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('GetTelemetrySubscriptionsResponse', version, 0, 0);
  return readGetTelemetrySubscriptionsResponse(r, version);
}

export function encodeGetTelemetrySubscriptionsResponse(w: Writer, version: number, value: GetTelemetrySubscriptionsResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('GetTelemetrySubscriptionsResponse', version, 0, 0);
  try {
    writeGetTelemetrySubscriptionsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('GetTelemetrySubscriptionsResponse', version, error);
  }
}
