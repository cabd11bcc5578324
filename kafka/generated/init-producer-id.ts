// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from InitProducerIdRequest.json, InitProducerIdResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface InitProducerIdRequest {
  /** versions 0-6, nullable 0-6 */
  transactionalId: string | null;
  /** versions 0-6 */
  transactionTimeoutMs: number;
  /** versions 3-6 */
  producerId?: bigint;
  /** versions 3-6 */
  producerEpoch?: number;
  /** versions 6 */
  enable2Pc?: boolean;
  /** versions 6 */
  keepPreparedTxn?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  const out = {} as InitProducerIdRequest;
  out.transactionalId = (version >= 2 ? r.readCompactNullableString() : r.readNullableString());
  out.transactionTimeoutMs = r.readInt32();
  if (version >= 3) {
    out.producerId = r.readInt64();
  }
  if (version >= 3) {
    out.producerEpoch = r.readInt16();
  }
  if (version >= 6) {
    out.enable2Pc = r.readBoolean();
  }
  if (version >= 6) {
    out.keepPreparedTxn = r.readBoolean();
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

function writeInitProducerIdRequest(w: Writer, version: number, v: InitProducerIdRequest): void {
  (version >= 2 ? w.appendCompactNullableString(v.transactionalId) : w.appendNullableString(v.transactionalId));
  w.appendInt32(v.transactionTimeoutMs);
  if (version >= 3) {
    {
      const x = v.producerId === undefined ? -1n : v.producerId;
      w.appendInt64(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.producerEpoch === undefined ? -1 : v.producerEpoch;
      w.appendInt16(x);
    }
  }
  if (version >= 6) {
    {
      const x = v.enable2Pc === undefined ? false : v.enable2Pc;
      w.appendBoolean(x);
    }
  }
  if (version >= 6) {
    {
      const x = v.keepPreparedTxn === undefined ? false : v.keepPreparedTxn;
      w.appendBoolean(x);
    }
  }
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  if (version < 0 || version > 6) throw unsupportedVersion('InitProducerIdRequest', version, 0, 6);
  return readInitProducerIdRequest(r, version);
}

export function encodeInitProducerIdRequest(w: Writer, version: number, value: InitProducerIdRequest): void {
  if (version < 0 || version > 6) throw unsupportedVersion('InitProducerIdRequest', version, 0, 6);
  try {
    writeInitProducerIdRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('InitProducerIdRequest', version, error);
  }
}

export interface InitProducerIdResponse {
  /** versions 0-6 */
  throttleTimeMs: number;
  /** versions 0-6 */
  errorCode: number;
  /** versions 0-6 */
  producerId: bigint;
  /** versions 0-6 */
  producerEpoch: number;
  /** versions 6 */
  ongoingTxnProducerId?: bigint;
  /** versions 6 */
  ongoingTxnProducerEpoch?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readInitProducerIdResponse(r: Reader, version: number): InitProducerIdResponse {
  const out = {} as InitProducerIdResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.producerId = r.readInt64();
  out.producerEpoch = r.readInt16();
  if (version >= 6) {
    out.ongoingTxnProducerId = r.readInt64();
  }
  if (version >= 6) {
    out.ongoingTxnProducerEpoch = r.readInt16();
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

function writeInitProducerIdResponse(w: Writer, version: number, v: InitProducerIdResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendInt64(v.producerId);
  w.appendInt16(v.producerEpoch);
  if (version >= 6) {
    {
      const x = v.ongoingTxnProducerId === undefined ? -1n : v.ongoingTxnProducerId;
      w.appendInt64(x);
    }
  }
  if (version >= 6) {
    {
      const x = v.ongoingTxnProducerEpoch === undefined ? -1 : v.ongoingTxnProducerEpoch;
      w.appendInt16(x);
    }
  }
  if (version >= 2) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeInitProducerIdResponse(r: Reader, version: number): InitProducerIdResponse {
  if (version < 0 || version > 6) throw unsupportedVersion('InitProducerIdResponse', version, 0, 6);
  return readInitProducerIdResponse(r, version);
}

export function encodeInitProducerIdResponse(w: Writer, version: number, value: InitProducerIdResponse): void {
  if (version < 0 || version > 6) throw unsupportedVersion('InitProducerIdResponse', version, 0, 6);
  try {
    writeInitProducerIdResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('InitProducerIdResponse', version, error);
  }
}
