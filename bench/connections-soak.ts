// Many connections with steady traffic through a real `sluice start` process, for minutes:
// resident memory over time, per connection idle and active, requests answered. The test
// (test/integration/gateway-connections-soak.test.ts) runs one minute of the same.
// Usage: SLUICE_BENCH_SOAK_SECONDS=300 SLUICE_BENCH_SOAK_CONNECTIONS=1000 \
//   ./node_modules/.bin/node --no-node-snapshot bench/connections-soak.ts
import { soak, startSoakRig } from '../test/gateway/support/connection-soak.ts';

const MiB = 1024 * 1024;

export async function run(): Promise<void> {
  const seconds = Number(process.env.SLUICE_BENCH_SOAK_SECONDS ?? 300);
  const connections = Number(process.env.SLUICE_BENCH_SOAK_CONNECTIONS ?? 1000);
  const rig = await startSoakRig();
  try {
    const r = await soak({ ...rig, connections, seconds, everyMs: 2000 });
    console.log(`${connections} connections, one 100-byte produce (acks=1) each every 2 s, ${seconds} s`);
    console.log(
      `requests ${r.requests} (${(r.requests / seconds).toFixed(0)}/s), errors ${r.errors}, dropped ${r.dropped}`,
    );
    console.log(
      `RSS: before ${(r.rssBefore / MiB).toFixed(0)} MiB, all open and silent ${(r.rssIdle / MiB).toFixed(0)} MiB, ` +
        `warm ${(r.rssWarm / MiB).toFixed(0)} MiB, last fifth ${(r.rssEnd / MiB).toFixed(0)} MiB`,
    );
    console.log(
      `per connection: idle ${(r.idleBytesPerConnection / 1024).toFixed(1)} KiB, active ${(r.activeBytesPerConnection / 1024).toFixed(1)} KiB`,
    );
    const every = Math.max(1, Math.floor(r.samples.length / 10));
    console.log(
      `RSS over time (s: MiB): ${r.samples
        .filter((_, i) => i % every === 0)
        .map((s) => `${s.atSeconds}: ${(s.rss / MiB).toFixed(0)}`)
        .join(', ')}`,
    );
  } finally {
    await rig.stop();
  }
}

if (import.meta.main) await run();
