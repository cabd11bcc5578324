// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from DescribeClusterRequest.json, DescribeClusterResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface DescribeClusterRequest {
  /** versions 0-2 */
  includeClusterAuthorizedOperations: boolean;
  /** versions 1-2 */
  endpointType?: number;
  /** versions 2 */
  includeFencedBrokers?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeClusterRequest(r: Reader, version: number): DescribeClusterRequest {
  const out = {} as DescribeClusterRequest;
  out.includeClusterAuthorizedOperations = r.readBoolean();
  if (version >= 1) {
    out.endpointType = r.readInt8();
  }
  if (version >= 2) {
    out.includeFencedBrokers = r.readBoolean();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeClusterRequest(w: Writer, version: number, v: DescribeClusterRequest): void {
  w.appendBoolean(v.includeClusterAuthorizedOperations);
  if (version >= 1) {
    {
      const x = v.endpointType === undefined ? 1 : v.endpointType;
      w.appendInt8(x);
    }
  }
  if (version >= 2) {
    {
      const x = v.includeFencedBrokers === undefined ? false : v.includeFencedBrokers;
      w.appendBoolean(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeClusterRequest(r: Reader, version: number): DescribeClusterRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('DescribeClusterRequest', version, 0, 2);
  return readDescribeClusterRequest(r, version);
}

export function encodeDescribeClusterRequest(w: Writer, version: number, value: DescribeClusterRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('DescribeClusterRequest', version, 0, 2);
  try {
    writeDescribeClusterRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeClusterRequest', version, error);
  }
}

export interface DescribeClusterResponse {
  /** versions 0-2 */
  throttleTimeMs: number;
  /** versions 0-2 */
  errorCode: number;
  /** versions 0-2, nullable 0-2 */
  errorMessage: string | null;
  /** versions 1-2 */
  endpointType?: number;
  /** versions 0-2 */
  clusterId: string;
  /** versions 0-2 */
  controllerId: number;
  /** versions 0-2 */
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  /** versions 0-2 */
  clusterAuthorizedOperations: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClusterResponseDescribeClusterBroker {
  /** versions 0-2 */
  brokerId: number;
  /** versions 0-2 */
  host: string;
  /** versions 0-2 */
  port: number;
  /** versions 0-2, nullable 0-2 */
  rack: string | null;
  /** versions 2 */
  isFenced?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readDescribeClusterResponse(r: Reader, version: number): DescribeClusterResponse {
  const out = {} as DescribeClusterResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  if (version >= 1) {
    out.endpointType = r.readInt8();
  }
  out.clusterId = r.readCompactString();
  out.controllerId = r.readInt32();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<DescribeClusterResponseDescribeClusterBroker>(n);
    for (let i = 0; i < n; i++) a[i] = readDescribeClusterResponseDescribeClusterBroker(r, version);
    out.brokers = a;
  }
  out.clusterAuthorizedOperations = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeClusterResponse(w: Writer, version: number, v: DescribeClusterResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  if (version >= 1) {
    {
      const x = v.endpointType === undefined ? 1 : v.endpointType;
      w.appendInt8(x);
    }
  }
  w.appendCompactString(v.clusterId);
  w.appendInt32(v.controllerId);
  w.appendCompactArrayLength(v.brokers.length);
  for (let i = 0; i < v.brokers.length; i++) writeDescribeClusterResponseDescribeClusterBroker(w, version, v.brokers[i]);
  w.appendInt32(v.clusterAuthorizedOperations);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readDescribeClusterResponseDescribeClusterBroker(r: Reader, version: number): DescribeClusterResponseDescribeClusterBroker {
  const out = {} as DescribeClusterResponseDescribeClusterBroker;
  out.brokerId = r.readInt32();
  out.host = r.readCompactString();
  out.port = r.readInt32();
  out.rack = r.readCompactNullableString();
  if (version >= 2) {
    out.isFenced = r.readBoolean();
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeDescribeClusterResponseDescribeClusterBroker(w: Writer, version: number, v: DescribeClusterResponseDescribeClusterBroker): void {
  w.appendInt32(v.brokerId);
  w.appendCompactString(v.host);
  w.appendInt32(v.port);
  w.appendCompactNullableString(v.rack);
  if (version >= 2) {
    {
      const x = v.isFenced === undefined ? false : v.isFenced;
      w.appendBoolean(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeClusterResponse(r: Reader, version: number): DescribeClusterResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('DescribeClusterResponse', version, 0, 2);
  return readDescribeClusterResponse(r, version);
}

export function encodeDescribeClusterResponse(w: Writer, version: number, value: DescribeClusterResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('DescribeClusterResponse', version, 0, 2);
  try {
    writeDescribeClusterResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('DescribeClusterResponse', version, error);
  }
}
