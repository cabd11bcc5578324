// The answer to a request an `onRequest` policy refused, written the way a broker answers a
// request it will not serve: every partition, topic or resource in it gets the policy's error
// code and message, so the client reports the refusal instead of reconnecting. Only APIs whose
// response carries an error per item are answered here; for any other api key (and an acks=0
// Produce, which gets no answer) the caller closes the connection, which every client
// understands.

import type { AlterConfigsRequest } from '../../kafka/generated/alter-configs.ts';
import type { CreateTopicsRequest } from '../../kafka/generated/create-topics.ts';
import type { IncrementalAlterConfigsRequest } from '../../kafka/generated/incremental-alter-configs.ts';
import type {
  ProduceRequest,
  ProduceResponsePartitionProduceResponse,
} from '../../kafka/generated/produce.ts';
import type { RequestHeader } from '../../kafka/header.ts';
import { decodeRequestFrame } from '../../kafka/messages.ts';
import type { RequestVerdict } from '../connection/types.ts';
import { responsePayload } from './frames.ts';
import { API } from './service.ts';

/** Produce v8+ carries a per-partition error message (KIP-467). */
const PRODUCE_ERROR_MESSAGE_VERSION = 8;

function answer(apiKey: number, header: RequestHeader, body: unknown): RequestVerdict {
  return {
    kind: 'answer',
    payload: responsePayload(apiKey, header.requestApiVersion, { correlationId: header.correlationId }, body),
  };
}

/** The local answer refusing all of `payload`, or null when its api key has no per-item error to say it with. */
export function refusalAnswer(
  payload: Buffer,
  errorCode: number,
  errorMessage: string,
): RequestVerdict | null {
  const apiKey = payload.readInt16BE(0);
  if (
    apiKey !== API.produce &&
    apiKey !== API.createTopics &&
    apiKey !== API.alterConfigs &&
    apiKey !== API.incrementalAlterConfigs
  ) {
    return null;
  }
  let decoded: ReturnType<typeof decodeRequestFrame>;
  try {
    decoded = decodeRequestFrame(payload);
  } catch {
    return null; // a version or body Sluice cannot read: the connection is refused instead
  }
  const { header, body } = decoded;
  const version = header.requestApiVersion;
  if (apiKey === API.produce) {
    const req = body as ProduceRequest;
    // An acks=0 producer reads no answer; a broker that fails such a request closes the
    // connection, and so does Sluice.
    if (req.acks === 0) return null;
    const partition = (index: number): ProduceResponsePartitionProduceResponse => ({
      index,
      errorCode,
      baseOffset: -1n,
      logAppendTimeMs: -1n,
      logStartOffset: -1n,
      ...(version >= PRODUCE_ERROR_MESSAGE_VERSION ? { recordErrors: [], errorMessage } : {}),
    });
    return answer(apiKey, header, {
      throttleTimeMs: 0,
      responses: req.topicData.map((t) => ({
        // v13+ names topics by id (KIP-516); each version encodes the one it has.
        name: t.name,
        topicId: t.topicId,
        partitionResponses: t.partitionData.map((p) => partition(p.index)),
      })),
    });
  }
  if (apiKey === API.createTopics) {
    return answer(apiKey, header, {
      throttleTimeMs: 0,
      topics: (body as CreateTopicsRequest).topics.map((t) => ({
        name: t.name,
        errorCode,
        errorMessage,
        numPartitions: -1,
        replicationFactor: -1,
        configs: null,
        topicConfigErrorCode: 0,
      })),
    });
  }
  const resources = (body as AlterConfigsRequest | IncrementalAlterConfigsRequest).resources;
  return answer(apiKey, header, {
    throttleTimeMs: 0,
    responses: resources.map((r) => ({
      errorCode,
      errorMessage,
      resourceType: r.resourceType,
      resourceName: r.resourceName,
    })),
  });
}
