// The host side of the sandboxes: a fixed set of worker processes, each hosting the isolates
// of the policies assigned to it. The host never waits on a worker: every request has a
// host-side timer, and a worker that misses it is SIGKILLed and replaced. Policies loaded on a
// replaced worker are reloaded on its successor; batches that were in flight there and were
// not the cause are retried once, so one hostile policy costs other policies latency, not data.

import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { HookName } from '../../sdk/types.ts';
import type { HostCallOp, HostCallReply, PolicyManifest, WireContext, WireResult } from '../../sdk/wire.ts';
import type { FailureKind, FromWorker, HeapStats, SandboxLimits, ToWorker } from './messages.ts';

const WORKER_SCRIPT = join(import.meta.dirname, 'worker.ts');

export interface LoadSpec {
  /** Unique per loaded policy instance (deployment id + revision + config). */
  key: string;
  code: string;
  config: Record<string, unknown>;
  limits: SandboxLimits;
}

export type LoadReply =
  | { ok: true; manifest: PolicyManifest; config: Record<string, unknown> }
  | { ok: false; kind: FailureKind | 'config'; message: string };

export type RunReply =
  | { ok: true; result: WireResult; cpuNs: number }
  | { ok: false; kind: FailureKind; message: string };

export interface WorkerExit {
  worker: number;
  pid: number | undefined;
  reason: 'deadline' | 'load-deadline' | 'exit';
  /** The policy key whose request the worker failed to answer in time, when known. */
  culprit: string | null;
  code: number | null;
  signal: string | null;
}

export interface PoolOptions {
  /** Worker processes. Default 1. */
  workers?: number;
  /** Extra time past a deadline before the host kills an unresponsive worker. Default 250 ms. */
  graceMs?: number;
  /** Runs capability calls (KMS, schema lookup) on the host. Default: every call is refused. */
  onHostCall?: (key: string, op: HostCallOp, args: unknown) => Promise<HostCallReply>;
  onWorkerExit?: (exit: WorkerExit) => void;
  /** Extra V8/Node flags for the worker processes (they apply to every isolate in them). */
  workerFlags?: string[];
}

interface Pending {
  type: 'load' | 'run' | 'stats';
  key: string;
  msg: ToWorker;
  resolve: (reply: never) => void;
  timer: NodeJS.Timeout | null;
  retried: boolean;
  sentAt: number;
}

class WorkerSlot {
  readonly index: number;
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly pending = new Map<number, Pending>();
  readonly keys = new Set<string>();
  dead = false;
  /** Why the host killed it, so the exit handler knows who was at fault. */
  killReason: { reason: WorkerExit['reason']; culprit: string } | null = null;

  constructor(
    index: number,
    flags: string[],
    onMessage: (slot: WorkerSlot, m: FromWorker) => void,
    onExit: (slot: WorkerSlot, code: number | null, signal: string | null) => void,
  ) {
    this.index = index;
    this.child = fork(WORKER_SCRIPT, [], {
      execArgv: ['--no-node-snapshot', '--disable-warning=ExperimentalWarning', ...flags],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.ready = new Promise((resolve, reject) => {
      const onReady = (m: FromWorker) => {
        if (m.t === 'ready') {
          this.child.off('message', onReady);
          resolve();
        }
      };
      this.child.on('message', onReady);
      this.child.once('exit', () => reject(new Error('sandbox worker exited during start')));
    });
    this.ready.catch(() => {});
    this.child.on('message', (m: FromWorker) => onMessage(this, m));
    this.child.once('exit', (code, signal) => onExit(this, code, signal));
    this.child.on('error', () => {});
  }

  send(m: ToWorker): void {
    if (!this.dead && this.child.connected) this.child.send(m);
  }

  kill(reason: WorkerExit['reason'], culprit: string): void {
    if (this.dead) return;
    this.killReason ??= { reason, culprit };
    this.child.kill('SIGKILL');
  }
}

export class SandboxPool {
  readonly #slots: WorkerSlot[] = [];
  readonly #specs = new Map<string, LoadSpec>();
  readonly #assigned = new Map<string, WorkerSlot>();
  /** Keys being reloaded after a worker replacement; runs wait for them. */
  readonly #reloading = new Map<string, Promise<void>>();
  readonly #options: Required<Pick<PoolOptions, 'graceMs'>> & PoolOptions;
  #nextId = 1;
  #closed = false;
  #restarts = 0;

  private constructor(options: PoolOptions) {
    this.#options = { ...options, graceMs: options.graceMs ?? 250 };
  }

  static async start(options: PoolOptions = {}): Promise<SandboxPool> {
    const pool = new SandboxPool(options);
    const n = Math.max(1, options.workers ?? 1);
    for (let i = 0; i < n; i++) pool.#slots.push(pool.#spawn(i));
    await Promise.all(pool.#slots.map((s) => s.ready));
    return pool;
  }

  /** Worker processes replaced so far. */
  get restarts(): number {
    return this.#restarts;
  }

  /** Process ids of the current workers (for tests and diagnostics). */
  get pids(): (number | undefined)[] {
    return this.#slots.map((s) => s.child.pid);
  }

  #spawn(index: number): WorkerSlot {
    return new WorkerSlot(
      index,
      this.#options.workerFlags ?? [],
      (slot, m) => this.#onMessage(slot, m),
      (slot, code, signal) => this.#onExit(slot, code, signal),
    );
  }

  #onMessage(slot: WorkerSlot, m: FromWorker): void {
    if (m.t === 'ready') return;
    if (m.t === 'cap') {
      const handler = this.#options.onHostCall;
      const reply: Promise<HostCallReply> = handler
        ? handler(m.key, m.op, m.args).catch((e: Error) => ({ ok: false as const, error: e.message }))
        : Promise.resolve({ ok: false, error: 'no capabilities are configured on this host' });
      void reply.then((r) => slot.send({ t: 'cap-reply', cid: m.cid, reply: r }));
      return;
    }
    const p = slot.pending.get(m.id);
    if (!p) return;
    slot.pending.delete(m.id);
    if (p.timer) clearTimeout(p.timer);
    const resolve = p.resolve as (r: unknown) => void;
    switch (m.t) {
      case 'loaded':
        slot.keys.add(p.key);
        resolve({ ok: true, manifest: m.manifest, config: m.config });
        break;
      case 'load-failed':
        resolve({ ok: false, kind: m.kind, message: m.message });
        break;
      case 'result':
        resolve({ ok: true, result: m.result, cpuNs: m.cpuNs });
        break;
      case 'failed':
        resolve({ ok: false, kind: m.kind, message: m.message });
        break;
      case 'stats':
        resolve(m.heap);
        break;
    }
  }

  #onExit(slot: WorkerSlot, code: number | null, signal: string | null): void {
    slot.dead = true;
    for (const p of slot.pending.values()) if (p.timer) clearTimeout(p.timer);
    // A worker that died on its own (V8 aborting on memory, an outside kill): nobody is blamed
    // at first and every run is retried once. A run already retried that dies again is the
    // cause: it fails and is reported as the culprit.
    let crashedId: number | null = null;
    if (!slot.killReason) {
      for (const [id, p] of slot.pending) {
        const older = crashedId === null || p.sentAt < slot.pending.get(crashedId)!.sentAt;
        if (p.type === 'run' && p.retried && older) crashedId = id;
      }
    }
    const culprit =
      slot.killReason?.culprit ?? (crashedId === null ? null : slot.pending.get(crashedId)!.key);
    this.#options.onWorkerExit?.({
      worker: slot.index,
      pid: slot.child.pid,
      reason: slot.killReason?.reason ?? 'exit',
      culprit,
      code,
      signal,
    });
    if (this.#closed) {
      for (const p of slot.pending.values()) {
        (p.resolve as (r: unknown) => void)(
          p.type === 'stats' ? null : { ok: false, kind: 'unavailable', message: 'engine closed' },
        );
      }
      return;
    }
    this.#restarts++;
    const next = this.#spawn(slot.index);
    this.#slots[slot.index] = next;
    // Reload every policy that lived there, except one whose load hung the worker.
    // Every key assigned to the dead slot, including ones still (re)loading there.
    for (const [key, assignedTo] of [...this.#assigned]) {
      const spec = this.#specs.get(key);
      if (!spec || assignedTo !== slot) continue;
      this.#assigned.set(key, next);
      const reload = next.ready
        .then(() =>
          this.#request(next, 'load', key, (id) => ({ t: 'load', id, ...spec }), spec.limits.loadTimeoutMs),
        )
        .then(() => {})
        .catch(() => {})
        .finally(() => this.#reloading.delete(key));
      this.#reloading.set(key, reload);
    }
    for (const [id, p] of slot.pending) {
      const resolve = p.resolve as (r: unknown) => void;
      if (p.type === 'stats') resolve(null);
      else if (p.type === 'load') {
        resolve({ ok: false, kind: 'crash', message: 'sandbox worker died while loading' });
      } else if (id === crashedId) {
        resolve({ ok: false, kind: 'crash', message: 'sandbox worker died running this batch' });
      } else if (p.retried) {
        resolve({ ok: false, kind: 'crash', message: 'sandbox worker died twice running this batch' });
      } else {
        // Not known to be at fault: run it once more on the replacement.
        const m = p.msg as Extract<ToWorker, { t: 'run' }>;
        void this.#run(m.key, m.hook, m.ctx, m.payload, true).then(resolve);
      }
    }
  }

  #request<T>(
    slot: WorkerSlot,
    type: Pending['type'],
    key: string,
    build: (id: number) => ToWorker,
    deadlineMs: number,
    retried = false,
  ): Promise<T> {
    const id = this.#nextId++;
    const msg = build(id);
    return new Promise<T>((resolve) => {
      const p: Pending = {
        type,
        key,
        msg,
        resolve: resolve as (r: never) => void,
        timer: null,
        retried,
        sentAt: performance.now(),
      };
      p.timer = setTimeout(() => this.#expire(slot, id), deadlineMs + this.#options.graceMs);
      slot.pending.set(id, p);
      slot.send(msg);
    });
  }

  /**
   * A request's host-side timer fired: the worker is hung or wedged. The culprit is the oldest
   * run still pending on that worker (a synchronous isolate call blocks every request queued
   * behind it), or the fired request when no run is pending; it gets the timeout, the worker
   * is killed, and the others are retried or reloaded on the replacement by #onExit.
   */
  #expire(slot: WorkerSlot, firedId: number): void {
    // Runs execute one at a time in the worker, so the oldest pending run is the one executing.
    // Loads interleave with runs (they await), so a queued load is never blamed for a run.
    let culpritId = firedId;
    let oldestRun: number | null = null;
    for (const [id, p] of slot.pending) {
      if (p.type === 'run' && (oldestRun === null || p.sentAt < slot.pending.get(oldestRun)!.sentAt))
        oldestRun = id;
    }
    if (oldestRun !== null) culpritId = oldestRun;
    const p = slot.pending.get(culpritId);
    if (!p) return;
    slot.pending.delete(culpritId);
    if (p.timer) clearTimeout(p.timer);
    const resolve = p.resolve as (r: unknown) => void;
    if (p.type === 'load') {
      this.#specs.delete(p.key);
      this.#assigned.delete(p.key);
      resolve({
        ok: false,
        kind: 'timeout',
        message: 'loading the policy did not finish in time; worker killed',
      });
    } else if (p.type === 'stats') resolve(null);
    else
      resolve({
        ok: false,
        kind: 'timeout',
        message: 'deadline exceeded; sandbox worker killed and replaced',
      });
    slot.kill(p.type === 'load' ? 'load-deadline' : 'deadline', p.key);
  }

  #leastLoaded(): WorkerSlot {
    return this.#slots.reduce((a, b) => (b.keys.size < a.keys.size ? b : a));
  }

  /** Loads a policy bundle into an isolate and returns its manifest and resolved config. */
  async load(spec: LoadSpec): Promise<LoadReply> {
    if (this.#closed) return { ok: false, kind: 'unavailable', message: 'engine closed' };
    const slot = this.#assigned.get(spec.key) ?? this.#leastLoaded();
    await slot.ready;
    this.#specs.set(spec.key, spec);
    this.#assigned.set(spec.key, slot);
    const reply = await this.#request<LoadReply>(
      slot,
      'load',
      spec.key,
      (id) => ({ t: 'load', id, ...spec }),
      spec.limits.loadTimeoutMs,
    );
    if (!reply.ok) {
      this.#specs.delete(spec.key);
      if (this.#assigned.get(spec.key) === slot) this.#assigned.delete(spec.key);
      slot.keys.delete(spec.key);
    }
    return reply;
  }

  /** Runs one hook on one batch. Never rejects: failures come back as `{ ok: false, kind }`. */
  run(key: string, hook: HookName, ctx: WireContext, payload: unknown): Promise<RunReply> {
    return this.#run(key, hook, ctx, payload, false);
  }

  async #run(
    key: string,
    hook: HookName,
    ctx: WireContext,
    payload: unknown,
    retried: boolean,
  ): Promise<RunReply> {
    if (this.#closed) return { ok: false, kind: 'unavailable', message: 'engine closed' };
    await this.#reloading.get(key);
    const slot = this.#assigned.get(key);
    const spec = this.#specs.get(key);
    if (!slot || !spec) return { ok: false, kind: 'unavailable', message: 'policy is not loaded' };
    try {
      await slot.ready;
    } catch {
      return { ok: false, kind: 'unavailable', message: 'sandbox worker failed to start' };
    }
    return this.#request<RunReply>(
      slot,
      'run',
      key,
      (id) => ({ t: 'run', id, key, hook, ctx, payload }),
      spec.limits.deadlineMs,
      retried,
    );
  }

  unload(key: string): void {
    const slot = this.#assigned.get(key);
    this.#specs.delete(key);
    this.#assigned.delete(key);
    if (slot) {
      slot.keys.delete(key);
      slot.send({ t: 'unload', key });
    }
  }

  /** V8 heap figures of a loaded policy's isolate. */
  async heapStats(key: string): Promise<HeapStats | null> {
    const slot = this.#assigned.get(key);
    if (!slot) return null;
    return this.#request<HeapStats | null>(slot, 'stats', key, (id) => ({ t: 'stats', id, key }), 1000);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(
      this.#slots.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.dead || s.child.exitCode !== null) return resolve();
            s.child.once('exit', () => resolve());
            s.child.kill('SIGKILL');
          }),
      ),
    );
  }
}
