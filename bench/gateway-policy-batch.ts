// The policy layer alone, no sockets and no broker: a Produce request of 3 partitions × N
// JSON records of 1 KB through the produce policy filter with policies/json-schema.ts
// deployed. Prints wall time per request and CPU per partition batch on the gateway thread and
// in the sandbox worker, to see where the cost of a policy sits: the median of five rounds,
// since one round on a shared 2-core machine moves by ±20%.
//
// SLUICE_BENCH_POLICY=empty deploys a policy that accepts without looking instead: the price of
// the sandbox crossing alone (the no-policy path of this filter costs ~1 µs: it decodes nothing).
//
// SLUICE_BENCH_POLICIES=N (N > 1) deploys N − 1 more policies with disjoint topic scopes beside
// the measured one (scoped to the bench's topic) and prints the per-batch cost with one policy
// deployed, with N, and with one again, in the same run (issue 15 §4: many policies).
//
//   npm run bench -- gateway-policy-batch
//   ./node_modules/.bin/node --no-node-snapshot bench/gateway-policy-batch.ts [records per batch] [requests]
//   SLUICE_BENCH_POLICIES=50 ./node_modules/.bin/node --no-node-snapshot bench/gateway-policy-batch.ts
import { join } from 'node:path';
import { pino } from 'pino';
import { compilePolicy } from '../engine/index.ts';
import { producePolicies } from '../gateway/filters/policy-produce.ts';
import { PolicyService } from '../gateway/policy/service.ts';
import { rssOf } from '../test/gateway/support/connection-soak.ts';
import { chainOf, sendRequest } from '../test/kit/chain.ts';
import { produceFrame } from '../test/kit/frames.ts';
import { EMPTY_POLICY_SOURCE } from './engine-common.ts';
import { processCpuSeconds } from './gateway-process.ts';
import { envNumber } from './measure.ts';

const ROUNDS = 5;

const cpuSeconds = (pid: number | undefined) => (pid === undefined ? 0 : processCpuSeconds(pid));

interface Round {
  wallMs: number;
  gatewayUs: number;
  workerUs: number;
  isolateUs: number;
}

export async function run(
  perBatch = 63,
  requests = 1000,
  policies = envNumber('SLUICE_BENCH_POLICIES', 1),
): Promise<void> {
  const empty = process.env.SLUICE_BENCH_POLICY === 'empty';
  const svc = await PolicyService.create(pino({ level: 'silent' }));
  const compiled = await compilePolicy(
    empty
      ? {
          source: EMPTY_POLICY_SOURCE,
        }
      : { entry: join(import.meta.dirname, '..', 'policies', 'json-schema.ts') },
  );
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  const config = empty
    ? {}
    : {
        schemas: { '*': { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } } },
      };
  await svc.deploy({
    id: 'orders-schema',
    policy: compiled.policy,
    config,
    // Alone, the policy keeps its default scope (every topic), as the figures in the docs had it.
    ...(policies > 1 ? { scope: { topics: ['orders'] } } : {}),
  });
  const others = Array.from({ length: policies - 1 }, (_, i) => `other-schema-${i}`);
  const deployOthers = async () => {
    for (const [i, id] of others.entries()) {
      await svc.deploy({
        id,
        policy: compiled.policy,
        config,
        scope: { topics: [`other-${i}`, `other-${i}.*`] },
      });
    }
  };
  const removeOthers = async () => {
    for (const id of others) await svc.remove(id);
  };
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

  async function rounds(): Promise<Round[]> {
    await round(50);
    const out: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) out.push(await round(requests));
    return out;
  }
  const median = (rs: Round[], pick: (r: Round) => number) => {
    const sorted = rs.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const report = (label: string, rs: Round[]) => {
    const wallMs = median(rs, (r) => r.wallMs);
    const gatewayUs = median(rs, (r) => r.gatewayUs);
    const workerUs = median(rs, (r) => r.workerUs);
    console.log(
      `${label}:` +
        `\n  ${(wallMs / requests).toFixed(2)} ms per request wall, ${((requests * 3 * perBatch) / (wallMs / 1000)).toFixed(0)} records/s` +
        `\n  CPU per partition batch: gateway thread ${gatewayUs.toFixed(0)} µs, sandbox worker ${workerUs.toFixed(0)} µs` +
        ` (${((gatewayUs + workerUs) / perBatch).toFixed(1)} µs per record), of which in the policy's isolate ${median(rs, (r) => r.isolateUs).toFixed(0)} µs` +
        `\n  gateway thread per round: ${rs.map((r) => r.gatewayUs.toFixed(0)).join(' ')} µs`,
    );
    return { wallMs, gatewayUs, workerUs };
  };
  const what = `${requests} requests × 3 partitions × ${perBatch} records of 1 KB (${empty ? 'empty' : 'json-schema'} policy), median of ${ROUNDS} rounds`;
  if (policies <= 1) {
    report(`gateway-policy-batch: ${what}`, await rounds());
    await svc.close();
    return;
  }
  // One policy and N alternate round by round (the others deployed before each N round and
  // removed after it), so that a change in the machine's load falls on both alike.
  await round(200);
  const workerRss = () => {
    const pid = svc.engine.workerPids[0];
    return pid === undefined ? 0 : rssOf(pid);
  };
  const ones: Round[] = [];
  const manys: Round[] = [];
  const deploySeconds: number[] = [];
  let rssOne = 0;
  let rssMany = 0;
  const settle = () => new Promise((r) => setTimeout(r, 500));
  for (let i = 0; i < ROUNDS; i++) {
    // Memory from the first deployment only: later ones reuse what the removed ones freed.
    if (i === 0) rssOne = workerRss();
    ones.push(await round(requests));
    const t0 = performance.now();
    await deployOthers();
    deploySeconds.push((performance.now() - t0) / 1000);
    await settle();
    if (i === 0) rssMany = workerRss();
    manys.push(await round(requests));
    await removeOthers();
    await settle();
  }
  const one = report(`gateway-policy-batch: ${what}, 1 policy deployed`, ones);
  const many = report(
    `${policies} policies deployed (disjoint topic scopes, one applies; the other ${policies - 1} deployed in ` +
      `${deploySeconds.map((x) => x.toFixed(1)).join(', ')} s)`,
    manys,
  );
  const ratio = (pick: (r: typeof one) => number) => pick(many) / pick(one);
  const perRound = ones.map((r, i) => (manys[i].gatewayUs + manys[i].workerUs) / (r.gatewayUs + r.workerUs));
  console.log(
    `${policies} policies ÷ 1: wall per request ${ratio((r) => r.wallMs).toFixed(2)}, ` +
      `gateway CPU per batch ${ratio((r) => r.gatewayUs).toFixed(2)}, sandbox worker CPU per batch ${ratio((r) => r.workerUs).toFixed(2)}; ` +
      `gateway + worker CPU per batch, round by round: ${perRound.map((x) => x.toFixed(2)).join(' ')}` +
      `\n  sandbox worker RSS (first deployment): ${(rssOne / 2 ** 20).toFixed(0)} MiB with 1 policy, ${(rssMany / 2 ** 20).toFixed(0)} MiB with ${policies}` +
      ` (${((rssMany - rssOne) / 2 ** 20 / (policies - 1)).toFixed(1)} MiB per more policy)`,
  );
  await svc.close();
}

if (import.meta.main) {
  await run(Number(process.argv[2] ?? 63), Number(process.argv[3] ?? 1000));
}
