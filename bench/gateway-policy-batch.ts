// The policy layer alone, no sockets and no broker: a Produce request of 3 partitions × N
// JSON records of 1 KB through the produce policy filter with policies/json-schema.ts deployed. Prints
// wall time per request and CPU per partition batch on the gateway thread and in the sandbox
// worker, to see where the cost of a policy sits.
//
//   ./node_modules/.bin/node --no-node-snapshot bench/gateway-policy-batch.ts [records per batch] [requests]
import { join } from 'node:path';
import { pino } from 'pino';
import { compilePolicy } from '../engine/index.ts';
import { producePolicies } from '../gateway/filters/policy-produce.ts';
import { PolicyService } from '../gateway/policy/service.ts';
import { chainOf, sendRequest } from '../test/kit/chain.ts';
import { produceFrame } from '../test/kit/frames.ts';
import { processCpuSeconds } from './gateway-process.ts';

const PER_BATCH = Number(process.argv[2] ?? 63);
const REQUESTS = Number(process.argv[3] ?? 300);

const cpuSeconds = (pid: number | undefined) => (pid === undefined ? 0 : processCpuSeconds(pid));

const svc = await PolicyService.create(pino({ level: 'silent' }));
const compiled = await compilePolicy({
  entry: join(import.meta.dirname, '..', 'policies', 'json-schema.ts'),
});
if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
await svc.deploy({
  id: 'orders-schema',
  policy: compiled.policy,
  config: { schemas: { '*': { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } } } },
});
const chain = chainOf([producePolicies(() => svc)]);
const values = Array.from({ length: PER_BATCH }, (_, i) => {
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

async function round(
  n: number,
): Promise<{ wallMs: number; gatewayUs: number; workerUs: number; isolateUs: number }> {
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
const r = await round(REQUESTS);
console.log(
  `${REQUESTS} requests × 3 partitions × ${PER_BATCH} records of 1 KB (json-schema policy):` +
    `\n  ${(r.wallMs / REQUESTS).toFixed(2)} ms per request wall, ${((REQUESTS * 3 * PER_BATCH) / (r.wallMs / 1000)).toFixed(0)} records/s` +
    `\n  CPU per partition batch: gateway thread ${r.gatewayUs.toFixed(0)} µs, sandbox worker ${r.workerUs.toFixed(0)} µs` +
    ` (${((r.gatewayUs + r.workerUs) / PER_BATCH).toFixed(1)} µs per record), of which in the policy's isolate ${r.isolateUs.toFixed(0)} µs`,
);
await svc.close();
