// An idempotent producer's batches behind one the produce filter refused with a retriable
// error: they must not reach the broker before the refused one is retried, or the first of
// them becomes the partition's start and the retry is out of order for ever (found by the
// exactly-once fault test with a registry outage, test/integration/fault-exactly-once.test.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProduceOutcome } from '../../../engine/index.ts';
import { producePolicies } from '../../../gateway/filters/policy-produce.ts';
import { ProduceSequences, producerOf, sequenceAfter } from '../../../gateway/filters/produce-sequences.ts';
import { KAFKA_ERROR_CODES } from '../../../kafka/generated/error-codes.ts';
import type { ProduceRequest, ProduceResponse } from '../../../kafka/generated/produce.ts';
import { decodeResponseFrame } from '../../../kafka/messages.ts';
import type { PolicyVerdict } from '../../kit/chain.ts';
import { FakePolicies, FORWARD } from '../../kit/fake-policies.ts';
import {
  batchOf,
  decodeRequest,
  type ProducerPosition,
  produceFrame,
  responseFrame,
} from '../../kit/frames.ts';
import { capturingLog } from '../../kit/log.ts';
import { policyChain } from './policy-support.ts';

const PID = 7n;
const OUT_OF_ORDER = KAFKA_ERROR_CODES.OUT_OF_ORDER_SEQUENCE_NUMBER;

/**
 * What the engine reports for a policy's `reject(…, { code: REQUEST_TIMED_OUT })` (the schema
 * policy's answer while the registry is away): `retriable` is the engine's word for its own
 * failures and false here; the client retries because of the code.
 */
const TIMED_OUT: ProduceOutcome = {
  action: 'reject',
  errorCode: KAFKA_ERROR_CODES.REQUEST_TIMED_OUT,
  errorMessage: 'schema registry unavailable',
  retriable: false,
  policy: 'schemas',
  recordErrors: [],
  trace: [],
};

/** A Produce of one idempotent batch per partition, values naming the sequence. */
function produce(partitions: { index: number; at: ProducerPosition }[]) {
  return produceFrame(11, -1, [
    {
      name: 'orders',
      partitions: partitions.map((p) => ({
        index: p.index,
        values: [`seq ${p.at.baseSequence ?? 0}`],
        producerId: PID,
        producer: p.at,
      })),
    },
  ]).payload;
}

/** Per partition of a verdict: the error code Sluice answered, or 'upstream'. */
async function fates(verdict: Promise<PolicyVerdict>): Promise<Record<number, number | 'upstream'>> {
  const v = await verdict;
  const out: Record<number, number | 'upstream'> = {};
  if (v.kind === 'answer') {
    const res = decodeResponseFrame(v.payload!, 0, 11).body as ProduceResponse;
    for (const p of res.responses[0].partitionResponses) out[p.index] = p.errorCode;
    return out;
  }
  for (const p of decodeRequest<ProduceRequest>(v.payload).topicData[0].partitionData)
    out[p.index] = 'upstream';
  if (v.merge) {
    const empty: ProduceResponse = { throttleTimeMs: 0, responses: [] };
    const merged = decodeResponseFrame(v.merge(responseFrame(0, 11, 42, empty)), 0, 11)
      .body as ProduceResponse;
    for (const p of merged.responses[0]?.partitionResponses ?? []) out[p.index] = p.errorCode;
  }
  return out;
}

/** A policy that answers each sequence as the test says, when the test says. */
function scripted() {
  const waiting = new Map<string, (o: ProduceOutcome) => void>();
  const policies = new FakePolicies({
    onProduce: (batch) => {
      const seq = batch.records[0].value === null ? '' : Buffer.from(batch.records[0].value).toString();
      const key = `${batch.partition}:${seq}`;
      if (!waiting.has(key)) return FORWARD;
      return new Promise<ProduceOutcome>((resolve) => {
        waiting.set(key, resolve);
      });
    },
  });
  return {
    policies,
    /** The policy will not decide on `seq` of `partition` until `decide` is called. */
    hold(partition: number, seq: number) {
      waiting.set(`${partition}:seq ${seq}`, () => {});
    },
    decide(partition: number, seq: number, outcome: ProduceOutcome) {
      const key = `${partition}:seq ${seq}`;
      const resolve = waiting.get(key)!;
      waiting.delete(key);
      resolve(outcome);
    },
  };
}

describe('produce sequences behind a refused batch', () => {
  test('Given sequence numbers near the int32 wrap, when compared, then order follows the wrap', () => {
    assert.ok(sequenceAfter(5, 0));
    assert.ok(!sequenceAfter(0, 5));
    assert.ok(!sequenceAfter(3, 3));
    assert.ok(sequenceAfter(2, 2 ** 31 - 3), 'after the wrap');
    assert.ok(!sequenceAfter(2 ** 31 - 3, 2));
  });

  test('Given batch headers, when read, then an idempotent batch names its producer and a plain one none', () => {
    assert.deepEqual(producerOf(batchOf(['a'], 'none', 9n, { epoch: 3, baseSequence: 40 })), {
      producerId: 9n,
      producerEpoch: 3,
      baseSequence: 40,
    });
    assert.equal(producerOf(batchOf(['a'])), undefined);
    assert.equal(producerOf(null), undefined);
    assert.equal(producerOf(Buffer.alloc(10)), undefined);
  });

  test('Given sequence 0 refused with a retriable error while sequence 5 was pipelined behind it, when both are decided, then 5 is answered OUT_OF_ORDER_SEQUENCE_NUMBER without reaching the broker, another partition of the same request goes on, and once 0 is retried upstream 5 goes too', async () => {
    const s = scripted();
    const { log, lines } = capturingLog();
    const handler = policyChain((c) => producePolicies(c, undefined, new ProduceSequences()), s.policies, {
      log,
    });
    s.hold(0, 0);
    const first = handler.handle(produce([{ index: 0, at: { baseSequence: 0 } }]));
    const behind = handler.handle(
      produce([
        { index: 0, at: { baseSequence: 5 } },
        { index: 1, at: { baseSequence: 0 } },
      ]),
    );
    await new Promise((r) => setTimeout(r, 20));
    s.decide(0, 0, TIMED_OUT);
    assert.deepEqual(await fates(first), { 0: KAFKA_ERROR_CODES.REQUEST_TIMED_OUT });
    assert.deepEqual(await fates(behind), { 0: OUT_OF_ORDER, 1: 'upstream' });
    // The producer retries in order: 0 first, then 5.
    assert.deepEqual(await fates(handler.handle(produce([{ index: 0, at: { baseSequence: 0 } }]))), {
      0: 'upstream',
    });
    assert.deepEqual(await fates(handler.handle(produce([{ index: 0, at: { baseSequence: 5 } }]))), {
      0: 'upstream',
    });
    // The operator sees the hold begin and end, with what it answered.
    const holds = lines.filter((l) => 'sequence' in l);
    assert.deepEqual(
      holds.map((l) => [l.partition, l.sequence, l.answered, l.releasedBy]),
      [
        [0, 0, undefined, undefined],
        [0, 0, 1, 'retried'],
      ],
    );
  });

  test('Given a refused sequence, when the producer bumps its epoch (KIP-360), then its new sequences go upstream', async () => {
    const s = scripted();
    const handler = policyChain((c) => producePolicies(c, undefined, new ProduceSequences()), s.policies);
    s.hold(0, 0);
    const first = handler.handle(produce([{ index: 0, at: { baseSequence: 0 } }]));
    await new Promise((r) => setTimeout(r, 5));
    s.decide(0, 0, TIMED_OUT);
    await first;
    assert.deepEqual(await fates(handler.handle(produce([{ index: 0, at: { baseSequence: 5 } }]))), {
      0: OUT_OF_ORDER,
    });
    assert.deepEqual(
      await fates(handler.handle(produce([{ index: 0, at: { epoch: 1, baseSequence: 5 } }]))),
      { 0: 'upstream' },
    );
  });

  test('Given a refused sequence nobody retries, when the hold time has passed, then later sequences go upstream again', async () => {
    let now = 1_000;
    const s = scripted();
    const sequences = new ProduceSequences({ holdMs: 60_000, now: () => now });
    const handler = policyChain((c) => producePolicies(c, undefined, sequences), s.policies);
    s.hold(0, 0);
    const first = handler.handle(produce([{ index: 0, at: { baseSequence: 0 } }]));
    await new Promise((r) => setTimeout(r, 5));
    s.decide(0, 0, TIMED_OUT);
    await first;
    assert.equal(sequences.size, 1);
    now += 60_001;
    assert.deepEqual(await fates(handler.handle(produce([{ index: 0, at: { baseSequence: 5 } }]))), {
      0: 'upstream',
    });
    assert.equal(sequences.size, 0, 'nothing is kept once nothing is held');
  });

  test('Given a refusal the client will not retry (INVALID_RECORD), when later sequences come, then they go upstream as they would to a broker', async () => {
    const s = scripted();
    const handler = policyChain((c) => producePolicies(c, undefined, new ProduceSequences()), s.policies);
    s.hold(0, 0);
    const first = handler.handle(produce([{ index: 0, at: { baseSequence: 0 } }]));
    await new Promise((r) => setTimeout(r, 5));
    s.decide(0, 0, { ...TIMED_OUT, errorCode: KAFKA_ERROR_CODES.INVALID_RECORD, retriable: false });
    assert.deepEqual(await fates(first), { 0: KAFKA_ERROR_CODES.INVALID_RECORD });
    assert.deepEqual(await fates(handler.handle(produce([{ index: 0, at: { baseSequence: 5 } }]))), {
      0: 'upstream',
    });
  });

  test('Given more producer-partitions held than the cap, when another arrives, then the tracker stays at the cap', async () => {
    const sequences = new ProduceSequences({ maxPartitions: 3 });
    for (let p = 0; p < 10; p++) {
      const t = sequences.enter('orders', p, { producerId: PID, producerEpoch: 0, baseSequence: 0 });
      await t.turn;
      t.settle('refused-retriable');
    }
    assert.equal(sequences.size, 3);
  });
});
