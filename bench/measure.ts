// Shared timing for the benches: run a function for a fixed wall-clock budget after a warm-up
// and report throughput, so every figure in a table is measured the same way in the same run.

/** Throughput of `fn` in MB/s (10^6 bytes/s), each call counted as `bytesPerCall` bytes. */
export function measure(fn: () => unknown, bytesPerCall: number, budgetMs = 600): number {
  const warmUntil = performance.now() + budgetMs / 4;
  while (performance.now() < warmUntil) fn();
  let calls = 0;
  const start = performance.now();
  let now = start;
  const until = start + budgetMs;
  while (now < until) {
    // Several calls between clock reads keep timer overhead out of small-input figures.
    for (let i = 0; i < 8; i++) fn();
    calls += 8;
    now = performance.now();
  }
  return (calls * bytesPerCall) / ((now - start) / 1000) / 1e6;
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
