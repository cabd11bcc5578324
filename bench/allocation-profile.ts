// Where a process allocates, garbage included: V8's sampling heap profiler, told to keep the
// samples of objects the collector has already freed (node --heap-prof keeps only what is
// still alive at exit, which hides exactly the short-lived garbage that makes GC run).
//
//   SLUICE_BENCH_ALLOC_PROF=DIR node --no-node-snapshot --import ./bench/allocation-profile.ts bench/X.ts …
//     writes DIR/alloc-PID.json when the process exits;
//   node --no-node-snapshot bench/allocation-profile.ts DIR/alloc-PID.json [TOP]
//     prints the functions that allocated the most (by themselves, and with what they call).
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

interface SampledNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children?: SampledNode[];
}

/** One sample per this many bytes allocated, on average. */
const SAMPLING_INTERVAL_BYTES = 16 * 1024;

const name = (n: SampledNode) => {
  const { functionName, url, lineNumber } = n.callFrame;
  const file = url.replace(/^.*\/(main|node_modules)\//, '');
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
};

export function summarise(head: SampledNode, top = 25): string {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let all = 0;
  // Returns the bytes under `n`; counts each function once per stack, however deep it recurses.
  const walk = (n: SampledNode, onStack: Set<string>): number => {
    const key = name(n);
    self.set(key, (self.get(key) ?? 0) + n.selfSize);
    all += n.selfSize;
    const below = new Set(onStack).add(key);
    let bytes = n.selfSize;
    for (const c of n.children ?? []) bytes += walk(c, below);
    if (!onStack.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + bytes);
    return bytes;
  };
  walk(head, new Set());
  const line = ([k, bytes]: [string, number]) =>
    `  ${(bytes / 1e6).toFixed(1).padStart(8)} MB ${((100 * bytes) / all).toFixed(1).padStart(5)} %  ${k}`;
  const rank = (m: Map<string, number>, keep: (k: string) => boolean) =>
    [...m]
      .filter(([k]) => keep(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(line);
  return [
    `allocated (sampled): ${(all / 1e6).toFixed(0)} MB`,
    '',
    'by the function itself:',
    ...rank(self, (k) => k !== '(root)'),
    '',
    'with what it calls, Sluice code:',
    ...rank(inclusive, (k) => /^\S+ (gateway|engine|kafka|sdk)\//.test(k)),
  ].join('\n');
}

const dir = process.env.SLUICE_BENCH_ALLOC_PROF;
if (import.meta.main) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: bench/allocation-profile.ts FILE.json [TOP]');
    process.exit(2);
  }
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as SampledNode, Number(top ?? 25)));
} else if (dir) {
  const session = new Session();
  session.connect();
  session.post('HeapProfiler.enable');
  session.post('HeapProfiler.startSampling', {
    samplingInterval: SAMPLING_INTERVAL_BYTES,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  // A session on the main thread answers synchronously, so this completes before the exit.
  process.on('exit', () => {
    session.post('HeapProfiler.stopSampling', (err, result) => {
      if (err) console.error(`allocation profile not written: ${err.message}`);
      else writeFileSync(join(dir, `alloc-${process.pid}.json`), JSON.stringify(result.profile.head));
    });
  });
}
