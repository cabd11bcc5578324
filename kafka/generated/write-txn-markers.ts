// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface WriteTxnMarkersRequest {
  /** versions 0-2 */
  markers: WriteTxnMarkersRequestWritableTxnMarker[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteTxnMarkersRequestWritableTxnMarker {
  /** versions 0-2 */
  producerId: bigint;
  /** versions 0-2 */
  producerEpoch: number;
  /** versions 0-2 */
  transactionResult: boolean;
  /** versions 0-2 */
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  /** versions 0-2 */
  coordinatorEpoch: number;
  /** versions 2 */
  transactionVersion?: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /** versions 0-2 */
  name: string;
  /** versions 0-2 */
  partitionIndexes: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readWriteTxnMarkersRequest(r: Reader, version: number): WriteTxnMarkersRequest {
  const out = {} as WriteTxnMarkersRequest;
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<WriteTxnMarkersRequestWritableTxnMarker>(n);
    for (let i = 0; i < n; i++) a[i] = readWriteTxnMarkersRequestWritableTxnMarker(r, version);
    out.markers = a;
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeWriteTxnMarkersRequest(w: Writer, version: number, v: WriteTxnMarkersRequest): void {
  (version >= 1 ? w.appendCompactArrayLength(v.markers.length) : w.appendArrayLength(v.markers.length));
  for (let i = 0; i < v.markers.length; i++) writeWriteTxnMarkersRequestWritableTxnMarker(w, version, v.markers[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readWriteTxnMarkersRequestWritableTxnMarker(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarker {
  const out = {} as WriteTxnMarkersRequestWritableTxnMarker;
  out.producerId = r.readInt64();
  out.producerEpoch = r.readInt16();
  out.transactionResult = r.readBoolean();
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<WriteTxnMarkersRequestWritableTxnMarkerTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readWriteTxnMarkersRequestWritableTxnMarkerTopic(r, version);
    out.topics = a;
  }
  out.coordinatorEpoch = r.readInt32();
  if (version >= 2) {
    out.transactionVersion = r.readInt8();
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeWriteTxnMarkersRequestWritableTxnMarker(w: Writer, version: number, v: WriteTxnMarkersRequestWritableTxnMarker): void {
  w.appendInt64(v.producerId);
  w.appendInt16(v.producerEpoch);
  w.appendBoolean(v.transactionResult);
  (version >= 1 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeWriteTxnMarkersRequestWritableTxnMarkerTopic(w, version, v.topics[i]);
  w.appendInt32(v.coordinatorEpoch);
  if (version >= 2) {
    {
      const x = v.transactionVersion === undefined ? 0 : v.transactionVersion;
      w.appendInt8(x);
    }
  }
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  const out = {} as WriteTxnMarkersRequestWritableTxnMarkerTopic;
  out.name = (version >= 1 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitionIndexes = a;
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeWriteTxnMarkersRequestWritableTxnMarkerTopic(w: Writer, version: number, v: WriteTxnMarkersRequestWritableTxnMarkerTopic): void {
  (version >= 1 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 1 ? w.appendCompactArrayLength(v.partitionIndexes.length) : w.appendArrayLength(v.partitionIndexes.length));
  for (let i = 0; i < v.partitionIndexes.length; i++) w.appendInt32(v.partitionIndexes[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeWriteTxnMarkersRequest(r: Reader, version: number): WriteTxnMarkersRequest {
  if (version < 0 || version > 2) throw unsupportedVersion('WriteTxnMarkersRequest', version, 0, 2);
  return readWriteTxnMarkersRequest(r, version);
}

export function encodeWriteTxnMarkersRequest(w: Writer, version: number, value: WriteTxnMarkersRequest): void {
  if (version < 0 || version > 2) throw unsupportedVersion('WriteTxnMarkersRequest', version, 0, 2);
  try {
    writeWriteTxnMarkersRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('WriteTxnMarkersRequest', version, error);
  }
}

export interface WriteTxnMarkersResponse {
  /** versions 0-2 */
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /** versions 0-2 */
  producerId: bigint;
  /** versions 0-2 */
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /** versions 0-2 */
  name: string;
  /** versions 0-2 */
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  /** versions 0-2 */
  partitionIndex: number;
  /** versions 0-2 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readWriteTxnMarkersResponse(r: Reader, version: number): WriteTxnMarkersResponse {
  const out = {} as WriteTxnMarkersResponse;
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<WriteTxnMarkersResponseWritableTxnMarkerResult>(n);
    for (let i = 0; i < n; i++) a[i] = readWriteTxnMarkersResponseWritableTxnMarkerResult(r, version);
    out.markers = a;
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeWriteTxnMarkersResponse(w: Writer, version: number, v: WriteTxnMarkersResponse): void {
  (version >= 1 ? w.appendCompactArrayLength(v.markers.length) : w.appendArrayLength(v.markers.length));
  for (let i = 0; i < v.markers.length; i++) writeWriteTxnMarkersResponseWritableTxnMarkerResult(w, version, v.markers[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readWriteTxnMarkersResponseWritableTxnMarkerResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  const out = {} as WriteTxnMarkersResponseWritableTxnMarkerResult;
  out.producerId = r.readInt64();
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<WriteTxnMarkersResponseWritableTxnMarkerTopicResult>(n);
    for (let i = 0; i < n; i++) a[i] = readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r, version);
    out.topics = a;
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeWriteTxnMarkersResponseWritableTxnMarkerResult(w: Writer, version: number, v: WriteTxnMarkersResponseWritableTxnMarkerResult): void {
  w.appendInt64(v.producerId);
  (version >= 1 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w, version, v.topics[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  const out = {} as WriteTxnMarkersResponseWritableTxnMarkerTopicResult;
  out.name = (version >= 1 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 1 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<WriteTxnMarkersResponseWritableTxnMarkerPartitionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r, version);
    out.partitions = a;
  }
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w: Writer, version: number, v: WriteTxnMarkersResponseWritableTxnMarkerTopicResult): void {
  (version >= 1 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 1 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w, version, v.partitions[i]);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  const out = {} as WriteTxnMarkersResponseWritableTxnMarkerPartitionResult;
  out.partitionIndex = r.readInt32();
  out.errorCode = r.readInt16();
  if (version >= 1) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w: Writer, version: number, v: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.errorCode);
  if (version >= 1) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeWriteTxnMarkersResponse(r: Reader, version: number): WriteTxnMarkersResponse {
  if (version < 0 || version > 2) throw unsupportedVersion('WriteTxnMarkersResponse', version, 0, 2);
  return readWriteTxnMarkersResponse(r, version);
}

export function encodeWriteTxnMarkersResponse(w: Writer, version: number, value: WriteTxnMarkersResponse): void {
  if (version < 0 || version > 2) throw unsupportedVersion('WriteTxnMarkersResponse', version, 0, 2);
  try {
    writeWriteTxnMarkersResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('WriteTxnMarkersResponse', version, error);
  }
}
