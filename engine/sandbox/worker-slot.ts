// One sandbox worker process as the host sees it: the forked child and its IPC channel, the
// requests it has not answered, the policies loaded in it, and the watchdog on its groups of
// runs. What it sends in one turn leaves in one write: the partition batches of one request
// go out together, consecutive ones for the same policy and hook as one `run` (a group).

import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { HookName } from '../../sdk/types.ts';
import type { FromWorker, RunItem, RunMessage, ToWorker } from './messages.ts';
import type { Pending } from './requests.ts';
import type { RunGroup } from './watchdog.ts';
import { GroupWatchdog } from './watchdog.ts';

const WORKER_SCRIPT = join(import.meta.dirname, 'worker.ts');

export interface WorkerExit {
  worker: number;
  /** The worker was the ward (it holds only policies blamed for kills). */
  ward: boolean;
  /** The culprit was moved from a regular worker to the ward. */
  culpritToWard: boolean;
  pid: number | undefined;
  reason: 'deadline' | 'load-deadline' | 'exit';
  /** The policy key whose request the worker failed to answer in time, when known. */
  culprit: string | null;
  code: number | null;
  signal: string | null;
}

/**
 * One batch waiting in a slot's outbox; consecutive ones for the same policy and hook leave as
 * one `run`, except `alone` ones, which leave as a group of their own.
 */
export type Outgoing =
  | Exclude<ToWorker, { t: 'run' }>
  | { t: 'item'; key: string; hook: HookName; item: RunItem; alone: boolean };

export interface SlotEvents {
  message(slot: WorkerSlot, m: FromWorker): void;
  unsendable(slot: WorkerSlot, m: ToWorker, reason: string): void;
  exit(slot: WorkerSlot, code: number | null, signal: string | null): void;
  /** The load timeout of a policy (the watchdog allows it while the worker rebuilds that isolate). */
  loadTimeoutOf(key: string): number;
  /** The head group's deadline fired with these of its batches unanswered. */
  expired(slot: WorkerSlot, group: RunGroup, unanswered: number[]): void;
}

export interface SlotOptions {
  flags: readonly string[];
  queueTimeoutMs: number;
  graceMs: number;
}

export class WorkerSlot {
  readonly index: number;
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly pending = new Map<number, Pending>();
  /** Policies loaded in this worker, as the host knows them. */
  readonly keys = new Set<string>();
  readonly watchdog: GroupWatchdog;
  dead = false;
  /** Why the host killed it, so the exit handler knows who was at fault. */
  killReason: { reason: WorkerExit['reason']; culprit: string } | null = null;
  /** Messages of this turn, sent as one IPC write when the turn's synchronous work is done. */
  #outbox: Outgoing[] = [];
  readonly #events: SlotEvents;

  constructor(index: number, options: SlotOptions, events: SlotEvents) {
    this.index = index;
    this.#events = events;
    this.watchdog = new GroupWatchdog(options.graceMs, {
      deadlineOf: (id) => this.pending.get(id)?.deadlineMs,
      loadTimeoutOf: (key) => events.loadTimeoutOf(key),
      expired: (group, unanswered) => events.expired(this, group, unanswered),
    });
    this.child = fork(WORKER_SCRIPT, [String(options.queueTimeoutMs)], {
      execArgv: ['--no-node-snapshot', '--disable-warning=ExperimentalWarning', ...options.flags],
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
      this.watchdog.turnEnd();
    });
    this.child.once('exit', (code, signal) => {
      this.dead = true;
      this.watchdog.stop();
      for (const p of this.pending.values()) clearTimer(p);
      events.exit(this, code, signal);
    });
    this.child.on('error', () => {});
  }

  send(m: Outgoing): void {
    if (this.dead) return;
    // The partition batches of one request reach here in one turn: they leave in one write.
    if (this.#outbox.push(m) === 1) process.nextTick(() => this.#flush());
  }

  /** The request `id`, no longer pending and its timer cleared; undefined when already answered. */
  take(id: number): Pending | undefined {
    const p = this.pending.get(id);
    if (!p) return undefined;
    this.pending.delete(id);
    clearTimer(p);
    return p;
  }

  kill(reason: WorkerExit['reason'], culprit: string): void {
    if (this.dead) return;
    this.killReason ??= { reason, culprit };
    this.child.kill('SIGKILL');
  }

  #flush(): void {
    const queued = this.#outbox;
    this.#outbox = [];
    if (this.dead || !this.child.connected || queued.length === 0) return;
    const msgs = groupRuns(queued);
    try {
      this.child.send(msgs.length === 1 ? msgs[0] : { t: 'many', msgs });
      this.#sent(msgs);
    } catch {
      // One message that cannot be serialised (e.g. an odd capability reply) must not cost
      // the others, nor throw out of a nextTick: send them one by one, fail the bad one.
      for (const m of msgs.flatMap(splitRun)) {
        try {
          if (this.dead || !this.child.connected) return;
          this.child.send(m);
          this.#sent([m]);
        } catch (err) {
          this.#events.unsendable(this, m, (err as Error).message);
        }
      }
    }
  }

  /** Messages that left: run messages become groups, timed once they reach the head. */
  #sent(msgs: ToWorker[]): void {
    for (const m of msgs) {
      if (m.t !== 'run') continue;
      const group = this.watchdog.sent(
        m.key,
        m.items.map((i) => i.id),
      );
      for (const id of group.ids) {
        const p = this.pending.get(id);
        if (p) p.group = group;
      }
    }
  }
}

function clearTimer(p: Pending): void {
  if (p.timer) clearTimeout(p.timer);
  p.timer = null;
}

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
