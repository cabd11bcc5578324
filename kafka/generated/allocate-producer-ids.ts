// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AllocateProducerIdsRequest {
  /** versions 0 */
  brokerId: number;
  /** versions 0 */
  brokerEpoch: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAllocateProducerIdsRequest(r: Reader, version: number): AllocateProducerIdsRequest {
  const out = {} as AllocateProducerIdsRequest;
  out.brokerId = r.readInt32();
  out.brokerEpoch = r.readInt64();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAllocateProducerIdsRequest(w: Writer, version: number, v: AllocateProducerIdsRequest): void {
  w.appendInt32(v.brokerId);
  w.appendInt64(v.brokerEpoch);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAllocateProducerIdsRequest(r: Reader, version: number): AllocateProducerIdsRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('AllocateProducerIdsRequest', version, 0, 0);
  return readAllocateProducerIdsRequest(r, version);
}

export function encodeAllocateProducerIdsRequest(w: Writer, version: number, value: AllocateProducerIdsRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('AllocateProducerIdsRequest', version, 0, 0);
  try {
    writeAllocateProducerIdsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AllocateProducerIdsRequest', version, error);
  }
}

export interface AllocateProducerIdsResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0 */
  producerIdStart: bigint;
  /** versions 0 */
  producerIdLen: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAllocateProducerIdsResponse(r: Reader, version: number): AllocateProducerIdsResponse {
  const out = {} as AllocateProducerIdsResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.producerIdStart = r.readInt64();
  out.producerIdLen = r.readInt32();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAllocateProducerIdsResponse(w: Writer, version: number, v: AllocateProducerIdsResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendInt64(v.producerIdStart);
  w.appendInt32(v.producerIdLen);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeAllocateProducerIdsResponse(r: Reader, version: number): AllocateProducerIdsResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('AllocateProducerIdsResponse', version, 0, 0);
  return readAllocateProducerIdsResponse(r, version);
}

export function encodeAllocateProducerIdsResponse(w: Writer, version: number, value: AllocateProducerIdsResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('AllocateProducerIdsResponse', version, 0, 0);
  try {
    writeAllocateProducerIdsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AllocateProducerIdsResponse', version, error);
  }
}
