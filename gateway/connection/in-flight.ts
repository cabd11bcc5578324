// Requests sent upstream and not yet answered, oldest first. A Kafka broker answers the
// requests of one connection in the order it received them, so the head of this queue is
// always the request the next response belongs to (acks=0 produce requests never enter).
import type { RequestInfo } from './types.ts';

export class InFlightQueue {
  #items: (RequestInfo | undefined)[] = [];
  #head = 0;

  get size(): number {
    return this.#items.length - this.#head;
  }

  push(request: RequestInfo): void {
    this.#items.push(request);
  }

  shift(): RequestInfo | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head++] = undefined;
    // Compact now and then instead of Array.shift's O(n) on every response.
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return item;
  }
}
