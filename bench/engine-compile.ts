// Compile time of policies: an empty policy (SDK only) as the baseline, the ajv-based
// json-schema policy, and the record-rules policy. Cold = first build in this process.
// Usage: node --no-node-snapshot bench/engine-compile.ts

import { join } from 'node:path';
import { compilePolicy } from '../engine/compile.ts';
import { fmt } from './engine-common.ts';

const dir = join(import.meta.dirname, '..', 'policies');
const inputs = [
  [
    'empty (baseline)',
    {
      source: `import { definePolicy, accept } from 'sluice/sdk';\nexport default definePolicy({ name: 'e', onProduce: () => accept() });`,
    },
  ],
  ['record-rules', { entry: join(dir, 'record-rules.ts') }],
  ['json-schema (ajv)', { entry: join(dir, 'json-schema.ts') }],
] as const;

console.log('policy              cold ms  warm ms (median of 10)  bundle KB  warm / baseline');
let baseline = 0;
for (const [name, input] of inputs) {
  const t0 = performance.now();
  const first = await compilePolicy(input);
  const cold = performance.now() - t0;
  if (!first.ok) throw new Error(JSON.stringify(first.diagnostics));
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await compilePolicy(input);
    warm.push(performance.now() - t);
  }
  const median = warm.sort((a, b) => a - b)[5];
  if (baseline === 0) baseline = median;
  console.log(
    [
      name.padEnd(18),
      fmt(cold).padStart(8),
      fmt(median).padStart(23),
      fmt(first.policy.sizeBytes / 1024).padStart(10),
      `${fmt(median / baseline)}×`.padStart(16),
    ].join(' '),
  );
}
