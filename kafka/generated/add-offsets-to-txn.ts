// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AddOffsetsToTxnRequest {
  /** versions 0-4 */
  transactionalId: string;
  /** versions 0-4 */
  producerId: bigint;
  /** versions 0-4 */
  producerEpoch: number;
  /** versions 0-4 */
  groupId: string;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAddOffsetsToTxnRequest(r: Reader, version: number): AddOffsetsToTxnRequest {
  const out = {} as AddOffsetsToTxnRequest;
  out.transactionalId = (version >= 3 ? r.readCompactString() : r.readString());
  out.producerId = r.readInt64();
  out.producerEpoch = r.readInt16();
  out.groupId = (version >= 3 ? r.readCompactString() : r.readString());
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

function writeAddOffsetsToTxnRequest(w: Writer, version: number, v: AddOffsetsToTxnRequest): void {
  (version >= 3 ? w.appendCompactString(v.transactionalId) : w.appendString(v.transactionalId));
  w.appendInt64(v.producerId);
  w.appendInt16(v.producerEpoch);
  (version >= 3 ? w.appendCompactString(v.groupId) : w.appendString(v.groupId));
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAddOffsetsToTxnRequest(r: Reader, version: number): AddOffsetsToTxnRequest {
  if (version < 0 || version > 4) throw unsupportedVersion('AddOffsetsToTxnRequest', version, 0, 4);
  return readAddOffsetsToTxnRequest(r, version);
}

export function encodeAddOffsetsToTxnRequest(w: Writer, version: number, value: AddOffsetsToTxnRequest): void {
  if (version < 0 || version > 4) throw unsupportedVersion('AddOffsetsToTxnRequest', version, 0, 4);
  try {
    writeAddOffsetsToTxnRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AddOffsetsToTxnRequest', version, error);
  }
}

export interface AddOffsetsToTxnResponse {
  /** versions 0-4 */
  throttleTimeMs: number;
  /** versions 0-4 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAddOffsetsToTxnResponse(r: Reader, version: number): AddOffsetsToTxnResponse {
  const out = {} as AddOffsetsToTxnResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
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

function writeAddOffsetsToTxnResponse(w: Writer, version: number, v: AddOffsetsToTxnResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAddOffsetsToTxnResponse(r: Reader, version: number): AddOffsetsToTxnResponse {
  if (version < 0 || version > 4) throw unsupportedVersion('AddOffsetsToTxnResponse', version, 0, 4);
  return readAddOffsetsToTxnResponse(r, version);
}

export function encodeAddOffsetsToTxnResponse(w: Writer, version: number, value: AddOffsetsToTxnResponse): void {
  if (version < 0 || version > 4) throw unsupportedVersion('AddOffsetsToTxnResponse', version, 0, 4);
  try {
    writeAddOffsetsToTxnResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AddOffsetsToTxnResponse', version, error);
  }
}
