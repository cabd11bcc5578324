// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ControlledShutdownRequest.json, ControlledShutdownResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ControlledShutdownRequest {
  /** versions 0-3 */
  brokerId: number;
  /** versions 2-3 */
  brokerEpoch?: bigint;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readControlledShutdownRequest(r: Reader, version: number): ControlledShutdownRequest {
  const out = {} as ControlledShutdownRequest;
  out.brokerId = r.readInt32();
  if (version >= 2) {
    out.brokerEpoch = r.readInt64();
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

function writeControlledShutdownRequest(w: Writer, version: number, v: ControlledShutdownRequest): void {
  w.appendInt32(v.brokerId);
  if (version >= 2) {
    {
      const x = v.brokerEpoch === undefined ? -1n : v.brokerEpoch;
      w.appendInt64(x);
    }
  }
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeControlledShutdownRequest(r: Reader, version: number): ControlledShutdownRequest {
  if (version < 0 || version > 3) throw unsupportedVersion('ControlledShutdownRequest', version, 0, 3);
  return readControlledShutdownRequest(r, version);
}

export function encodeControlledShutdownRequest(w: Writer, version: number, value: ControlledShutdownRequest): void {
  if (version < 0 || version > 3) throw unsupportedVersion('ControlledShutdownRequest', version, 0, 3);
  try {
    writeControlledShutdownRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('ControlledShutdownRequest', version, error);
  }
}

export interface ControlledShutdownResponse {
  /** versions 0-3 */
  errorCode: number;
  /** versions 0-3 */
  remainingPartitions: ControlledShutdownResponseRemainingPartition[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ControlledShutdownResponseRemainingPartition {
  /** versions 0-3 */
  topicName: string;
  /** versions 0-3 */
  partitionIndex: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readControlledShutdownResponse(r: Reader, version: number): ControlledShutdownResponse {
  const out = {} as ControlledShutdownResponse;
  out.errorCode = r.readInt16();
  {
    const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<ControlledShutdownResponseRemainingPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readControlledShutdownResponseRemainingPartition(r, version);
    out.remainingPartitions = a;
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

function writeControlledShutdownResponse(w: Writer, version: number, v: ControlledShutdownResponse): void {
  w.appendInt16(v.errorCode);
  (version >= 3 ? w.appendCompactArrayLength(v.remainingPartitions.length) : w.appendArrayLength(v.remainingPartitions.length));
  for (let i = 0; i < v.remainingPartitions.length; i++) writeControlledShutdownResponseRemainingPartition(w, version, v.remainingPartitions[i]);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readControlledShutdownResponseRemainingPartition(r: Reader, version: number): ControlledShutdownResponseRemainingPartition {
  const out = {} as ControlledShutdownResponseRemainingPartition;
  out.topicName = (version >= 3 ? r.readCompactString() : r.readString());
  out.partitionIndex = r.readInt32();
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

function writeControlledShutdownResponseRemainingPartition(w: Writer, version: number, v: ControlledShutdownResponseRemainingPartition): void {
  (version >= 3 ? w.appendCompactString(v.topicName) : w.appendString(v.topicName));
  w.appendInt32(v.partitionIndex);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeControlledShutdownResponse(r: Reader, version: number): ControlledShutdownResponse {
  if (version < 0 || version > 3) throw unsupportedVersion('ControlledShutdownResponse', version, 0, 3);
  return readControlledShutdownResponse(r, version);
}

export function encodeControlledShutdownResponse(w: Writer, version: number, value: ControlledShutdownResponse): void {
  if (version < 0 || version > 3) throw unsupportedVersion('ControlledShutdownResponse', version, 0, 3);
  try {
    writeControlledShutdownResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('ControlledShutdownResponse', version, error);
  }
}
