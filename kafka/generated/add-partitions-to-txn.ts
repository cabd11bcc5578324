// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface AddPartitionsToTxnRequest {
  /** versions 4-5 */
  transactions?: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[];
  /** versions 0-3 */
  v3AndBelowTransactionalId?: string;
  /** versions 0-3 */
  v3AndBelowProducerId?: bigint;
  /** versions 0-3 */
  v3AndBelowProducerEpoch?: number;
  /** versions 0-3 */
  v3AndBelowTopics?: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** versions 4-5 */
  transactionalId: string;
  /** versions 4-5 */
  producerId: bigint;
  /** versions 4-5 */
  producerEpoch: number;
  /** versions 4-5 */
  verifyOnly: boolean;
  /** versions 4-5 */
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** versions 0-5 */
  name: string;
  /** versions 0-5 */
  partitions: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAddPartitionsToTxnRequest(r: Reader, version: number): AddPartitionsToTxnRequest {
  const out = {} as AddPartitionsToTxnRequest;
  if (version >= 4) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<AddPartitionsToTxnRequestAddPartitionsToTxnTransaction>(n);
      for (let i = 0; i < n; i++) a[i] = readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r, version);
      out.transactions = a;
    }
  }
  if (version <= 3) {
    out.v3AndBelowTransactionalId = (version >= 3 ? r.readCompactString() : r.readString());
  }
  if (version <= 3) {
    out.v3AndBelowProducerId = r.readInt64();
  }
  if (version <= 3) {
    out.v3AndBelowProducerEpoch = r.readInt16();
  }
  if (version <= 3) {
    {
      const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<AddPartitionsToTxnRequestAddPartitionsToTxnTopic>(n);
      for (let i = 0; i < n; i++) a[i] = readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version);
      out.v3AndBelowTopics = a;
    }
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

function writeAddPartitionsToTxnRequest(w: Writer, version: number, v: AddPartitionsToTxnRequest): void {
  if (version >= 4) {
    {
      const x = v.transactions === undefined ? [] : v.transactions;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w, version, x[i]);
    }
  }
  if (version <= 3) {
    {
      const x = v.v3AndBelowTransactionalId === undefined ? "" : v.v3AndBelowTransactionalId;
      (version >= 3 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  if (version <= 3) {
    {
      const x = v.v3AndBelowProducerId === undefined ? 0n : v.v3AndBelowProducerId;
      w.appendInt64(x);
    }
  }
  if (version <= 3) {
    {
      const x = v.v3AndBelowProducerEpoch === undefined ? 0 : v.v3AndBelowProducerEpoch;
      w.appendInt16(x);
    }
  }
  if (version <= 3) {
    {
      const x = v.v3AndBelowTopics === undefined ? [] : v.v3AndBelowTopics;
      (version >= 3 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, version, x[i]);
    }
  }
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  const out = {} as AddPartitionsToTxnRequestAddPartitionsToTxnTransaction;
  out.transactionalId = r.readCompactString();
  out.producerId = r.readInt64();
  out.producerEpoch = r.readInt16();
  out.verifyOnly = r.readBoolean();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AddPartitionsToTxnRequestAddPartitionsToTxnTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version);
    out.topics = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, version: number, v: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction): void {
  w.appendCompactString(v.transactionalId);
  w.appendInt64(v.producerId);
  w.appendInt16(v.producerEpoch);
  w.appendBoolean(v.verifyOnly);
  w.appendCompactArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, version, v.topics[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const out = {} as AddPartitionsToTxnRequestAddPartitionsToTxnTopic;
  out.name = (version >= 3 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitions = a;
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

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, version: number, v: AddPartitionsToTxnRequestAddPartitionsToTxnTopic): void {
  (version >= 3 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 3 ? w.appendCompactArrayLength(v.partitions.length) : w.appendArrayLength(v.partitions.length));
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAddPartitionsToTxnRequest(r: Reader, version: number): AddPartitionsToTxnRequest {
  if (version < 0 || version > 5) throw unsupportedVersion('AddPartitionsToTxnRequest', version, 0, 5);
  return readAddPartitionsToTxnRequest(r, version);
}

export function encodeAddPartitionsToTxnRequest(w: Writer, version: number, value: AddPartitionsToTxnRequest): void {
  if (version < 0 || version > 5) throw unsupportedVersion('AddPartitionsToTxnRequest', version, 0, 5);
  try {
    writeAddPartitionsToTxnRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('AddPartitionsToTxnRequest', version, error);
  }
}

export interface AddPartitionsToTxnResponse {
  /** versions 0-5 */
  throttleTimeMs: number;
  /** versions 4-5 */
  errorCode?: number;
  /** versions 4-5 */
  resultsByTransaction?: AddPartitionsToTxnResponseAddPartitionsToTxnResult[];
  /** versions 0-3 */
  resultsByTopicV3AndBelow?: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** versions 4-5 */
  transactionalId: string;
  /** versions 4-5 */
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** versions 0-5 */
  name: string;
  /** versions 0-5 */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** versions 0-5 */
  partitionIndex: number;
  /** versions 0-5 */
  partitionErrorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readAddPartitionsToTxnResponse(r: Reader, version: number): AddPartitionsToTxnResponse {
  const out = {} as AddPartitionsToTxnResponse;
  out.throttleTimeMs = r.readInt32();
  if (version >= 4) {
    out.errorCode = r.readInt16();
  }
  if (version >= 4) {
    {
      const n = r.readCompactArrayLength();
      const a = new Array<AddPartitionsToTxnResponseAddPartitionsToTxnResult>(n);
      for (let i = 0; i < n; i++) a[i] = readAddPartitionsToTxnResponseAddPartitionsToTxnResult(r, version);
      out.resultsByTransaction = a;
    }
  }
  if (version <= 3) {
    {
      const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult>(n);
      for (let i = 0; i < n; i++) a[i] = readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version);
      out.resultsByTopicV3AndBelow = a;
    }
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

function writeAddPartitionsToTxnResponse(w: Writer, version: number, v: AddPartitionsToTxnResponse): void {
  w.appendInt32(v.throttleTimeMs);
  if (version >= 4) {
    {
      const x = v.errorCode === undefined ? 0 : v.errorCode;
      w.appendInt16(x);
    }
  }
  if (version >= 4) {
    {
      const x = v.resultsByTransaction === undefined ? [] : v.resultsByTransaction;
      w.appendCompactArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w, version, x[i]);
    }
  }
  if (version <= 3) {
    {
      const x = v.resultsByTopicV3AndBelow === undefined ? [] : v.resultsByTopicV3AndBelow;
      (version >= 3 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, version, x[i]);
    }
  }
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  const out = {} as AddPartitionsToTxnResponseAddPartitionsToTxnResult;
  out.transactionalId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult>(n);
    for (let i = 0; i < n; i++) a[i] = readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version);
    out.topicResults = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, version: number, v: AddPartitionsToTxnResponseAddPartitionsToTxnResult): void {
  w.appendCompactString(v.transactionalId);
  w.appendCompactArrayLength(v.topicResults.length);
  for (let i = 0; i < v.topicResults.length; i++) writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, version, v.topicResults[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const out = {} as AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult;
  out.name = (version >= 3 ? r.readCompactString() : r.readString());
  {
    const n = (version >= 3 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult>(n);
    for (let i = 0; i < n; i++) a[i] = readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, version);
    out.resultsByPartition = a;
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

function writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, version: number, v: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult): void {
  (version >= 3 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 3 ? w.appendCompactArrayLength(v.resultsByPartition.length) : w.appendArrayLength(v.resultsByPartition.length));
  for (let i = 0; i < v.resultsByPartition.length; i++) writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, version, v.resultsByPartition[i]);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const out = {} as AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult;
  out.partitionIndex = r.readInt32();
  out.partitionErrorCode = r.readInt16();
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

function writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, version: number, v: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult): void {
  w.appendInt32(v.partitionIndex);
  w.appendInt16(v.partitionErrorCode);
  if (version >= 3) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeAddPartitionsToTxnResponse(r: Reader, version: number): AddPartitionsToTxnResponse {
  if (version < 0 || version > 5) throw unsupportedVersion('AddPartitionsToTxnResponse', version, 0, 5);
  return readAddPartitionsToTxnResponse(r, version);
}

export function encodeAddPartitionsToTxnResponse(w: Writer, version: number, value: AddPartitionsToTxnResponse): void {
  if (version < 0 || version > 5) throw unsupportedVersion('AddPartitionsToTxnResponse', version, 0, 5);
  try {
    writeAddPartitionsToTxnResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('AddPartitionsToTxnResponse', version, error);
  }
}
