// The stall a neighbour connection sees while the gateway inflates a heavy batch for a policy:
// the longest the event loop is held (a 1 ms ticker's largest gap) while a batch that inflates
// to 60 MiB is decoded on the event loop (RecordBatch.records) and off it (recordsAsync, the
// policy filters' path), per codec, median of 5 rounds, with the decode time of each.
// Usage: ./node_modules/.bin/node --no-node-snapshot bench/decode-stall.ts
import { COMPRESSION, COMPRESSION_NAMES } from '../kafka/records/compression.ts';
import { encodeRecordBatch, type KafkaRecord, RecordBatch } from '../kafka/records/record-batch.ts';

const INFLATED = 60 * 1024 * 1024;
const RECORD = 1024;
const ROUNDS = 5;

function heavyBatch(codec: (typeof COMPRESSION_NAMES)[number]): Buffer {
  const records: KafkaRecord[] = [];
  for (let i = 0; i < INFLATED / RECORD; i++) {
    const value = Buffer.from(JSON.stringify({ id: i, note: 'n'.repeat(RECORD - 40) }).slice(0, RECORD));
    records.push({ attributes: 0, timestampDelta: 0n, offsetDelta: i, key: null, value, headers: [] });
  }
  return encodeRecordBatch(
    {
      baseOffset: 0n,
      partitionLeaderEpoch: -1,
      attributes: COMPRESSION[codec],
      lastOffsetDelta: records.length - 1,
      baseTimestamp: 0n,
      maxTimestamp: 0n,
      producerId: -1n,
      producerEpoch: -1,
      baseSequence: -1,
    },
    records,
  );
}

/** Runs `work` beside a 1 ms ticker: the ticker's largest gap, and how long the work took. */
async function stallOf(work: () => unknown): Promise<{ stallMs: number; ms: number }> {
  let last = performance.now();
  let worst = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  await new Promise((r) => setTimeout(r, 20));
  worst = 0;
  last = performance.now();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  await new Promise((r) => setTimeout(r, 5));
  clearInterval(ticker);
  return { stallMs: worst, ms };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  console.log(
    `a batch of ${INFLATED / RECORD} ${RECORD}-byte JSON records (${INFLATED / 2 ** 20} MiB inflated), median of ${ROUNDS}`,
  );
  console.log('| codec | on the wire | stall on the loop | stall off it | ratio | decode on / off |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const codec of COMPRESSION_NAMES.filter((c) => c !== 'none')) {
    const bytes = heavyBatch(codec);
    const on: { stallMs: number; ms: number }[] = [];
    const off: { stallMs: number; ms: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      on.push(await stallOf(() => RecordBatch.decode(bytes).records({ maxDecompressedBytes: INFLATED * 2 })));
      off.push(
        await stallOf(() => RecordBatch.decode(bytes).recordsAsync({ maxDecompressedBytes: INFLATED * 2 })),
      );
    }
    const [sOn, sOff] = [median(on.map((x) => x.stallMs)), median(off.map((x) => x.stallMs))];
    const [tOn, tOff] = [median(on.map((x) => x.ms)), median(off.map((x) => x.ms))];
    console.log(
      `| ${codec} | ${(bytes.length / 1024).toFixed(0)} KiB | ${sOn.toFixed(1)} ms | ${sOff.toFixed(1)} ms | ${(sOff / sOn).toFixed(2)}× | ${tOn.toFixed(0)} / ${tOff.toFixed(0)} ms |`,
    );
  }
}

if (import.meta.main) await run();
