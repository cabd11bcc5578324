// The two data-key caches of the KMS provider, so that KMS is asked once per key lifetime
// instead of once per value:
// - EncryptionKeys: per KMS key, the current data key (plaintext + wrapped), used until it is
//   `ttlMs` old or has encrypted `maxUses` values, then replaced by a fresh GenerateDataKey.
//   Concurrent callers share one KMS request.
// - UnwrappedKeys: wrapped data key → plaintext data key, from Decrypt calls, least recently
//   used evicted past `maxEntries`, each entry also expiring after `ttlMs`.

export interface DataKey {
  readonly plaintext: Buffer;
  readonly wrapped: Buffer;
}

interface Current {
  key: DataKey;
  created: number;
  uses: number;
}

export class EncryptionKeys {
  readonly #current = new Map<string, Current>();
  readonly #pending = new Map<string, Promise<DataKey>>();
  readonly #ttlMs: number;
  readonly #maxUses: number;
  readonly #now: () => number;

  constructor(opts: { ttlMs: number; maxUses: number; now?: () => number }) {
    this.#ttlMs = opts.ttlMs;
    this.#maxUses = opts.maxUses;
    this.#now = opts.now ?? Date.now;
  }

  /**
   * Data keys for `count` values under `keyName`, in order: the current key while it has uses
   * left, then as many fresh ones as needed (each from one `generate` call).
   */
  async take(keyName: string, count: number, generate: () => Promise<DataKey>): Promise<DataKey[]> {
    const out: DataKey[] = [];
    while (out.length < count) {
      const cur = this.#current.get(keyName);
      if (!cur || cur.uses >= this.#maxUses || this.#now() - cur.created >= this.#ttlMs) {
        await this.#fresh(keyName, generate);
        continue;
      }
      const n = Math.min(count - out.length, this.#maxUses - cur.uses);
      cur.uses += n;
      for (let i = 0; i < n; i++) out.push(cur.key);
    }
    this.#refreshEarly(keyName, generate);
    return out;
  }

  /**
   * Past 80 % of its TTL the current key is replaced in the background, so that batches do
   * not wait for KMS at every expiry (and a KMS outage shorter than the rest of the TTL is not
   * noticed). A failure here is dropped: the key stays in use until it expires, and then the
   * caller waits for, and sees the failure of, its own GenerateDataKey.
   */
  #refreshEarly(keyName: string, generate: () => Promise<DataKey>): void {
    const cur = this.#current.get(keyName);
    if (!cur || this.#pending.has(keyName) || this.#now() - cur.created < this.#ttlMs * 0.8) return;
    this.#fresh(keyName, generate).catch(() => {});
  }

  /** One GenerateDataKey per KMS key at a time; its key becomes the current one when it arrives. */
  #fresh(keyName: string, generate: () => Promise<DataKey>): Promise<DataKey> {
    let p = this.#pending.get(keyName);
    if (!p) {
      p = generate()
        .then((key) => {
          this.#current.set(keyName, { key, created: this.#now(), uses: 0 });
          return key;
        })
        .finally(() => this.#pending.delete(keyName));
      this.#pending.set(keyName, p);
    }
    return p;
  }

  /** Forgets every data key: the next value gets a fresh one. */
  clear(): void {
    this.#current.clear();
  }
}

export class UnwrappedKeys {
  readonly #entries = new Map<string, { key: Buffer; created: number }>();
  readonly #pending = new Map<string, Promise<Buffer>>();
  readonly #maxEntries: number;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(opts: { maxEntries: number; ttlMs: number; now?: () => number }) {
    this.#maxEntries = opts.maxEntries;
    this.#ttlMs = opts.ttlMs;
    this.#now = opts.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  async get(wrapped: Buffer, unwrap: () => Promise<Buffer>): Promise<Buffer> {
    const id = wrapped.toString('base64');
    const hit = this.#entries.get(id);
    if (hit && this.#now() - hit.created < this.#ttlMs) {
      // Re-insert: a Map iterates in insertion order, so the first entry is the least recent.
      this.#entries.delete(id);
      this.#entries.set(id, hit);
      return hit.key;
    }
    let p = this.#pending.get(id);
    if (!p) {
      p = unwrap()
        .then((key) => {
          this.#entries.delete(id);
          this.#entries.set(id, { key, created: this.#now() });
          while (this.#entries.size > this.#maxEntries) {
            const oldest = this.#entries.keys().next().value as string;
            this.#entries.delete(oldest);
          }
          return key;
        })
        .finally(() => this.#pending.delete(id));
      this.#pending.set(id, p);
    }
    return p;
  }
}
