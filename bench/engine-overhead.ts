// Per-batch sandbox overhead: an accept-everything policy run through the engine (host →
// worker process → isolate → back) against the same policy called directly in-process,
// measured in the same run. Usage: node --no-node-snapshot bench/engine-overhead.ts

import { decodeWireBatch, toWireBatch } from '../sdk/host/batch.ts';
import { accept, definePolicy } from '../sdk/index.ts';
import { createRuntime } from '../sdk/runtime/runtime.ts';
import {
  batchOf,
  compileOrThrow,
  ctx,
  EMPTY_POLICY_SOURCE,
  fmt,
  quietEngine,
  timeIt,
} from './engine-common.ts';

const direct = createRuntime(definePolicy({ name: 'empty', onProduce: () => accept() }), async () => ({
  ok: false,
  error: 'none',
}));
direct.init({});

const engine = await quietEngine(1);
await engine.deploy({
  id: 'empty',
  policy: await compileOrThrow({ source: EMPTY_POLICY_SOURCE }),
  scope: { topics: ['t'] },
});
const wctx = {
  topic: 't',
  partition: 0,
  principal: ctx.principal,
  clientId: ctx.clientId,
  listener: ctx.listener,
  apiKey: 0,
  apiVersion: 11,
};

console.log(
  'records/batch  direct µs/batch  no-policy µs/batch  sandbox µs/batch  overhead µs/batch  sandbox/direct',
);
for (const n of [1, 10, 100, 500]) {
  const records = batchOf(n, 1024);
  const batch = { topic: 't', partition: 0, records, producerId: -1, transactional: false, acks: -1 };
  const iterations = n >= 500 ? 300 : 1000;
  // The same steps without the sandbox: pack, decode, build records, call the hook.
  const directUs = await timeIt(() => {
    const { batch: packed, text } = decodeWireBatch(toWireBatch(records, 'text'));
    return direct.run('onProduce', wctx, { ...batch, records: packed, idempotent: false }, text);
  }, iterations);
  const nonePolicyUs = await timeIt(() => engine.runProduce(ctx, { ...batch, topic: 'other' }), iterations);
  const sandboxUs = await timeIt(() => engine.runProduce(ctx, batch), iterations);
  console.log(
    [
      String(n).padStart(14),
      fmt(directUs).padStart(16),
      fmt(nonePolicyUs, 2).padStart(19),
      fmt(sandboxUs).padStart(17),
      fmt(sandboxUs - directUs).padStart(18),
      `${fmt(sandboxUs / directUs)}×`.padStart(15),
    ].join(' '),
  );
}

// A produce request with 10 partitions, their batches run concurrently as a gateway would.
const parts = Array.from({ length: 10 }, (_, p) => ({
  topic: 't',
  partition: p,
  records: batchOf(10, 1024),
  producerId: -1,
  transactional: false,
  acks: -1,
}));
const seqUs = await timeIt(async () => {
  for (const b of parts) await engine.runProduce(ctx, b);
}, 200);
const parUs = await timeIt(() => Promise.all(parts.map((b) => engine.runProduce(ctx, b))), 200);
console.log(
  `10 partitions × 10 records per request: sequential ${fmt(seqUs / 10)} µs/batch, concurrent ${fmt(parUs / 10)} µs/batch (${fmt(seqUs / parUs)}× faster)`,
);
await engine.close();
