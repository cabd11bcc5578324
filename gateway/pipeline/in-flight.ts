// Requests sent upstream and not yet answered, oldest first. A Kafka broker answers the
// requests of one connection in the order it received them, so the head of this queue is
// always the request the next response belongs to (acks=0 produce requests never enter).
// Clients keep a handful of requests in flight; the ring doubles when one keeps more.
const INITIAL_CAPACITY = 16;

/** A ring buffer: push and shift are O(1) and allocate nothing until it has to grow. */
export class InFlightQueue<T> {
  #items: (T | undefined)[] = new Array(INITIAL_CAPACITY).fill(undefined);
  #head = 0;
  #size = 0;

  get size(): number {
    return this.#size;
  }

  push(request: T): void {
    if (this.#size === this.#items.length) this.#grow();
    this.#items[(this.#head + this.#size) & (this.#items.length - 1)] = request;
    this.#size++;
  }

  shift(): T | undefined {
    if (this.#size === 0) return undefined;
    const item = this.#items[this.#head];
    // Drop the reference so an answered request can be collected.
    this.#items[this.#head] = undefined;
    this.#head = (this.#head + 1) & (this.#items.length - 1);
    this.#size--;
    return item;
  }

  #grow(): void {
    const old = this.#items;
    const next: (T | undefined)[] = new Array(old.length * 2).fill(undefined);
    for (let i = 0; i < this.#size; i++) next[i] = old[(this.#head + i) & (old.length - 1)];
    this.#items = next;
    this.#head = 0;
  }
}
