// The host side of the sandboxes: a fixed set of worker processes (worker-slot.ts), each
// hosting the isolates of the policies placed on it (placement.ts). The host never waits on a
// worker: loads and stats have a timer each and runs are timed by group (watchdog.ts), so time
// queued behind other batches is never blamed on a policy; queueing has its own bound, kept by
// the worker. A worker that misses a deadline is SIGKILLed and replaced; who is blamed and
// what becomes of the requests it held follows blame.ts: policies loaded there are reloaded on
// its successor, and batches that were not the cause are retried once, so one hostile policy
// costs other policies latency, not data. The policy blamed for a kill is reloaded on a ward
// worker of its own instead (spawned on the first kill, shared only by policies blamed too),
// so a hostile policy costs its former neighbours one restart at most.

import type {
  HostCallOp,
  HostCallReply,
  PolicyManifest,
  WireBatch,
  WireContext,
  WireResult,
} from '../../sdk/runtime/wire.ts';
import type { HookName } from '../../sdk/types.ts';
import type { Fate } from './blame.ts';
import { blameOnDeadline, blameOnExit } from './blame.ts';
import type { FailureKind, FromWorker, HeapStats, SandboxLimits, ToWorker } from './messages.ts';
import { Placement } from './placement.ts';
import type { Pending } from './requests.ts';
import type { RunGroup } from './watchdog.ts';
import type { WorkerExit } from './worker-slot.ts';
import { WorkerSlot } from './worker-slot.ts';

export type { WorkerExit } from './worker-slot.ts';

/**
 * Host-side time allowed per MiB of a batch, on top of the policy's deadline: carrying a batch
 * to the worker and into its isolate takes time in proportion to its size, which is the
 * client's doing, not the policy's. Without it a policy that passes honest 32 MiB batches in
 * time was killed (and quarantined) whenever a loaded machine made the crossing slow; a wedge
 * is still found, the per-request decode budget bounding the allowance.
 */
export const CROSSING_MS_PER_MIB = 10;

/**
 * The share of a policy's isolate heap (limits.memoryMb) one batch's records may take. The
 * isolate holds the records' text and bytes, an object per record and the policy's own work:
 * a batch past this would exhaust or thrash the heap (a 32 MiB batch in the default 64 MB
 * heap was slow enough to have its worker killed for a wedge), so it is refused before it
 * crosses, which no retry changes.
 */
export const BATCH_SHARE_OF_HEAP = 1 / 4;

/** The bytes of a run's records (text and binary slots), what its crossing costs in proportion to. */
function recordBytes(payload: unknown): number {
  const records = (payload as { records?: WireBatch } | null)?.records;
  return records ? records.text.length + records.bytes.byteLength : 0;
}

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

export interface PoolOptions {
  /** Worker processes for policies never blamed for a kill (the ward comes on top). Default 1. */
  workers?: number;
  /** Extra time past a deadline before the host kills an unresponsive worker. Default 250 ms. */
  graceMs?: number;
  /** Runs capability calls (KMS, schema lookup) on the host. Default: every call is refused. */
  onHostCall?: (key: string, op: HostCallOp, args: unknown) => Promise<HostCallReply>;
  onWorkerExit?: (exit: WorkerExit) => void;
  /** Extra V8/Node flags for the worker processes (they apply to every isolate in them). */
  workerFlags?: string[];
  /**
   * Longest a group of runs may wait before its worker starts it. Past it the worker skips the
   * group's batches and answers them with a retriable `timeout`; nobody is blamed. The batches
   * of one group, once started, run whatever their number. Default 5000 ms.
   */
  queueTimeoutMs?: number;
  /**
   * Groups of runs (a request's batches for one policy) that may be unanswered per worker; a
   * run arriving past that gets a retriable `timeout` at once. A group never refuses its own
   * batches. Default 256.
   */
  maxQueuedRuns?: number;
}

/** What a request waiting on a dead worker is answered with, by its fate (retries aside). */
const FAILED_ON_EXIT: Partial<Record<Fate, RunReply | LoadReply | null>> = {
  'no-stats': null,
  'load-crashed': { ok: false, kind: 'crash', message: 'sandbox worker died while loading' },
  crashed: { ok: false, kind: 'crash', message: 'sandbox worker died running this batch' },
  'crashed-twice': { ok: false, kind: 'crash', message: 'sandbox worker died twice running this batch' },
};

export class SandboxPool {
  /** The regular workers, [0, #regular), then the ward once a kill has named a culprit. */
  readonly #slots: WorkerSlot[] = [];
  #regular = 1;
  readonly #placement = new Placement<WorkerSlot>();
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
    pool.#regular = n;
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

  /** Loads a policy bundle into an isolate and returns its manifest and resolved config. */
  async load(spec: LoadSpec): Promise<LoadReply> {
    if (this.#closed) return { ok: false, kind: 'unavailable', message: 'engine closed' };
    const slot = this.#placement.choose(spec.key, this.#slots.slice(0, this.#regular));
    await slot.ready;
    this.#placement.assign(spec, slot);
    const reply = await this.#request<LoadReply>(
      slot,
      'load',
      spec.key,
      (id) => ({ t: 'load', id, ...spec }),
      spec.limits.loadTimeoutMs,
    );
    if (!reply.ok) {
      this.#placement.forget(spec.key, slot);
      slot.keys.delete(spec.key);
    }
    return reply;
  }

  /** Runs one hook on one batch. Never rejects: failures come back as `{ ok: false, kind }`. */
  run(key: string, hook: HookName, ctx: WireContext, payload: unknown): Promise<RunReply> {
    return this.#run(key, hook, ctx, payload, false);
  }

  unload(key: string): void {
    const slot = this.#placement.workerOf(key);
    this.#placement.forget(key);
    if (slot) {
      slot.keys.delete(key);
      slot.send({ t: 'unload', key });
    }
  }

  /** V8 heap figures of a loaded policy's isolate. */
  async heapStats(key: string): Promise<HeapStats | null> {
    const slot = this.#placement.workerOf(key);
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

  #spawn(index: number): WorkerSlot {
    const { workerFlags, queueTimeoutMs, graceMs } = this.#options;
    return new WorkerSlot(
      index,
      { flags: workerFlags ?? [], queueTimeoutMs, graceMs },
      {
        message: (slot, m) => this.#onMessage(slot, m),
        unsendable: (slot, m, reason) => this.#unsendable(slot, m, reason),
        exit: (slot, code, signal) => this.#onExit(slot, code, signal),
        loadTimeoutOf: (key) => this.#placement.spec(key)?.limits.loadTimeoutMs ?? 0,
        expired: (slot, group, unanswered) => this.#headExpired(slot, group, unanswered),
      },
    );
  }

  async #run(
    key: string,
    hook: HookName,
    ctx: WireContext,
    payload: unknown,
    retried: boolean,
    alone = false,
  ): Promise<RunReply> {
    if (this.#closed) return { ok: false, kind: 'unavailable', message: 'engine closed' };
    await this.#placement.reloaded(key);
    const slot = this.#placement.workerOf(key);
    const spec = this.#placement.spec(key);
    if (!slot || !spec) return { ok: false, kind: 'unavailable', message: 'policy is not loaded' };
    try {
      await slot.ready;
    } catch {
      return { ok: false, kind: 'unavailable', message: 'sandbox worker failed to start' };
    }
    // Counted in groups already sent: the batches of one request for one policy are one group,
    // and a request with more partition batches than the cap must still run whole, or its
    // client would retry the same refused request forever.
    const waiting = slot.watchdog.groups.length;
    if (waiting >= this.#options.maxQueuedRuns) {
      // A flood must not grow an unbounded queue; the client retries later. Nobody is blamed.
      return {
        ok: false,
        kind: 'timeout',
        message: `sandbox worker has ${waiting} groups of batches waiting; not queued`,
      };
    }
    const bytes = recordBytes(payload);
    const maxBytes = spec.limits.memoryMb * 2 ** 20 * BATCH_SHARE_OF_HEAP;
    if (bytes > maxBytes) {
      return {
        ok: false,
        kind: 'too-large',
        message: `a batch of ${bytes} record bytes is more than this policy's sandbox takes (${maxBytes}: a quarter of limits.memoryMb ${spec.limits.memoryMb})`,
      };
    }
    const id = this.#nextId++;
    return new Promise<RunReply>((resolve) => {
      slot.pending.set(id, {
        type: 'run',
        key,
        run: { hook, ctx, payload },
        resolve: resolve as (r: never) => void,
        timer: null,
        deadlineMs: spec.limits.deadlineMs + (bytes / 2 ** 20) * CROSSING_MS_PER_MIB,
        retried,
        alone,
        sentAt: performance.now(),
        group: null,
      });
      slot.send({ t: 'item', key, hook, item: { id, ctx, payload, at: Date.now() }, alone });
    });
  }

  /** Sends a load or stats request, timed from its send. */
  #request<T>(
    slot: WorkerSlot,
    type: 'load' | 'stats',
    key: string,
    build: (id: number) => Exclude<ToWorker, { t: 'run' }>,
    deadlineMs: number,
  ): Promise<T> {
    const id = this.#nextId++;
    const msg = build(id);
    return new Promise<T>((resolve) => {
      slot.pending.set(id, {
        type,
        key,
        run: null,
        resolve: resolve as (r: never) => void,
        timer: setTimeout(() => this.#requestExpired(slot, id), deadlineMs + this.#options.graceMs),
        deadlineMs,
        retried: false,
        alone: false,
        sentAt: performance.now(),
        group: null,
      });
      slot.send(msg);
    });
  }

  #onMessage(slot: WorkerSlot, m: FromWorker): void {
    if (m.t === 'ready' || m.t === 'many') return; // `many` is unpacked by the slot
    if (m.t === 'cap') {
      const handler = this.#options.onHostCall;
      const replies = m.calls.map(
        (c): Promise<HostCallReply> =>
          handler
            ? handler(m.key, c.op, c.args).catch((e: Error) => ({ ok: false as const, error: e.message }))
            : Promise.resolve({ ok: false, error: 'no capabilities are configured on this host' }),
      );
      void Promise.all(replies).then((r) => slot.send({ t: 'cap-reply', cid: m.cid, replies: r }));
      return;
    }
    const p = slot.take(m.id);
    if (!p) return;
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
        slot.watchdog.answered(p.group, p.key, 'result');
        resolve({ ok: true, result: m.result, cpuNs: m.cpuNs });
        break;
      case 'failed':
        // After a timeout or memory failure the worker rebuilds that isolate before that
        // policy's next batch can run.
        slot.watchdog.answered(
          p.group,
          p.key,
          (m.kind === 'timeout' || m.kind === 'memory') && !m.queued ? 'rebuilds' : 'failed',
        );
        resolve({ ok: false, kind: m.kind, message: m.message });
        break;
      case 'stats':
        resolve(m.heap);
        break;
    }
  }

  /** A message the IPC serializer refused: its request fails, or its capability call does. */
  #unsendable(slot: WorkerSlot, m: ToWorker, reason: string): void {
    if (m.t === 'cap-reply') {
      const error = { ok: false as const, error: `reply cannot be sent: ${reason}` };
      slot.send({ t: 'cap-reply', cid: m.cid, replies: m.replies.map(() => error) });
      return;
    }
    const ids = m.t === 'run' ? m.items.map((i) => i.id) : 'id' in m ? [m.id] : [];
    for (const id of ids) {
      const p = slot.take(id);
      if (!p) continue;
      (p.resolve as (r: unknown) => void)(
        p.type === 'stats'
          ? null
          : { ok: false, kind: 'malformed', message: `cannot be sent to the sandbox: ${reason}` },
      );
    }
  }

  /** The head group's deadline fired (watchdog.ts); blame.ts says who is at fault. */
  #headExpired(slot: WorkerSlot, group: RunGroup, unanswered: number[]): void {
    if (slot.killReason) return;
    const blame = blameOnDeadline(unanswered);
    if (blame.kind === 'batch') this.#killFor(slot, blame.id);
    else if (blame.kind === 'group') {
      group.state = 'wedged';
      slot.kill('deadline', group.key);
    }
  }

  /**
   * A load's or stats request's host-side deadline fired: the worker is hung or wedged. If a
   * group of batches is running, its oldest unanswered batch is the culprit (a synchronous
   * isolate call blocks every request behind it; loads interleave with runs, so a queued load
   * is never blamed for a run); otherwise the load is. The culprit gets the timeout, the worker
   * is killed, and the others are retried or reloaded on the replacement by #onExit.
   */
  #requestExpired(slot: WorkerSlot, firedId: number): void {
    const fired = slot.pending.get(firedId);
    if (fired?.type === 'stats') {
      // Stats are best effort; a hung run has its own timer and is blamed by that.
      slot.take(firedId);
      (fired.resolve as (r: unknown) => void)(null);
      return;
    }
    const running = slot.watchdog.groups[0]?.ids.find((id) => slot.pending.has(id));
    this.#killFor(slot, running ?? firedId);
  }

  /** Fails one request with `timeout`, names it as culprit, and kills its worker. */
  #killFor(slot: WorkerSlot, culpritId: number): void {
    const p = slot.take(culpritId);
    if (!p) return;
    const resolve = p.resolve as (r: unknown) => void;
    if (p.type === 'load') {
      this.#placement.forget(p.key);
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

  /** The ward worker, spawned the first time a policy is blamed for a kill. */
  #ward(): WorkerSlot {
    if (this.#slots.length === this.#regular) this.#slots.push(this.#spawn(this.#regular));
    return this.#slots[this.#regular];
  }

  #onExit(slot: WorkerSlot, code: number | null, signal: string | null): void {
    const { culprit, fates } = blameOnExit(slot.pending, slot.killReason?.culprit ?? null);
    // A culprit on a regular worker leaves for the ward; on the ward, everyone there is a suspect.
    const toWard =
      slot.index < this.#regular && culprit !== null && this.#placement.workerOf(culprit) === slot
        ? culprit
        : null;
    this.#options.onWorkerExit?.({
      worker: slot.index,
      ward: slot.index >= this.#regular,
      culpritToWard: toWard !== null,
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
    for (const spec of this.#placement.move(slot, next)) {
      const target = spec.key === toWard ? this.#ward() : next;
      if (target !== next) this.#placement.assign(spec, target);
      const reload = target.ready
        .then(() =>
          this.#request(
            target,
            'load',
            spec.key,
            (id) => ({ t: 'load', id, ...spec }),
            spec.limits.loadTimeoutMs,
          ),
        )
        .then(() => {})
        .catch(() => {});
      this.#placement.reloading(spec.key, reload);
    }
    for (const [id, p] of slot.pending) {
      const resolve = p.resolve as (r: unknown) => void;
      const fate = fates.get(id) as Fate;
      const r = p.run as NonNullable<Pending['run']>;
      if (fate === 'retry-alone') {
        // One of its group wedged the worker, which one is unknown: alone, the next deadline says.
        void this.#run(p.key, r.hook, r.ctx, r.payload, p.retried, true).then(resolve);
      } else if (fate === 'retry') {
        // Not known to be at fault: run it once more on the replacement.
        void this.#run(p.key, r.hook, r.ctx, r.payload, true).then(resolve);
      } else resolve(FAILED_ON_EXIT[fate]);
    }
  }
}
