// One client connection and its own upstream connection (1:1): sockets, framing, backpressure
// and closing. What happens to the frames is the pipeline's: the connection's FilterChain says
// which frames it wants whole and works on them; the RequestQueue keeps requests in client order
// on their way up; the ResponseOrder keeps answers in client order on their way back. Frames no
// filter wants move as slices of the chunks they arrived in.
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { API_KEYS } from '../../kafka/apis.ts';
import { SluiceError } from '../../kafka/errors.ts';
import { expectsResponse, peekRequestHeader, type RequestHeaderPeek } from '../../kafka/header.ts';
import type { TrafficObserver } from '../metrics.ts';
import type { FilterChain, RequestOutcome } from '../pipeline/chain.ts';
import type { ConnectionInfo } from '../pipeline/connection-info.ts';
import { RequestQueue } from '../pipeline/request-queue.ts';
import { ResponseOrder } from '../pipeline/response-order.ts';
import { formatHostPort } from '../routing/route.ts';
import type { UpstreamDialer } from '../upstream/dialer.ts';
import { FrameBatch } from './frame-output.ts';
import { type FrameDecision, FrameStream } from './frame-stream.ts';
import { SocketReader } from './socket-reader.ts';

export interface PairOptions {
  client: Socket;
  /** Reads `client` into reused buffers (listeners/pooled-accept.ts); without it, 'data' events. */
  clientReader?: SocketReader;
  info: ConnectionInfo;
  dialer: UpstreamDialer;
  /** This connection's filters, in one chain. */
  chain: FilterChain;
  log: Logger;
  maxFrameBytes: number;
  /** How long the closing side gives the other to finish (read the last bytes, send the last requests). Default 5000 ms. */
  closeGraceMs?: number;
  /** Counts requests, answer latency and bytes (the gateway's metrics). */
  observer?: TrafficObserver;
  /** No bytes either way for this long closes the connection. Default: never. */
  idleTimeoutMs?: number;
  /**
   * The brokers require SASL: until the client has authenticated, only ApiVersions and the SASL
   * exchange go through the filters (the rest is forwarded as bytes, for the broker to refuse),
   * frames are capped at `maxFrameBytes` of this, and a client not authenticated `timeoutMs`
   * after it connected is closed.
   */
  preAuth?: { maxFrameBytes: number; timeoutMs: number };
}

/** What a client may send before it has authenticated, when the brokers require SASL. */
const AUTH_EXCHANGE: ReadonlySet<number> = new Set([
  API_KEYS.ApiVersions,
  API_KEYS.SaslHandshake,
  API_KEYS.SaslAuthenticate,
]);

// Enough for the request header and a Produce's transactional id and acks.
const REQUEST_HEAD_BYTES = 512;

// Grace period for a client to read the last bytes after the broker hung up.
const CLOSE_GRACE_MS = 5000;

// Requests held behind one the filters are still deciding on: past this many bytes, the client
// is not read until the held ones have gone upstream.
const MAX_HELD_BYTES = 16 * 1024 * 1024;

export class ConnectionPair {
  readonly info: ConnectionInfo;
  #client: Socket;
  #upstream: Socket | undefined;
  #opts: PairOptions;
  #log: Logger;
  #chain: FilterChain;
  #requestFrames: FrameStream;
  #responseFrames: FrameStream;
  #toUpstream = new FrameBatch();
  #toClient = new FrameBatch();
  #requests: RequestQueue;
  #responses: ResponseOrder;
  #closed = false;
  /**
   * The client has gone, but what it sent without waiting for an answer still goes upstream:
   * held acks=0 produces once their filters decide, then bytes Node still buffers, then a
   * graceful end (an acks=0 producer closes right after its last send and expects that data to
   * land). Held requests that expect an answer are dropped (RequestQueue.clientGone).
   */
  #clientGone = false;
  #clientWaitsForHeld = false;
  #clientWaitsForDrain = false;
  #upstreamWaitsForDrain = false;
  #upstreamReader = new SocketReader();
  /** A chunk from either side is being handled; its handler flushes to the client at its end. */
  #inChunk = false;
  /** Bytes of the chunk being handled were held back in the request queue (behind an undecided request). */
  #requestBytesHeld = false;
  #currentResponse: ReturnType<ResponseOrder['begin']>['exchange'] | undefined;
  /** Resolves when both sockets are gone. */
  readonly closed: Promise<void>;
  #resolveClosed!: () => void;

  constructor(opts: PairOptions) {
    this.#opts = opts;
    this.info = opts.info;
    this.#client = opts.client;
    this.#chain = opts.chain;
    this.#log = opts.log.child({ conn: opts.info.id });
    this.#requests = new RequestQueue(
      {
        send: (payload) => this.#toUpstream.add(payload),
        sendRaw: (raw) => this.#toUpstream.addRaw(raw),
        sent: (exchange) => this.#responses.sent(exchange),
        answered: (payload) => this.#responses.answered(payload),
        failed: (e) => this.#filterFailure(e.code, e.message),
        pauseClient: () => {
          this.#clientWaitsForHeld = true;
          this.#client.pause();
        },
        resumeClient: () => {
          this.#clientWaitsForHeld = false;
          if (!this.#clientWaitsForDrain && !this.#clientGone) this.#client.resume();
        },
        flush: () => this.#flushAfterRelease(),
      },
      MAX_HELD_BYTES,
    );
    this.#responses = new ResponseOrder({
      write: (payload) => this.#toClient.add(payload),
      writeRaw: (raw) => this.#toClient.addRaw(raw),
      // Inside a chunk's handling its last step writes everything at once (responses that one
      // read delivered together go out in one write, not one each).
      flush: () => {
        if (!this.#inChunk) this.#flushToClient();
      },
      failed: (err) => this.#protocolFailure('upstream', err),
      answered: opts.observer ? (apiKey, seconds) => opts.observer!.answered(apiKey, seconds) : undefined,
    });
    this.#requestFrames = new FrameStream({
      maxFrameSize: opts.preAuth
        ? () => (this.#authenticating ? opts.preAuth!.maxFrameBytes : opts.maxFrameBytes)
        : opts.maxFrameBytes,
      headBytes: REQUEST_HEAD_BYTES,
      decide: (head, size) => this.#decideRequest(head, size),
      onBytes: (raw) => {
        if (this.#requests.raw(raw)) this.#requestBytesHeld = true;
      },
      onFrame: (frame) => this.#onWholeRequest(frame),
    });
    this.#responseFrames = new FrameStream({
      maxFrameSize: opts.maxFrameBytes,
      headBytes: 4,
      decide: (head, size) => this.#decideResponse(head, size),
      onBytes: (raw) => this.#responses.bytes(raw),
      onLater: (raw) => this.#onLaterResponseBytes(raw),
      onFrame: (frame) => this.#onWholeResponse(frame),
    });
    this.closed = new Promise((r) => {
      this.#resolveClosed = r;
    });
    this.#client.setNoDelay(true);
    this.#client.on('error', (err) => this.#close('client', err));
    this.#client.on('close', () => this.#close('client'));
    // Nothing is read from the client until the upstream half exists.
    this.#client.pause();
  }

  get clientSocket(): Socket {
    return this.#client;
  }

  /** The brokers require SASL and this client has not authenticated yet. */
  get #authenticating(): boolean {
    return this.#opts.preAuth !== undefined && this.info.principal === undefined;
  }

  get upstreamSocket(): Socket | undefined {
    return this.#upstream;
  }

  /**
   * Starts reading the client. The upstream connection is dialled when the client's first
   * bytes arrive: a client that connects and says nothing costs nothing upstream.
   */
  start(): void {
    void this.#start();
  }

  async #start(): Promise<void> {
    const preAuth = this.#opts.preAuth;
    if (preAuth) {
      // A client that never completes SASL would otherwise hold its socket (and the broker's)
      // until the idle timeout, which its own handshake traffic keeps resetting.
      setTimeout(() => {
        if (this.#closed || !this.#authenticating) return;
        this.#log.warn(
          { listener: this.info.listener, client: this.info.clientAddress, timeoutMs: preAuth.timeoutMs },
          'closing connection: not authenticated in time',
        );
        this.#close('client', undefined, true);
      }, preAuth.timeoutMs).unref();
    }
    const idle = this.#opts.idleTimeoutMs;
    if (idle !== undefined) {
      this.#client.setTimeout(idle, () => {
        this.#log.info(
          { listener: this.info.listener, client: this.info.clientAddress, idleMs: idle },
          'closing idle connection',
        );
        this.#close('client', undefined, true);
      });
    }
    const first = await this.#firstBytes();
    if (first.length === 0 || this.#closed) return;
    await this.#dial(first);
  }

  /** The client's first chunks (kept, the client paused); none if it left first. */
  #firstBytes(): Promise<Buffer[]> {
    const early: Buffer[] = [];
    return new Promise<Buffer[]>((resolve) => {
      const onClose = () => {
        this.#client.off('data', onData);
        resolve(early);
      };
      const onData = (chunk: Buffer) => {
        this.#client.off('close', onClose);
        this.#client.pause();
        early.push(chunk);
        resolve(early);
      };
      this.#client.once('close', onClose);
      const reader = this.#opts.clientReader;
      if (reader) {
        reader.attach((chunk) => {
          if (this.#upstream) return this.#onPooledClientData(chunk);
          onData(chunk);
          // Held across the dial: the reader must not read into it again.
          return true;
        });
      } else {
        this.#client.once('data', onData);
      }
      this.#client.resume();
    });
  }

  async #dial(first: Buffer[]): Promise<void> {
    let dialed: Awaited<ReturnType<UpstreamDialer['dial']>>;
    try {
      dialed = await this.#opts.dialer.dial(this.info.route, this.#upstreamReader.onread);
    } catch (err) {
      const code = err instanceof SluiceError ? err.code : 'SLUICE_UPSTREAM_UNREACHABLE';
      this.#log.warn(
        {
          code,
          listener: this.info.listener,
          route: this.info.route,
          serverName: this.info.serverName,
          client: this.info.clientAddress,
          err: String(err),
        },
        'refused connection: no upstream for this route',
      );
      this.#close('upstream');
      return;
    }
    if (this.#closed) {
      dialed.socket.destroy();
      return;
    }
    const upstream = dialed.socket;
    this.#upstream = upstream;
    upstream.on('error', (err) => this.#close('upstream', err));
    upstream.on('close', () => this.#close('upstream'));
    // PLAINTEXT upstreams deliver through the reader, TLS ones through 'data'.
    upstream.on('data', (chunk: Buffer) => this.#onUpstreamData(chunk));
    this.#upstreamReader.attach((chunk) => this.#onPooledUpstreamData(chunk));
    if (!this.#opts.clientReader) this.#client.on('data', (chunk: Buffer) => this.#onClientData(chunk));
    for (const chunk of first) this.#onClientData(chunk);
    if (!this.#closed && !this.#clientWaitsForHeld && !this.#clientWaitsForDrain) this.#client.resume();
    // The one line that says where a connection went: which listener, the SNI name the client
    // asked for (SNI routing), the broker it was routed to (or the bootstrap) and the upstream.
    const route = this.info.route;
    this.#log.info(
      {
        listener: this.info.listener,
        serverName: this.info.serverName,
        route: route.kind,
        brokerId: route.kind === 'broker' ? route.nodeId : undefined,
        client: this.info.clientAddress,
        upstream: formatHostPort(dialed.address),
      },
      'connection paired',
    );
  }

  // --- client → upstream -------------------------------------------------------------

  /** The request's header facts, or undefined when `head` is too short for them (then the frame is read whole). */
  #peek(head: Buffer, frameSize: number): { peek: RequestHeaderPeek; expects: boolean } | undefined {
    try {
      const peek = peekRequestHeader(head);
      return { peek, expects: expectsResponse(head, peek) };
    } catch (err) {
      // A long client id or transactional id: look at the whole frame instead.
      if (head.length < frameSize && err instanceof SluiceError && err.code === 'SLUICE_PROTOCOL_TRUNCATED') {
        return undefined;
      }
      throw err;
    }
  }

  #decideRequest(head: Buffer, frameSize: number): FrameDecision {
    const peeked = this.#peek(head, frameSize);
    if (!peeked) return 'whole';
    this.#opts.observer?.request(peeked.peek.apiKey);
    if (this.#authenticating && !AUTH_EXCHANGE.has(peeked.peek.apiKey)) {
      // Not for the filters before authentication: the broker refuses it (and closes).
      this.#requests.streamed(this.#chain.exchangeFor(peeked.peek, peeked.expects));
      return 'stream';
    }
    if (this.#chain.wantsRequest(peeked.peek)) return 'whole';
    this.#requests.streamed(this.#chain.exchangeFor(peeked.peek, peeked.expects));
    return 'stream';
  }

  #onWholeRequest(frame: Buffer): void {
    const { peek, expects } = this.#peek(frame, frame.length)!;
    // Counted at the head already, unless the head was too short to read.
    if (frame.length > REQUEST_HEAD_BYTES) this.#opts.observer?.request(peek.apiKey);
    const forFilters =
      this.#chain.wantsRequest(peek) && !(this.#authenticating && !AUTH_EXCHANGE.has(peek.apiKey));
    const outcome: RequestOutcome | Promise<RequestOutcome> = forFilters
      ? this.#chain.handleRequest(frame, peek, expects)
      : { kind: 'forward', payload: frame, exchange: this.#chain.exchangeFor(peek, expects) };
    this.#requests.decided(outcome, frame.length);
  }

  #flushAfterRelease(): void {
    this.#flushUpstream();
    this.#flushToClient();
    if (this.#clientGone) this.#endUpstreamWhenDrained();
  }

  #filterFailure(code: string, message: string): void {
    this.#log.warn(
      { code, listener: this.info.listener, client: this.info.clientAddress, principal: this.info.principal },
      `closing connection: ${message}`,
    );
    this.#close('client', undefined, true);
  }

  #flushUpstream(): void {
    const upstream = this.#upstream;
    if (!upstream) return;
    if (!this.#toUpstream.flushTo(upstream) && !this.#clientWaitsForDrain) {
      // Upstream cannot take more right now: stop reading the client until it drains.
      this.#clientWaitsForDrain = true;
      this.#client.pause();
      upstream.once('drain', () => {
        this.#clientWaitsForDrain = false;
        if (!this.#closed && !this.#clientWaitsForHeld) this.#client.resume();
      });
    }
  }

  #onClientData(chunk: Buffer): void {
    this.#opts.observer?.bytes(this.info.listener, 'client_to_broker', chunk.length);
    this.#inChunk = true;
    try {
      this.#requestFrames.push(chunk);
    } catch (err) {
      // The answers finished before the bad frame still go out (the chunk's flush is skipped).
      this.#inChunk = false;
      this.#flushToClient();
      this.#protocolFailure('client', err);
      return;
    } finally {
      this.#inChunk = false;
    }
    this.#flushUpstream();
    this.#flushToClient();
  }

  /**
   * Returns true when the chunk's memory may still be referenced (so it must not be reused).
   * Whole frames and cut heads are copies (FrameStream), so only streamed slices can be: held
   * behind an undecided request, or not yet taken by the upstream socket.
   */
  #onPooledClientData(chunk: Buffer): boolean {
    this.#requestBytesHeld = false;
    this.#onClientData(chunk);
    return (
      this.#closed ||
      this.#requestBytesHeld ||
      this.#upstream === undefined ||
      this.#upstream.writableLength > 0
    );
  }

  // --- upstream → client -------------------------------------------------------------

  #decideResponse(head: Buffer, frameSize: number): FrameDecision {
    const { exchange, decision } = this.#responses.begin(head.readInt32BE(0), frameSize);
    this.#currentResponse = exchange;
    return decision;
  }

  #onWholeResponse(frame: Buffer): void {
    const exchange = this.#currentResponse!;
    // A response its filter would rewrite as it streams: held whole, it is decoded instead.
    const decode = exchange.decodeResponse || exchange.rewriteStreamed !== undefined;
    this.#responses.whole(decode ? this.#chain.handleResponse(frame, exchange) : frame);
  }

  /** The end of a streamed response whose rewrite waited (for a new broker port to listen). */
  #onLaterResponseBytes(raw: Promise<Buffer>): void {
    raw.then(
      (bytes) => {
        if (this.#closed) return;
        this.#responses.bytes(bytes);
        this.#flushToClient();
      },
      (err) => this.#protocolFailure('upstream', err),
    );
  }

  #onUpstreamData(chunk: Buffer): void {
    this.#opts.observer?.bytes(this.info.listener, 'broker_to_client', chunk.length);
    this.#inChunk = true;
    try {
      this.#responseFrames.push(chunk);
    } catch (err) {
      // The answers finished before the bad frame still go out (the chunk's flush is skipped).
      this.#inChunk = false;
      this.#flushToClient();
      this.#protocolFailure('upstream', err);
      return;
    } finally {
      this.#inChunk = false;
    }
    this.#flushToClient();
  }

  /**
   * Returns true when the chunk's memory may still be referenced (so it must not be reused).
   * Whole responses are copies (FrameStream) and streamed bytes go out at once, so only the
   * client socket can hold slices of it.
   */
  #onPooledUpstreamData(chunk: Buffer): boolean {
    this.#onUpstreamData(chunk);
    return this.#closed || this.#client.writableLength > 0;
  }

  #flushToClient(): void {
    const batch = this.#toClient;
    if (this.#clientGone) {
      // Responses are still read (a swallowed one is logged), but nobody is there to get them.
      batch.clear();
      return;
    }
    if (!batch.flushTo(this.#client) && !this.#upstreamWaitsForDrain && this.#upstream) {
      // A slow client: stop reading from the broker instead of buffering without bound.
      this.#upstreamWaitsForDrain = true;
      this.#upstream.pause();
      this.#client.once('drain', () => {
        this.#upstreamWaitsForDrain = false;
        if (!this.#closed) this.#upstream?.resume();
      });
    }
  }

  #protocolFailure(side: 'client' | 'upstream', err: unknown): void {
    const code = err instanceof SluiceError ? err.code : 'SLUICE_CONNECTION_PROTOCOL';
    const message = err instanceof Error ? err.message : String(err);
    this.#log.warn(
      { code, side, listener: this.info.listener, client: this.info.clientAddress },
      code === 'SLUICE_PROTOCOL_UNSUPPORTED_VERSION' || code === 'SLUICE_FILTER_FAILED'
        ? `closing connection: ${message}`
        : `closing connection: malformed ${side === 'client' ? 'request' : 'response'} (${message})`,
    );
    this.#close(side, undefined, true);
  }

  #close(side: 'client' | 'upstream', err?: Error, hard = false): void {
    if (this.#closed) return;
    const upstreamOpen = this.#upstream !== undefined && !this.#upstream.destroyed;
    if (side === 'client' && !hard && upstreamOpen) {
      if (this.#clientGone) return;
      this.#clientGone = true;
      this.#requests.clientGone();
      if (err) this.#log.debug({ side, err: err.message }, 'connection error');
      this.#client.destroy();
      // Bounded: held requests, the last writes and the broker's FIN get the close grace in all.
      const upstream = this.#upstream!;
      setTimeout(() => upstream.destroy(), this.#opts.closeGraceMs ?? CLOSE_GRACE_MS).unref();
      if (this.#upstreamWaitsForDrain) {
        // Paused for a slow client that will never drain: read on, or the FIN is never seen.
        this.#upstreamWaitsForDrain = false;
        upstream.resume();
      }
      this.#endUpstreamWhenDrained();
      return;
    }
    this.#closed = true;
    this.#requests.close();
    if (err) this.#log.debug({ side, err: err.message }, 'connection error');
    const upstream = this.#upstream;
    if (side === 'upstream' && !hard && !this.#client.destroyed) {
      // Let the client read what the broker sent before it hung up.
      this.#client.end();
      setTimeout(() => this.#client.destroy(), this.#opts.closeGraceMs ?? CLOSE_GRACE_MS).unref();
    } else {
      this.#client.destroy();
    }
    upstream?.destroy();
    this.#log.debug({ side, principal: this.info.principal }, 'connection closed');
    this.#resolveClosed();
  }

  /** With the client gone: once no request is held, end the upstream after its last bytes. */
  #endUpstreamWhenDrained(): void {
    if (this.#closed || !this.#requests.empty) return;
    this.#closed = true;
    this.#requests.close();
    const upstream = this.#upstream!;
    upstream.once('close', () => {
      const dropped = this.#requests.dropped;
      this.#log.debug(
        { side: 'client', principal: this.info.principal, ...(dropped > 0 ? { dropped } : {}) },
        dropped > 0
          ? 'connection closed; held requests the client left before were not sent'
          : 'connection closed',
      );
      this.#resolveClosed();
    });
    this.#flushUpstream();
    upstream.end();
  }

  /** Close both halves now (shutdown), even while draining after the client left. */
  destroy(): void {
    this.#close('client', undefined, true);
    this.#upstream?.destroy();
  }
}
