// What the masking and header-injection built-ins cost per partition batch in the sandbox,
// against an empty policy (accepts without looking) measured in the same run: 1 KB JSON
// records, the masking policy with three rules (keepLast, mask, salted hash) hitting every
// record, header-injection with four templated headers.
// Usage: node --no-node-snapshot bench/engine-masking.ts [records per batch] [iterations]
import { join } from 'node:path';
import { batchOf, compileOrThrow, ctx, fmt, quietEngine, timeIt } from './engine-common.ts';

const perBatch = Number(process.argv[2] ?? 63);
const iterations = Number(process.argv[3] ?? 500);
const dir = join(import.meta.dirname, '..', 'policies');
const engine = await quietEngine(1);
const empty = `import { definePolicy, accept } from 'sluice/sdk';
export default definePolicy({ name: 'empty', onFetch: () => accept(), onProduce: () => accept() });`;
await engine.deploy({
  id: 'empty',
  policy: await compileOrThrow({ source: empty }),
  scope: { topics: ['empty'] },
});
await engine.deploy({
  id: 'mask',
  policy: await compileOrThrow({ entry: join(dir, 'masking.ts') }),
  scope: { topics: ['mask'] },
  config: {
    salt: 'bench-salt-0123456789',
    rules: [
      { path: 'id', rule: 'keepLast', n: 2 },
      { path: 'customer.name', rule: 'mask' },
      { path: 'currency', rule: 'hash' },
    ],
  },
});
await engine.deploy({
  id: 'stamp',
  policy: await compileOrThrow({ entry: join(dir, 'header-injection.ts') }),
  scope: { topics: ['stamp'] },
  config: {
    headers: {
      'x-principal': '{{principal}}',
      'x-client': '{{clientId}}',
      'x-via': '{{listener}}@{{gatewayHost}}',
      'x-time': '{{time}}',
    },
  },
});

const records = batchOf(perBatch, 1024);
const fetchOf = (topic: string) => engine.runFetch(ctx, { topic, partition: 0, records });
const produceOf = (topic: string) =>
  engine.runProduce(ctx, { topic, partition: 0, records, producerId: -1, transactional: false, acks: -1 });
const check = await fetchOf('mask');
if (check.action !== 'modify') throw new Error(`masking did not modify: ${check.action}`);

const emptyFetch = await timeIt(() => fetchOf('empty'), iterations);
const maskFetch = await timeIt(() => fetchOf('mask'), iterations);
const emptyProduce = await timeIt(() => produceOf('empty'), iterations);
const stampProduce = await timeIt(() => produceOf('stamp'), iterations);
console.log(
  `${perBatch} × 1 KB JSON records per batch, one batch in flight, median of 3 rounds of ${iterations}`,
);
console.log('policy              µs/batch  µs/record  records/s  vs empty');
for (const [name, us, base] of [
  ['empty (fetch)', emptyFetch, emptyFetch],
  ['masking (fetch)', maskFetch, emptyFetch],
  ['empty (produce)', emptyProduce, emptyProduce],
  ['header-injection', stampProduce, emptyProduce],
] as const)
  console.log(
    [
      name.padEnd(18),
      fmt(us).padStart(9),
      fmt(us / perBatch, 2).padStart(10),
      String(Math.round((perBatch * 1e6) / us)).padStart(10),
      `+${fmt(us - base)} µs`.padStart(12),
    ].join(' '),
  );
await engine.close();
