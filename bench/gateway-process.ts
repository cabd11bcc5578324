// The gateway under benchmark runs as its own process (`sluice start --config`), as a user runs
// it, so that its CPU time can be read from /proc/<pid>/stat apart from the broker's and the
// clients' (all three share the machine's cores), and so that it can be profiled with
// --cpu-prof without profiling the bench itself.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const SLUICE = join(import.meta.dirname, '..', 'bin', 'sluice.ts');
// /proc/<pid>/stat counts CPU time in clock ticks; 100 per second on every Linux we run on.
const TICKS_PER_SECOND = 100;

export interface GatewayProcess {
  pid: number;
  /** user + system CPU seconds this process has used so far. */
  cpuSeconds(): number;
  /** Seconds the main (event-loop) thread waited for a CPU, and times it was scheduled in. */
  schedStat(): { waitSec: number; slices: number };
  /** SIGTERM, then wait for exit (the CPU profile, if any, is written on exit). */
  stop(): Promise<void>;
}

/** The fields of /proc/<pid>/stat after the command name (field 3 onwards). */
export function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing ')' do not.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** The pids of a process and all its live descendants. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(statFields(Number(entry))[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Pins every thread of a running process (and so what it forks later) to one CPU. */
export function pin(pid: number, cpu: number): void {
  for (const p of processTree(pid)) {
    const r = spawnSync('taskset', ['-a', '-cp', String(cpu), String(p)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`taskset -a -cp ${cpu} ${p} failed: ${r.stderr || r.error}`);
  }
}

/** user + system CPU seconds of a live process, from /proc/<pid>/stat. */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing ')' do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 (utime) and 15 (stime) of the whole line are 12 and 13 after the name.
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * user + system CPU seconds of this process's children that have exited and been waited for
 * (cutime and cstime, fields 16 and 17), e.g. a benchmark tool run to its end.
 */
export function reapedChildrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

/**
 * Scheduler figures of a live process's main thread (/proc/<pid>/schedstat): seconds on a CPU,
 * seconds spent runnable but waiting for a CPU, and how many times it was scheduled in. The
 * wait says how much of the gateway's latency comes from sharing the cores.
 */
export function processSchedStat(pid: number): { runSec: number; waitSec: number; slices: number } {
  const [run, wait, slices] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
  return { runSec: run / 1e9, waitSec: wait / 1e9, slices };
}

/** The pid of the process whose command line contains `needle` (e.g. a broker's properties path). */
export function findPid(needle: string, command = 'java'): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv[0]?.endsWith(command) && argv.some((a) => a.includes(needle))) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

export interface StartGatewayProcessOptions {
  /** The configuration, written as YAML into `dir`. */
  config: Record<string, unknown>;
  dir: string;
  name: string;
  /** Directory for a V8 CPU profile (node --cpu-prof), written when the gateway stops. */
  cpuProfDir?: string;
  /** More Node flags for the gateway, e.g. --inspect=127.0.0.1:PORT. */
  nodeArgs?: string[];
  /** Another checkout to run the gateway of (an A/B against an older build); default this one. */
  checkout?: string;
}

export async function startGatewayProcess(options: StartGatewayProcessOptions): Promise<GatewayProcess> {
  const configFile = join(options.dir, `${options.name}.yaml`);
  writeFileSync(configFile, stringify(options.config));
  // SLUICE_BENCH_GATEWAY_LOG_DIR keeps the gateway's log after the bench removed its own files.
  const logFile = join(process.env.SLUICE_BENCH_GATEWAY_LOG_DIR || options.dir, `${options.name}.log`);
  const out = openSync(logFile, 'w');
  const nodeArgs = ['--no-node-snapshot'];
  if (options.cpuProfDir) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`);
  // Extra V8/Node flags for the gateway only (e.g. --trace-gc); its output goes to the log file.
  nodeArgs.push(...(process.env.SLUICE_BENCH_GATEWAY_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []));
  nodeArgs.push(...(options.nodeArgs ?? []));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...nodeArgs,
      options.checkout ? join(options.checkout, 'bin', 'sluice.ts') : SLUICE,
      'start',
      '--config',
      configFile,
    ],
    {
      stdio: ['ignore', out, out],
    },
  );
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const log = readFileSync(logFile, 'utf8');
    if (log.includes('sluice started')) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`gateway ${options.name} did not start:\n${log.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid!;
  return {
    pid,
    cpuSeconds: () => processCpuSeconds(pid),
    schedStat: () => processSchedStat(pid),
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
