// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from CreateTopicsRequest.json, CreateTopicsResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface CreateTopicsRequest {
  /** versions 0-7 */
  topics: CreateTopicsRequestCreatableTopic[];
  /** versions 0-7 */
  timeoutMs: number;
  /** versions 1-7 */
  validateOnly?: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateTopicsRequestCreatableTopic {
  /** versions 0-7 */
  name: string;
  /** versions 0-7 */
  numPartitions: number;
  /** versions 0-7 */
  replicationFactor: number;
  /** versions 0-7 */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  /** versions 0-7 */
  configs: CreateTopicsRequestCreatableTopicConfig[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** versions 0-7 */
  partitionIndex: number;
  /** versions 0-7 */
  brokerIds: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateTopicsRequestCreatableTopicConfig {
  /** versions 0-7 */
  name: string;
  /** versions 0-7, nullable 0-7 */
  value: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readCreateTopicsRequest(r: Reader, version: number): CreateTopicsRequest {
  const out = {} as CreateTopicsRequest;
  {
    const n = (version >= 5 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<CreateTopicsRequestCreatableTopic>(n);
    for (let i = 0; i < n; i++) a[i] = readCreateTopicsRequestCreatableTopic(r, version);
    out.topics = a;
  }
  out.timeoutMs = r.readInt32();
  if (version >= 1) {
    out.validateOnly = r.readBoolean();
  }
  if (version >= 5) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeCreateTopicsRequest(w: Writer, version: number, v: CreateTopicsRequest): void {
  (version >= 5 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeCreateTopicsRequestCreatableTopic(w, version, v.topics[i]);
  w.appendInt32(v.timeoutMs);
  if (version >= 1) {
    {
      const x = v.validateOnly === undefined ? false : v.validateOnly;
      w.appendBoolean(x);
    }
  }
  if (version >= 5) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readCreateTopicsRequestCreatableTopic(r: Reader, version: number): CreateTopicsRequestCreatableTopic {
  const out = {} as CreateTopicsRequestCreatableTopic;
  out.name = (version >= 5 ? r.readCompactString() : r.readString());
  out.numPartitions = r.readInt32();
  out.replicationFactor = r.readInt16();
  {
    const n = (version >= 5 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<CreateTopicsRequestCreatableReplicaAssignment>(n);
    for (let i = 0; i < n; i++) a[i] = readCreateTopicsRequestCreatableReplicaAssignment(r, version);
    out.assignments = a;
  }
  {
    const n = (version >= 5 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<CreateTopicsRequestCreatableTopicConfig>(n);
    for (let i = 0; i < n; i++) a[i] = readCreateTopicsRequestCreatableTopicConfig(r, version);
    out.configs = a;
  }
  if (version >= 5) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeCreateTopicsRequestCreatableTopic(w: Writer, version: number, v: CreateTopicsRequestCreatableTopic): void {
  (version >= 5 ? w.appendCompactString(v.name) : w.appendString(v.name));
  w.appendInt32(v.numPartitions);
  w.appendInt16(v.replicationFactor);
  (version >= 5 ? w.appendCompactArrayLength(v.assignments.length) : w.appendArrayLength(v.assignments.length));
  for (let i = 0; i < v.assignments.length; i++) writeCreateTopicsRequestCreatableReplicaAssignment(w, version, v.assignments[i]);
  (version >= 5 ? w.appendCompactArrayLength(v.configs.length) : w.appendArrayLength(v.configs.length));
  for (let i = 0; i < v.configs.length; i++) writeCreateTopicsRequestCreatableTopicConfig(w, version, v.configs[i]);
  if (version >= 5) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readCreateTopicsRequestCreatableReplicaAssignment(r: Reader, version: number): CreateTopicsRequestCreatableReplicaAssignment {
  const out = {} as CreateTopicsRequestCreatableReplicaAssignment;
  out.partitionIndex = r.readInt32();
  {
    const n = (version >= 5 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.brokerIds = a;
  }
  if (version >= 5) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, version: number, v: CreateTopicsRequestCreatableReplicaAssignment): void {
  w.appendInt32(v.partitionIndex);
  (version >= 5 ? w.appendCompactArrayLength(v.brokerIds.length) : w.appendArrayLength(v.brokerIds.length));
  for (let i = 0; i < v.brokerIds.length; i++) w.appendInt32(v.brokerIds[i]);
  if (version >= 5) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readCreateTopicsRequestCreatableTopicConfig(r: Reader, version: number): CreateTopicsRequestCreatableTopicConfig {
  const out = {} as CreateTopicsRequestCreatableTopicConfig;
  out.name = (version >= 5 ? r.readCompactString() : r.readString());
  out.value = (version >= 5 ? r.readCompactNullableString() : r.readNullableString());
  if (version >= 5) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeCreateTopicsRequestCreatableTopicConfig(w: Writer, version: number, v: CreateTopicsRequestCreatableTopicConfig): void {
  (version >= 5 ? w.appendCompactString(v.name) : w.appendString(v.name));
  (version >= 5 ? w.appendCompactNullableString(v.value) : w.appendNullableString(v.value));
  if (version >= 5) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreateTopicsRequest(r: Reader, version: number): CreateTopicsRequest {
  if (version < 0 || version > 7) throw unsupportedVersion('CreateTopicsRequest', version, 0, 7);
  return readCreateTopicsRequest(r, version);
}

export function encodeCreateTopicsRequest(w: Writer, version: number, value: CreateTopicsRequest): void {
  if (version < 0 || version > 7) throw unsupportedVersion('CreateTopicsRequest', version, 0, 7);
  try {
    writeCreateTopicsRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('CreateTopicsRequest', version, error);
  }
}

export interface CreateTopicsResponse {
  /** versions 2-7 */
  throttleTimeMs?: number;
  /** versions 0-7 */
  topics: CreateTopicsResponseCreatableTopicResult[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateTopicsResponseCreatableTopicResult {
  /** versions 0-7 */
  name: string;
  /** versions 7 */
  topicId?: Uuid;
  /** versions 0-7 */
  errorCode: number;
  /** versions 1-7, nullable 1-7 */
  errorMessage?: string | null;
  /** versions 5-7, tag 0 */
  topicConfigErrorCode?: number;
  /** versions 5-7 */
  numPartitions?: number;
  /** versions 5-7 */
  replicationFactor?: number;
  /** versions 5-7, nullable 5-7 */
  configs?: CreateTopicsResponseCreatableTopicConfigs[] | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreateTopicsResponseCreatableTopicConfigs {
  /** versions 5-7 */
  name: string;
  /** versions 5-7, nullable 5-7 */
  value: string | null;
  /** versions 5-7 */
  readOnly: boolean;
  /** versions 5-7 */
  configSource: number;
  /** versions 5-7 */
  isSensitive: boolean;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readCreateTopicsResponse(r: Reader, version: number): CreateTopicsResponse {
  const out = {} as CreateTopicsResponse;
  if (version >= 2) {
    out.throttleTimeMs = r.readInt32();
  }
  {
    const n = (version >= 5 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<CreateTopicsResponseCreatableTopicResult>(n);
    for (let i = 0; i < n; i++) a[i] = readCreateTopicsResponseCreatableTopicResult(r, version);
    out.topics = a;
  }
  if (version >= 5) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeCreateTopicsResponse(w: Writer, version: number, v: CreateTopicsResponse): void {
  if (version >= 2) {
    {
      const x = v.throttleTimeMs === undefined ? 0 : v.throttleTimeMs;
      w.appendInt32(x);
    }
  }
  (version >= 5 ? w.appendCompactArrayLength(v.topics.length) : w.appendArrayLength(v.topics.length));
  for (let i = 0; i < v.topics.length; i++) writeCreateTopicsResponseCreatableTopicResult(w, version, v.topics[i]);
  if (version >= 5) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readCreateTopicsResponseCreatableTopicResult(r: Reader, version: number): CreateTopicsResponseCreatableTopicResult {
  const out = {} as CreateTopicsResponseCreatableTopicResult;
  out.name = (version >= 5 ? r.readCompactString() : r.readString());
  if (version >= 7) {
    out.topicId = r.readUuid();
  }
  out.errorCode = r.readInt16();
  if (version >= 1) {
    out.errorMessage = (version >= 5 ? r.readCompactNullableString() : r.readNullableString());
  }
  if (version >= 5) {
    out.numPartitions = r.readInt32();
  }
  if (version >= 5) {
    out.replicationFactor = r.readInt16();
  }
  if (version >= 5) {
    {
      const n = r.readCompactNullableArrayLength();
      if (n === -1) {
        out.configs = null;
      } else {
        const a = new Array<CreateTopicsResponseCreatableTopicConfigs>(n);
        for (let i = 0; i < n; i++) a[i] = readCreateTopicsResponseCreatableTopicConfigs(r, version);
        out.configs = a;
      }
    }
  }
  if (version >= 5) {
    out.topicConfigErrorCode = 0;
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      if (tag === 0) {
        const tr = r.subReader(size);
        out.topicConfigErrorCode = tr.readInt16();
        tr.expectEnd('CreateTopicsResponseCreatableTopicResult.topicConfigErrorCode');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeCreateTopicsResponseCreatableTopicResult(w: Writer, version: number, v: CreateTopicsResponseCreatableTopicResult): void {
  (version >= 5 ? w.appendCompactString(v.name) : w.appendString(v.name));
  if (version >= 7) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  w.appendInt16(v.errorCode);
  if (version >= 1) {
    {
      const x = v.errorMessage === undefined ? "" : v.errorMessage;
      (version >= 5 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  if (version >= 5) {
    {
      const x = v.numPartitions === undefined ? -1 : v.numPartitions;
      w.appendInt32(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.replicationFactor === undefined ? -1 : v.replicationFactor;
      w.appendInt16(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.configs === undefined ? [] : v.configs;
      if (x === null) {
        w.appendUnsignedVarInt(0);
      } else {
        w.appendCompactArrayLength(x!.length);
        for (let i = 0; i < x!.length; i++) writeCreateTopicsResponseCreatableTopicConfigs(w, version, x![i]);
      }
    }
  }
  if (version >= 5) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.topicConfigErrorCode;
      if (x !== undefined && x !== 0) {
        const tw = new Writer(64);
        tw.appendInt16(x);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readCreateTopicsResponseCreatableTopicConfigs(r: Reader, version: number): CreateTopicsResponseCreatableTopicConfigs {
  const out = {} as CreateTopicsResponseCreatableTopicConfigs;
  out.name = r.readCompactString();
  out.value = r.readCompactNullableString();
  out.readOnly = r.readBoolean();
  out.configSource = r.readInt8();
  out.isSensitive = r.readBoolean();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeCreateTopicsResponseCreatableTopicConfigs(w: Writer, version: number, v: CreateTopicsResponseCreatableTopicConfigs): void {
  w.appendCompactString(v.name);
  w.appendCompactNullableString(v.value);
  w.appendBoolean(v.readOnly);
  w.appendInt8(v.configSource);
  w.appendBoolean(v.isSensitive);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeCreateTopicsResponse(r: Reader, version: number): CreateTopicsResponse {
  if (version < 0 || version > 7) throw unsupportedVersion('CreateTopicsResponse', version, 0, 7);
  return readCreateTopicsResponse(r, version);
}

export function encodeCreateTopicsResponse(w: Writer, version: number, value: CreateTopicsResponse): void {
  if (version < 0 || version > 7) throw unsupportedVersion('CreateTopicsResponse', version, 0, 7);
  try {
    writeCreateTopicsResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('CreateTopicsResponse', version, error);
  }
}
