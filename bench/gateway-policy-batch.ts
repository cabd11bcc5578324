// The policy layer alone, no sockets and no broker: a Produce request of 3 partitions × N
// JSON records of 1 KB through the produce policy filter with policies/json-schema.ts
// deployed. Prints wall time per request and CPU per partition batch on the gateway thread and
// in the sandbox worker, to see where the cost of a policy sits: the median of five rounds,
// since one round on a shared 2-core machine moves by ±20%.
//
//   npm run bench -- gateway-policy-batch
//   ./node_modules/.bin/node --no-node-snapshot bench/gateway-policy-batch.ts [records per batch] [requests]
import { join } from 'node:path';
import { pino } from 'pino';
import { compilePolicy } from '../engine/index.ts';
import { producePolicies } from '../gateway/filters/policy-produce.ts';
import { PolicyService } from '../gateway/policy/service.ts';
import { chainOf, sendRequest } from '../test/kit/chain.ts';
import { produceFrame } from '../test/kit/frames.ts';
import { processCpuSeconds } from './gateway-process.ts';

const ROUNDS = 5;

const cpuSeconds = (pid: number | undefined) => (pid === undefined ? 0 : processCpuSeconds(pid));

interface Round {
  wallMs: number;
  gatewayUs: number;
  workerUs: number;
  isolateUs: number;
}

export async function run(perBatch = 63, requests = 1000): Promise<void> {
  const svc = await PolicyService.create(pino({ level: 'silent' }));
  const compiled = await compilePolicy({
    entry: join(import.meta.dirname, '..', 'policies', 'json-schema.ts'),
  });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  await svc.deploy({
    id: 'orders-schema',
    policy: compiled.policy,
    config: {
      schemas: { '*': { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } } },
    },
  });
  const chain = chainOf([producePolicies(() => svc)]);
  const values = Array.from({ length: perBatch }, (_, i) => {
    const doc = { id: i, note: '' };
    doc.note = 'x'.repeat(1024 - JSON.stringify(doc).length);
    return JSON.stringify(doc);
  });
  const { payload } = produceFrame(11, -1, [
    { name: 'orders', partitions: [0, 1, 2].map((index) => ({ index, values })) },
  ]);
  const isolateCpu = () =>
    svc.engine.metrics
      .get('sluice_policy_cpu_seconds_total')
      ?.get({ policy: 'orders-schema', hook: 'onProduce' }) ?? 0;

  async function round(n: number): Promise<Round> {
    const w0 = cpuSeconds(svc.engine.workerPids[0]);
    const i0 = isolateCpu();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    // Five requests in flight at a time, as a Java producer pipelines them.
    for (let i = 0; i < n; i += 5) {
      await Promise.all(Array.from({ length: 5 }, () => sendRequest(chain, payload)));
    }
    const wallMs = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const batches = n * 3;
    return {
      wallMs,
      gatewayUs: (c.user + c.system) / batches,
      workerUs: ((cpuSeconds(svc.engine.workerPids[0]) - w0) * 1e6) / batches,
      isolateUs: ((isolateCpu() - i0) * 1e6) / batches,
    };
  }

  await round(50);
  const rounds: Round[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await round(requests));
  const median = (pick: (r: Round) => number) => {
    const sorted = rounds.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const wallMs = median((r) => r.wallMs);
  const gatewayUs = median((r) => r.gatewayUs);
  const workerUs = median((r) => r.workerUs);
  console.log(
    `gateway-policy-batch: ${requests} requests × 3 partitions × ${perBatch} records of 1 KB (json-schema policy), median of ${ROUNDS} rounds:` +
      `\n  ${(wallMs / requests).toFixed(2)} ms per request wall, ${((requests * 3 * perBatch) / (wallMs / 1000)).toFixed(0)} records/s` +
      `\n  CPU per partition batch: gateway thread ${gatewayUs.toFixed(0)} µs, sandbox worker ${workerUs.toFixed(0)} µs` +
      ` (${((gatewayUs + workerUs) / perBatch).toFixed(1)} µs per record), of which in the policy's isolate ${median((r) => r.isolateUs).toFixed(0)} µs` +
      `\n  gateway thread per round: ${rounds.map((r) => r.gatewayUs.toFixed(0)).join(' ')} µs`,
  );
  await svc.close();
}

if (import.meta.main) await run(Number(process.argv[2] ?? 63), Number(process.argv[3] ?? 1000));
