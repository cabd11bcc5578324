// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from UpdateFeaturesRequest.json, UpdateFeaturesResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface UpdateFeaturesRequest {
  /** versions 0-2 */
  timeoutMs: number;
  /** versions 0-2 */
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  /** versions 1-2 */
  validateOnly?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateFeaturesRequestFeatureUpdateKey {
  /** versions 0-2 */
  feature: string;
  /** versions 0-2 */
  maxVersionLevel: number;
  /** versions 0 */
  allowDowngrade?: boolean;
  /** versions 1-2 */
  upgradeType?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readUpdateFeaturesRequest(r: Reader, version: number): UpdateFeaturesRequest {
  const out = {} as UpdateFeaturesRequest;
  out.timeoutMs = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<UpdateFeaturesRequestFeatureUpdateKey>(n);
    for (let i = 0; i < n; i++) a[i] = readUpdateFeaturesRequestFeatureUpdateKey(r, version);
    out.featureUpdates = a;
  }
  if (version >= 1) {
    out.validateOnly = r.readBoolean();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeUpdateFeaturesRequest(w: Writer, version: number, v: UpdateFeaturesRequest): void {
  w.appendInt32(v.timeoutMs);
  w.appendCompactArrayLength(v.featureUpdates.length);
  for (let i = 0; i < v.featureUpdates.length; i++) writeUpdateFeaturesRequestFeatureUpdateKey(w, version, v.featureUpdates[i]);
  if (version >= 1) {
    {
      const x = v.validateOnly === undefined ? false : v.validateOnly;
      w.appendBoolean(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readUpdateFeaturesRequestFeatureUpdateKey(r: Reader, version: number): UpdateFeaturesRequestFeatureUpdateKey {
  const out = {} as UpdateFeaturesRequestFeatureUpdateKey;
  out.feature = r.readCompactString();
  out.maxVersionLevel = r.readInt16();
  if (version <= 0) {
    out.allowDowngrade = r.readBoolean();
  }
  if (version >= 1) {
    out.upgradeType = r.readInt8();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeUpdateFeaturesRequestFeatureUpdateKey(w: Writer, version: number, v: UpdateFeaturesRequestFeatureUpdateKey): void {
  w.appendCompactString(v.feature);
  w.appendInt16(v.maxVersionLevel);
  if (version <= 0) {
    {
      const x = v.allowDowngrade === undefined ? false : v.allowDowngrade;
      w.appendBoolean(x);
    }
  }
  if (version >= 1) {
    {
      const x = v.upgradeType === undefined ? 1 : v.upgradeType;
      w.appendInt8(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUpdateFeaturesRequest(r: Reader, version: number): UpdateFeaturesRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('UpdateFeaturesRequest', version, 0, 2);
  return readUpdateFeaturesRequest(r, version);
}

export function encodeUpdateFeaturesRequest(w: Writer, version: number, value: UpdateFeaturesRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('UpdateFeaturesRequest', version, 0, 2);
  try {
    writeUpdateFeaturesRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('UpdateFeaturesRequest', version, error);
  }
}

export interface UpdateFeaturesResponse {
  /** versions 0-2 */
  throttleTimeMs: number;
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2, nullable 0-2 */
  errorMessage: string | null;
  /** versions 0-1 */
  results?: UpdateFeaturesResponseUpdatableFeatureResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /** versions 0-1 */
  feature: string;
  /** versions 0-1 */
  errorCode: number;
  /** versions 0-1, nullable 0-1 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readUpdateFeaturesResponse(r: Reader, version: number): UpdateFeaturesResponse {
  const out = {} as UpdateFeaturesResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  if (version <= 1) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<UpdateFeaturesResponseUpdatableFeatureResult>(n);
      for (let i = 0; i < n; i++) a[i] = readUpdateFeaturesResponseUpdatableFeatureResult(r, version);
      out.results = a;
    }
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeUpdateFeaturesResponse(w: Writer, version: number, v: UpdateFeaturesResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  if (version <= 1) {
    {
      const x = v.results === undefined ? [] : v.results;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeUpdateFeaturesResponseUpdatableFeatureResult(w, version, x[i]);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readUpdateFeaturesResponseUpdatableFeatureResult(r: Reader, version: number): UpdateFeaturesResponseUpdatableFeatureResult {
  const out = {} as UpdateFeaturesResponseUpdatableFeatureResult;
  out.feature = r.readCompactString();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeUpdateFeaturesResponseUpdatableFeatureResult(w: Writer, version: number, v: UpdateFeaturesResponseUpdatableFeatureResult): void {
  w.appendCompactString(v.feature);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUpdateFeaturesResponse(r: Reader, version: number): UpdateFeaturesResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('UpdateFeaturesResponse', version, 0, 2);
  return readUpdateFeaturesResponse(r, version);
}

export function encodeUpdateFeaturesResponse(w: Writer, version: number, value: UpdateFeaturesResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('UpdateFeaturesResponse', version, 0, 2);
  try {
    writeUpdateFeaturesResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('UpdateFeaturesResponse', version, error);
  }
}
