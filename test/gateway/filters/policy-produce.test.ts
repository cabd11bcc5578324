// Produce requests through producePolicies (gateway/filters/policy-produce.ts), without sockets
// or a sandbox: the test kit's fake engine returns, per batch, the outcome the real engine makes
// of the policy named beside each script; frames are written and read with the generated codecs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProduceOutcome, ProducePartitionBatch } from '../../../engine/index.ts';
import { producePolicies } from '../../../gateway/filters/policy-produce.ts';
import { DecodedBytesInFlight } from '../../../gateway/policy/decode-budget.ts';
import type { ProduceRequest, ProduceResponse } from '../../../kafka/generated/produce.ts';
import { decodeResponseFrame, encodeRequestFrame } from '../../../kafka/messages.ts';
import type { RecordBatch } from '../../../kafka/records/record-batch.ts';
import { splitRecords } from '../../../kafka/records/records-field.ts';
import type { CompressionName } from '../../../sdk/types.ts';
import { FakePolicies, FORWARD } from '../../kit/fake-policies.ts';
import { batchOf, decodeRequest, produceFrame, responseFrame, valuesOf } from '../../kit/frames.ts';
import { capturingLog } from '../../kit/log.ts';
import {
  assertPartialRefusal,
  brokerOk,
  PARTIAL_REFUSAL,
  policyChain,
  produceModified,
  produceRejected,
  text,
  topicIdsFrom,
  withText,
} from './policy-support.ts';

/**
 * Policy no-bad: `reject('bad values in ' + batch.topic, { recordErrors: bad.map((r) => ({ index:
 * r.index, message: 'contains bad' })) })` when some record contains "bad", else accept().
 */
function noBad(batch: ProducePartitionBatch): ProduceOutcome {
  const bad = batch.records.flatMap((r, index) => (text(r).includes('bad') ? [index] : []));
  if (bad.length === 0) return FORWARD;
  return produceRejected('no-bad', 'bad values in ' + batch.topic, {
    recordErrors: bad.map((index) => ({ index, message: 'contains bad' })),
  });
}

/** Policy upper: `modify({ records: batch.records.map((r) => r.with({ value: r.text().toUpperCase() })) })`. */
function upper(batch: ProducePartitionBatch): ProduceOutcome {
  return produceModified(batch, { records: batch.records.map((r) => withText(r, text(r).toUpperCase())) });
}

describe('policy layer: Produce', () => {
  // no-bad is deployed for orders and audit, upper for shout.
  const policies = new FakePolicies({
    onProduce: (batch) => (batch.topic === 'shout' ? upper(batch) : noBad(batch)),
    produceTopics: ['orders', 'audit', 'shout'],
  });
  const handler = policyChain(producePolicies, policies);

  test('Given a topic no policy covers, when a Produce passes, then the very same bytes are forwarded', async () => {
    const { payload } = produceFrame(11, -1, [
      { name: 'other', partitions: [{ index: 0, values: ['bad'] }] },
    ]);
    const v = await handler.handle(payload);
    assert.equal(v.kind, 'forward');
    assert.equal(v.kind === 'forward' && v.payload, payload);
  });

  test('Given a covering policy that accepts, when a Produce passes, then nothing is re-encoded', async () => {
    const { payload } = produceFrame(11, -1, [
      { name: 'orders', partitions: [{ index: 0, values: ['ok', 'fine'] }] },
    ]);
    const v = await handler.handle(payload);
    assert.ok(v.kind === 'forward' && v.payload === payload && v.merge === undefined);
  });

  test('Given one partition rejected out of three, when the broker answers, then the client sees every partition in request order with INVALID_RECORD, record_errors and message on the rejected one', async () => {
    assertPartialRefusal(await handler.handle(PARTIAL_REFUSAL));
  });

  test('Given every partition rejected, when acks=-1, then Sluice answers by itself; with acks=0 it answers nothing', async () => {
    const req = produceFrame(9, -1, [{ name: 'orders', partitions: [{ index: 0, values: ['bad'] }] }]);
    const v = await handler.handle(req.payload);
    assert.equal(v.kind, 'answer');
    if (v.kind !== 'answer' || !v.payload) return assert.fail('expected a local answer');
    const res = decodeResponseFrame(v.payload, 0, 9);
    assert.equal(res.header.correlationId, 42);
    const p = (res.body as ProduceResponse).responses[0].partitionResponses[0];
    assert.equal(p.errorCode, 87);
    assert.equal(p.baseOffset, -1n);
    const silent = produceFrame(9, 0, [{ name: 'orders', partitions: [{ index: 0, values: ['bad'] }] }]);
    assert.deepEqual(await handler.handle(silent.payload), {
      kind: 'answer',
      payload: null,
    });
  });

  test('Given Produce v7 (no error_message field), when a partition is rejected, then the answer carries INVALID_RECORD only', async () => {
    const req = produceFrame(7, 1, [{ name: 'audit', partitions: [{ index: 0, values: ['bad'] }] }]);
    const v = await handler.handle(req.payload);
    assert.ok(v.kind === 'answer' && v.payload);
    const p = (decodeResponseFrame(v.payload, 0, 7).body as ProduceResponse).responses[0]
      .partitionResponses[0];
    assert.equal(p.errorCode, 87);
    assert.equal(p.errorMessage, undefined);
  });

  test('Given Produce v13 (topics named by id, KIP-516) for topics Sluice learnt from Metadata, when one partition is rejected, then the answer names each topic by id in request order, with INVALID_RECORD on the rejected one', async () => {
    const ORDERS = '0b7f2c6e-1d3a-4e5f-8a9b-0c1d2e3f4a5b';
    const OTHER = '9a8b7c6d-5e4f-4a3b-8c1d-0e9f8a7b6c5d';
    const byId = policyChain(producePolicies, policies, {
      topicIds: topicIdsFrom({ orders: ORDERS, other: OTHER }),
    });
    const { payload } = produceFrame(13, -1, [
      { topicId: ORDERS, partitions: [{ index: 0, values: ['bad one'] }] },
      { topicId: OTHER, partitions: [{ index: 1, values: ['bad but uncovered'] }] },
    ]);
    const v = await byId.handle(payload);
    assert.ok(v.kind === 'forward' && v.merge);
    const sent = decodeRequest<ProduceRequest>(v.payload);
    assert.deepEqual(
      sent.topicData.map((t) => [t.topicId, t.partitionData.map((p) => p.index)]),
      [[OTHER, [1]]],
    );
    const broker = responseFrame(0, 13, 42, {
      throttleTimeMs: 0,
      responses: [
        {
          topicId: OTHER,
          partitionResponses: [
            {
              index: 1,
              errorCode: 0,
              baseOffset: 7n,
              logAppendTimeMs: -1n,
              logStartOffset: 0n,
              recordErrors: [],
              errorMessage: null,
            },
          ],
        },
      ],
    });
    const res = decodeResponseFrame(v.merge(broker), 0, 13).body as ProduceResponse;
    assert.deepEqual(
      res.responses.map((t) => [t.topicId, t.partitionResponses.map((p) => [p.index, p.errorCode])]),
      [
        [ORDERS, [[0, 87]]],
        [OTHER, [[1, 0]]],
      ],
    );
  });

  test('Given Produce v13 naming a topic id Sluice never saw in Metadata, when it passes a produce policy, then its partitions are answered UNKNOWN_TOPIC_ID (retriable: the client refreshes metadata) and nothing is forwarded unread', async () => {
    const unknown = '11111111-2222-4333-8444-555555555555';
    const { payload } = produceFrame(13, -1, [
      { topicId: unknown, partitions: [{ index: 0, values: ['bad'] }] },
    ]);
    const v = await handler.handle(payload);
    assert.ok(v.kind === 'answer' && v.payload);
    const res = decodeResponseFrame(v.payload, 0, 13).body as ProduceResponse;
    assert.equal(res.responses[0].topicId, unknown);
    assert.equal(res.responses[0].partitionResponses[0].errorCode, 100);
  });

  for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const) {
    test(`Given a modifying policy and a ${codec} batch, when a Produce passes, then the batch is re-encoded with the same codec and a valid CRC`, async () => {
      const req = produceFrame(11, -1, [
        { name: 'shout', partitions: [{ index: 0, values: ['hello', 'world'], codec }] },
      ]);
      const v = await handler.handle(req.payload);
      assert.ok(v.kind === 'forward' && v.merge === undefined);
      const sent = decodeRequest<ProduceRequest>(v.payload);
      assert.deepEqual(valuesOf(sent.topicData[0].partitionData[0].records), [
        { codec, values: ['HELLO', 'WORLD'] },
      ]);
    });
  }
});

describe('policy layer: corrupt batches', () => {
  test('Given a batch whose CRC does not match, when it reaches a covering policy, then that partition gets CORRUPT_MESSAGE as from a broker, the others go upstream, and nothing throws', async () => {
    const { log, lines: logs } = capturingLog();
    // Policy accept-all: `onProduce: () => accept()`, on every topic.
    const policies = new FakePolicies({ onProduce: () => FORWARD });
    const { payload } = produceFrame(11, -1, [
      {
        name: 't',
        partitions: [
          { index: 0, values: ['good'] },
          { index: 1, values: ['flipped'] },
        ],
      },
    ]);
    // One flipped bit in partition 1's record value: its batch's CRC no longer matches.
    payload[payload.indexOf('flipped')] ^= 0x01;
    const v = await policyChain(producePolicies, policies, { log }).handle(payload);
    assert.ok(v.kind === 'forward' && v.merge);
    const sent = decodeRequest<ProduceRequest>(v.payload);
    assert.deepEqual(
      sent.topicData[0].partitionData.map((p) => p.index),
      [0],
    );
    const res = decodeResponseFrame(v.merge(brokerOk(11, [{ name: 't', partitions: [0] }])), 0, 11)
      .body as ProduceResponse;
    const [ok, corrupt] = res.responses[0].partitionResponses;
    assert.deepEqual([ok.index, ok.errorCode, corrupt.index, corrupt.errorCode], [0, 0, 1, 2]);
    assert.match(corrupt.errorMessage ?? '', /corrupt record batch: record batch CRC-32C/);
    assert.ok(logs.some((l) => /corrupt record batch/.test(String(l.msg)) && l.partition === 1));
  });
});

describe('policy layer: Produce decode budget', () => {
  test('Given a request whose gzip batches inflate to 1 MiB each and a budget of 2.5 MiB, when it reaches a covering policy, then two partitions are decoded and go upstream, the rest get MESSAGE_TOO_LARGE (not retriable) without being inflated past the budget', async () => {
    const { log, lines: logs } = capturingLog();
    const seen: number[] = [];
    // Policy accept-all: `onProduce: () => accept()`, on every topic.
    const policies = new FakePolicies({
      onProduce: (b) => {
        seen.push(b.partition);
        return FORWARD;
      },
    });
    const MiB = 1024 * 1024;
    const big = 'x'.repeat(MiB - 100);
    const { payload } = produceFrame(11, -1, [
      {
        name: 't',
        partitions: [0, 1, 2, 3].map((index) => ({ index, values: [big], codec: 'gzip' as const })),
      },
    ]);
    assert.ok(payload.length < 64 * 1024, `the request is small on the wire (${payload.length} bytes)`);
    const budgeted = (current: Parameters<typeof producePolicies>[0]) =>
      producePolicies(current, { perRequest: 2.5 * MiB });
    const v = await policyChain(budgeted, policies, { log }).handle(payload);
    assert.deepEqual(seen.sort(), [0, 1]);
    assert.ok(v.kind === 'forward' && v.merge);
    const sent = decodeRequest<ProduceRequest>(v.payload);
    assert.deepEqual(
      sent.topicData[0].partitionData.map((p) => p.index),
      [0, 1],
    );
    const res = decodeResponseFrame(v.merge(brokerOk(11, [{ name: 't', partitions: [0, 1] }])), 0, 11)
      .body as ProduceResponse;
    assert.deepEqual(
      res.responses[0].partitionResponses.map((p) => [p.index, p.errorCode]),
      [
        [0, 0],
        [1, 0],
        [2, 10],
        [3, 10],
      ],
    );
    assert.match(
      res.responses[0].partitionResponses[2].errorMessage ?? '',
      /more than one request may decode.*decompress to more than/,
    );
    assert.ok(logs.some((l) => l.limit === 'limits.maxPolicyBytesPerRequest'));
  });

  test('Given a records limit of 1,000 per request, when a Produce holds two batches of 600 records, then the first reaches the policy and the second gets MESSAGE_TOO_LARGE naming limits.maxPolicyRecordsPerRequest', async () => {
    const { log, lines: logs } = capturingLog();
    const seen: number[] = [];
    const policies = new FakePolicies({
      onProduce: (b) => {
        seen.push(b.partition);
        return FORWARD;
      },
    });
    const values = Array.from({ length: 600 }, (_, i) => `r${i}`);
    const { payload } = produceFrame(11, -1, [
      { name: 't', partitions: [0, 1].map((index) => ({ index, values, codec: 'lz4' as const })) },
    ]);
    const limited = (current: Parameters<typeof producePolicies>[0]) =>
      producePolicies(current, { perRequest: 64 * 1024 * 1024, perRequestRecords: 1000 });
    const v = await policyChain(limited, policies, { log }).handle(payload);
    assert.deepEqual(seen, [0]);
    assert.ok(v.kind === 'forward' && v.merge);
    const res = decodeResponseFrame(v.merge(brokerOk(11, [{ name: 't', partitions: [0] }])), 0, 11)
      .body as ProduceResponse;
    assert.deepEqual(
      res.responses[0].partitionResponses.map((p) => [p.index, p.errorCode]),
      [
        [0, 0],
        [1, 10],
      ],
    );
    assert.match(
      res.responses[0].partitionResponses[1].errorMessage ?? '',
      /exceed the 1000 a request may decode/,
    );
    assert.ok(logs.some((l) => l.limit === 'limits.maxPolicyRecordsPerRequest'));
  });

  test('Given a gateway-wide budget of 1 MiB, when a second connection sends a Produce while a first holds 1.5 MiB inflated in the sandbox, then the second is not decoded until the first is answered', async () => {
    const MiB = 1024 * 1024;
    const order: string[] = [];
    let releaseFirst = () => {};
    const firstHeld = new Promise<void>((r) => {
      releaseFirst = r;
    });
    // Policy accept-all on every topic; the first request's batch stays in the sandbox until released.
    const policies = new FakePolicies({
      onProduce: async (b) => {
        order.push(`${b.topic} in`);
        if (b.topic === 'first') await firstHeld;
        order.push(`${b.topic} out`);
        return FORWARD;
      },
    });
    const inFlight = new DecodedBytesInFlight(MiB);
    const budgeted = (current: Parameters<typeof producePolicies>[0]) =>
      producePolicies(current, { perRequest: 64 * MiB, inFlight });
    const request = (topic: string) =>
      produceFrame(11, -1, [
        { name: topic, partitions: [{ index: 0, values: ['x'.repeat(1.5 * MiB)], codec: 'gzip' }] },
      ]).payload;
    const first = policyChain(budgeted, policies).handle(request('first'));
    while (order.length === 0) await new Promise((r) => setTimeout(r, 5)); // inflated, in the sandbox
    const second = policyChain(budgeted, policies).handle(request('second'));
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(order, ['first in'], 'the second waits: nothing of it decoded');
    assert.ok(inFlight.used >= 1.5 * MiB);
    assert.equal(inFlight.waits, 1);
    releaseFirst();
    const verdicts = await Promise.all([first, second]);
    assert.deepEqual(order, ['first in', 'first out', 'second in', 'second out']);
    assert.deepEqual(
      verdicts.map((v) => v.kind),
      ['forward', 'forward'],
    );
    assert.equal(inFlight.used, 0);
  });
});

describe('policy layer: Produce acks', () => {
  /** Policy acks-<n>: `b.topic === 'bad' ? reject('no') : modify({ request: { acks } })`. */
  const ACKS_TO = (acks: number) => {
    const id = `acks-${acks < 0 ? 'all' : acks}`;
    return (b: ProducePartitionBatch) =>
      b.topic === 'bad' ? produceRejected(id, 'no') : produceModified(b, { acks });
  };

  test('Given a policy that asks for acks=all, when an acks=1 Produce passes, then the forwarded request has acks=-1 and the records are untouched', async () => {
    // Policy acks-all: `b.acks === -1 ? accept() : modify({ request: { acks: -1 } })`.
    const policies = new FakePolicies({
      onProduce: (b) => (b.acks === -1 ? FORWARD : produceModified(b, { acks: -1 })),
    });
    const { payload } = produceFrame(11, 1, [{ name: 't', partitions: [{ index: 0, values: ['v'] }] }]);
    const v = await policyChain(producePolicies, policies).handle(payload);
    assert.ok(v.kind === 'forward');
    const sent = decodeRequest<ProduceRequest>(v.payload);
    assert.equal(sent.acks, -1);
    assert.deepEqual(valuesOf(sent.topicData[0].partitionData[0].records), [
      { codec: 'none', values: ['v'] },
    ]);
  });

  test('Given a policy that lowers acks to 0, when an acks=-1 Produce passes, then the broker is told acks=0 and the client gets a synthesised success per partition in request order, with the rejected one merged', async () => {
    const policies = new FakePolicies({ onProduce: ACKS_TO(0) });
    const { payload } = produceFrame(11, -1, [
      {
        name: 't',
        partitions: [
          { index: 1, values: ['a'] },
          { index: 0, values: ['b'] },
        ],
      },
      { name: 'bad', partitions: [{ index: 0, values: ['c'] }] },
    ]);
    const v = await policyChain(producePolicies, policies).handle(payload);
    assert.ok(v.kind === 'forward' && v.answer && !v.merge && !v.discardResponse, JSON.stringify(v));
    const sent = decodeRequest<ProduceRequest>(v.payload);
    assert.equal(sent.acks, 0);
    assert.deepEqual(
      sent.topicData.map((t) => [t.name, t.partitionData.map((p) => p.index)]),
      [['t', [1, 0]]],
    );
    const answer = decodeResponseFrame(v.answer, 0, 11);
    assert.equal(answer.header.correlationId, 42);
    const res = answer.body as ProduceResponse;
    assert.deepEqual(
      res.responses.map((t) => [
        t.name,
        t.partitionResponses.map((p) => [p.index, p.errorCode, p.baseOffset]),
      ]),
      [
        [
          't',
          [
            [1, 0, -1n],
            [0, 0, -1n],
          ],
        ],
        ['bad', [[0, 87, -1n]]],
      ],
    );
  });

  test('Given a policy lowering acks to 0 for one topic, when a request also carries a topic it does not cover, then the request keeps acks=-1 (the other topic keeps its durability)', async () => {
    const policies = new FakePolicies({ onProduce: ACKS_TO(0), produceTopics: ['metrics'] });
    const { payload } = produceFrame(11, -1, [
      { name: 'metrics', partitions: [{ index: 0, values: ['m'] }] },
      { name: 'orders', partitions: [{ index: 0, values: ['o'] }] },
    ]);
    const v = await policyChain(producePolicies, policies).handle(payload);
    assert.ok(v.kind === 'forward' && v.payload === payload && !v.answer, 'forwarded as sent');
  });

  test('Given a partition with two batches, when the policy lowers acks for one and accepts the other, then the request keeps acks=-1', async () => {
    // Policy acks-by-value: `b.records[0].text() === 'm' ? modify({ request: { acks: 0 } }) : accept()`.
    const policies = new FakePolicies({
      onProduce: (b) => (text(b.records[0]) === 'm' ? produceModified(b, { acks: 0 }) : FORWARD),
    });
    const { payload } = produceFrame(11, -1, [{ name: 't', partitions: [{ index: 0, values: ['m'] }] }]);
    const body = decodeRequest<ProduceRequest>(payload);
    const two = batchOf(['o']);
    body.topicData[0].partitionData[0].records = Buffer.concat([
      body.topicData[0].partitionData[0].records!,
      two,
    ]);
    const twoBatches = Buffer.from(
      encodeRequestFrame(
        { requestApiKey: 0, requestApiVersion: 11, correlationId: 42, clientId: 'app-1' },
        body,
      ).subarray(4),
    );
    const v = await policyChain(producePolicies, policies).handle(twoBatches);
    assert.ok(v.kind === 'forward' && !v.answer, JSON.stringify(v));
    assert.equal(decodeRequest<ProduceRequest>(v.payload).acks, -1);
  });

  test('Given a policy raising acks for one topic, when a request also carries an uncovered topic, then the whole request goes up with acks=-1', async () => {
    const policies = new FakePolicies({ onProduce: ACKS_TO(-1), produceTopics: ['orders'] });
    const { payload } = produceFrame(11, 1, [
      { name: 'logs', partitions: [{ index: 0, values: ['l'] }] },
      { name: 'orders', partitions: [{ index: 0, values: ['o'] }] },
    ]);
    const v = await policyChain(producePolicies, policies).handle(payload);
    assert.ok(v.kind === 'forward' && !v.answer && !v.discardResponse);
    assert.equal(decodeRequest<ProduceRequest>(v.payload).acks, -1);
  });

  test('Given a policy that raises acks to -1, when an acks=0 Produce passes, then the broker is told acks=-1 and its response is discarded (failures logged), never sent to the client', async () => {
    const { log, lines: logs } = capturingLog();
    const policies = new FakePolicies({ onProduce: ACKS_TO(-1) });
    const { payload } = produceFrame(11, 0, [{ name: 't', partitions: [{ index: 0, values: ['a'] }] }]);
    const v = await policyChain(producePolicies, policies, { log }).handle(payload);
    assert.ok(v.kind === 'forward' && v.discardResponse && !v.answer, JSON.stringify(v));
    assert.equal(decodeRequest<ProduceRequest>(v.payload).acks, -1);
    const failed: ProduceResponse = {
      throttleTimeMs: 0,
      responses: [
        {
          name: 't',
          partitionResponses: [
            { index: 0, errorCode: 6, baseOffset: -1n, logAppendTimeMs: -1n, logStartOffset: -1n },
          ],
        },
      ],
    };
    v.discardResponse(responseFrame(0, 11, 42, failed));
    assert.ok(
      logs.some((l) => /acks=0/.test(String(l.msg)) && l.errorCode === 6 && l.topic === 't'),
      'the broker error the client cannot see is logged',
    );
  });

  test('Given an idempotent producer, when a policy asks for acks=1, then the request keeps acks=-1 and a warning says why', async () => {
    const { log, lines: logs } = capturingLog();
    const policies = new FakePolicies({ onProduce: ACKS_TO(1) });
    const { payload } = produceFrame(11, -1, [
      { name: 't', partitions: [{ index: 0, values: ['a'], producerId: 7n }] },
    ]);
    const v = await policyChain(producePolicies, policies, { log }).handle(payload);
    assert.ok(v.kind === 'forward' && v.payload === payload, 'forwarded unchanged');
    assert.ok(logs.some((l) => /idempotent/.test(String(l.msg))));
  });
});

describe('policy layer: Produce compression', () => {
  /** Policy to-<codec>: `modify({ request: { compression: codec } })`. */
  const TO = (compression: CompressionName) =>
    new FakePolicies({ onProduce: (b) => produceModified(b, { compression }) });

  for (const [from, to] of [
    ['none', 'zstd'],
    ['gzip', 'none'],
    ['snappy', 'lz4'],
    ['lz4', 'gzip'],
    ['zstd', 'snappy'],
  ] as const) {
    test(`Given a policy asking for ${to}, when a ${from} batch passes, then it goes upstream re-compressed with ${to}, records and producer fields unchanged`, async () => {
      const { payload } = produceFrame(11, -1, [
        {
          name: 't',
          partitions: [{ index: 0, values: ['x'.repeat(300), 'y', '{"a":1}'], codec: from, producerId: 9n }],
        },
      ]);
      const v = await policyChain(producePolicies, TO(to)).handle(payload);
      assert.ok(v.kind === 'forward');
      const records = decodeRequest<ProduceRequest>(v.payload).topicData[0].partitionData[0].records;
      assert.deepEqual(valuesOf(records), [{ codec: to, values: ['x'.repeat(300), 'y', '{"a":1}'] }]);
      const [b] = splitRecords(records) as RecordBatch[];
      assert.deepEqual([b.producerId, b.producerEpoch, b.baseSequence], [9n, 0, 0]);
    });
  }

  test('Given a policy asking for zstd, when a Produce v3 passes (zstd needs v7), then the batch keeps its codec and a warning says why', async () => {
    const { log, lines: logs } = capturingLog();
    const { payload } = produceFrame(3, -1, [
      { name: 't', partitions: [{ index: 0, values: ['a'], codec: 'gzip' }] },
    ]);
    const v = await policyChain(producePolicies, TO('zstd'), { log }).handle(payload);
    assert.ok(v.kind === 'forward' && v.payload === payload);
    assert.ok(logs.some((l) => /zstd/.test(String(l.msg))));
  });
});
