// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)
// from ConsumerProtocolSubscription.json.
import { invalidMessage, unsupportedVersion } from '../codec-support.ts';
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';

export interface ConsumerProtocolSubscription {
  /** versions 0-3 */
  topics: string[];
  /** versions 0-3, nullable 0-3 */
  userData: Buffer | null;
  /** versions 1-3 */
  ownedPartitions?: ConsumerProtocolSubscriptionTopicPartition[];
  /** versions 2-3 */
  generationId?: number;
  /** versions 3, nullable 3 */
  rackId?: string | null;
}

export interface ConsumerProtocolSubscriptionTopicPartition {
  /** versions 1-3 */
  topic: string;
  /** versions 1-3 */
  partitions: number[];
}

function readConsumerProtocolSubscription(r: Reader, version: number): ConsumerProtocolSubscription {
  const out = {} as ConsumerProtocolSubscription;
  {
    const n = r.readArrayLength();
    const a = new Array<string>(n);
    for (let i = 0; i < n; i++) a[i] = r.readString();
    out.topics = a;
  }
  out.userData = r.readNullableSizedBytes();
  if (version >= 1) {
    {
      const n = r.readArrayLength();
      const a = new Array<ConsumerProtocolSubscriptionTopicPartition>(n);
      for (let i = 0; i < n; i++) a[i] = readConsumerProtocolSubscriptionTopicPartition(r, version);
      out.ownedPartitions = a;
    }
  }
  if (version >= 2) {
    out.generationId = r.readInt32();
  }
  if (version >= 3) {
    out.rackId = r.readNullableString();
  }
  return out;
}

function writeConsumerProtocolSubscription(w: Writer, version: number, v: ConsumerProtocolSubscription): void {
  w.appendArrayLength(v.topics.length);
  for (let i = 0; i < v.topics.length; i++) w.appendString(v.topics[i]);
  w.appendNullableSizedBytes(v.userData);
  if (version >= 1) {
    {
      const x = v.ownedPartitions === undefined ? [] : v.ownedPartitions;
      w.appendArrayLength(x.length);
      for (let i = 0; i < x.length; i++) writeConsumerProtocolSubscriptionTopicPartition(w, version, x[i]);
    }
  }
  if (version >= 2) {
    {
      const x = v.generationId === undefined ? -1 : v.generationId;
      w.appendInt32(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.rackId === undefined ? null : v.rackId;
      w.appendNullableString(x);
    }
  }
}

function readConsumerProtocolSubscriptionTopicPartition(r: Reader, version: number): ConsumerProtocolSubscriptionTopicPartition {
  const out = {} as ConsumerProtocolSubscriptionTopicPartition;
  out.topic = r.readString();
  {
    const n = r.readArrayLength();
    const a = new Array<number>(n);
    for (let i = 0; i < n; i++) a[i] = r.readInt32();
    out.partitions = a;
  }
  return out;
}

function writeConsumerProtocolSubscriptionTopicPartition(w: Writer, version: number, v: ConsumerProtocolSubscriptionTopicPartition): void {
  w.appendString(v.topic);
  w.appendArrayLength(v.partitions.length);
  for (let i = 0; i < v.partitions.length; i++) w.appendInt32(v.partitions[i]);
}

export function decodeConsumerProtocolSubscription(r: Reader, version: number): ConsumerProtocolSubscription {
  if (version < 0 || version > 3) throw unsupportedVersion('ConsumerProtocolSubscription', version, 0, 3);
  return readConsumerProtocolSubscription(r, version);
}

export function encodeConsumerProtocolSubscription(w: Writer, version: number, value: ConsumerProtocolSubscription): void {
  if (version < 0 || version > 3) throw unsupportedVersion('ConsumerProtocolSubscription', version, 0, 3);
  try {
    writeConsumerProtocolSubscription(w, version, value);
  } catch (error) {
    throw invalidMessage('ConsumerProtocolSubscription', version, error);
  }
}
