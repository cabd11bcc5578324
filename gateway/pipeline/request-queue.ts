// Requests go upstream in the order the client sent them. A request whose filters are still
// deciding (a policy in the sandbox) holds everything behind it — streamed bytes, whole frames,
// the bookkeeping of streamed requests — until it is decided; then the queue releases in order up
// to the next undecided one. So the broker sees the client's order, and the response order (which
// is the broker's) stays the client's too. Past a byte budget the client is not read until the
// held requests have gone.
import type { Exchange, RequestOutcome } from './chain.ts';

type Maybe<T> = T | Promise<T>;

export interface RequestQueueSink {
  /** A whole request (without its size prefix) for the upstream. */
  send(payload: Buffer): void;
  /** Bytes of a streamed request, size prefix included, for the upstream. */
  sendRaw(raw: Buffer): void;
  /** The request just sent is upstream: its answer is awaited and has its place (see ResponseOrder). */
  sent(exchange: Exchange): void;
  /** Sluice answers the request itself, in its place (null: the client expects nothing). */
  answered(payload: Buffer | null): void;
  /** The request's filters said close, or failed. */
  failed(error: { code: string; message: string }): void;
  /** Stop or start reading the client (held bytes above or back under the budget). */
  pauseClient(): void;
  resumeClient(): void;
  /** Everything released so far may be written out now. */
  flush(): void;
}

type Held =
  | { raw: Buffer }
  | { streamed: Exchange }
  | { decided: boolean; outcome?: RequestOutcome; error?: unknown; size: number };

export class RequestQueue {
  readonly #sink: RequestQueueSink;
  readonly #budget: number;
  #held: Held[] = [];
  #heldBytes = 0;
  #paused = false;
  #closed = false;
  /** The client has gone: a held request that expects an answer is not sent (see clientGone). */
  #clientGone = false;
  /** Held requests not sent because the client had gone before they were decided. */
  dropped = 0;

  constructor(sink: RequestQueueSink, budgetBytes: number) {
    this.#sink = sink;
    this.#budget = budgetBytes;
  }

  /** Nothing is held: every request received so far has been released. */
  get empty(): boolean {
    return this.#held.length === 0;
  }

  /** A request that streams through: its bytes follow with `raw`. */
  streamed(exchange: Exchange): void {
    if (this.#held.length > 0) this.#held.push({ streamed: exchange });
    else if (exchange.upstreamAnswers || exchange.clientExpects) this.#sink.sent(exchange);
  }

  /** Returns true when the bytes were held (so their memory stays referenced until released). */
  raw(bytes: Buffer): boolean {
    if (this.#held.length === 0) {
      this.#sink.sendRaw(bytes);
      return false;
    }
    this.#hold({ raw: bytes }, bytes.length);
    return true;
  }

  /** A whole request and what its filters make of it (now, or once decided). */
  decided(outcome: Maybe<RequestOutcome>, size: number): void {
    if (!(outcome instanceof Promise) && this.#held.length === 0) {
      this.#apply(outcome);
      return;
    }
    const item: Held = { decided: false, size };
    this.#hold(item, size);
    Promise.resolve(outcome).then(
      (o) => {
        item.outcome = o;
        item.decided = true;
        this.#release();
      },
      (error) => {
        item.error = error;
        item.decided = true;
        this.#release();
      },
    );
  }

  /**
   * The client has gone. Held requests that expect an answer are dropped once decided: nobody
   * will read the answer, and the client sends them again on its next connection, where a copy
   * sent here could arrive after the retry (a duplicate, or an idempotent producer's later batch
   * ahead of an earlier one). acks=0 produces still go: their sender expects them to land.
   */
  clientGone(): void {
    this.#clientGone = true;
  }

  /** Stop releasing (the connection is closing). */
  close(): void {
    this.#closed = true;
  }

  #hold(item: Held, bytes: number): void {
    this.#held.push(item);
    this.#heldBytes += bytes;
    if (this.#heldBytes > this.#budget && !this.#paused) {
      this.#paused = true;
      this.#sink.pauseClient();
    }
  }

  #apply(outcome: RequestOutcome): void {
    if (outcome.kind === 'forward') {
      if (this.#clientGone && outcome.exchange.clientExpects) {
        this.dropped++;
        return;
      }
      this.#sink.send(outcome.payload);
      this.#sink.sent(outcome.exchange);
    } else if (outcome.kind === 'answer') {
      this.#sink.answered(outcome.payload);
    } else {
      this.#sink.failed(outcome);
    }
  }

  #release(): void {
    if (this.#closed) return;
    while (this.#held.length > 0) {
      const item = this.#held[0];
      if ('decided' in item) {
        if (!item.decided) break;
        this.#held.shift();
        this.#heldBytes -= item.size;
        if (item.error !== undefined) {
          const e = item.error as { code?: string; message?: string };
          this.#sink.failed({
            code: e.code ?? 'SLUICE_FILTER_FAILED',
            message: e.message ?? String(item.error),
          });
          return;
        }
        this.#apply(item.outcome!);
        if (this.#closed) return;
        continue;
      }
      this.#held.shift();
      if ('raw' in item) {
        this.#heldBytes -= item.raw.length;
        this.#sink.sendRaw(item.raw);
      } else if (item.streamed.upstreamAnswers || item.streamed.clientExpects) {
        this.#sink.sent(item.streamed);
      }
    }
    if (this.#paused && this.#heldBytes <= this.#budget) {
      this.#paused = false;
      this.#sink.resumeClient();
    }
    this.#sink.flush();
  }
}
