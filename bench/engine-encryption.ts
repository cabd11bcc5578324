// Where field encryption's cost goes, without Kafka or KMS: the policy engine (real sandbox
// worker) runs policies/field-encryption.ts on batches of 1 KB JSON records with 2 encrypted
// fields, against a KMS provider that seals and opens with the real envelope format under one
// fixed data key (what the gateway does once a data key is cached). Prints µs per record for
// produce (encrypt) and fetch (decrypt): wall, the gateway side (this process: AES-GCM, IPC)
// and the sandbox worker's CPU.
// With `customer-keys`, each record's fields go under its customer's key
// (`alias/pii-{{record.value.customerId}}`, 10 customers), as in bench/policy-encryption.ts.
//   ./node_modules/.bin/node --no-node-snapshot bench/engine-encryption.ts [records per batch] [batches] [customer-keys]
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pino } from 'pino';
import { compilePolicy } from '../engine/compile.ts';
import { PolicyEngine } from '../engine/index.ts';
import { open, parseEnvelope, seal } from '../gateway/kms/envelope.ts';
import { processCpuSeconds } from './gateway-process.ts';

const PER_BATCH = Number(process.argv[2] ?? 500);
const BATCHES = Number(process.argv[3] ?? 40);
const KEY =
  process.argv[4] === 'customer-keys'
    ? 'aws-kms://alias/pii-{{record.value.customerId}}'
    : 'aws-kms://alias/pii';
const dataKey = randomBytes(32);
const wrapped = randomBytes(180);

function record(i: number): string {
  const doc = {
    id: i,
    customerId: `c-${i % 10}`,
    ssn: `${100 + (i % 800)}-45-${String(1000 + i).slice(-4)}`,
    card: { number: `4111-1111-1111-${String(1000 + i).slice(-4)}`, exp: '12/29' },
    note: '',
  };
  doc.note = 'x'.repeat(1024 - JSON.stringify(doc).length);
  return JSON.stringify(doc);
}

const batchOf = (values: string[]) =>
  values.map((v, i) => ({
    key: null,
    value: Buffer.from(v),
    headers: [],
    timestamp: 0,
    offsetDelta: i,
  }));

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const compiled = await compilePolicy({
  entry: join(import.meta.dirname, '..', 'policies', 'field-encryption.ts'),
});
if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
const engine = await PolicyEngine.create({
  logger: pino({ level: 'warn' }),
  capabilities: {
    kms: {
      encrypt: async (key, values, context) => values.map((v) => seal(v, key, dataKey, wrapped, context)),
      decrypt: async (_key, values, context) => values.map((v) => open(parseEnvelope(v), dataKey, context)),
    },
  },
});
await engine.deploy({
  id: 'pii',
  policy: compiled.policy,
  scope: { topics: ['customers'] },
  kmsKeys: ['alias/*'],
  limits: { deadlineMs: 5000, cpuMs: 5000, memoryMb: 256 },
  config: {
    recordValue: {
      fields: [
        { fieldName: 'ssn', keySecretId: KEY },
        { fieldName: 'card.number', keySecretId: KEY },
      ],
    },
    decrypt: { principals: ['User:admin'] },
  },
});
const ctx = { principal: 'User:admin', clientId: 'bench', listener: 'plain', apiVersion: 11 };
const values = Array.from({ length: PER_BATCH }, (_, i) => record(i));
let encrypted: string[] = [];
for (const phase of ['produce', 'fetch'] as const) {
  let wall = 0;
  let host = 0;
  let worker = 0;
  const workerCpu = () =>
    engine.workerPids.reduce<number>((sum, pid) => sum + (pid ? processCpuSeconds(pid) * 1000 : 0), 0);
  for (let b = 0; b < BATCHES + 3; b++) {
    const t0 = performance.now();
    const c0 = cpu();
    const w0 = workerCpu();
    if (phase === 'produce') {
      const o = await engine.runProduce(ctx, {
        topic: 'customers',
        partition: 0,
        records: batchOf(values),
        producerId: -1,
        transactional: false,
        acks: -1,
      });
      if (o.action !== 'modify' || !o.records) throw new Error(`produce: ${o.action}`);
      encrypted = o.records.map((r) => Buffer.from(r.value as Uint8Array).toString());
    } else {
      const o = await engine.runFetch(ctx, { topic: 'customers', partition: 0, records: batchOf(encrypted) });
      if (o.action !== 'modify') throw new Error(`fetch: ${o.action}`);
    }
    if (b >= 3) {
      wall += performance.now() - t0;
      host += cpu() - c0;
      worker += workerCpu() - w0;
    }
  }
  const n = BATCHES * PER_BATCH;
  console.log(
    `${phase}: ${((wall * 1000) / n).toFixed(1)} µs per record wall, ${((host * 1000) / n).toFixed(1)} µs gateway CPU, ${((worker * 1000) / n).toFixed(1)} µs worker CPU (${BATCHES} batches of ${PER_BATCH}, key ${KEY})`,
  );
}
await engine.close();
