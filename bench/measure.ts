// Shared timing for the benches: after a warm-up, time a function in several short rounds and
// report the median round's throughput. The machine is shared (2 cores, other work running),
// and one long window averages in whatever else ran; the median of rounds is steadier.

/** Throughput of `fn` in MB/s (10^6 bytes/s), each call counted as `bytesPerCall` bytes. */
export function measure(fn: () => unknown, bytesPerCall: number, rounds = 7, roundMs = 150): number {
  const warmUntil = performance.now() + roundMs;
  while (performance.now() < warmUntil) fn();
  const results: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let calls = 0;
    const start = performance.now();
    let now = start;
    const until = start + roundMs;
    while (now < until) {
      // Several calls between clock reads keep timer overhead out of small-input figures.
      for (let i = 0; i < 4; i++) fn();
      calls += 4;
      now = performance.now();
    }
    results.push((calls * bytesPerCall) / ((now - start) / 1000) / 1e6);
  }
  results.sort((a, b) => a - b);
  return results[Math.floor(results.length / 2)];
}

/** Prints rows as an aligned table; numbers are rounded (ratios to 2 decimals). */
export function printTable(title: string, rows: Array<Record<string, string | number>>): void {
  const formatted = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        typeof v === 'number' ? (k.includes('/') && !k.includes('MB/s') ? v.toFixed(2) : v.toFixed(0)) : v,
      ]),
    ),
  );
  const columns = Object.keys(formatted[0] ?? {});
  const widths = columns.map((c) => Math.max(c.length, ...formatted.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(columns));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of formatted) console.log(line(columns.map((c) => String(r[c]))));
}

/** The middle value of `xs` (the mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A bench knob: a positive number from the environment, or `fallback` when unset. */
export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return n;
}
