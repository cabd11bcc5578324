// Produce requests through the policy layer, without sockets: real compiled policies in a
// real engine, frames written and read with the generated codecs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PolicyRequests } from '../../../gateway/policy/interceptor.ts';
import type { PolicyService } from '../../../gateway/policy/service.ts';
import type { ProduceRequest, ProduceResponse } from '../../../gateway/protocol/generated/produce.ts';
import { decodeResponseFrame } from '../../../gateway/protocol/messages.ts';
import {
  conn,
  decodeRequest,
  deploySource,
  produceFrame,
  responseFrame,
  startService,
  valuesOf,
} from './support.ts';

const REJECT_BAD = `export default definePolicy({
  name: 'no-bad',
  onProduce(batch) {
    const bad = batch.records.filter((r) => r.text().includes('bad'));
    if (bad.length === 0) return accept();
    return reject('bad values in ' + batch.topic, { recordErrors: bad.map((r) => ({ index: r.index, message: 'contains bad' })) });
  },
});`;

const UPPER = `export default definePolicy({
  name: 'upper',
  onProduce(batch) {
    return modify({ records: batch.records.map((r) => r.with({ value: r.text().toUpperCase() })) });
  },
});`;

function brokerOk(version: number, topics: { name: string; partitions: number[] }[]): Buffer {
  const body: ProduceResponse = {
    throttleTimeMs: 0,
    responses: topics.map((t) => ({
      name: t.name,
      partitionResponses: t.partitions.map((index) => ({
        index,
        errorCode: 0,
        baseOffset: 100n,
        logAppendTimeMs: -1n,
        logStartOffset: 0n,
        recordErrors: [],
        errorMessage: null,
      })),
    })),
  };
  return responseFrame(0, version, 42, body);
}

describe('policy layer: Produce', () => {
  let svc: PolicyService;
  let handler: PolicyRequests;

  before(async () => {
    ({ svc } = await startService());
    handler = new PolicyRequests(svc);
    await deploySource(svc, 'no-bad', REJECT_BAD, { scope: { topics: ['orders', 'audit'] } });
    await deploySource(svc, 'upper', UPPER, { scope: { topics: ['shout'] } });
  });
  after(() => svc.close());

  test('Given a topic no policy covers, when a Produce passes, then the very same bytes are forwarded', async () => {
    const { payload, info } = produceFrame(11, -1, [
      { name: 'other', partitions: [{ index: 0, values: ['bad'] }] },
    ]);
    const v = await handler.handle(info, payload, conn);
    assert.equal(v.kind, 'forward');
    assert.equal(v.kind === 'forward' && v.payload, payload);
  });

  test('Given a covering policy that accepts, when a Produce passes, then nothing is re-encoded', async () => {
    const { payload, info } = produceFrame(11, -1, [
      { name: 'orders', partitions: [{ index: 0, values: ['ok', 'fine'] }] },
    ]);
    const v = await handler.handle(info, payload, conn);
    assert.ok(v.kind === 'forward' && v.payload === payload && v.merge === undefined);
  });

  test('Given one partition rejected out of three, when the broker answers, then the client sees every partition in request order with INVALID_RECORD, record_errors and message on the rejected one', async () => {
    const { payload, info } = produceFrame(11, -1, [
      {
        name: 'orders',
        partitions: [
          { index: 2, values: ['ok'] },
          { index: 0, values: ['ok', 'bad one', 'bad two'] },
        ],
      },
      { name: 'other', partitions: [{ index: 5, values: ['x'] }] },
    ]);
    const v = await handler.handle(info, payload, conn);
    assert.equal(v.kind, 'forward');
    if (v.kind !== 'forward') return;
    const sent = decodeRequest<ProduceRequest>(v.payload);
    assert.deepEqual(
      sent.topicData.map((t) => [t.name, t.partitionData.map((p) => p.index)]),
      [
        ['orders', [2]],
        ['other', [5]],
      ],
    );
    assert.ok(v.merge);
    const merged = decodeResponseFrame(
      v.merge(
        brokerOk(11, [
          { name: 'other', partitions: [5] },
          { name: 'orders', partitions: [2] },
        ]),
      ),
      0,
      11,
    );
    const res = merged.body as ProduceResponse;
    assert.equal(merged.header.correlationId, 42);
    assert.deepEqual(
      res.responses.map((t) => [t.name, t.partitionResponses.map((p) => [p.index, p.errorCode])]),
      [
        [
          'orders',
          [
            [2, 0],
            [0, 87],
          ],
        ],
        ['other', [[5, 0]]],
      ],
    );
    const rejected = res.responses[0].partitionResponses[1];
    assert.match(rejected.errorMessage ?? '', /no-bad: bad values in orders/);
    assert.deepEqual(
      rejected.recordErrors?.map((e) => [e.batchIndex, e.batchIndexErrorMessage]),
      [
        [1, 'contains bad'],
        [2, 'contains bad'],
      ],
    );
  });

  test('Given every partition rejected, when acks=-1, then Sluice answers by itself; with acks=0 it answers nothing', async () => {
    const req = produceFrame(9, -1, [{ name: 'orders', partitions: [{ index: 0, values: ['bad'] }] }]);
    const v = await handler.handle(req.info, req.payload, conn);
    assert.equal(v.kind, 'answer');
    if (v.kind !== 'answer' || !v.payload) return assert.fail('expected a local answer');
    const res = decodeResponseFrame(v.payload, 0, 9);
    assert.equal(res.header.correlationId, 42);
    const p = (res.body as ProduceResponse).responses[0].partitionResponses[0];
    assert.equal(p.errorCode, 87);
    assert.equal(p.baseOffset, -1n);
    const silent = produceFrame(9, 0, [{ name: 'orders', partitions: [{ index: 0, values: ['bad'] }] }]);
    assert.deepEqual(await handler.handle(silent.info, silent.payload, conn), {
      kind: 'answer',
      payload: null,
    });
  });

  test('Given Produce v7 (no error_message field), when a partition is rejected, then the answer carries INVALID_RECORD only', async () => {
    const req = produceFrame(7, 1, [{ name: 'audit', partitions: [{ index: 0, values: ['bad'] }] }]);
    const v = await handler.handle(req.info, req.payload, conn);
    assert.ok(v.kind === 'answer' && v.payload);
    const p = (decodeResponseFrame(v.payload, 0, 7).body as ProduceResponse).responses[0]
      .partitionResponses[0];
    assert.equal(p.errorCode, 87);
    assert.equal(p.errorMessage, undefined);
  });

  for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const) {
    test(`Given a modifying policy and a ${codec} batch, when a Produce passes, then the batch is re-encoded with the same codec and a valid CRC`, async () => {
      const req = produceFrame(11, -1, [
        { name: 'shout', partitions: [{ index: 0, values: ['hello', 'world'], codec }] },
      ]);
      const v = await handler.handle(req.info, req.payload, conn);
      assert.ok(v.kind === 'forward' && v.merge === undefined);
      const sent = decodeRequest<ProduceRequest>(v.payload);
      assert.deepEqual(valuesOf(sent.topicData[0].partitionData[0].records), [
        { codec, values: ['HELLO', 'WORLD'] },
      ]);
    });
  }
});

describe('policy layer: Produce acks', () => {
  test('Given a policy that asks for acks=all, when an acks=1 Produce passes, then the forwarded request has acks=-1 and the records are untouched', async () => {
    const { svc } = await startService();
    try {
      await deploySource(
        svc,
        'acks-all',
        `export default definePolicy({ name: 'acks-all', onProduce(b) { return b.acks === -1 ? accept() : modify({ request: { acks: -1 } }); } });`,
      );
      const { payload, info } = produceFrame(11, 1, [
        { name: 't', partitions: [{ index: 0, values: ['v'] }] },
      ]);
      const v = await new PolicyRequests(svc).handle(info, payload, conn);
      assert.ok(v.kind === 'forward');
      const sent = decodeRequest<ProduceRequest>(v.payload);
      assert.equal(sent.acks, -1);
      assert.deepEqual(valuesOf(sent.topicData[0].partitionData[0].records), [
        { codec: 'none', values: ['v'] },
      ]);
    } finally {
      await svc.close();
    }
  });
});
