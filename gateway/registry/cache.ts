// A bounded cache with a time to live, for registry answers. Entries past their TTL are kept
// (up to the bound) so that a caller may serve them while the registry is unreachable: a
// schema id's content never changes in a Confluent-compatible registry.

export interface CacheEntry<V> {
  readonly value: V;
  /** When the entry was stored (ms since the epoch, from the cache's clock). */
  readonly storedAt: number;
  readonly fresh: boolean;
}

export class TtlCache<K, V> {
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #now: () => number;
  /** Map order is insertion order: the first key is the least recently stored or read. */
  readonly #entries = new Map<K, { value: V; storedAt: number }>();

  constructor(opts: { ttlMs: number; maxEntries: number; now?: () => number }) {
    if (!(opts.maxEntries >= 1)) throw new RangeError('maxEntries must be at least 1');
    this.#ttlMs = opts.ttlMs;
    this.#max = opts.maxEntries;
    this.#now = opts.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The entry, fresh or stale; undefined when never stored or evicted. Marks it recently used. */
  get(key: K): CacheEntry<V> | undefined {
    const e = this.#entries.get(key);
    if (!e) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, e);
    return { value: e.value, storedAt: e.storedAt, fresh: this.#now() - e.storedAt < this.#ttlMs };
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, storedAt: this.#now() });
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value as K;
      this.#entries.delete(oldest);
    }
  }

  clear(): void {
    this.#entries.clear();
  }
}
