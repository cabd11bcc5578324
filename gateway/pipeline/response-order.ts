// Answers go to the client in the order it sent its requests, whoever wrote them: the broker's
// responses (streamed as they arrive, or whole when a filter works on them, possibly
// asynchronously) and Sluice's own answers. Every request the client expects an answer to gets a
// place when it is released upstream or answered; a response streams straight through only when
// everything before it has gone out, otherwise it is collected whole and waits for its turn.
// The broker answers one connection in order, so the oldest request upstream is always the one
// the next response belongs to.
import { GatewayError } from '../errors.ts';
import type { Exchange } from './chain.ts';
import type { StreamedRewrite } from './filter.ts';
import { InFlightQueue } from './in-flight.ts';

type Maybe<T> = T | Promise<T>;

export interface ResponseSink {
  /** A whole answer (without its size prefix) for the client. */
  write(payload: Buffer): void;
  /** Bytes of a streamed response, size prefix included, for the client. */
  writeRaw(raw: Buffer): void;
  /** Everything written so far may go out now. */
  flush(): void;
  /** Working on a response failed asynchronously. */
  failed(error: unknown): void;
  /** The broker's answer to a request began to arrive, `seconds` after the request went up. */
  answered?(apiKey: number, seconds: number): void;
}

/** One answer's place in the client's order. */
interface Place {
  state: 'waiting' | 'streaming' | 'ready' | 'done';
  payload?: Buffer;
}

interface Upstream {
  exchange: Exchange;
  /** performance.now() when the request went up. */
  sentAt: number;
  /** Absent when the client expects no answer (the response is swallowed). */
  place?: Place;
}

/** A response streams (as it is, or through its filter's rewrite) or is collected whole. */
export type ResponseDecision = 'stream' | 'whole' | StreamedRewrite;

export class ResponseOrder {
  readonly #sink: ResponseSink;
  readonly #upstream = new InFlightQueue<Upstream>();
  #places: Place[] = [];
  #current: Upstream | undefined;
  /** The answer streaming out; a rewrite may finish it after the next responses have begun. */
  #streaming: Place | undefined;
  #left = 0;

  constructor(sink: ResponseSink) {
    this.#sink = sink;
  }

  /** Requests sent upstream whose response has not begun to arrive. */
  get awaited(): number {
    return this.#upstream.size;
  }

  /** A request is upstream (or, with `instead`, will not be answered by the broker). */
  sent(exchange: Exchange): void {
    const place = exchange.clientExpects ? this.#place() : undefined;
    if (exchange.upstreamAnswers) {
      this.#upstream.push({
        exchange,
        sentAt: performance.now(),
        place: exchange.instead ? undefined : place,
      });
    }
    if (place && exchange.instead) this.#ready(place, exchange.instead);
  }

  /** Sluice's own answer takes the next place; null: the client expects none. */
  answered(payload: Buffer | null): void {
    if (payload !== null) this.#ready(this.#place(), payload);
  }

  /** A response frame begins: whose it is, and whether it can stream through. */
  begin(correlationId: number, frameSize: number): { exchange: Exchange; decision: ResponseDecision } {
    const up = this.#upstream.shift();
    if (!up || up.exchange.head.correlationId !== correlationId) {
      throw new GatewayError(
        'SLUICE_CONNECTION_PROTOCOL',
        `response correlation id ${correlationId} does not match the oldest request (${up?.exchange.head.correlationId ?? 'none'})`,
      );
    }
    this.#current = up;
    this.#sink.answered?.(up.exchange.head.apiKey, (performance.now() - up.sentAt) / 1000);
    const place = up.place;
    const stream = place !== undefined && !up.exchange.decodeResponse && this.#places[0] === place;
    if (!stream) return { exchange: up.exchange, decision: 'whole' };
    place.state = 'streaming';
    this.#streaming = place;
    const rewrite = up.exchange.rewriteStreamed?.();
    this.#left = 4 + frameSize + (rewrite?.extraBytes ?? 0);
    return { exchange: up.exchange, decision: rewrite ?? 'stream' };
  }

  /** Bytes of the response being streamed. */
  bytes(raw: Buffer): void {
    this.#sink.writeRaw(raw);
    this.#left -= raw.length;
    if (this.#left === 0) {
      const place = this.#streaming!;
      this.#streaming = undefined;
      place.state = 'done';
      this.#places.shift();
      this.#drain();
    }
  }

  /** The whole response frame, and what the client gets of it (null: nothing). */
  whole(result: Maybe<Buffer | null>): void {
    const place = this.#current!.place;
    if (!(result instanceof Promise)) {
      if (place && result !== null) this.#ready(place, result);
      return;
    }
    result.then(
      (payload) => {
        if (place && payload !== null) this.#ready(place, payload);
      },
      (error) => this.#sink.failed(error),
    );
  }

  #place(): Place {
    const place: Place = { state: 'waiting' };
    this.#places.push(place);
    return place;
  }

  #ready(place: Place, payload: Buffer): void {
    place.state = 'ready';
    place.payload = payload;
    if (this.#places[0] === place) this.#drain();
  }

  /** Writes every answer at the head that is ready, up to the first that is not. */
  #drain(): void {
    let wrote = false;
    while (this.#places.length > 0 && this.#places[0].state === 'ready') {
      const place = this.#places.shift()!;
      place.state = 'done';
      this.#sink.write(place.payload!);
      place.payload = undefined;
      wrote = true;
    }
    if (wrote) this.#sink.flush();
  }
}
