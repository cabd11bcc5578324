// The long run of the decoder fuzz targets (test/kafka/fuzz/properties.ts; the unit suite runs
// each a few hundred times). Each target runs for its share of SLUICE_BENCH_FUZZ_SECONDS
// (default 120) from a fresh random seed; prints runs per second, and on a failure the seed,
// the replay path and the shrunk counterexample, which then becomes a regression test.
// Usage: ./node_modules/.bin/node --no-node-snapshot bench/fuzz-decoders.ts
import fc from 'fast-check';
import { FUZZ_PROPERTIES } from '../test/kafka/fuzz/properties.ts';

export async function run(): Promise<void> {
  const seconds = Number(process.env.SLUICE_BENCH_FUZZ_SECONDS ?? 120);
  const entries = Object.entries(FUZZ_PROPERTIES) as [string, fc.IRawProperty<unknown>][];
  const share = (seconds * 1000) / entries.length;
  let failed = 0;
  console.log(`| target | runs | runs/s | seed | result |\n| --- | ---: | ---: | ---: | --- |`);
  for (const [name, property] of entries) {
    const seed = Math.floor(Math.random() * 2 ** 31);
    const started = performance.now();
    const details = await fc.check(property, {
      seed,
      numRuns: Number.MAX_SAFE_INTEGER,
      interruptAfterTimeLimit: share,
    });
    const ms = performance.now() - started;
    const runs = details.numRuns;
    const result = details.failed
      ? `FAILED at path ${details.counterexamplePath}: ${fc.stringify(details.counterexample)} (${String(details.errorInstance)})`
      : 'ok';
    if (details.failed) failed++;
    console.log(`| ${name} | ${runs} | ${Math.round((runs * 1000) / ms)} | ${seed} | ${result} |`);
  }
  if (failed > 0) process.exitCode = 1;
}

if (import.meta.main) await run();
