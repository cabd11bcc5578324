// The policy state every replica folds from the same store: revisions (immutable, keyed by their
// content id) and, per policy, which revision is active. The store is a log of keyed entries
// (a directory, or a compacted Kafka topic), read in order by every replica.
//
// The active pointer is written under a key of the writer's own (`active/<policy>/<writer>`),
// never shared, so that log compaction, which keeps only the last entry of a key, can never
// undo a decision: each writer's latest entry survives. Among all writers' entries for a
// policy, the highest generation wins; of two with the same generation (two replicas that
// pushed at once from the same view), the one earlier in the log wins. Every replica that has
// read the log up to a point agrees on the state at that point, and a writer that has read back
// its own entry knows whether it won.
import type { Revision } from './revision.ts';

export interface ActiveEntry {
  /** The active revision id, or null: the policy is deleted. */
  revision: string | null;
  /** The revision that was active before this one (what a rollback returns to). */
  previous?: string | null;
  generation: number;
  by: string;
  at: string;
}

/** One entry of the store's log: a key, its value (null deletes it), and its place in the log. */
export interface LogEntry {
  key: string;
  value: unknown;
  offset: number;
}

/**
 * A policy's shadow run: a stored revision that runs beside the active one in audit mode on
 * every replica. One shared key per policy: the latest decision stands (compaction keeps it).
 */
export interface ShadowEntry {
  /** The shadow revision, or null: no shadow runs. */
  revision: string | null;
  /** Differing records each replica keeps the details of. */
  sample?: number;
  by: string;
  at: string;
}

export const revisionKey = (policy: string, id: string) => `revision/${policy}/${id}`;
export const activeKey = (policy: string, writer: string) => `active/${policy}/${writer}`;
export const shadowKey = (policy: string) => `shadow/${policy}/current`;

interface Claim extends ActiveEntry {
  offset: number;
}

export interface PolicyView {
  name: string;
  /** Oldest first. */
  revisions: Revision[];
  active: ActiveEntry | null;
}

export class PolicyState {
  readonly #revisions = new Map<string, Map<string, Revision>>();
  /** policy → writer → that writer's latest claim. */
  readonly #claims = new Map<string, Map<string, Claim>>();
  readonly #shadows = new Map<string, ShadowEntry>();

  /** Folds one log entry in. Returns the policy it concerns, if any. */
  apply(e: LogEntry): string | undefined {
    const [kind, policy, rest] = splitKey(e.key);
    if (policy === undefined || rest === undefined) return undefined;
    if (kind === 'revision') {
      const revs = this.#revisions.get(policy) ?? new Map<string, Revision>();
      if (e.value === null) revs.delete(rest);
      else revs.set(rest, e.value as Revision);
      this.#revisions.set(policy, revs);
      return policy;
    }
    if (kind === 'active') {
      const claims = this.#claims.get(policy) ?? new Map<string, Claim>();
      if (e.value === null) claims.delete(rest);
      else claims.set(rest, { ...(e.value as ActiveEntry), offset: e.offset });
      this.#claims.set(policy, claims);
      return policy;
    }
    if (kind === 'shadow') {
      const entry = e.value as ShadowEntry | null;
      if (entry?.revision) this.#shadows.set(policy, entry);
      else this.#shadows.delete(policy);
      return policy;
    }
    return undefined;
  }

  /** The policy's shadow run, if one is set. */
  shadow(policy: string): ShadowEntry | undefined {
    return this.#shadows.get(policy);
  }

  /** The winning claim for a policy, with its log offset. */
  winner(policy: string): (ActiveEntry & { offset: number }) | null {
    let best: Claim | null = null;
    for (const c of this.#claims.get(policy)?.values() ?? []) {
      if (
        !best ||
        c.generation > best.generation ||
        (c.generation === best.generation && c.offset < best.offset)
      ) {
        best = c;
      }
    }
    return best;
  }

  active(policy: string): ActiveEntry | null {
    const w = this.winner(policy);
    return (
      w && {
        revision: w.revision,
        previous: w.previous ?? null,
        generation: w.generation,
        by: w.by,
        at: w.at,
      }
    );
  }

  /** The current generation (0 before any activation): what an If-Match names. */
  generation(policy: string): number {
    return this.winner(policy)?.generation ?? 0;
  }

  revision(policy: string, id: string): Revision | undefined {
    return this.#revisions.get(policy)?.get(id);
  }

  view(policy: string): PolicyView | undefined {
    const revs = this.#revisions.get(policy);
    const active = this.active(policy);
    if ((!revs || revs.size === 0) && (!active || active.revision === null)) return undefined;
    const revisions = [...(revs?.values() ?? [])].sort((a, b) =>
      a.pushedAt < b.pushedAt ? -1 : a.pushedAt > b.pushedAt ? 1 : 0,
    );
    return { name: policy, revisions, active };
  }

  /** Every policy with revisions or an active revision, by name. */
  policies(): PolicyView[] {
    const names = new Set([...this.#revisions.keys(), ...this.#claims.keys()]);
    return [...names]
      .sort()
      .map((n) => this.view(n))
      .filter((v): v is PolicyView => v !== undefined);
  }
}

function splitKey(key: string): [string, string | undefined, string | undefined] {
  const first = key.indexOf('/');
  const last = key.lastIndexOf('/');
  if (first < 0 || last === first) return [key, undefined, undefined];
  return [key.slice(0, first), key.slice(first + 1, last), key.slice(last + 1)];
}
