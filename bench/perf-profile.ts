// Summarises a Linux `perf` profile of a Sluice process: where its CPU went by kind of work
// (syscalls by name, kernel TCP and socket copies, GC, Node's crypto, IPC serialisation, JSON,
// page faults, JavaScript) and the inclusive share of any frames you name. Unlike V8's
// --cpu-prof, which charges a syscall's time (and, on a shared core, the time the process was
// preempted inside it) to the JavaScript frame that made it, perf samples only CPU the process
// used and sees the kernel and native frames.
//
//   NODE_OPTIONS=--perf-basic-prof <start the bench>     # names JIT frames (names can go stale)
//   perf record --no-inherit -F 2000 -g -p PID -o perf.data -- sleep 20
//   perf script -i perf.data -F tid,ip,sym > perf.txt
//   node --no-node-snapshot bench/perf-profile.ts perf.txt [--tid TID] ['frame regexp' ...]
import { readFileSync } from 'node:fs';

/** One sample: its thread and its frames, leaf first. */
export interface Sample {
  tid: number;
  frames: string[];
}

/** Reads `perf script -F tid,ip,sym` output. */
export function parsePerfScript(text: string): Sample[] {
  const samples: Sample[] = [];
  let current: Sample | null = null;
  for (const line of text.split('\n')) {
    // The head first: " 7448 " (a tid and a trailing blank) also reads as an address and no name.
    const head = /^\s*(\d+)\s*$/.exec(line);
    if (head) {
      current = { tid: Number(head[1]), frames: [] };
      samples.push(current);
      continue;
    }
    const frame = /^\s+[0-9a-f]+\s+(.*)$/.exec(line);
    if (frame && current) current.frames.push(frame[1].replace(/\s+\([^)]*\)$/, '').trim());
  }
  return samples;
}

/**
 * Kinds of work, first match wins: `stack` kinds match any frame of a sample, `leaf` kinds only
 * the frame the sample was in.
 */
const KINDS: [name: string, where: 'stack' | 'leaf', re: RegExp][] = [
  ['GC', 'stack', /Heap::CollectGarbage|Scavenge|MarkCompact|ConcurrentMarking|Sweeper|IncrementalMarking/],
  ["Node's crypto (cipher objects, OpenSSL)", 'stack', /node::crypto::|ossl_|aesni_|EVP_|OPENSSL_|CRYPTO_/],
  ['IPC serialise', 'stack', /ipc_serdes::Serialize|ValueSerializer::/],
  ['IPC deserialise', 'stack', /ipc_serdes::Deserialize|ValueDeserializer::/],
  ['JSON parse/stringify', 'stack', /JsonParser|JsonStringifier/],
  ['page faults', 'stack', /exc_page_fault/],
  ['syscall read', 'stack', /^(ksys_read|do_readv|__x64_sys_read|__x64_sys_recvfrom|__x64_sys_recvmsg)$/],
  [
    'syscall write',
    'stack',
    /^(ksys_write|do_writev|__x64_sys_write|__x64_sys_writev|__x64_sys_sendto|__x64_sys_sendmsg)$/,
  ],
  ['syscall epoll_wait', 'stack', /^(__x64_sys_epoll_pwait|__x64_sys_epoll_wait)$/],
  ['other syscalls', 'stack', /^do_syscall_64$/],
  ['kernel TCP outside syscalls (softirq)', 'stack', /^(tcp_|__netif_receive|net_rx_action|ip_rcv)/],
  ['malloc/free', 'leaf', /^(_int_malloc|_int_free|malloc|cfree|free|malloc_consolidate|unlink_chunk)/],
  ['JavaScript and builtins', 'leaf', /^(JS:|Builtins_|RegExp)/],
];

/** Share of samples (0..1) by kind of work. */
export function byKind(samples: readonly Sample[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of samples) {
    const kind =
      KINDS.find(([, where, re]) =>
        where === 'leaf' ? re.test(s.frames[0] ?? '') : s.frames.some((f) => re.test(f)),
      )?.[0] ?? 'other native';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([k, n]): [string, number] => [k, n / samples.length]).sort((a, b) => b[1] - a[1]);
}

/** Share of samples (0..1) with a frame matching `re` anywhere on the stack. */
export function inclusive(samples: readonly Sample[], re: RegExp): number {
  if (samples.length === 0) return 0;
  return samples.filter((s) => s.frames.some((f) => re.test(f))).length / samples.length;
}

/** The most frequent leaf frames, with their share. */
export function topLeaves(samples: readonly Sample[], top: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of samples) counts.set(s.frames[0] ?? '?', (counts.get(s.frames[0] ?? '?') ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, n]): [string, number] => [k, n / samples.length]);
}

function main(argv: string[]): void {
  const file = argv[0];
  if (!file) {
    console.error(
      "usage: node --no-node-snapshot bench/perf-profile.ts PERF_SCRIPT.txt [--tid TID] ['frame regexp' ...]",
    );
    process.exit(2);
  }
  const rest = argv.slice(1);
  const tidAt = rest.indexOf('--tid');
  const tid = tidAt >= 0 ? Number(rest.splice(tidAt, 2)[1]) : undefined;
  let samples = parsePerfScript(readFileSync(file, 'utf8'));
  if (tid !== undefined) samples = samples.filter((s) => s.tid === tid);
  const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)} %`;
  console.log(`${samples.length} samples${tid !== undefined ? ` of thread ${tid}` : ''}\n\nby kind of work:`);
  for (const [k, x] of byKind(samples)) console.log(`  ${pct(x)}  ${k}`);
  console.log('\nleaf frames:');
  for (const [k, x] of topLeaves(samples, 20)) console.log(`  ${pct(x)}  ${k.slice(0, 120)}`);
  if (rest.length > 0) console.log('\ninclusive:');
  for (const p of rest) console.log(`  ${pct(inclusive(samples, new RegExp(p)))}  ${p}`);
}

if (import.meta.filename === process.argv[1]) main(process.argv.slice(2));
