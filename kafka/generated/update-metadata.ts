// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from UpdateMetadataRequest.json, UpdateMetadataResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import { type Reader, type Uuid, ZERO_UUID } from '../reader.ts';
import { Writer } from '../writer.ts';

export interface UpdateMetadataRequest {
  /** versions 0-8 */
  controllerId: number;
  /** versions 8 */
  isKRaftController?: boolean;
  /** versions 8, tag 0 */
  type?: number;
  /** versions 0-8 */
  controllerEpoch: number;
  /** versions 5-8 */
  brokerEpoch?: bigint;
  /** versions 0-4 */
  ungroupedPartitionStates?: UpdateMetadataRequestUpdateMetadataPartitionState[];
  /** versions 5-8 */
  topicStates?: UpdateMetadataRequestUpdateMetadataTopicState[];
  /** versions 0-8 */
  liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateMetadataRequestUpdateMetadataPartitionState {
  /** versions 0-4 */
  topicName?: string;
  /** versions 0-8 */
  partitionIndex: number;
  /** versions 0-8 */
  controllerEpoch: number;
  /** versions 0-8 */
  leader: number;
  /** versions 0-8 */
  leaderEpoch: number;
  /** versions 0-8 */
  isr: number[];
  /** versions 0-8 */
  zkVersion: number;
  /** versions 0-8 */
  replicas: number[];
  /** versions 4-8 */
  offlineReplicas?: number[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateMetadataRequestUpdateMetadataTopicState {
  /** versions 5-8 */
  topicName: string;
  /** versions 7-8 */
  topicId?: Uuid;
  /** versions 5-8 */
  partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateMetadataRequestUpdateMetadataBroker {
  /** versions 0-8 */
  id: number;
  /** versions 0 */
  v0Host?: string;
  /** versions 0 */
  v0Port?: number;
  /** versions 1-8 */
  endpoints?: UpdateMetadataRequestUpdateMetadataEndpoint[];
  /** versions 2-8, nullable 2-8 */
  rack?: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateMetadataRequestUpdateMetadataEndpoint {
  /** versions 1-8 */
  port: number;
  /** versions 1-8 */
  host: string;
  /** versions 3-8 */
  listener?: string;
  /** versions 1-8 */
  securityProtocol: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readUpdateMetadataRequest(r: Reader, version: number): UpdateMetadataRequest {
  const out = {} as UpdateMetadataRequest;
  out.controllerId = r.readInt32();
  if (version >= 8) {
    out.isKRaftController = r.readBoolean();
  }
  out.controllerEpoch = r.readInt32();
  if (version >= 5) {
    out.brokerEpoch = r.readInt64();
  }
  if (version <= 4) {
    {
      const n = r.readArrayLength();
      const a = new Array<UpdateMetadataRequestUpdateMetadataPartitionState>(n);
      for (let i = 0; i < n; i++) a[i] = readUpdateMetadataRequestUpdateMetadataPartitionState(r, version);
      out.ungroupedPartitionStates = a;
    }
  }
  if (version >= 5) {
    {
      const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<UpdateMetadataRequestUpdateMetadataTopicState>(n);
      for (let i = 0; i < n; i++) a[i] = readUpdateMetadataRequestUpdateMetadataTopicState(r, version);
      out.topicStates = a;
    }
  }
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<UpdateMetadataRequestUpdateMetadataBroker>(n);
    for (let i = 0; i < n; i++) a[i] = readUpdateMetadataRequestUpdateMetadataBroker(r, version);
    out.liveBrokers = a;
  }
  if (version >= 6) {
    if (version >= 8) out.type = 0;
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      if (tag === 0 && version >= 8) {
        const tr = r.subReader(size);
        out.type = tr.readInt8();
        tr.expectEnd('UpdateMetadataRequest.type');
      } else {
        (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
      }
    }
  }
  return out;
}

function writeUpdateMetadataRequest(w: Writer, version: number, v: UpdateMetadataRequest): void {
  w.appendInt32(v.controllerId);
  if (version >= 8) {
    {
      const x = v.isKRaftController === undefined ? false : v.isKRaftController;
      w.appendBoolean(x);
    }
  }
  w.appendInt32(v.controllerEpoch);
  if (version >= 5) {
    {
      const x = v.brokerEpoch === undefined ? -1n : v.brokerEpoch;
      w.appendInt64(x);
    }
  }
  if (version <= 4) {
    {
      const x = v.ungroupedPartitionStates === undefined ? [] : v.ungroupedPartitionStates;
      w.appendArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeUpdateMetadataRequestUpdateMetadataPartitionState(w, version, x[i]);
    }
  }
  if (version >= 5) {
    {
      const x = v.topicStates === undefined ? [] : v.topicStates;
      (version >= 6 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeUpdateMetadataRequestUpdateMetadataTopicState(w, version, x[i]);
    }
  }
  (version >= 6 ? w.appendCompactArrayLength(v.liveBrokers.length) : w.appendArrayLength(v.liveBrokers.length));
  for (let i = 0; i < v.liveBrokers.length; i++) writeUpdateMetadataRequestUpdateMetadataBroker(w, version, v.liveBrokers[i]);
  if (version >= 6) {
    let tagged: TaggedField[] | undefined;
    if (version >= 8) {
      const x = v.type;
      if (x !== undefined && x !== 0) {
        const tw = new Writer(64);
        tw.appendInt8(x);
        (tagged ??= []).push({ tag: 0, data: tw.buffer });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function readUpdateMetadataRequestUpdateMetadataPartitionState(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataPartitionState {
  const out = {} as UpdateMetadataRequestUpdateMetadataPartitionState;
  if (version <= 4) {
    out.topicName = r.readString();
  }
  out.partitionIndex = r.readInt32();
  out.controllerEpoch = r.readInt32();
  out.leader = r.readInt32();
  out.leaderEpoch = r.readInt32();
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.isr = a;
  }
  out.zkVersion = r.readInt32();
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.replicas = a;
  }
  if (version >= 4) {
    {
      const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.readInt32();
      out.offlineReplicas = a;
    }
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeUpdateMetadataRequestUpdateMetadataPartitionState(w: Writer, version: number, v: UpdateMetadataRequestUpdateMetadataPartitionState): void {
  if (version <= 4) {
    {
      const x = v.topicName === undefined ? "" : v.topicName;
      w.appendString(x);
    }
  }
  w.appendInt32(v.partitionIndex);
  w.appendInt32(v.controllerEpoch);
  w.appendInt32(v.leader);
  w.appendInt32(v.leaderEpoch);
  (version >= 6 ? w.appendCompactArrayLength(v.isr.length) : w.appendArrayLength(v.isr.length));
  for (let i = 0; i < v.isr.length; i++) w.appendInt32(v.isr[i]);
  w.appendInt32(v.zkVersion);
  (version >= 6 ? w.appendCompactArrayLength(v.replicas.length) : w.appendArrayLength(v.replicas.length));
  for (let i = 0; i < v.replicas.length; i++) w.appendInt32(v.replicas[i]);
  if (version >= 4) {
    {
      const x = v.offlineReplicas === undefined ? [] : v.offlineReplicas;
      (version >= 6 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) w.appendInt32(x[i]);
    }
  }
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readUpdateMetadataRequestUpdateMetadataTopicState(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataTopicState {
  const out = {} as UpdateMetadataRequestUpdateMetadataTopicState;
  out.topicName = (version >= 6 ? r.readCompactString() : r.readString());
  if (version >= 7) {
    out.topicId = r.readUuid();
  }
  {
    const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
    const a = new Array<UpdateMetadataRequestUpdateMetadataPartitionState>(n);
    for (let i = 0; i < n; i++) a[i] = readUpdateMetadataRequestUpdateMetadataPartitionState(r, version);
    out.partitionStates = a;
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeUpdateMetadataRequestUpdateMetadataTopicState(w: Writer, version: number, v: UpdateMetadataRequestUpdateMetadataTopicState): void {
  (version >= 6 ? w.appendCompactString(v.topicName) : w.appendString(v.topicName));
  if (version >= 7) {
    {
      const x = v.topicId === undefined ? ZERO_UUID : v.topicId;
      w.appendUuid(x);
    }
  }
  (version >= 6 ? w.appendCompactArrayLength(v.partitionStates.length) : w.appendArrayLength(v.partitionStates.length));
  for (let i = 0; i < v.partitionStates.length; i++) writeUpdateMetadataRequestUpdateMetadataPartitionState(w, version, v.partitionStates[i]);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readUpdateMetadataRequestUpdateMetadataBroker(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataBroker {
  const out = {} as UpdateMetadataRequestUpdateMetadataBroker;
  out.id = r.readInt32();
  if (version <= 0) {
    out.v0Host = r.readString();
  }
  if (version <= 0) {
    out.v0Port = r.readInt32();
  }
  if (version >= 1) {
    {
      const n = (version >= 6 ? r.readCompactArrayLength() : r.readArrayLength());
      const a = new Array<UpdateMetadataRequestUpdateMetadataEndpoint>(n);
      for (let i = 0; i < n; i++) a[i] = readUpdateMetadataRequestUpdateMetadataEndpoint(r, version);
      out.endpoints = a;
    }
  }
  if (version >= 2) {
    out.rack = (version >= 6 ? r.readCompactNullableString() : r.readNullableString());
  }
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeUpdateMetadataRequestUpdateMetadataBroker(w: Writer, version: number, v: UpdateMetadataRequestUpdateMetadataBroker): void {
  w.appendInt32(v.id);
  if (version <= 0) {
    {
      const x = v.v0Host === undefined ? "" : v.v0Host;
      w.appendString(x);
    }
  }
  if (version <= 0) {
    {
      const x = v.v0Port === undefined ? 0 : v.v0Port;
      w.appendInt32(x);
    }
  }
  if (version >= 1) {
    {
      const x = v.endpoints === undefined ? [] : v.endpoints;
      (version >= 6 ? w.appendCompactArrayLength(x.length) : w.appendArrayLength(x.length));
      for (let i = 0; i < x.length; i++) writeUpdateMetadataRequestUpdateMetadataEndpoint(w, version, x[i]);
    }
  }
  if (version >= 2) {
    {
      const x = v.rack === undefined ? "" : v.rack;
      (version >= 6 ? w.appendCompactNullableString(x) : w.appendNullableString(x));
    }
  }
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function readUpdateMetadataRequestUpdateMetadataEndpoint(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataEndpoint {
  const out = {} as UpdateMetadataRequestUpdateMetadataEndpoint;
  out.port = r.readInt32();
  out.host = (version >= 6 ? r.readCompactString() : r.readString());
  if (version >= 3) {
    out.listener = (version >= 6 ? r.readCompactString() : r.readString());
  }
  out.securityProtocol = r.readInt16();
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeUpdateMetadataRequestUpdateMetadataEndpoint(w: Writer, version: number, v: UpdateMetadataRequestUpdateMetadataEndpoint): void {
  w.appendInt32(v.port);
  (version >= 6 ? w.appendCompactString(v.host) : w.appendString(v.host));
  if (version >= 3) {
    {
      const x = v.listener === undefined ? "" : v.listener;
      (version >= 6 ? w.appendCompactString(x) : w.appendString(x));
    }
  }
  w.appendInt16(v.securityProtocol);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeUpdateMetadataRequest(r: Reader, version: number): UpdateMetadataRequest {
  if (version < 0 || version > 8) throw unsupportedVersion('UpdateMetadataRequest', version, 0, 8);
  return readUpdateMetadataRequest(r, version);
}

export function encodeUpdateMetadataRequest(w: Writer, version: number, value: UpdateMetadataRequest): void {
  if (version < 0 || version > 8) throw unsupportedVersion('UpdateMetadataRequest', version, 0, 8);
  try {
    writeUpdateMetadataRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('UpdateMetadataRequest', version, error);
  }
}

export interface UpdateMetadataResponse {
  /** versions 0-8 */
  errorCode: number;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readUpdateMetadataResponse(r: Reader, version: number): UpdateMetadataResponse {
  const out = {} as UpdateMetadataResponse;
  out.errorCode = r.readInt16();
  if (version >= 6) {
    const tagCount = r.readUnsignedVarInt();
    for (let t = 0; t < tagCount; t++) {
      const tag = r.readUnsignedVarInt();
      const size = r.readUnsignedVarInt();
      (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
    }
  }
  return out;
}

function writeUpdateMetadataResponse(w: Writer, version: number, v: UpdateMetadataResponse): void {
  w.appendInt16(v.errorCode);
  if (version >= 6) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeUpdateMetadataResponse(r: Reader, version: number): UpdateMetadataResponse {
  if (version < 0 || version > 8) throw unsupportedVersion('UpdateMetadataResponse', version, 0, 8);
  return readUpdateMetadataResponse(r, version);
}

export function encodeUpdateMetadataResponse(w: Writer, version: number, value: UpdateMetadataResponse): void {
  if (version < 0 || version > 8) throw unsupportedVersion('UpdateMetadataResponse', version, 0, 8);
  try {
    writeUpdateMetadataResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('UpdateMetadataResponse', version, error);
  }
}
