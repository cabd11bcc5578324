// The host side of the sandboxes: a fixed set of worker processes, each hosting the isolates
// of the policies assigned to it. The host never waits on a worker: every request has a
// host-side timer, and a worker that misses it is SIGKILLed and replaced. A run's deadline
// timer starts when the worker reports it started that run (not when it was sent), so time
// queued behind other batches is never blamed on a policy; queueing has its own bound. Policies loaded on a
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
  /**
   * Longest a run may wait in its worker before it starts. Past it the batch gets a retriable
   * `timeout` without running, and nobody is blamed. Default 5000 ms.
   */
  queueTimeoutMs?: number;
  /** Runs that may wait (sent, not started) per worker; more get a retriable `timeout` at once. Default 256. */
  maxQueuedRuns?: number;
}

interface Pending {
  type: 'load' | 'run' | 'stats';
  key: string;
  msg: ToWorker;
  resolve: (reply: never) => void;
  /** Deadline timer: from send for loads and stats, from the worker's `started` for runs. */
  timer: NodeJS.Timeout | null;
  /** Runs only: bounds the time between send and `started`. */
  queueTimer: NodeJS.Timeout | null;
  deadlineMs: number;
  retried: boolean;
  sentAt: number;
  /** Runs only: when the worker reported starting it; null while queued. */
  startedAt: number | null;
  /** Runs only: its queue bound passed; answered once the worker proves it is alive. */
  queueExpired: boolean;
  /**
   * Already answered (queue bound) but kept until the worker reports on it: it may have started
   * before the cancel reached the worker, and then it still occupies the worker and needs a timer.
   */
  answered: boolean;
}

function clearTimers(p: Pending): void {
  if (p.timer) clearTimeout(p.timer);
  if (p.queueTimer) clearTimeout(p.queueTimer);
  p.timer = null;
  p.queueTimer = null;
}

class WorkerSlot {
  readonly index: number;
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly pending = new Map<number, Pending>();
  readonly keys = new Set<string>();
  dead = false;
  /** Liveness probe in flight (see #queueExpired). */
  probe: NodeJS.Timeout | null = null;
  /** Why the host killed it, so the exit handler knows who was at fault. */
  killReason: { reason: WorkerExit['reason']; culprit: string } | null = null;
  /** Messages of this turn, sent as one IPC write when the turn's synchronous work is done. */
  #outbox: ToWorker[] = [];
  readonly #onUnsendable: (slot: WorkerSlot, m: ToWorker, reason: string) => void;

  constructor(
    index: number,
    flags: string[],
    onMessage: (slot: WorkerSlot, m: FromWorker) => void,
    onExit: (slot: WorkerSlot, code: number | null, signal: string | null) => void,
    onUnsendable: (slot: WorkerSlot, m: ToWorker, reason: string) => void,
  ) {
    this.index = index;
    this.#onUnsendable = onUnsendable;
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
    this.child.on('message', (m: FromWorker) => {
      if (m.t !== 'many') onMessage(this, m);
      else for (const one of m.msgs) onMessage(this, one);
    });
    this.child.once('exit', (code, signal) => onExit(this, code, signal));
    this.child.on('error', () => {});
  }

  send(m: ToWorker): void {
    if (this.dead) return;
    // The partition batches of one request reach here in one turn: they leave in one write.
    if (this.#outbox.push(m) === 1) process.nextTick(() => this.#flush());
  }

  #flush(): void {
    const msgs = this.#outbox;
    this.#outbox = [];
    if (this.dead || !this.child.connected || msgs.length === 0) return;
    try {
      this.child.send(msgs.length === 1 ? msgs[0] : { t: 'many', msgs });
    } catch {
      // One message that cannot be serialised (e.g. an odd capability reply) must not cost
      // the others, nor throw out of a nextTick: send them one by one, fail the bad one.
      for (const m of msgs) {
        try {
          if (!this.dead && this.child.connected) this.child.send(m);
        } catch (err) {
          this.#onUnsendable(this, m, (err as Error).message);
        }
      }
    }
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
  readonly #options: Required<Pick<PoolOptions, 'graceMs' | 'queueTimeoutMs' | 'maxQueuedRuns'>> &
    PoolOptions;
  #nextId = 1;
  #closed = false;
  #restarts = 0;

  private constructor(options: PoolOptions) {
    this.#options = {
      ...options,
      graceMs: options.graceMs ?? 250,
      queueTimeoutMs: options.queueTimeoutMs ?? 5000,
      maxQueuedRuns: options.maxQueuedRuns ?? 256,
    };
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

  /** Keys loaded in the current workers, as the host knows them (for tests and diagnostics). */
  get loadedKeys(): string[] {
    return this.#slots.flatMap((s) => [...s.keys]);
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
      (slot, m, reason) => this.#unsendable(slot, m, reason),
    );
  }

  /** A message the IPC serializer refused: its request fails, or its capability call does. */
  #unsendable(slot: WorkerSlot, m: ToWorker, reason: string): void {
    if (m.t === 'cap-reply') {
      slot.send({
        t: 'cap-reply',
        cid: m.cid,
        reply: { ok: false, error: `reply cannot be sent: ${reason}` },
      });
      return;
    }
    if (!('id' in m)) return;
    const p = slot.pending.get(m.id);
    if (!p || p.answered) return;
    slot.pending.delete(m.id);
    clearTimers(p);
    (p.resolve as (r: unknown) => void)(
      p.type === 'stats'
        ? null
        : { ok: false, kind: 'malformed', message: `cannot be sent to the sandbox: ${reason}` },
    );
  }

  #onMessage(slot: WorkerSlot, m: FromWorker): void {
    if (m.t === 'ready' || m.t === 'many') return; // `many` is unpacked by the slot
    if (m.t === 'pong') {
      this.#alive(slot);
      return;
    }
    if (m.t === 'started') {
      const p = slot.pending.get(m.id);
      if (!p || p.startedAt !== null) return;
      // A worker runs one synchronous batch at a time: from here on the time is this batch's own.
      p.startedAt = performance.now();
      p.queueExpired = false;
      clearTimers(p);
      p.timer = setTimeout(() => this.#expire(slot, m.id), p.deadlineMs + this.#options.graceMs);
      return;
    }
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
    clearTimers(p);
    if (p.answered) return;
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
    if (slot.probe) clearTimeout(slot.probe);
    slot.probe = null;
    for (const p of slot.pending.values()) clearTimers(p);
    // A worker that died on its own (V8 aborting on memory, an outside kill): nobody is blamed
    // at first and every run is retried once. A run already retried that dies again is the
    // cause: it fails and is reported as the culprit.
    let crashedId: number | null = null;
    if (!slot.killReason) {
      for (const [id, p] of slot.pending) {
        if (p.answered) continue;
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
        if (p.answered) continue;
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
      // A first load still in flight fails below and its caller forgets the key; reloading it
      // would leave an isolate nobody runs or unloads.
      if (!slot.keys.has(key) && !this.#reloading.has(key)) continue;
      this.#assigned.set(key, next);
      const reload: Promise<void> = next.ready
        .then(() =>
          this.#request(next, 'load', key, (id) => ({ t: 'load', id, ...spec }), spec.limits.loadTimeoutMs),
        )
        .then(() => {})
        .catch(() => {})
        // Only our own entry: if this worker died mid-reload, a newer reload on its successor
        // is in the map now, and runs must keep waiting for that one.
        .finally(() => {
          if (this.#reloading.get(key) === reload) this.#reloading.delete(key);
        });
      this.#reloading.set(key, reload);
    }
    for (const [id, p] of slot.pending) {
      if (p.answered) continue;
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
        queueTimer: null,
        deadlineMs,
        retried,
        sentAt: performance.now(),
        startedAt: null,
        queueExpired: false,
        answered: false,
      };
      if (type === 'run') {
        p.queueTimer = setTimeout(() => this.#queueExpired(slot, id), this.#options.queueTimeoutMs);
      } else p.timer = setTimeout(() => this.#expire(slot, id), deadlineMs + this.#options.graceMs);
      slot.pending.set(id, p);
      slot.send(msg);
    });
  }

  /**
   * A request's host-side deadline fired: the worker is hung or wedged. The culprit is the run
   * that has been executing longest (a synchronous isolate call blocks every request behind
   * it), or the fired request when no run is executing; it gets the timeout, the worker is
   * killed, and the others are retried or reloaded on the replacement by #onExit.
   */
  #expire(slot: WorkerSlot, firedId: number): void {
    const fired = slot.pending.get(firedId);
    if (fired?.type === 'stats') {
      // Stats are best effort; a hung run has its own timer and is blamed by that.
      slot.pending.delete(firedId);
      clearTimers(fired);
      (fired.resolve as (r: unknown) => void)(null);
      return;
    }
    // Loads interleave with runs (they await), so a queued load is never blamed for a run.
    const running = this.#oldestRun(slot, true);
    this.#killFor(slot, running ?? firedId);
  }

  /** The pending run started longest ago (started) or sent longest ago (any run). */
  #oldestRun(slot: WorkerSlot, startedOnly: boolean): number | null {
    let oldest: number | null = null;
    let oldestAt = Number.POSITIVE_INFINITY;
    for (const [id, p] of slot.pending) {
      if (p.type !== 'run' || (startedOnly && p.startedAt === null)) continue;
      const at = startedOnly ? (p.startedAt as number) : p.sentAt;
      if (at < oldestAt) {
        oldest = id;
        oldestAt = at;
      }
    }
    return oldest;
  }

  /** Fails one request with `timeout`, names it as culprit, and kills its worker. */
  #killFor(slot: WorkerSlot, culpritId: number): void {
    const p = slot.pending.get(culpritId);
    if (!p) return;
    slot.pending.delete(culpritId);
    clearTimers(p);
    const resolve = p.answered ? () => {} : (p.resolve as (r: unknown) => void);
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

  /**
   * A run waited past the queue bound without starting. If another run is executing, that run's
   * own deadline covers a hang, so this one is just answered (retriable, nobody blamed). If
   * nothing is known to be executing, the worker may be wedged with its `started` message stuck
   * in its outgoing buffer: probe it, and kill it if it does not answer within the grace.
   */
  #queueExpired(slot: WorkerSlot, id: number): void {
    const p = slot.pending.get(id);
    if (!p || p.startedAt !== null) return;
    p.queueTimer = null;
    p.queueExpired = true;
    if (this.#oldestRun(slot, true) !== null) {
      this.#answerQueueExpired(slot);
      return;
    }
    if (slot.probe) return;
    slot.probe = setTimeout(() => {
      slot.probe = null;
      if (this.#oldestRun(slot, true) !== null) return this.#answerQueueExpired(slot);
      const culprit = this.#oldestRun(slot, false);
      if (culprit !== null) this.#killFor(slot, culprit);
    }, this.#options.graceMs);
    slot.send({ t: 'ping' });
  }

  /** The worker answered a probe: it is alive, only busy. */
  #alive(slot: WorkerSlot): void {
    if (slot.probe) clearTimeout(slot.probe);
    slot.probe = null;
    this.#answerQueueExpired(slot);
  }

  /** Answers every run past its queue bound with a retriable timeout and tells the worker to skip it. */
  #answerQueueExpired(slot: WorkerSlot): void {
    for (const [id, p] of slot.pending) {
      if (!p.queueExpired || p.answered || p.startedAt !== null) continue;
      p.answered = true;
      clearTimers(p);
      slot.send({ t: 'cancel', id });
      (p.resolve as (r: unknown) => void)({
        ok: false,
        kind: 'timeout',
        message: `batch waited over ${this.#options.queueTimeoutMs} ms for its sandbox worker; not run`,
      });
    }
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
    // A reload can itself be replaced by a newer one (its worker died too): wait for the last.
    for (let r = this.#reloading.get(key); r; r = this.#reloading.get(key)) await r;
    const slot = this.#assigned.get(key);
    const spec = this.#specs.get(key);
    if (!slot || !spec) return { ok: false, kind: 'unavailable', message: 'policy is not loaded' };
    try {
      await slot.ready;
    } catch {
      return { ok: false, kind: 'unavailable', message: 'sandbox worker failed to start' };
    }
    let waiting = 0;
    for (const p of slot.pending.values()) {
      if (p.type === 'run' && p.startedAt === null && !p.answered) waiting++;
    }
    if (waiting >= this.#options.maxQueuedRuns) {
      // A flood must not grow an unbounded queue; the client retries later. Nobody is blamed.
      return {
        ok: false,
        kind: 'timeout',
        message: `sandbox worker has ${waiting} batches waiting; not queued`,
      };
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
