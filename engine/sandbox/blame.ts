// Who is to blame when a worker stops answering or dies, and what becomes of the requests it
// held. Pure rules over what the host knows, so they are tested without processes; pool.ts
// carries them out (kills, fails, retries).

import type { RunGroup } from './watchdog.ts';

/** What the rules need to know of a request a worker has not answered. */
export interface InFlight {
  readonly type: 'load' | 'run' | 'stats';
  /** The policy it is for. */
  readonly key: string;
  /** Runs only: already re-sent once after its worker died. */
  readonly retried: boolean;
  /** Runs only: sent in a group of its own after its group wedged a worker (one such retry at most). */
  readonly alone: boolean;
  readonly sentAt: number;
  /** Runs only: the group it left in. */
  readonly group: RunGroup | null;
}

/**
 * The head group's deadline fired. One unanswered batch is the culprit: a synchronous isolate
 * call blocks everything behind it. With several, which one wedged the worker is unknown (their
 * answers had not left yet): the group is wedged, its policy is named, and each of its batches
 * is retried on its own, so the next deadline names the batch and the innocent ones are
 * answered. With none, the group is done and nothing is blamed.
 */
export function blameOnDeadline(
  unanswered: readonly number[],
): { kind: 'batch'; id: number } | { kind: 'group' } | { kind: 'none' } {
  if (unanswered.length === 1) return { kind: 'batch', id: unanswered[0] };
  return unanswered.length > 0 ? { kind: 'group' } : { kind: 'none' };
}

/** What becomes of one unanswered request when its worker dies. */
export type Fate =
  /** Stats are best effort: answered with none. */
  | 'no-stats'
  /** A load fails as `crash`; its caller decides (a deploy fails, a reload is redone). */
  | 'load-crashed'
  /** The run that died twice while oldest: the culprit, fails as `crash`. */
  | 'crashed'
  /** A run of a wedged group: sent again, alone, so the next deadline names the batch. */
  | 'retry-alone'
  /** A run whose retry died too: fails as `crash`. */
  | 'crashed-twice'
  /** A run not known to be at fault: sent once more to the replacement. */
  | 'retry';

/**
 * The culprit of a worker's death and each request's fate. `killedFor` is the policy the
 * host killed the worker for, or null when it died on its own (V8 aborting on memory, an
 * outside kill): then nobody is blamed at first and every run is retried once, and the oldest
 * run that dies again on its retry is the culprit.
 */
export function blameOnExit(
  pending: ReadonlyMap<number, InFlight>,
  killedFor: string | null,
): { culprit: string | null; fates: Map<number, Fate> } {
  let crashed: number | null = null;
  if (killedFor === null) {
    for (const [id, p] of pending) {
      const older = crashed === null || p.sentAt < (pending.get(crashed) as InFlight).sentAt;
      if (p.type === 'run' && p.retried && older) crashed = id;
    }
  }
  const fates = new Map<number, Fate>();
  for (const [id, p] of pending) {
    if (p.type === 'stats') fates.set(id, 'no-stats');
    else if (p.type === 'load') fates.set(id, 'load-crashed');
    else if (id === crashed) fates.set(id, 'crashed');
    else if (p.group?.state === 'wedged' && !p.alone) fates.set(id, 'retry-alone');
    else if (p.retried) fates.set(id, 'crashed-twice');
    else fates.set(id, 'retry');
  }
  const culprit = killedFor ?? (crashed === null ? null : (pending.get(crashed) as InFlight).key);
  return { culprit, fates };
}
