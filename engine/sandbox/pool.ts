// The host side of the sandboxes: a fixed set of worker processes, each hosting the isolates
// of the policies assigned to it. The host never waits on a worker: every request has a
// host-side timer, and a worker that misses it is SIGKILLed and replaced. Batches travel in
// groups (one policy, one turn: the partitions of a request) and a group's deadline starts
// when the worker is done with the groups ahead of it, so time queued behind other batches is
// never blamed on a policy; queueing has its own bound, kept by the worker. Policies loaded on a
// replaced worker are reloaded on its successor; batches that were in flight there and were
// not the cause are retried once, so one hostile policy costs other policies latency, not data.

import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type {
  HostCallOp,
  HostCallReply,
  PolicyManifest,
  WireContext,
  WireResult,
} from '../../sdk/runtime/wire.ts';
import type { HookName } from '../../sdk/types.ts';
import type {
  FailureKind,
  FromWorker,
  HeapStats,
  RunItem,
  RunMessage,
  SandboxLimits,
  ToWorker,
} from './messages.ts';

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

function clearTimers(p: Pending): void {
  if (p.timer) clearTimeout(p.timer);
  p.timer = null;
}

interface Pending {
  type: 'load' | 'run' | 'stats';
  key: string;
  /** Runs only: what the batch is, to send it and to retry it on a replacement worker. */
  run: { hook: HookName; ctx: WireContext; payload: unknown } | null;
  resolve: (reply: never) => void;
  /** Loads and stats: deadline timer from send. Runs are timed by their group (see RunGroup). */
  timer: NodeJS.Timeout | null;
  deadlineMs: number;
  retried: boolean;
  sentAt: number;
  /** Runs only: the group it left in. */
  group: RunGroup | null;
  /** Runs only: one of several unanswered batches of a group whose wedge nobody could attribute. */
  solo: boolean;
  /** Runs only: itself a retry, alone in its group, after such a wedge (one such retry at most). */
  soloRetried: boolean;
}

/**
 * The runs that left in one `run` message: one policy, run back to back by the worker, which
 * reports them together and flushes what it has before it starts the next group. The worker
 * takes groups in the order they were sent, so the host times only the group at the head
 * (see #timeHead): from the moment the one before it is reported done, or from its send when
 * nothing was ahead. Time spent queued behind other groups is thus never blamed on a policy,
 * and no per-batch "started" message is needed.
 */
interface RunGroup {
  key: string;
  ids: number[];
}

class WorkerSlot {
  readonly index: number;
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly pending = new Map<number, Pending>();
  readonly keys = new Set<string>();
  /** Groups sent and not fully answered, in send order; [0] is the one the worker is on. */
  readonly groups: RunGroup[] = [];
  /** Deadline of groups[0]. */
  headTimer: NodeJS.Timeout | null = null;
  /** Set while handling one IPC read when answers for groups[0] arrived: re-arm its deadline. */
  progress = false;
  /**
   * Policies whose isolate the worker is rebuilding (a batch failed with timeout or memory),
   * and since when: their next batches wait for it, so their groups get the load timeout too.
   */
  readonly rebuilding = new Map<string, number>();
  dead = false;
  /** Why the host killed it, so the exit handler knows who was at fault. */
  killReason: { reason: WorkerExit['reason']; culprit: string } | null = null;
  /** Messages of this turn, sent as one IPC write when the turn's synchronous work is done. */
  #outbox: Outgoing[] = [];
  readonly #events: SlotEvents;

  constructor(index: number, flags: string[], queueTimeoutMs: number, events: SlotEvents) {
    this.index = index;
    this.#events = events;
    this.child = fork(WORKER_SCRIPT, [String(queueTimeoutMs)], {
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
      if (m.t !== 'many') events.message(this, m);
      else for (const one of m.msgs) events.message(this, one);
      events.turnEnd(this);
    });
    this.child.once('exit', (code, signal) => events.exit(this, code, signal));
    this.child.on('error', () => {});
  }

  send(m: Outgoing): void {
    if (this.dead) return;
    // The partition batches of one request reach here in one turn: they leave in one write.
    if (this.#outbox.push(m) === 1) process.nextTick(() => this.#flush());
  }

  #flush(): void {
    const queued = this.#outbox;
    this.#outbox = [];
    if (this.dead || !this.child.connected || queued.length === 0) return;
    const msgs = groupRuns(queued);
    try {
      this.child.send(msgs.length === 1 ? msgs[0] : { t: 'many', msgs });
      this.#events.sent(this, msgs);
    } catch {
      // One message that cannot be serialised (e.g. an odd capability reply) must not cost
      // the others, nor throw out of a nextTick: send them one by one, fail the bad one.
      for (const m of msgs.flatMap(splitRun)) {
        try {
          if (this.dead || !this.child.connected) return;
          this.child.send(m);
          this.#events.sent(this, [m]);
        } catch (err) {
          this.#events.unsendable(this, m, (err as Error).message);
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

/**
 * One batch waiting in a slot's outbox; consecutive ones for the same policy and hook leave as
 * one `run`, except `alone` ones, which leave as a group of their own.
 */
type Outgoing =
  | Exclude<ToWorker, { t: 'run' }>
  | { t: 'item'; key: string; hook: HookName; item: RunItem; alone: boolean };

function groupRuns(queued: Outgoing[]): ToWorker[] {
  const out: ToWorker[] = [];
  let last: RunMessage | null = null;
  for (const m of queued) {
    if (m.t !== 'item') {
      out.push(m);
      last = null;
    } else if (last && !m.alone && last.key === m.key && last.hook === m.hook) last.items.push(m.item);
    else {
      const run: RunMessage = { t: 'run', key: m.key, hook: m.hook, items: [m.item] };
      out.push(run);
      last = m.alone ? null : run;
    }
  }
  return out;
}

function splitRun(m: ToWorker): ToWorker[] {
  return m.t === 'run' && m.items.length > 1 ? m.items.map((item) => ({ ...m, items: [item] })) : [m];
}

interface SlotEvents {
  message(slot: WorkerSlot, m: FromWorker): void;
  /** After the messages of one IPC read are handled. */
  turnEnd(slot: WorkerSlot): void;
  sent(slot: WorkerSlot, msgs: ToWorker[]): void;
  unsendable(slot: WorkerSlot, m: ToWorker, reason: string): void;
  exit(slot: WorkerSlot, code: number | null, signal: string | null): void;
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
    return new WorkerSlot(index, this.#options.workerFlags ?? [], this.#options.queueTimeoutMs, {
      message: (slot, m) => this.#onMessage(slot, m),
      turnEnd: (slot) => this.#advance(slot),
      sent: (slot, msgs) => this.#sent(slot, msgs),
      unsendable: (slot, m, reason) => this.#unsendable(slot, m, reason),
      exit: (slot, code, signal) => this.#onExit(slot, code, signal),
    });
  }

  /** Messages that left: run messages become groups, timed once they reach the head. */
  #sent(slot: WorkerSlot, msgs: ToWorker[]): void {
    for (const m of msgs) {
      if (m.t !== 'run') continue;
      const group: RunGroup = { key: m.key, ids: m.items.map((i) => i.id) };
      for (const id of group.ids) {
        const p = slot.pending.get(id);
        if (p) p.group = group;
      }
      slot.groups.push(group);
      if (slot.groups.length === 1) this.#timeHead(slot);
    }
  }

  /**
   * After the answers of one IPC read: drops answered groups from the head, and re-arms the
   * head's deadline from now if the head changed or made progress.
   */
  #advance(slot: WorkerSlot): void {
    const head = slot.groups[0];
    while (slot.groups.length > 0 && slot.groups[0].ids.every((id) => !slot.pending.has(id))) {
      slot.groups.shift();
    }
    if (slot.groups[0] !== head || slot.progress) this.#timeHead(slot);
    slot.progress = false;
  }

  /**
   * Arms the head group's deadline: the grace plus what is left of the group (the sum of its
   * unanswered batches' deadlines), but at most two deadlines, since the worker reports a
   * group's answers at least every half deadline; plus the policy's load timeout while the
   * worker rebuilds its isolate. So a wedge in a group of hundreds of batches is found as fast
   * as in one.
   */
  #timeHead(slot: WorkerSlot): void {
    if (slot.headTimer) clearTimeout(slot.headTimer);
    slot.headTimer = null;
    const head = slot.groups[0];
    if (!head || slot.dead) return;
    const loadMs = this.#specs.get(head.key)?.limits.loadTimeoutMs ?? 0;
    const since = slot.rebuilding.get(head.key);
    const extraMs = since !== undefined && performance.now() - since < loadMs ? loadMs : 0;
    let left = 0;
    let longest = 0;
    for (const id of head.ids) {
      const d = slot.pending.get(id)?.deadlineMs ?? 0;
      left += d;
      longest = Math.max(longest, d);
    }
    const ms = extraMs + this.#options.graceMs + Math.min(left, 2 * longest);
    slot.headTimer = setTimeout(() => {
      slot.headTimer = null;
      if (slot.groups[0] !== head || slot.killReason) return;
      const unanswered = head.ids.filter((id) => slot.pending.has(id));
      if (unanswered.length === 1) return this.#killFor(slot, unanswered[0]);
      // Which of several batches wedged the worker is unknown (their answers had not left
      // yet): the policy is named, and each batch is retried on its own, so the next deadline
      // names the batch and the innocent ones are answered.
      for (const id of unanswered) (slot.pending.get(id) as Pending).solo = true;
      if (unanswered.length > 0) slot.kill('deadline', head.key);
    }, ms);
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
    const ids = m.t === 'run' ? m.items.map((i) => i.id) : 'id' in m ? [m.id] : [];
    for (const id of ids) {
      const p = slot.pending.get(id);
      if (!p) continue;
      slot.pending.delete(id);
      clearTimers(p);
      (p.resolve as (r: unknown) => void)(
        p.type === 'stats'
          ? null
          : { ok: false, kind: 'malformed', message: `cannot be sent to the sandbox: ${reason}` },
      );
    }
  }

  #onMessage(slot: WorkerSlot, m: FromWorker): void {
    if (m.t === 'ready' || m.t === 'many') return; // `many` is unpacked by the slot
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
        if (p.group === slot.groups[0]) slot.progress = true;
        slot.rebuilding.delete(p.key);
        resolve({ ok: true, result: m.result, cpuNs: m.cpuNs });
        break;
      case 'failed':
        if (p.group === slot.groups[0]) slot.progress = true;
        // The worker now rebuilds that isolate before that policy's next batch can run.
        if ((m.kind === 'timeout' || m.kind === 'memory') && !m.queued) {
          slot.rebuilding.set(p.key, performance.now());
          slot.progress = true;
        }
        resolve({ ok: false, kind: m.kind, message: m.message });
        break;
      case 'stats':
        resolve(m.heap);
        break;
    }
  }

  #onExit(slot: WorkerSlot, code: number | null, signal: string | null): void {
    slot.dead = true;
    if (slot.headTimer) clearTimeout(slot.headTimer);
    slot.headTimer = null;
    for (const p of slot.pending.values()) clearTimers(p);
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
      const resolve = p.resolve as (r: unknown) => void;
      if (p.type === 'stats') resolve(null);
      else if (p.type === 'load') {
        resolve({ ok: false, kind: 'crash', message: 'sandbox worker died while loading' });
      } else if (id === crashedId) {
        resolve({ ok: false, kind: 'crash', message: 'sandbox worker died running this batch' });
      } else if (p.solo && !p.soloRetried) {
        // One of its group wedged the worker, which one is unknown: alone, the next deadline says.
        const r = p.run as NonNullable<Pending['run']>;
        void this.#run(p.key, r.hook, r.ctx, r.payload, p.retried, true).then(resolve);
      } else if (p.retried) {
        resolve({ ok: false, kind: 'crash', message: 'sandbox worker died twice running this batch' });
      } else {
        // Not known to be at fault: run it once more on the replacement.
        const r = p.run as NonNullable<Pending['run']>;
        void this.#run(p.key, r.hook, r.ctx, r.payload, true).then(resolve);
      }
    }
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
        timer: setTimeout(() => this.#expire(slot, id), deadlineMs + this.#options.graceMs),
        deadlineMs,
        retried: false,
        sentAt: performance.now(),
        group: null,
        solo: false,
        soloRetried: false,
      });
      slot.send(msg);
    });
  }

  /**
   * A load's or stats request's host-side deadline fired: the worker is hung or wedged. If a
   * group of batches is running, its oldest unanswered batch is the culprit (a synchronous
   * isolate call blocks every request behind it; loads interleave with runs, so a queued load
   * is never blamed for a run); otherwise the load is. The culprit gets the timeout, the worker
   * is killed, and the others are retried or reloaded on the replacement by #onExit.
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
    const running = slot.groups[0]?.ids.find((id) => slot.pending.has(id));
    this.#killFor(slot, running ?? firedId);
  }

  /** Fails one request with `timeout`, names it as culprit, and kills its worker. */
  #killFor(slot: WorkerSlot, culpritId: number): void {
    const p = slot.pending.get(culpritId);
    if (!p) return;
    slot.pending.delete(culpritId);
    clearTimers(p);
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
    alone = false,
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
    // Counted in groups already sent: the batches of one request for one policy are one group,
    // and a request with more partition batches than the cap must still run whole, or its
    // client would retry the same refused request forever.
    const waiting = slot.groups.length;
    if (waiting >= this.#options.maxQueuedRuns) {
      // A flood must not grow an unbounded queue; the client retries later. Nobody is blamed.
      return {
        ok: false,
        kind: 'timeout',
        message: `sandbox worker has ${waiting} groups of batches waiting; not queued`,
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
        deadlineMs: spec.limits.deadlineMs,
        retried,
        sentAt: performance.now(),
        group: null,
        solo: false,
        soloRetried: alone,
      });
      slot.send({
        t: 'item',
        key,
        hook,
        item: { id, ctx, payload, at: Date.now() },
        alone,
      });
    });
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
