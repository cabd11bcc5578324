// What this replica has seen of each policy's shadow run: how many payloads the shadow revision
// ran on beside the active one, on how many their verdicts differed (by pair of verdicts, e.g.
// accept→reject), how many records differed, and the first differing records (topic,
// partition, offset). Counted per replica, from the start of the shadow run; kept in memory.
import type { ShadowComparison, ShadowVerdict } from '../../engine/index.ts';

export const DEFAULT_SHADOW_SAMPLE = 20;

export interface ShadowSample {
  hook: string;
  topic: string | null;
  partition: number | null;
  /** The record's offset; null until the broker has answered a produce, or for a request hook. */
  offset: number | null;
  /** The record's place in its batch. */
  batchIndex: number;
  active: ShadowVerdict;
  shadow: ShadowVerdict;
  reason?: string;
  at: string;
}

export interface ShadowSummary {
  policy: string;
  shadowRevision: string;
  since: string;
  /** Payloads (batches, or requests for the request hooks) the shadow ran on. */
  compared: number;
  /** Of those, the ones where some record's fate differed. */
  differing: number;
  differingRecords: number;
  /** Differing payloads by `active→shadow` verdict, e.g. `accept→reject`. */
  byVerdict: Record<string, number>;
  /** The first differing records, up to the run's sample size. */
  first: ShadowSample[];
  sample: number;
}

interface Run {
  /** The shadow's revision as its comparisons name it (the compiled bundle's). */
  compiled: string;
  shadowRevision: string;
  since: number;
  sample: number;
  compared: number;
  differing: number;
  differingRecords: number;
  byVerdict: Map<string, number>;
  /** Kept by reference: a produce's offsets are filled in once the broker answers. */
  kept: ShadowComparison[];
  keptRecords: number;
}

export class ShadowReport {
  readonly #runs = new Map<string, Run>();

  /**
   * Starts counting afresh for `policy`'s shadow: `compiled` is its bundle's revision (what the
   * engine's comparisons carry), `revision` the stored revision users know it by.
   */
  start(policy: string, compiled: string, revision: string, sample = DEFAULT_SHADOW_SAMPLE): void {
    this.#runs.set(policy, {
      compiled,
      shadowRevision: revision,
      since: Date.now(),
      sample,
      compared: 0,
      differing: 0,
      differingRecords: 0,
      byVerdict: new Map(),
      kept: [],
      keptRecords: 0,
    });
  }

  stop(policy: string): void {
    this.#runs.delete(policy);
  }

  /** One comparison from the engine (its sink). */
  add(c: ShadowComparison): void {
    const run = this.#runs.get(c.policy);
    if (!run || run.compiled !== c.shadowRevision) return;
    run.compared++;
    if (c.differing.length === 0) return;
    run.differing++;
    run.differingRecords += c.differing.length;
    const pair = `${c.active}→${c.shadow}`;
    run.byVerdict.set(pair, (run.byVerdict.get(pair) ?? 0) + 1);
    if (run.keptRecords < run.sample) {
      run.kept.push(c);
      run.keptRecords += c.differing.length;
    }
  }

  summary(policy: string): ShadowSummary | undefined {
    const run = this.#runs.get(policy);
    if (!run) return undefined;
    const first: ShadowSample[] = [];
    for (const c of run.kept) {
      for (const [k, batchIndex] of c.differing.entries()) {
        if (first.length >= run.sample) break;
        first.push({
          hook: c.hook,
          topic: c.topic,
          partition: c.partition,
          offset: c.offsets?.[k] ?? null,
          batchIndex,
          active: c.active,
          shadow: c.shadow,
          ...(c.reason !== undefined ? { reason: c.reason } : {}),
          at: new Date(c.at).toISOString(),
        });
      }
    }
    return {
      policy,
      shadowRevision: run.shadowRevision,
      since: new Date(run.since).toISOString(),
      compared: run.compared,
      differing: run.differing,
      differingRecords: run.differingRecords,
      byVerdict: Object.fromEntries(run.byVerdict),
      first,
      sample: run.sample,
    };
  }
}
