// Kafka frames for tests, written and read with the generated codecs: request and response
// payloads (a frame without its size prefix, as the pipeline takes them), Produce requests of
// record batches, and the values of a records field.
import assert from 'node:assert/strict';
import type { ProduceRequest } from '../../kafka/generated/produce.ts';
import { decodeRequestFrame, encodeRequestFrame, encodeResponseFrame } from '../../kafka/messages.ts';
import { COMPRESSION, type CompressionName } from '../../kafka/records/compression.ts';
import { encodeRecordBatch, RecordBatch } from '../../kafka/records/record-batch.ts';
import { splitRecords } from '../../kafka/records/records-field.ts';

/** A request as the pipeline sees it: the payload, and the header facts the pair peeks. */
export interface TestRequest {
  payload: Buffer;
  info: { apiKey: number; apiVersion: number; correlationId: number; clientId: string | null };
}

export function requestFrame(
  apiKey: number,
  version: number,
  body: unknown,
  clientId = 'app-1',
  correlationId = 7,
): TestRequest {
  const payload = Buffer.from(
    encodeRequestFrame(
      { requestApiKey: apiKey, requestApiVersion: version, correlationId, clientId },
      body,
    ).subarray(4),
  );
  return { payload, info: { apiKey, apiVersion: version, correlationId, clientId } };
}

export function responseFrame(apiKey: number, version: number, correlationId: number, body: unknown): Buffer {
  return Buffer.from(encodeResponseFrame(apiKey, version, { correlationId }, body).subarray(4));
}

/** Where an idempotent producer's batch stands: its epoch and first sequence (default 0 and 0). */
export interface ProducerPosition {
  epoch?: number;
  baseSequence?: number;
}

export function batchOf(
  values: string[],
  codec: CompressionName = 'none',
  producerId = -1n,
  position: ProducerPosition = {},
): Buffer {
  const now = 1_700_000_000_000n;
  return encodeRecordBatch(
    {
      baseOffset: 0n,
      partitionLeaderEpoch: -1,
      attributes: COMPRESSION[codec],
      lastOffsetDelta: values.length - 1,
      baseTimestamp: now,
      maxTimestamp: now + BigInt(values.length - 1),
      producerId,
      producerEpoch: producerId < 0n ? -1 : (position.epoch ?? 0),
      baseSequence: producerId < 0n ? -1 : (position.baseSequence ?? 0),
    },
    values.map((v, i) => ({
      attributes: 0,
      timestampDelta: BigInt(i),
      offsetDelta: i,
      key: Buffer.from(`k${i}`),
      value: Buffer.from(v),
      headers: [],
    })),
  );
}

export interface PartitionSpec {
  index: number;
  values: string[];
  codec?: CompressionName;
  /** Set for an idempotent producer's batch. */
  producerId?: bigint;
  producer?: ProducerPosition;
}

/** A Produce frame (correlation id 42); from v13 (KIP-516) topics are named by `topicId` instead of `name`. */
export function produceFrame(
  version: number,
  acks: number,
  topics: { name?: string; topicId?: string; partitions: PartitionSpec[] }[],
  clientId = 'app-1',
): TestRequest {
  const body: ProduceRequest = {
    transactionalId: null,
    acks,
    timeoutMs: 30000,
    topicData: topics.map((t) => ({
      name: t.name,
      topicId: t.topicId,
      partitionData: t.partitions.map((p) => ({
        index: p.index,
        records: batchOf(p.values, p.codec, p.producerId, p.producer),
      })),
    })),
  };
  return requestFrame(0, version, body, clientId, 42);
}

/** The values of every record of a records field, per batch, checking each CRC. */
export function valuesOf(records: Buffer | null): { codec: string; values: string[] }[] {
  return splitRecords(records).map((b) => {
    assert.ok(b instanceof RecordBatch);
    b.verifyCrc();
    return { codec: b.compression, values: b.records().map((r) => r.value?.toString() ?? '<null>') };
  });
}

export function decodeRequest<T>(payload: Buffer): T {
  return decodeRequestFrame(payload).body as T;
}
