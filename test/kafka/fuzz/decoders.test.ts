// The bounded run of the fuzz targets in test/kafka/fuzz/properties.ts. The seed is fixed so a
// failure reproduces; fast-check prints the shrunk counterexample and the path to replay it.
// SLUICE_TEST_FUZZ_SEED picks another seed (the bench, bench/fuzz-decoders.ts, runs for longer).
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { FUZZ_PROPERTIES } from './properties.ts';

const seed = Number(process.env.SLUICE_TEST_FUZZ_SEED ?? 20261202);
const RUNS: Partial<Record<keyof typeof FUZZ_PROPERTIES, number>> = {
  'codecs: round trip': 400,
  'codecs: mutated input': 1500,
};

describe('fuzz: decoders of client and broker bytes', () => {
  for (const [name, property] of Object.entries(FUZZ_PROPERTIES) as [
    keyof typeof FUZZ_PROPERTIES,
    fc.IProperty<unknown>,
  ][]) {
    test(`Given fast-check inputs for ${name}, when decoded, then a value or a ProtocolError, within limits`, async () => {
      await fc.assert(property, { seed, numRuns: RUNS[name] ?? 500 });
    });
  }
});
