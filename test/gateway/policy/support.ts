// Builders for policy-layer unit tests: real compiled policies in a real PolicyEngine, and
// Kafka frames written with the generated codecs (no sockets, no broker).
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { compilePolicy } from '../../../engine/index.ts';
import type { ConnectionInfo, RequestInfo } from '../../../gateway/connection/types.ts';
import { PolicyService } from '../../../gateway/policy/service.ts';
import { TopicIds } from '../../../gateway/policy/topic-ids.ts';
import type { ProduceRequest } from '../../../kafka/generated/produce.ts';
import { decodeRequestFrame, encodeRequestFrame, encodeResponseFrame } from '../../../kafka/messages.ts';
import { COMPRESSION, type CompressionName } from '../../../kafka/records/compression.ts';
import { encodeRecordBatch, RecordBatch } from '../../../kafka/records/record-batch.ts';
import { splitRecords } from '../../../kafka/records/records-field.ts';

export async function startService(): Promise<{ svc: PolicyService; logs: Record<string, unknown>[] }> {
  const logs: Record<string, unknown>[] = [];
  const log = pino({ level: 'debug' }, { write: (s: string) => void logs.push(JSON.parse(s)) });
  return { svc: await PolicyService.create(log), logs };
}

export async function deploySource(
  svc: PolicyService,
  id: string,
  body: string,
  extra: { scope?: { topics?: string[] }; priority?: number; mode?: 'enforce' | 'audit' } = {},
): Promise<void> {
  const r = await compilePolicy({
    source: `import { definePolicy, accept, reject, modify } from 'sluice/sdk';\n${body}`,
  });
  if (!r.ok) assert.fail(JSON.stringify(r.diagnostics));
  await svc.deploy({ id, policy: r.policy, ...extra });
}

export const conn: ConnectionInfo = {
  id: 1,
  listener: 'plain',
  route: { kind: 'bootstrap' },
  clientAddress: '127.0.0.1:1',
};

export function batchOf(values: string[], codec: CompressionName = 'none', producerId = -1n): Buffer {
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
      producerEpoch: producerId < 0n ? -1 : 0,
      baseSequence: producerId < 0n ? -1 : 0,
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
}

/** A Produce frame; from v13 (KIP-516) topics are named by `topicId` instead of `name`. */
export function produceFrame(
  version: number,
  acks: number,
  topics: { name?: string; topicId?: string; partitions: PartitionSpec[] }[],
  clientId = 'app-1',
): { payload: Buffer; info: RequestInfo } {
  const body: ProduceRequest = {
    transactionalId: null,
    acks,
    timeoutMs: 30000,
    topicData: topics.map((t) => ({
      name: t.name,
      topicId: t.topicId,
      partitionData: t.partitions.map((p) => ({
        index: p.index,
        records: batchOf(p.values, p.codec, p.producerId),
      })),
    })),
  };
  const payload = Buffer.from(
    encodeRequestFrame(
      { requestApiKey: 0, requestApiVersion: version, correlationId: 42, clientId },
      body,
    ).subarray(4),
  );
  return { payload, info: { apiKey: 0, apiVersion: version, correlationId: 42, clientId } };
}

export function requestFrame(apiKey: number, version: number, body: unknown, clientId = 'app-1') {
  const payload = Buffer.from(
    encodeRequestFrame(
      { requestApiKey: apiKey, requestApiVersion: version, correlationId: 7, clientId },
      body,
    ).subarray(4),
  );
  return { payload, info: { apiKey, apiVersion: version, correlationId: 7, clientId } as RequestInfo };
}

export function responseFrame(apiKey: number, version: number, correlationId: number, body: unknown): Buffer {
  return Buffer.from(encodeResponseFrame(apiKey, version, { correlationId }, body).subarray(4));
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

/** Topic ids as the gateway learns them: from a Metadata v12 response naming each topic. */
export function topicIdsFrom(topics: Record<string, string>): TopicIds {
  const ids = new TopicIds();
  const metadata = responseFrame(3, 12, 1, {
    throttleTimeMs: 0,
    brokers: [],
    clusterId: 'c',
    controllerId: 0,
    topics: Object.entries(topics).map(([name, topicId]) => ({
      errorCode: 0,
      name,
      topicId,
      isInternal: false,
      partitions: [],
      topicAuthorizedOperations: 0,
    })),
  });
  ids.learn(metadata, 12);
  return ids;
}
