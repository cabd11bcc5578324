// What a sandbox worker process does, as a class with its state: the isolates of the
// policies assigned to it (loading, loaded, being rebuilt), the queue of groups of batches,
// the capability calls waiting for the host, and the messages waiting to go to the host.
// worker.ts wires it to the process's IPC channel; tests drive it in-process.

import type { HostCallReply } from '../../sdk/runtime/wire.ts';
import type { HookName } from '../../sdk/types.ts';
import { isCapabilityOp } from '../capabilities.ts';
import type { FromWorker, HostCallRequest, RunItem, RunMessage, ToWorker } from './messages.ts';
import type { SandboxFailure } from './policy-isolate.ts';
import { PolicyIsolate } from './policy-isolate.ts';

/** Where the worker's messages go: the IPC channel in a worker process, a test's inbox in-process. */
export interface WorkerPort {
  send(m: FromWorker): void;
}

export interface SandboxWorkerOptions {
  /** Longest a group may wait between the host's send and its start; past it, it is answered unrun. */
  queueTimeoutMs: number;
}

type LoadMessage = Extract<ToWorker, { t: 'load' }>;

/**
 * The group being started: its next batch to start, the runs started so far, and how long it
 * may run before it yields (half its policy's deadline).
 */
interface CurrentGroup {
  g: RunMessage;
  next: number;
  waited: number;
  runs: Promise<void>[];
  every: number;
}

export class SandboxWorker {
  readonly #port: WorkerPort;
  readonly #queueTimeoutMs: number;
  readonly #loaded = new Map<string, PolicyIsolate>();
  /** Keys whose load is in progress; a run that arrives meanwhile waits for it (loads await). */
  readonly #loading = new Map<string, Promise<void>>();
  /** Keys whose isolate is being recreated after a timeout or memory failure; runs wait for them. */
  readonly #replacing = new Map<string, Promise<void>>();
  /** Keys unloaded while their isolate was being replaced, so the replacement is dropped. */
  readonly #unloaded = new Set<string>();
  readonly #pendingCaps = new Map<number, (replies: HostCallReply[]) => void>();
  #nextCap = 1;
  /**
   * Messages waiting to go to the host. They leave in one write: before the next group of
   * batches starts (so the host's deadline timer moves on to it), when the run queue is empty,
   * or on the next turn.
   */
  #outbox: FromWorker[] = [];
  #flushScheduled = false;
  /**
   * Groups received but not started. One group starts per event-loop turn, so between two groups
   * the worker reads its IPC channel (capability replies are seen even when hundreds of batches
   * are waiting; a chain of microtasks would never yield to I/O). The batches of one group run
   * back to back, and their results leave together.
   */
  readonly #runQueue: RunMessage[] = [];
  /** A drain is scheduled, or a group is being run. */
  #draining = false;
  #current: CurrentGroup | null = null;

  constructor(port: WorkerPort, options: SandboxWorkerOptions) {
    this.#port = port;
    this.#queueTimeoutMs = options.queueTimeoutMs;
  }

  /** Tells the host this worker is up. */
  start(): void {
    this.#send({ t: 'ready' });
  }

  receive(m: ToWorker): void {
    switch (m.t) {
      case 'many':
        for (const one of m.msgs) this.receive(one);
        break;
      case 'load':
        void this.#load(m);
        break;
      case 'run':
        this.#enqueue(m);
        break;
      case 'unload':
        this.#unload(m.key);
        break;
      case 'cap-reply': {
        const resolve = this.#pendingCaps.get(m.cid);
        this.#pendingCaps.delete(m.cid);
        resolve?.(m.replies);
        break;
      }
      case 'stats':
        this.#send({ t: 'stats', id: m.id, heap: this.#loaded.get(m.key)?.heapStats() ?? null });
        break;
    }
  }

  /** Keys of the policies loaded here (for tests). */
  get loadedKeys(): string[] {
    return [...this.#loaded.keys()];
  }

  /** Frees every isolate (a test's teardown; a worker process just exits). */
  close(): void {
    for (const key of [...this.#loaded.keys()]) this.#unload(key);
  }

  #send(m: FromWorker): void {
    this.#outbox.push(m);
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      setImmediate(() => this.#flush());
    }
  }

  #flush(): void {
    this.#flushScheduled = false;
    const msgs = this.#outbox;
    if (msgs.length === 0) return;
    this.#outbox = [];
    this.#port.send(msgs.length === 1 ? msgs[0] : { t: 'many', msgs });
  }

  /**
   * One list of calls from an isolate: ops outside the capability table are refused here, the
   * rest go to the host in one message, and the replies come back in the calls' order.
   */
  async #hostCalls(key: string, calls: unknown): Promise<HostCallReply[]> {
    const list = Array.isArray(calls) ? calls : [];
    const replies: HostCallReply[] = new Array(list.length);
    // Answers made here wait a turn: a bundle that asks for nothing real again after every
    // answer must not spin this process in microtasks.
    const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
    if (!this.#loaded.has(key)) {
      await turn();
      return replies.fill({ ok: false, error: 'policy is not loaded' });
    }
    const forward: HostCallRequest[] = [];
    const at: number[] = [];
    list.forEach((call, i) => {
      const [op, args] = Array.isArray(call) ? call : [];
      if (typeof op === 'string' && isCapabilityOp(op)) {
        forward.push({ op, args });
        at.push(i);
      } else replies[i] = { ok: false, error: `unknown capability ${String(op)}` };
    });
    if (forward.length > 0) {
      const cid = this.#nextCap++;
      const answered = await new Promise<HostCallReply[]>((resolve) => {
        this.#pendingCaps.set(cid, resolve);
        this.#send({ t: 'cap', cid, key, calls: forward });
      });
      at.forEach((i, j) => {
        replies[i] = answered[j] ?? { ok: false, error: 'the host gave no reply' };
      });
    } else await turn();
    return replies;
  }

  #createIsolate(key: string, code: string, config: Record<string, unknown>, limits: LoadMessage['limits']) {
    return PolicyIsolate.create(key, code, config, limits, (calls) => this.#hostCalls(key, calls));
  }

  #load(m: LoadMessage): Promise<void> {
    const done = this.#loadNow(m).finally(() => {
      if (this.#loading.get(m.key) === done) this.#loading.delete(m.key);
    });
    this.#loading.set(m.key, done);
    return done;
  }

  async #loadNow(m: LoadMessage): Promise<void> {
    try {
      const { isolate, manifest, config } = await this.#createIsolate(m.key, m.code, m.config, m.limits);
      this.#unload(m.key);
      this.#unloaded.delete(m.key);
      this.#loaded.set(m.key, isolate);
      this.#send({ t: 'loaded', id: m.id, manifest, config });
    } catch (e) {
      const f = e as SandboxFailure;
      this.#send({ t: 'load-failed', id: m.id, kind: f.kind ?? 'threw', message: f.message });
    }
  }

  #unload(key: string): void {
    if (this.#replacing.has(key)) this.#unloaded.add(key);
    const entry = this.#loaded.get(key);
    if (!entry) return;
    this.#loaded.delete(key);
    entry.close();
  }

  /** After a timeout or memory failure the isolate is gone or suspect: start a fresh one from the same bundle. */
  #replace(entry: PolicyIsolate): Promise<void> {
    const key = entry.key;
    if (this.#loaded.get(key) !== entry) return Promise.resolve();
    this.#loaded.delete(key);
    entry.dispose();
    const done = this.#createIsolate(key, entry.code, entry.config, entry.limits)
      .then((fresh) => {
        if (!this.#loaded.has(key) && !this.#unloaded.has(key)) this.#loaded.set(key, fresh.isolate);
        else fresh.isolate.dispose();
      })
      .catch(() => {
        // The next batch for this key reports 'unavailable'.
      })
      .finally(() => this.#replacing.delete(key));
    this.#replacing.set(key, done);
    return done;
  }

  #enqueue(m: RunMessage): void {
    this.#runQueue.push(m);
    if (!this.#draining) {
      this.#draining = true;
      setImmediate(() => this.#drainOne());
    }
  }

  #drainOne(): void {
    if (!this.#current) {
      const g = this.#runQueue.shift();
      if (!g) {
        this.#draining = false;
        return;
      }
      // The host times a group from when it hears that the groups ahead are done: tell it now,
      // before this group runs (and perhaps wedges this process).
      this.#flush();
      // The queue bound is for waiting behind other groups: a request with many partition
      // batches runs whole once started, or its client would retry the same request forever.
      // A policy not loaded here answers each batch at once ('unavailable'): no need to yield.
      const deadlineMs = this.#loaded.get(g.key)?.limits.deadlineMs ?? Number.POSITIVE_INFINITY;
      this.#current = { g, next: 0, waited: Date.now() - g.items[0].at, runs: [], every: deadlineMs / 2 };
    }
    const c = this.#current;
    const first = c.next;
    const t0 = performance.now();
    while (c.next < c.g.items.length) {
      // At least one batch per turn, so the group always moves on.
      if (c.next > first && performance.now() - t0 > c.every) {
        // Every half deadline: answers go out (the host times a long group from its last
        // progress, see watchdog.ts), and loads, capability replies and stats get a turn.
        this.#flush();
        setImmediate(() => this.#drainOne());
        return;
      }
      const item = c.g.items[c.next++];
      if (c.waited > this.#queueTimeoutMs) {
        this.#send({
          t: 'failed',
          id: item.id,
          kind: 'timeout',
          message: `batch waited over ${this.#queueTimeoutMs} ms for its sandbox worker; not run`,
          queued: true,
        });
      } else c.runs.push(this.#run(c.g.key, c.g.hook, item));
    }
    this.#current = null;
    this.#flush();
    // The next group starts once this one's asynchronous batches (capability calls, a rebuilt
    // isolate) are done too: the group the host times is then always the one running.
    void Promise.allSettled(c.runs).then(() => {
      if (this.#runQueue.length > 0) setImmediate(() => this.#drainOne());
      else this.#draining = false;
    });
  }

  async #run(key: string, hook: HookName, m: RunItem): Promise<void> {
    const pendingLoad = this.#loading.get(key);
    if (pendingLoad) await pendingLoad;
    const replacement = this.#replacing.get(key);
    if (replacement) await replacement;
    const entry = this.#loaded.get(key);
    if (!entry) {
      this.#send({
        t: 'failed',
        id: m.id,
        kind: 'unavailable',
        message: 'policy is not loaded in this worker',
      });
      return;
    }
    try {
      const { result, cpuNs } = await entry.run(hook, m);
      this.#send({ t: 'result', id: m.id, result, cpuNs });
    } catch (e) {
      const f = e as SandboxFailure;
      this.#send({
        t: 'failed',
        id: m.id,
        kind: f.kind as Exclude<typeof f.kind, 'config'>,
        message: f.message,
      });
      if (f.kind === 'timeout' || f.kind === 'memory' || !entry.usable) void this.#replace(entry);
    }
  }
}
