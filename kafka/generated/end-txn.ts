// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from EndTxnRequest.json, EndTxnResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface EndTxnRequest {
  /** versions 0-5 */
  transactionalId: string;
  /** versions 0-5 */
  producerId: bigint;
  /** versions 0-5 */
  producerEpoch: number;
  /** versions 0-5 */
  committed: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readEndTxnRequest(r: Reader, version: number): EndTxnRequest {
  const out = {} as EndTxnRequest;
  out.transactionalId = (version >= 3 ? r.readCompactString() : r.readString());
  out.producerId = r.readInt64();
  out.producerEpoch = r.readInt16();
  out.committed = r.readBoolean();
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

function writeEndTxnRequest(w: Writer, version: number, v: EndTxnRequest): void {
  (version >= 3 ? w.appendCompactString(v.transactionalId) : w.appendString(v.transactionalId));
  w.appendInt64(v.producerId);
  w.appendInt16(v.producerEpoch);
  w.appendBoolean(v.committed);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeEndTxnRequest(r: Reader, version: number): EndTxnRequest {
  if (version < 0 || version > 5) throw unsupportedVersion('EndTxnRequest', version, 0, 5);
  return readEndTxnRequest(r, version);
}

export function encodeEndTxnRequest(w: Writer, version: number, value: EndTxnRequest): void {
  if (version < 0 || version > 5) throw unsupportedVersion('EndTxnRequest', version, 0, 5);
  try {
    writeEndTxnRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('EndTxnRequest', version, error);
  }
}

export interface EndTxnResponse {
  /** versions 0-5 */
  throttleTimeMs: number;
  /** versions 0-5 */
  errorCode: number;
  /** versions 5 */
  producerId?: bigint;
  /** versions 5 */
  producerEpoch?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readEndTxnResponse(r: Reader, version: number): EndTxnResponse {
  const out = {} as EndTxnResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  if (version >= 5) {
    out.producerId = r.readInt64();
  }
  if (version >= 5) {
    out.producerEpoch = r.readInt16();
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

function writeEndTxnResponse(w: Writer, version: number, v: EndTxnResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  if (version >= 5) {
    {
      const x = v.producerId === undefined ? -1n : v.producerId;
      w.appendInt64(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.producerEpoch === undefined ? -1 : v.producerEpoch;
      w.appendInt16(x);
    }
  }
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeEndTxnResponse(r: Reader, version: number): EndTxnResponse {
  if (version < 0 || version > 5) throw unsupportedVersion('EndTxnResponse', version, 0, 5);
  return readEndTxnResponse(r, version);
}

export function encodeEndTxnResponse(w: Writer, version: number, value: EndTxnResponse): void {
  if (version < 0 || version > 5) throw unsupportedVersion('EndTxnResponse', version, 0, 5);
  try {
    writeEndTxnResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('EndTxnResponse', version, error);
  }
}
