// Which worker holds which policy. A new policy goes to the worker with the fewest loaded;
// when a worker dies, every policy that lived there is reloaded on its replacement (also ones
// still reloading there), and runs for a policy wait until its reload is done.

import type { LoadSpec } from './pool.ts';

export class Placement<W extends { readonly keys: ReadonlySet<string> }> {
  readonly #specs = new Map<string, LoadSpec>();
  readonly #assigned = new Map<string, W>();
  /** Keys being reloaded after a worker replacement; runs wait for them. */
  readonly #reloading = new Map<string, Promise<void>>();

  spec(key: string): LoadSpec | undefined {
    return this.#specs.get(key);
  }

  workerOf(key: string): W | undefined {
    return this.#assigned.get(key);
  }

  /** Where a load goes: the worker the key is on already, else the least loaded one. */
  choose(key: string, workers: readonly W[]): W {
    return this.#assigned.get(key) ?? workers.reduce((a, b) => (b.keys.size < a.keys.size ? b : a));
  }

  assign(spec: LoadSpec, worker: W): void {
    this.#specs.set(spec.key, spec);
    this.#assigned.set(spec.key, worker);
  }

  /** Forgets a policy (unloaded, or its load failed); with `from`, its worker only if still that one. */
  forget(key: string, from?: W): void {
    this.#specs.delete(key);
    if (from === undefined || this.#assigned.get(key) === from) this.#assigned.delete(key);
  }

  /**
   * `dead` was replaced by `next`: the policies to reload there, now assigned to it. A first
   * load still in flight on `dead` is not among them: it fails and its caller forgets the key,
   * so reloading it would leave an isolate nobody runs or unloads.
   */
  move(dead: W, next: W): LoadSpec[] {
    const moved: LoadSpec[] = [];
    for (const [key, assignedTo] of [...this.#assigned]) {
      const spec = this.#specs.get(key);
      if (!spec || assignedTo !== dead) continue;
      if (!dead.keys.has(key) && !this.#reloading.has(key)) continue;
      this.#assigned.set(key, next);
      moved.push(spec);
    }
    return moved;
  }

  /** Runs for `key` wait for `reload` until it settles. */
  reloading(key: string, reload: Promise<void>): void {
    const tracked = reload.finally(() => {
      // Only our own entry: if this worker died mid-reload, a newer reload on its successor is
      // in the map now, and runs must keep waiting for that one.
      if (this.#reloading.get(key) === tracked) this.#reloading.delete(key);
    });
    this.#reloading.set(key, tracked);
  }

  /** Resolves once no reload of `key` is pending; a reload replaced by a newer one is waited for too. */
  async reloaded(key: string): Promise<void> {
    for (let r = this.#reloading.get(key); r; r = this.#reloading.get(key)) await r;
  }
}
