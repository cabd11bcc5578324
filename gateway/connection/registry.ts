// Every live connection pair, so that shutdown can close them and tests can count them.
import type { ConnectionPair } from './pair.ts';

export class ConnectionRegistry {
  #pairs = new Set<ConnectionPair>();
  #nextId = 1;

  nextId(): number {
    return this.#nextId++;
  }

  add(pair: ConnectionPair): void {
    this.#pairs.add(pair);
    pair.closed.then(() => this.#pairs.delete(pair));
  }

  /** The live pairs (a copy), for shutdown, metrics and tests. */
  list(): ConnectionPair[] {
    return [...this.#pairs];
  }

  get size(): number {
    return this.#pairs.size;
  }

  /** Close every pair and wait until they are gone. */
  async closeAll(): Promise<void> {
    const pairs = [...this.#pairs];
    for (const p of pairs) p.destroy();
    await Promise.all(pairs.map((p) => p.closed));
  }

  /** Wait up to `ms` for clients to leave on their own. */
  async drain(ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (this.#pairs.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
}
