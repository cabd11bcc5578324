// A request the host sent a worker and awaits the answer to: a load, a stats query, or one
// batch of a run. The host never waits on a worker: loads and stats have their own timer,
// runs are timed by their group (watchdog.ts).

import type { WireContext } from '../../sdk/runtime/wire.ts';
import type { HookName } from '../../sdk/types.ts';
import type { InFlight } from './blame.ts';
import type { RunGroup } from './watchdog.ts';

export interface Pending extends InFlight {
  /** Runs only: what the batch is, to send it and to retry it on a replacement worker. */
  readonly run: { hook: HookName; ctx: WireContext; payload: unknown } | null;
  readonly resolve: (reply: never) => void;
  /** Loads and stats: deadline timer from send. */
  timer: NodeJS.Timeout | null;
  readonly deadlineMs: number;
  group: RunGroup | null;
}
