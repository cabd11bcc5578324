// Memory per loaded policy: load N deployments of the same policy into one sandbox worker and
// report the worker's RSS growth per policy and the isolate heap of one of them, for an empty
// policy and for the ajv JSON-schema policy. Baseline: the worker's RSS with no policy loaded.
// Usage: node --no-node-snapshot bench/engine-memory.ts [N]

import { join } from 'node:path';
import {
  benchSchema,
  compileOrThrow,
  EMPTY_POLICY_SOURCE,
  fmt,
  quietEngine,
  rssOf,
} from './engine-common.ts';

const N = Number(process.argv[2] ?? 40);
const flags = process.argv.slice(3);
const MB = 1024 * 1024;

const empty = await compileOrThrow({
  source: EMPTY_POLICY_SOURCE,
});
const jsonSchema = await compileOrThrow({
  entry: join(import.meta.dirname, '..', 'policies', 'json-schema.ts'),
});

console.log(`policies per kind: ${N}; one worker process; worker flags: ${flags.join(' ') || '(none)'}`);
console.log('policy         bundle KB  worker RSS MB (0 → N)  RSS per policy MB  isolate heap used/total MB');
for (const [name, policy, config] of [
  ['empty', empty, {}],
  ['json-schema', jsonSchema, { schemas: { orders: benchSchema } }],
] as const) {
  const engine = await quietEngine(1, flags);
  const pid = engine.workerPids[0]!;
  await new Promise((r) => setTimeout(r, 200));
  const before = rssOf(pid);
  for (let i = 0; i < N; i++) await engine.deploy({ id: `${name}-${i}`, policy, config });
  await new Promise((r) => setTimeout(r, 200));
  const after = rssOf(pid);
  const heap = await engine.heapStats(`${name}-0`);
  console.log(
    [
      name.padEnd(14),
      fmt(policy.sizeBytes / 1024).padStart(9),
      `${fmt(before / MB)} → ${fmt(after / MB)}`.padStart(22),
      fmt((after - before) / N / MB, 2).padStart(18),
      `${fmt((heap?.usedHeapSize ?? 0) / MB, 2)} / ${fmt((heap?.totalHeapSize ?? 0) / MB, 2)}`.padStart(27),
    ].join(' '),
  );
  await engine.close();
}
