// What one encrypted value costs the gateway, alone: seal (AES-256-GCM under a cached data
// key, the format of gateway/kms/envelope.ts) and parse + open, per value, for a field of the
// size bench/policy-encryption.ts encrypts (a card number), 1,000 distinct values under one
// data key and topic. Prints µs per value, median of the rounds.
// With a second checkout's envelope.ts as argument, runs both in the same process, rounds
// alternated, to compare a change: bench/envelope.ts [path/to/other/envelope.ts]
//   ./node_modules/.bin/node bench/envelope.ts [other envelope.ts]
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { median } from './measure.ts';

type EnvelopeModule = typeof import('../gateway/kms/envelope.ts');
const builds: [string, EnvelopeModule][] = [['this checkout', await import('../gateway/kms/envelope.ts')]];
if (process.argv[2]) builds.push([process.argv[2], await import(resolve(process.argv[2]))]);

const ROUNDS = 15;
const PER_ROUND = 10_000;
const dataKey = randomBytes(32);
const wrapped = randomBytes(180); // the size of a CiphertextBlob from AWS KMS for a 256-bit key
const plaintexts = Array.from({ length: 1000 }, (_, i) => JSON.stringify(`4111-1111-1111-${1000 + i}`));

function perValue(run: (i: number) => void): number {
  const t0 = performance.now();
  for (let i = 0; i < PER_ROUND; i++) run(i % 1000);
  return ((performance.now() - t0) * 1000) / PER_ROUND;
}

const times = builds.map(() => ({ seal: [] as number[], open: [] as number[] }));
for (let round = 0; round < ROUNDS + 2; round++) {
  builds.forEach(([, m], b) => {
    const sealed = plaintexts.map((p) => m.seal(p, 'alias/pii-c-1', dataKey, wrapped, 'customers'));
    const s = perValue((i) => m.seal(plaintexts[i], 'alias/pii-c-1', dataKey, wrapped, 'customers'));
    const o = perValue((i) => m.open(m.parseEnvelope(sealed[i]), dataKey, 'customers'));
    if (round >= 2) {
      times[b].seal.push(s);
      times[b].open.push(o);
    }
  });
}
builds.forEach(([name], b) => {
  console.log(
    `${name}: seal ${median(times[b].seal).toFixed(2)} µs, parse + open ${median(times[b].open).toFixed(2)} µs per value (median of ${ROUNDS} rounds of ${PER_ROUND})`,
  );
});
