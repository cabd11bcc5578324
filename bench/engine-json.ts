// JSON Schema validation of 1 KB records per batch: the json-schema policy (ajv) run through
// the engine's sandbox against the same ajv validation called directly on the host, same run.
// Usage: node --no-node-snapshot bench/engine-json.ts

import { join } from 'node:path';
import { Ajv } from 'ajv';
import { batchOf, benchSchema, compileOrThrow, ctx, fmt, quietEngine, timeIt } from './engine-common.ts';

const policy = await compileOrThrow({ entry: join(import.meta.dirname, '..', 'policies', 'json-schema.ts') });
const engine = await quietEngine(1);
await engine.deploy({
  id: 'orders-schema',
  policy,
  config: { schemas: { orders: benchSchema } },
  scope: { topics: ['orders'] },
});

// Baseline: what a gateway would do without a sandbox: decode, parse, validate in-process.
const ajv = new Ajv();
const validate = ajv.compile(benchSchema);
const decoder = new TextDecoder();

console.log(
  'records/batch  direct µs/batch  sandbox µs/batch  sandbox MB/s  direct MB/s  direct/sandbox throughput',
);
for (const n of [1, 10, 100, 500]) {
  const records = batchOf(n, 1024);
  const batch = { topic: 'orders', partition: 0, records, producerId: 7, transactional: false, acks: -1 };
  const check = await engine.runProduce(ctx, batch);
  if (check.action !== 'forward') throw new Error(`bench records must be valid: ${JSON.stringify(check)}`);
  const iterations = n >= 500 ? 200 : n >= 100 ? 500 : 2000;
  const directUs = await timeIt(() => {
    for (const r of records) if (!validate(JSON.parse(decoder.decode(r.value!)))) throw new Error('invalid');
  }, iterations);
  const sandboxUs = await timeIt(() => engine.runProduce(ctx, batch), iterations);
  const bytes = n * 1024;
  console.log(
    [
      String(n).padStart(13),
      fmt(directUs).padStart(16),
      fmt(sandboxUs).padStart(17),
      fmt(bytes / sandboxUs).padStart(12),
      fmt(bytes / directUs).padStart(12),
      `${fmt(directUs / sandboxUs, 2)}×`.padStart(26),
    ].join(' '),
  );
}
await engine.close();
