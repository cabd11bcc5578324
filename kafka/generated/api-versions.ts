// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ApiVersionsRequest.json, ApiVersionsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface ApiVersionsRequest {
  /** versions 3-5 */
  clientSoftwareName?: string;
  /** versions 3-5 */
  clientSoftwareVersion?: string;
  /** versions 5, nullable 5 */
  clusterId?: string | null;
  /** versions 5 */
  nodeId?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readApiVersionsRequest(r: Reader, version: number): ApiVersionsRequest {
  const out = {} as ApiVersionsRequest;
  if (version >= 3) {
    out.clientSoftwareName = r.readCompactString();
  }
  if (version >= 3) {
    out.clientSoftwareVersion = r.readCompactString();
  }
  if (version >= 5) {
    out.clusterId = r.readCompactNullableString();
  }
  if (version >= 5) {
    out.nodeId = r.readInt32();
  }
  if (version >= 3) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeApiVersionsRequest(w: Writer, version: number, v: ApiVersionsRequest): void {
  if (version >= 3) {
    {
      const x = v.clientSoftwareName === undefined ? "" : v.clientSoftwareName;
      w.appendCompactString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.clientSoftwareVersion === undefined ? "" : v.clientSoftwareVersion;
      w.appendCompactString(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.clusterId === undefined ? null : v.clusterId;
      w.appendCompactNullableString(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.nodeId === undefined ? -1 : v.nodeId;
      w.appendInt32(x);
    }
  }
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeApiVersionsRequest(r: Reader, version: number): ApiVersionsRequest {
  if (version < 0 || version > 5) throw unsupportedVersion('ApiVersionsRequest', version, 0, 5);
  return readApiVersionsRequest(r, version);
}

export function encodeApiVersionsRequest(w: Writer, version: number, value: ApiVersionsRequest): void {
  if (version < 0 || version > 5) throw unsupportedVersion('ApiVersionsRequest', version, 0, 5);
  try {
    writeApiVersionsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ApiVersionsRequest', version, error);
  }
}

export interface ApiVersionsResponse {
  /** versions 0-5 */
  errorCode: number;
  /** versions 0-5 */
  apiKeys: ApiVersionsResponseApiVersion[];
  /** versions 1-5 */
  throttleTimeMs?: number;
  /** versions 3-5, tag 0 */
  supportedFeatures?: ApiVersionsResponseSupportedFeatureKey[];
  /** versions 3-5, tag 1 */
  finalizedFeaturesEpoch?: bigint;
  /** versions 3-5, tag 2 */
  finalizedFeatures?: ApiVersionsResponseFinalizedFeatureKey[];
  /** versions 3-5, tag 3 */
  zkMigrationReady?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ApiVersionsResponseApiVersion {
  /** versions 0-5 */
  apiKey: number;
  /** versions 0-5 */
  minVersion: number;
  /** versions 0-5 */
  maxVersion: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ApiVersionsResponseSupportedFeatureKey {
  /** versions 3-5 */
  name: string;
  /** versions 3-5 */
  minVersion: number;
  /** versions 3-5 */
  maxVersion: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ApiVersionsResponseFinalizedFeatureKey {
  /** versions 3-5 */
  name: string;
  /** versions 3-5 */
  maxVersionLevel: number;
  /** versions 3-5 */
  minVersionLevel: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readApiVersionsResponse(r: Reader, version: number): ApiVersionsResponse {
  const out = {} as ApiVersionsResponse;
  out.errorCode = r.readInt16();
  {
    const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ApiVersionsResponseApiVersion>(n);
    for (let i = 0; i < n; i++) a[i] = readApiVersionsResponseApiVersion(r, version);
    out.apiKeys = a;
  }
  if (version >= 1) {
    out.throttleTimeMs = r.readInt32();
  }
  if (version >= 3) {
    out.supportedFeatures = [];
    out.finalizedFeaturesEpoch = -1n;
    out.finalizedFeatures = [];
    out.zkMigrationReady = false;
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      if (tag === 0) {
        const tr = r.subReader(size);
        {
          const n = tr.readCompactArrayLength();
          const a = new Array<ApiVersionsResponseSupportedFeatureKey>(n);
          for (let i = 0; i < n; i++) a[i] = readApiVersionsResponseSupportedFeatureKey(tr, version);
          out.supportedFeatures = a;
        }
        tr.expectEnd('ApiVersionsResponse.supportedFeatures');
      } else if (tag === 1) {
        const tr = r.subReader(size);
        out.finalizedFeaturesEpoch = tr.readInt64();
        tr.expectEnd('ApiVersionsResponse.finalizedFeaturesEpoch');
      } else if (tag === 2) {
        const tr = r.subReader(size);
        {
          const n = tr.readCompactArrayLength();
          const a = new Array<ApiVersionsResponseFinalizedFeatureKey>(n);
          for (let i = 0; i < n; i++) a[i] = readApiVersionsResponseFinalizedFeatureKey(tr, version);
          out.finalizedFeatures = a;
        }
        tr.expectEnd('ApiVersionsResponse.finalizedFeatures');
      } else if (tag === 3) {
        const tr = r.subReader(size);
        out.zkMigrationReady = tr.readBoolean();
        tr.expectEnd('ApiVersionsResponse.zkMigrationReady');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeApiVersionsResponse(w: Writer, version: number, v: ApiVersionsResponse): void {
  w.appendInt16(v.errorCode);
  (version >= 3 ? w.appendCompactArrayLength(v.apiKeys.length) : w.appendArrayLength(v.apiKeys.length));
  for (let i = 0; i < v.apiKeys.length; i++) writeApiVersionsResponseApiVersion(w, version, v.apiKeys[i]);
  if (version >= 1) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  if (version >= 3) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.supportedFeatures;
      if (x !== undefined && x.length > 0) {
        const tw = new Writer(64);
        tw.appendCompactArrayLength(x.length);
        for (let i = 0; i < x.length; i++) writeApiVersionsResponseSupportedFeatureKey(tw, version, x[i]);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    {
      const x = v.finalizedFeaturesEpoch;
      if (x !== undefined && x !== -1n) {
        const tw = new Writer(64);
        tw.appendInt64(x);
        (tagged ??= []).push({ tag: 1, data: tw.buffer });
      }
    }
    {
      const x = v.finalizedFeatures;
      if (x !== undefined && x.length > 0) {
        const tw = new Writer(64);
        tw.appendCompactArrayLength(x.length);
        for (let i = 0; i < x.length; i++) writeApiVersionsResponseFinalizedFeatureKey(tw, version, x[i]);
        (tagged ??= []).push({ tag: 2, data: tw.buffer });
      }
    }
    {
      const x = v.zkMigrationReady;
      if (x !== undefined && x !== false) {
        const tw = new Writer(64);
        tw.appendBoolean(x);
        (tagged ??= []).push({ tag: 3, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readApiVersionsResponseApiVersion(r: Reader, version: number): ApiVersionsResponseApiVersion {
  const out = {} as ApiVersionsResponseApiVersion;
  out.apiKey = r.readInt16();
  out.minVersion = r.readInt16();
  out.maxVersion = r.readInt16();
  if (version >= 3) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeApiVersionsResponseApiVersion(w: Writer, version: number, v: ApiVersionsResponseApiVersion): void {
  w.appendInt16(v.apiKey);
  w.appendInt16(v.minVersion);
  w.appendInt16(v.maxVersion);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readApiVersionsResponseSupportedFeatureKey(r: Reader, version: number): ApiVersionsResponseSupportedFeatureKey {
  const out = {} as ApiVersionsResponseSupportedFeatureKey;
  out.name = r.readCompactString();
  out.minVersion = r.readInt16();
  out.maxVersion = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeApiVersionsResponseSupportedFeatureKey(w: Writer, version: number, v: ApiVersionsResponseSupportedFeatureKey): void {
  w.appendCompactString(v.name);
  w.appendInt16(v.minVersion);
  w.appendInt16(v.maxVersion);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readApiVersionsResponseFinalizedFeatureKey(r: Reader, version: number): ApiVersionsResponseFinalizedFeatureKey {
  const out = {} as ApiVersionsResponseFinalizedFeatureKey;
  out.name = r.readCompactString();
  out.maxVersionLevel = r.readInt16();
  out.minVersionLevel = r.readInt16();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeApiVersionsResponseFinalizedFeatureKey(w: Writer, version: number, v: ApiVersionsResponseFinalizedFeatureKey): void {
  w.appendCompactString(v.name);
  w.appendInt16(v.maxVersionLevel);
  w.appendInt16(v.minVersionLevel);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeApiVersionsResponse(r: Reader, version: number): ApiVersionsResponse {
  if (version < 0 || version > 5) throw unsupportedVersion('ApiVersionsResponse', version, 0, 5);
  return readApiVersionsResponse(r, version);
}

export function encodeApiVersionsResponse(w: Writer, version: number, value: ApiVersionsResponse): void {
  if (version < 0 || version > 5) throw unsupportedVersion('ApiVersionsResponse', version, 0, 5);
  try {
    writeApiVersionsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ApiVersionsResponse', version, error);
  }
}
