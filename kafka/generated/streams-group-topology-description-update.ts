// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from StreamsGroupTopologyDescriptionUpdateRequest.json, StreamsGroupTopologyDescriptionUpdateResponse.json.
import { invalidMessage, type TaggedField, unsupportedVersion, writeTaggedFields } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface StreamsGroupTopologyDescriptionUpdateRequest {
  /** versions 0 */
  groupId: string;
  /** versions 0 */
  memberId: string;
  /** versions 0 */
  topologyEpoch: number;
  /** versions 0 */
  topologyDescription: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescription;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupTopologyDescriptionUpdateRequestTopologyDescription {
  /** versions 0 */
  subtopologies: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionSubtopology[];
  /** versions 0 */
  globalStores: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionGlobalStore[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionSubtopology {
  /** versions 0 */
  subtopologyId: string;
  /** versions 0 */
  nodes: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode {
  /** versions 0 */
  name: string;
  /** versions 0 */
  nodeType: number;
  /** versions 0 */
  sourceTopics: string[];
  /** versions 0, nullable 0 */
  sinkTopic: string | null;
  /** versions 0 */
  stores: string[];
  /** versions 0 */
  successors: string[];
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

export interface StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionGlobalStore {
  /** versions 0 */
  source: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode;
  /** versions 0 */
  processor: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readStreamsGroupTopologyDescriptionUpdateRequest(r: Reader, version: number): StreamsGroupTopologyDescriptionUpdateRequest {
  const out = {} as StreamsGroupTopologyDescriptionUpdateRequest;
  out.groupId = r.readCompactString();
  out.memberId = r.readCompactString();
  out.topologyEpoch = r.readInt32();
  out.topologyDescription = readStreamsGroupTopologyDescriptionUpdateRequestTopologyDescription(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupTopologyDescriptionUpdateRequest(w: Writer, version: number, v: StreamsGroupTopologyDescriptionUpdateRequest): void {
  w.appendCompactString(v.groupId);
  w.appendCompactString(v.memberId);
  w.appendInt32(v.topologyEpoch);
  writeStreamsGroupTopologyDescriptionUpdateRequestTopologyDescription(w, version, v.topologyDescription);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupTopologyDescriptionUpdateRequestTopologyDescription(r: Reader, version: number): StreamsGroupTopologyDescriptionUpdateRequestTopologyDescription {
  const out = {} as StreamsGroupTopologyDescriptionUpdateRequestTopologyDescription;
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionSubtopology>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionSubtopology(r, version);
    out.subtopologies = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionGlobalStore>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionGlobalStore(r, version);
    out.globalStores = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupTopologyDescriptionUpdateRequestTopologyDescription(w: Writer, version: number, v: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescription): void {
  w.appendCompactArrayLength(v.subtopologies.length);
  for (let i = 0; i < v.subtopologies.length; i++) writeStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionSubtopology(w, version, v.subtopologies[i]);
  w.appendCompactArrayLength(v.globalStores.length);
  for (let i = 0; i < v.globalStores.length; i++) writeStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionGlobalStore(w, version, v.globalStores[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionSubtopology(r: Reader, version: number): StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionSubtopology {
  const out = {} as StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionSubtopology;
  out.subtopologyId = r.readCompactString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode>(n);
    for (let i = 0; i < n; i++) a[i] = readStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode(r, version);
    out.nodes = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionSubtopology(w: Writer, version: number, v: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionSubtopology): void {
  w.appendCompactString(v.subtopologyId);
  w.appendCompactArrayLength(v.nodes.length);
  for (let i = 0; i < v.nodes.length; i++) writeStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode(w, version, v.nodes[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode(r: Reader, version: number): StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode {
  const out = {} as StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode;
  out.name = r.readCompactString();
  out.nodeType = r.readInt8();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.sourceTopics = a;
  }
  out.sinkTopic = r.readCompactNullableString();
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.stores = a;
  }
  {
    const n = r.readCompactArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readCompactString();
    out.successors = a;
  }
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode(w: Writer, version: number, v: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode): void {
  w.appendCompactString(v.name);
  w.appendInt8(v.nodeType);
  w.appendCompactArrayLength(v.sourceTopics.length);
  for (let i = 0; i < v.sourceTopics.length; i++) w.appendCompactString(v.sourceTopics[i]);
  w.appendCompactNullableString(v.sinkTopic);
  w.appendCompactArrayLength(v.stores.length);
  for (let i = 0; i < v.stores.length; i++) w.appendCompactString(v.stores[i]);
  w.appendCompactArrayLength(v.successors.length);
  for (let i = 0; i < v.successors.length; i++) w.appendCompactString(v.successors[i]);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function readStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionGlobalStore(r: Reader, version: number): StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionGlobalStore {
  const out = {} as StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionGlobalStore;
  out.source = readStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode(r, version);
  out.processor = readStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode(r, version);
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionGlobalStore(w: Writer, version: number, v: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionGlobalStore): void {
  writeStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode(w, version, v.source);
  writeStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode(w, version, v.processor);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function defaultStreamsGroupTopologyDescriptionUpdateRequestTopologyDescription(version: number): StreamsGroupTopologyDescriptionUpdateRequestTopologyDescription {
  const out = {} as StreamsGroupTopologyDescriptionUpdateRequestTopologyDescription;
  out.subtopologies = [];
  out.globalStores = [];
  return out;
}

function isDefaultStreamsGroupTopologyDescriptionUpdateRequestTopologyDescription(v: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescription, version: number): boolean {
  {
    const x = v.subtopologies;
    if (x !== undefined && x.length > 0) return false;
  }
  {
    const x = v.globalStores;
    if (x !== undefined && x.length > 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

function defaultStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode(version: number): StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode {
  const out = {} as StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode;
  out.name = "";
  out.nodeType = 0;
  out.sourceTopics = [];
  out.sinkTopic = null;
  out.stores = [];
  out.successors = [];
  return out;
}

function isDefaultStreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode(v: StreamsGroupTopologyDescriptionUpdateRequestTopologyDescriptionNode, version: number): boolean {
  {
    const x = v.name;
    if (x !== undefined && x !== "") return false;
  }
  {
    const x = v.nodeType;
    if (x !== undefined && x !== 0) return false;
  }
  {
    const x = v.sourceTopics;
    if (x !== undefined && x.length > 0) return false;
  }
  {
    const x = v.sinkTopic;
    if (x !== undefined && x !== null) return false;
  }
  {
    const x = v.stores;
    if (x !== undefined && x.length > 0) return false;
  }
  {
    const x = v.successors;
    if (x !== undefined && x.length > 0) return false;
  }
  if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;
  return true;
}

export function decodeStreamsGroupTopologyDescriptionUpdateRequest(r: Reader, version: number): StreamsGroupTopologyDescriptionUpdateRequest {
  if (version < 0 || version > 0) throw unsupportedVersion('StreamsGroupTopologyDescriptionUpdateRequest', version, 0, 0);
  return readStreamsGroupTopologyDescriptionUpdateRequest(r, version);
}

export function encodeStreamsGroupTopologyDescriptionUpdateRequest(w: Writer, version: number, value: StreamsGroupTopologyDescriptionUpdateRequest): void {
  if (version < 0 || version > 0) throw unsupportedVersion('StreamsGroupTopologyDescriptionUpdateRequest', version, 0, 0);
  try {
    writeStreamsGroupTopologyDescriptionUpdateRequest(w, version, value);
  } catch (error) {
    throw invalidMessage('StreamsGroupTopologyDescriptionUpdateRequest', version, error);
  }
}

export interface StreamsGroupTopologyDescriptionUpdateResponse {
  /** versions 0 */
  throttleTimeMs: number;
  /** versions 0 */
  errorCode: number;
  /** versions 0, nullable 0 */
  errorMessage: string | null;
  /** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */
  _unknownTaggedFields?: TaggedField[];
}

function readStreamsGroupTopologyDescriptionUpdateResponse(r: Reader, version: number): StreamsGroupTopologyDescriptionUpdateResponse {
  const out = {} as StreamsGroupTopologyDescriptionUpdateResponse;
  out.throttleTimeMs = r.readInt32();
  out.errorCode = r.readInt16();
  out.errorMessage = r.readCompactNullableString();
  const tagCount = r.readUnsignedVarInt();
  for (let t = 0; t < tagCount; t++) {
    const tag = r.readUnsignedVarInt();
    const size = r.readUnsignedVarInt();
    (out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });
  }
  return out;
}

function writeStreamsGroupTopologyDescriptionUpdateResponse(w: Writer, version: number, v: StreamsGroupTopologyDescriptionUpdateResponse): void {
  w.appendInt32(v.throttleTimeMs);
  w.appendInt16(v.errorCode);
  w.appendCompactNullableString(v.errorMessage);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupTopologyDescriptionUpdateResponse(r: Reader, version: number): StreamsGroupTopologyDescriptionUpdateResponse {
  if (version < 0 || version > 0) throw unsupportedVersion('StreamsGroupTopologyDescriptionUpdateResponse', version, 0, 0);
  return readStreamsGroupTopologyDescriptionUpdateResponse(r, version);
}

export function encodeStreamsGroupTopologyDescriptionUpdateResponse(w: Writer, version: number, value: StreamsGroupTopologyDescriptionUpdateResponse): void {
  if (version < 0 || version > 0) throw unsupportedVersion('StreamsGroupTopologyDescriptionUpdateResponse', version, 0, 0);
  try {
    writeStreamsGroupTopologyDescriptionUpdateResponse(w, version, value);
  } catch (error) {
    throw invalidMessage('StreamsGroupTopologyDescriptionUpdateResponse', version, error);
  }
}
