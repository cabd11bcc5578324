// The host's deadline for one worker. Runs travel in groups (the batches of one policy sent in
// one turn, one `run` message); the worker takes groups in the order they were sent and
// reports a group's answers together before it starts the next, so only the group at the head
// is timed: from its send when nothing is ahead of it, else from the moment the group before
// it is answered, and again from each answer of its own. Time queued behind other groups is
// thus never blamed on a policy, and no per-batch "started" message is needed.

/**
 * A group's part in the blame: `waiting` behind the head, `timed` at the head with its
 * deadline armed, `wedged` when that deadline fired with several of its batches unanswered
 * (the policy is known, which batch is not: each is retried alone on the next worker).
 */
export type GroupState = 'waiting' | 'timed' | 'wedged';

export interface RunGroup {
  readonly key: string;
  readonly ids: readonly number[];
  state: GroupState;
}

/** What the watchdog asks of the pool. */
export interface WatchdogHost {
  /** The deadline of a request still unanswered; undefined once it is answered. */
  deadlineOf(id: number): number | undefined;
  /** The policy's load timeout: the head gets it on top while the worker rebuilds that isolate. */
  loadTimeoutOf(key: string): number;
  /** The head group's deadline fired with these of its batches unanswered. */
  expired(group: RunGroup, unanswered: number[]): void;
}

export class GroupWatchdog {
  /** Groups sent and not fully answered, in send order; [0] is the one the worker is on. */
  readonly #groups: RunGroup[] = [];
  readonly #graceMs: number;
  readonly #host: WatchdogHost;
  readonly #now: () => number;
  #timer: NodeJS.Timeout | null = null;
  /** Set while handling one IPC read when answers for the head arrived: re-arm its deadline. */
  #progress = false;
  /**
   * Policies whose isolate the worker is rebuilding (a batch failed with timeout or memory),
   * and since when: their next batches wait for it, so their groups get the load timeout too.
   */
  readonly #rebuilding = new Map<string, number>();
  #stopped = false;

  constructor(graceMs: number, host: WatchdogHost, now: () => number = () => performance.now()) {
    this.#graceMs = graceMs;
    this.#host = host;
    this.#now = now;
  }

  /** Groups sent and not yet fully answered (the first is the one the worker is on). */
  get groups(): readonly RunGroup[] {
    return this.#groups;
  }

  /** A `run` message left: its group is timed once it reaches the head. */
  sent(key: string, ids: readonly number[]): RunGroup {
    const group: RunGroup = { key, ids, state: 'waiting' };
    this.#groups.push(group);
    if (this.#groups.length === 1) this.#arm();
    return group;
  }

  /** A batch of `group` was answered; `rebuilds` when the worker now rebuilds its policy's isolate. */
  answered(group: RunGroup | null, key: string, outcome: 'result' | 'failed' | 'rebuilds'): void {
    if (group === this.#groups[0]) this.#progress = true;
    if (outcome === 'result') this.#rebuilding.delete(key);
    if (outcome === 'rebuilds') {
      this.#rebuilding.set(key, this.#now());
      this.#progress = true;
    }
  }

  /**
   * After the answers of one IPC read: drops answered groups from the head, and re-arms the
   * head's deadline from now if the head changed or made progress.
   */
  turnEnd(): void {
    const head = this.#groups[0];
    while (
      this.#groups.length > 0 &&
      this.#groups[0].ids.every((id) => this.#host.deadlineOf(id) === undefined)
    ) {
      this.#groups.shift();
    }
    if (this.#groups[0] !== head || this.#progress) this.#arm();
    this.#progress = false;
  }

  /** The worker is gone: no deadline fires any more. */
  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /**
   * Arms the head group's deadline: the grace plus what is left of the group (the sum of its
   * unanswered batches' deadlines), but at most two deadlines, since the worker reports a
   * group's answers at least every half deadline; plus the policy's load timeout while the
   * worker rebuilds its isolate. So a wedge in a group of hundreds of batches is found as fast
   * as in one.
   */
  #arm(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const head = this.#groups[0];
    if (!head || this.#stopped) return;
    head.state = 'timed';
    const loadMs = this.#host.loadTimeoutOf(head.key);
    const since = this.#rebuilding.get(head.key);
    const extraMs = since !== undefined && this.#now() - since < loadMs ? loadMs : 0;
    let left = 0;
    let longest = 0;
    for (const id of head.ids) {
      const d = this.#host.deadlineOf(id) ?? 0;
      left += d;
      longest = Math.max(longest, d);
    }
    const ms = extraMs + this.#graceMs + Math.min(left, 2 * longest);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (this.#groups[0] !== head) return;
      this.#host.expired(
        head,
        head.ids.filter((id) => this.#host.deadlineOf(id) !== undefined),
      );
    }, ms);
  }
}
