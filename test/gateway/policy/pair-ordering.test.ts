// The connection pair with the policy hook, on loopback sockets with a scripted "broker": a
// request Sluice answers itself, or whose response it merges, keeps its place among the
// pipelined requests around it, and the broker never sees what a policy refused.
import assert from 'node:assert/strict';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { ConnectionPair } from '../../../gateway/connection/pair.ts';
import { policyFilters } from '../../../gateway/filters/index.ts';
import { defineFilter, type Filter } from '../../../gateway/pipeline/filter.ts';
import type { PolicyService } from '../../../gateway/policy/service.ts';
import type { UpstreamDialer } from '../../../gateway/upstream/dialer.ts';
import type { ProduceRequest, ProduceResponse } from '../../../kafka/generated/produce.ts';
import { decodeRequestFrame, decodeResponseFrame } from '../../../kafka/messages.ts';
import { chainOf } from '../../kit/chain.ts';
import { conn, deploySource, produceFrame, responseFrame, startService } from './support.ts';

/** Splits a byte stream into frame payloads. */
function framer(onFrame: (payload: Buffer) => void): (chunk: Buffer) => void {
  let buf = Buffer.alloc(0);
  return (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    while (buf.length >= 4 && buf.length >= 4 + buf.readInt32BE(0)) {
      const size = buf.readInt32BE(0);
      onFrame(buf.subarray(4, 4 + size));
      buf = buf.subarray(4 + size);
    }
  };
}

const framed = (payload: Buffer) => {
  const p = Buffer.alloc(4);
  p.writeInt32BE(payload.length);
  return Buffer.concat([p, payload]);
};

/** What a broker answers when every partition of `req` was appended at `baseOffset`. */
function brokerSuccess(req: ProduceRequest, baseOffset: bigint): ProduceResponse {
  return {
    throttleTimeMs: 0,
    responses: req.topicData.map((t) => ({
      name: t.name,
      partitionResponses: t.partitionData.map((p) => ({
        index: p.index,
        errorCode: 0,
        baseOffset,
        logAppendTimeMs: -1n,
        logStartOffset: 0n,
        recordErrors: [],
        errorMessage: null,
      })),
    })),
  };
}

/** A Metadata v1 request with an arbitrary body: the pair only reads its header. */
function opaqueRequest(correlationId: number): Buffer {
  const b = Buffer.alloc(2 + 2 + 4 + 2 + 4);
  b.writeInt16BE(3, 0);
  b.writeInt16BE(1, 2);
  b.writeInt32BE(correlationId, 4);
  b.writeInt16BE(-1, 8); // null client id
  b.writeInt32BE(-1, 10); // all topics
  return b;
}

describe('connection pair with policies: order of answers', () => {
  let svc: PolicyService;
  let broker: Server;
  let brokerPort: number;
  const received: Buffer[] = [];
  /** How the scripted broker answers one request (payload after the size prefix). */
  let answer: (req: Buffer, socket: Socket) => void = () => {};

  before(async () => {
    ({ svc } = await startService());
    await deploySource(
      svc,
      'no-bad',
      `export default definePolicy({ name: 'no-bad', onProduce(b) { return b.records.some((r) => r.text() === 'bad') ? reject('bad') : accept(); } });`,
    );
    broker = createServer((s) => {
      s.on(
        'data',
        framer((req) => {
          received.push(Buffer.from(req));
          answer(Buffer.from(req), s);
        }),
      );
    });
    await new Promise<void>((r) => broker.listen(0, '127.0.0.1', r));
    brokerPort = (broker.address() as { port: number }).port;
  });
  after(async () => {
    await svc.close();
    await new Promise((r) => broker.close(r));
  });

  async function pairAndClient(
    options: { filters?: Filter[]; closeGraceMs?: number } = {},
  ): Promise<{ client: Socket; responses: Buffer[]; pair: ConnectionPair }> {
    // The policy filters alone: the scripted broker's answers to opaqueRequest() are not
    // Metadata responses the address filter could read.
    const filters = options.filters ?? policyFilters(() => svc);
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const accepted = new Promise<Socket>((r) => server.once('connection', r));
    const client = connect(port, '127.0.0.1');
    const sock = await accepted;
    server.close();
    const dialer = {
      dial: async () => {
        const s = connect(brokerPort, '127.0.0.1');
        await new Promise((r) => s.once('connect', r));
        return { socket: s, address: { host: '127.0.0.1', port: brokerPort } };
      },
    } as unknown as UpstreamDialer;
    const pair = new ConnectionPair({
      client: sock,
      info: { ...conn },
      dialer,
      chain: chainOf(filters, { conn: { ...conn } }),
      log: pino({ level: 'silent' }),
      maxFrameBytes: 1 << 20,
      closeGraceMs: options.closeGraceMs,
    });
    pair.start();
    const responses: Buffer[] = [];
    client.on(
      'data',
      framer((p) => responses.push(Buffer.from(p))),
    );
    return { client, responses, pair };
  }

  const until = async (check: () => boolean) => {
    const t0 = Date.now();
    while (!check()) {
      if (Date.now() - t0 > 5000) assert.fail('timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  test('Given a slow broker answer ahead, when a pipelined Produce is refused by a policy, then its local answer comes after the earlier response and before the later one, and the broker never sees it', async () => {
    received.length = 0;
    // Like a broker, answers in request order; the first answer takes a while, so the
    // third request has reached the broker before anything went back.
    let chain = Promise.resolve();
    answer = (req, s) => {
      const corr = req.readInt32BE(4);
      const body = Buffer.alloc(8);
      body.writeInt32BE(corr, 0);
      chain = chain.then(async () => {
        if (corr === 1) await new Promise((r) => setTimeout(r, 300));
        s.write(framed(body));
      });
    };
    const { client, responses, pair } = await pairAndClient();
    const refused = produceFrame(9, -1, [{ name: 't', partitions: [{ index: 0, values: ['bad'] }] }]);
    refused.payload.writeInt32BE(2, 4); // correlation id 2
    client.write(
      Buffer.concat([framed(opaqueRequest(1)), framed(refused.payload), framed(opaqueRequest(3))]),
    );
    await until(() => responses.length === 3);
    assert.deepEqual(
      responses.map((r) => r.readInt32BE(0)),
      [1, 2, 3],
    );
    const local = decodeResponseFrame(responses[1], 0, 9).body as ProduceResponse;
    assert.equal(local.responses[0].partitionResponses[0].errorCode, 87);
    assert.deepEqual(
      received.map((r) => [r.readInt16BE(0), r.readInt32BE(4)]),
      [
        [3, 1],
        [3, 3],
      ],
    );
    client.destroy();
    pair.destroy();
  });

  test('Given a Produce with one refused partition, when the broker answers for the other, then the client gets one response with both partitions and the broker saw only the accepted one', async () => {
    received.length = 0;
    answer = (req, s) => {
      const sent = decodeRequestFrame(req);
      const body = sent.body as ProduceRequest;
      const res = brokerSuccess(body, 7n);
      s.write(framed(responseFrame(0, 11, sent.header.correlationId, res)));
    };
    const { client, responses, pair } = await pairAndClient();
    const req = produceFrame(11, -1, [
      {
        name: 't',
        partitions: [
          { index: 0, values: ['bad'] },
          { index: 1, values: ['good'] },
        ],
      },
    ]);
    client.write(framed(req.payload));
    await until(() => responses.length === 1);
    const res = decodeResponseFrame(responses[0], 0, 11).body as ProduceResponse;
    assert.deepEqual(
      res.responses[0].partitionResponses.map((p) => [p.index, p.errorCode, p.baseOffset]),
      [
        [0, 87, -1n],
        [1, 0, 7n],
      ],
    );
    const seen = decodeRequestFrame(received[0]).body as ProduceRequest;
    assert.deepEqual(
      seen.topicData[0].partitionData.map((p) => p.index),
      [1],
    );
    client.destroy();
    pair.destroy();
  });

  test('Given policies that change acks to and from 0, when pipelined between other requests, then an acks=-1 client still gets its (synthesised) answer in place and an acks=0 client gets nothing, though the broker answered', async () => {
    await deploySource(
      svc,
      'acks-flip',
      `export default definePolicy({ name: 'acks-flip', onProduce(b) { return modify({ request: { acks: b.topic === 'to-zero' ? 0 : -1 } }); } });`,
      { scope: { topics: ['to-zero', 'to-all'] } },
    );
    received.length = 0;
    let chain = Promise.resolve();
    answer = (req, s) => {
      const corr = req.readInt32BE(4);
      if (req.readInt16BE(0) !== 0) {
        const body = Buffer.alloc(8);
        body.writeInt32BE(corr, 0);
        chain = chain.then(async () => {
          if (corr === 1) await new Promise((r) => setTimeout(r, 200));
          s.write(framed(body));
        });
        return;
      }
      const sent = decodeRequestFrame(req);
      const body = sent.body as ProduceRequest;
      if (body.acks === 0) return; // a broker says nothing to acks=0
      const res = brokerSuccess(body, 3n);
      chain = chain.then(() => {
        s.write(framed(responseFrame(0, 11, corr, res)));
      });
    };
    const { client, responses, pair } = await pairAndClient();
    const lowered = produceFrame(11, -1, [{ name: 'to-zero', partitions: [{ index: 0, values: ['a'] }] }]);
    lowered.payload.writeInt32BE(2, 4);
    const raised = produceFrame(11, 0, [{ name: 'to-all', partitions: [{ index: 0, values: ['b'] }] }]);
    raised.payload.writeInt32BE(5, 4);
    client.write(
      Buffer.concat([
        framed(opaqueRequest(1)),
        framed(lowered.payload),
        framed(opaqueRequest(3)),
        framed(opaqueRequest(4)),
        framed(raised.payload),
        framed(opaqueRequest(6)),
      ]),
    );
    await until(() => responses.length === 5);
    await new Promise((r) => setTimeout(r, 100)); // nothing more arrives
    assert.deepEqual(
      responses.map((r) => r.readInt32BE(0)),
      [1, 2, 3, 4, 6],
    );
    const synthesised = decodeResponseFrame(responses[1], 0, 11).body as ProduceResponse;
    assert.deepEqual(
      synthesised.responses.map((t) => [
        t.name,
        t.partitionResponses.map((p) => [p.errorCode, p.baseOffset]),
      ]),
      [['to-zero', [[0, -1n]]]],
    );
    const produces = received
      .filter((r) => r.readInt16BE(0) === 0)
      .map((r) => {
        const d = decodeRequestFrame(r);
        return [d.header.correlationId, (d.body as ProduceRequest).acks];
      });
    assert.deepEqual(produces, [
      [2, 0],
      [5, -1],
    ]);
    client.destroy();
    pair.destroy();
    await svc.remove('acks-flip');
  });

  // Regression (CI): kcat with acks=0 exits right after its last send. The pair destroyed the
  // upstream when the client closed, so a request still with a policy never reached the broker.
  test('Given an acks=0 producer that closes right after sending, when a policy is still deciding, then the request still reaches the broker and the upstream is ended gracefully', async () => {
    await deploySource(
      svc,
      'slow-check',
      `export default definePolicy({ name: 'slow-check', onProduce() { const end = Date.now() + 60; while (Date.now() < end) {} return accept(); } });`,
      { scope: { topics: ['fire'] } },
    );
    received.length = 0;
    answer = () => {}; // a broker says nothing to acks=0
    const { client, pair } = await pairAndClient();
    const first = produceFrame(11, 0, [{ name: 'fire', partitions: [{ index: 0, values: ['one'] }] }]);
    first.payload.writeInt32BE(1, 4);
    const second = produceFrame(11, 0, [{ name: 'other', partitions: [{ index: 0, values: ['two'] }] }]);
    second.payload.writeInt32BE(2, 4);
    client.end(Buffer.concat([framed(first.payload), framed(second.payload)]));
    await until(() => received.length === 2);
    assert.deepEqual(
      received.map((r) => r.readInt32BE(4)),
      [1, 2],
      'both requests, in the order sent',
    );
    await pair.closed;
    await svc.remove('slow-check');
  });

  test('Given a producer waiting for acks that leaves while a policy is still deciding, when the policy accepts, then the request is not sent upstream (the client sends it again on its next connection)', async () => {
    await deploySource(
      svc,
      'slow-gone',
      `export default definePolicy({ name: 'slow-gone', onProduce() { const end = Date.now() + 60; while (Date.now() < end) {} return accept(); } });`,
      { scope: { topics: ['gone'] } },
    );
    received.length = 0;
    answer = () => {};
    const { client, pair } = await pairAndClient();
    const waiting = produceFrame(11, -1, [{ name: 'gone', partitions: [{ index: 0, values: ['one'] }] }]);
    waiting.payload.writeInt32BE(1, 4);
    const fire = produceFrame(11, 0, [{ name: 'gone', partitions: [{ index: 0, values: ['two'] }] }]);
    fire.payload.writeInt32BE(2, 4);
    client.end(Buffer.concat([framed(waiting.payload), framed(fire.payload)]));
    await pair.closed;
    assert.deepEqual(
      received.map((r) => r.readInt32BE(4)),
      [2],
      'only the acks=0 request reached the broker',
    );
    await svc.remove('slow-gone');
  });

  test('Given two answers and a malformed frame in one read from the broker, then the client gets both answers before the connection closes', async () => {
    const corr = (n: number) => {
      const body = Buffer.alloc(8);
      body.writeInt32BE(n, 0);
      return framed(body);
    };
    answer = (req, s) => {
      // 99 answers no request: the pair must close, after what came before it in the read.
      if (req.readInt32BE(4) === 2) s.write(Buffer.concat([corr(1), corr(2), corr(99)]));
    };
    const { client, responses, pair } = await pairAndClient();
    const closed = new Promise((r) => client.once('close', r));
    client.write(Buffer.concat([framed(opaqueRequest(1)), framed(opaqueRequest(2))]));
    await closed;
    await pair.closed;
    assert.deepEqual(
      responses.map((r) => r.readInt32BE(0)),
      [1, 2],
    );
  });

  const stuck: Filter[] = [
    defineFilter({ name: 'never-decides', headers: { wants: () => true, on: () => new Promise(() => {}) } }),
  ];

  test('Given a request that a handler never decides, when the client leaves, then the pair still closes within the close grace', async () => {
    answer = () => {};
    const { client, pair } = await pairAndClient({ filters: stuck, closeGraceMs: 300 });
    const t0 = performance.now();
    client.end(framed(opaqueRequest(1)));
    await pair.closed;
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `closed after ${ms.toFixed(0)} ms`);
  });

  test('Given a pair draining after its client left, when the gateway shuts down, then destroy() closes it at once', async () => {
    answer = () => {};
    const { client, pair } = await pairAndClient({ filters: stuck, closeGraceMs: 60_000 });
    client.end(framed(opaqueRequest(1)));
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    pair.destroy();
    await pair.closed;
    assert.ok(performance.now() - t0 < 1000);
  });
});
