// Every live connection pair, so that shutdown can close them and tests can count them.
import type { TrafficObserver } from '../metrics.ts';
import type { ConnectionPair } from './pair.ts';

export class ConnectionRegistry {
  #pairs = new Set<ConnectionPair>();
  #nextId = 1;
  readonly #observer: TrafficObserver | undefined;

  constructor(observer?: TrafficObserver) {
    this.#observer = observer;
  }

  /** Open connections of one listener. */
  count(listener: string): number {
    let n = 0;
    for (const p of this.#pairs) if (p.info.listener === listener) n++;
    return n;
  }

  nextId(): number {
    return this.#nextId++;
  }

  add(pair: ConnectionPair): void {
    this.#pairs.add(pair);
    this.#observer?.connectionOpened(pair.info.listener);
    pair.closed.then(() => {
      this.#pairs.delete(pair);
      this.#observer?.connectionClosed(pair.info.listener);
    });
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
