// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ConsumerProtocolAssignment.json.
import { invalidMessage, unsupportedVersion } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ConsumerProtocolAssignment {
  /** versions 0-3 */
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  /** versions 0-3, nullable 0-3 */
  userData: Buffer | null;
}

export interface ConsumerProtocolAssignmentTopicPartition {
  /** versions 0-3 */
  topic: string;
  /** versions 0-3 */
  partitions: number[];
}

function readConsumerProtocolAssignment(r: Reader, version: number): ConsumerProtocolAssignment {
  const out = {} as ConsumerProtocolAssignment;
  {
    const n = r.readArrayLength();
    const a = new Array<ConsumerProtocolAssignmentTopicPartition>(n);
    for (let i = 0; i < n; i++) a[i] = readConsumerProtocolAssignmentTopicPartition(r, version);
    out.assignedPartitions = a;
  }
  out.userData = r.readNullableSizedBytes();
  return out;
}

function writeConsumerProtocolAssignment(w: Writer, version: number, v: ConsumerProtocolAssignment): void {
  w.appendArrayLength(v.assignedPartitions.length);
  for (let i = 0; i < v.assignedPartitions.length; i++) writeConsumerProtocolAssignmentTopicPartition(w, version, v.assignedPartitions[i]);
  w.appendNullableSizedBytes(v.userData);
}

function readConsumerProtocolAssignmentTopicPartition(r: Reader, version: number): ConsumerProtocolAssignmentTopicPartition {
  const out = {} as ConsumerProtocolAssignmentTopicPartition;
  out.topic = r.readString();
  {
    const n = r.readArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitions = a;
  }
  return out;
}

function writeConsumerProtocolAssignmentTopicPartition(w: Writer, version: number, v: ConsumerProtocolAssignmentTopicPartition): void {
  w.appendString(v.topic);
  w.appendArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
}

export function decodeConsumerProtocolAssignment(r: Reader, version: number): ConsumerProtocolAssignment {
  if (version < 0 || version > 3) throw unsupportedVersion('ConsumerProtocolAssignment', version, 0, 3);
  return readConsumerProtocolAssignment(r, version);
}

export function encodeConsumerProtocolAssignment(w: Writer, version: number, value: ConsumerProtocolAssignment): void {
  if (version < 0 || version > 3) throw unsupportedVersion('ConsumerProtocolAssignment', version, 0, 3);
  try {
    writeConsumerProtocolAssignment(w, version, value);
  } catch (error) {
    throw invalidMessage('ConsumerProtocolAssignment', version, error);
  }
}
