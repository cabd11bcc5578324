// One client connection and its own upstream connection (1:1). Requests go up in the order
// they arrive and responses come back in the order the broker sends them, which is request
// order, so ordering needs no bookkeeping beyond a FIFO of in-flight request headers. Only
// response frames that a handler asked for are decoded; everything else moves as bytes.
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { ProtocolError, SluiceError } from '../../kafka/errors.ts';
import { GatewayError } from '../errors.ts';
import { formatHostPort } from '../routing/route.ts';
import { FrameBatch } from './frame-output.ts';
import { type FrameDecision, FrameStream } from './frame-stream.ts';
import { InFlightQueue } from './in-flight.ts';
import {
  API_API_VERSIONS,
  API_SASL_AUTHENTICATE,
  API_SASL_HANDSHAKE,
  type PeekedRequest,
  peekRequest,
  peekResponseErrorCode,
} from './request-peek.ts';
import { SaslPrincipalTracker } from './sasl-principal.ts';
import type {
  ConnectionInfo,
  HeaderVersions,
  RequestInfo,
  RequestVerdict,
  ResponseHandler,
} from './types.ts';
import type { UpstreamDialer } from './upstream-dialer.ts';
import { UpstreamReader } from './upstream-reader.ts';

export interface PairOptions {
  client: Socket;
  info: ConnectionInfo;
  dialer: UpstreamDialer;
  handler: ResponseHandler;
  headers: HeaderVersions;
  log: Logger;
  maxFrameBytes: number;
  /** How long the closing side gives the other to finish (read the last bytes, send the last requests). Default 5000 ms. */
  closeGraceMs?: number;
}

// Enough for the request header and a Produce's transactional id and acks.
const REQUEST_HEAD_BYTES = 512;

// Grace period for a client to read the last bytes after the broker hung up.
const CLOSE_GRACE_MS = 5000;

// Requests held behind one a request handler (policy) is still deciding on: past this many
// bytes, the client is not read until the held ones have gone upstream.
const MAX_HELD_BYTES = 16 * 1024 * 1024;

/** A request-side item waiting behind a pending request handler, in client order. */
type Held =
  | { raw: Buffer }
  | { local: Buffer }
  | { track: PeekedRequest }
  | { frame: Buffer }
  | { req: PeekedRequest; size: number; verdict?: RequestVerdict; error?: unknown; done: boolean };

export class ConnectionPair {
  readonly info: ConnectionInfo;
  #client: Socket;
  #upstream: Socket | undefined;
  #opts: PairOptions;
  #log: Logger;
  #requests: FrameStream;
  #responses: FrameStream;
  #toUpstream = new FrameBatch();
  #toClient = new FrameBatch();
  #current: RequestInfo | undefined;
  #inFlight = new InFlightQueue();
  #sasl = new SaslPrincipalTracker();
  #asyncPending = 0;
  #asyncChain: Promise<void> = Promise.resolve();
  #closed = false;
  /**
   * The client has gone, but what it sent still goes upstream: held requests once their
   * policies decide, then bytes Node still buffers, then a graceful end (an acks=0 producer
   * closes right after its last send and expects that data to land).
   */
  #clientGone = false;
  #held: Held[] = [];
  #heldBytes = 0;
  #clientWaitsForHeld = false;
  #lastTracked: RequestInfo | undefined;
  #responseOpen = false;
  #responseLeft = 0;
  #clientWaitsForDrain = false;
  #upstreamWaitsForDrain = false;
  #upstreamReader = new UpstreamReader();
  /** A whole response frame was handed to code that may keep it (handlers, merges). */
  #responseKept = false;
  /** Resolves when both sockets are gone. */
  readonly closed: Promise<void>;
  #resolveClosed!: () => void;

  constructor(opts: PairOptions) {
    this.#opts = opts;
    this.info = opts.info;
    this.#client = opts.client;
    this.#log = opts.log.child({ conn: opts.info.id });
    this.#requests = new FrameStream({
      maxFrameSize: opts.maxFrameBytes,
      headBytes: REQUEST_HEAD_BYTES,
      decide: (head, size) => this.#decideRequest(head, size),
      onBytes: (raw) => this.#sendRaw(raw),
      onFrame: (frame) => this.#onWholeRequest(frame),
    });
    this.#responses = new FrameStream({
      maxFrameSize: opts.maxFrameBytes,
      headBytes: 4,
      decide: (head, size) => this.#decideResponse(head, size),
      onBytes: (raw) => this.#onResponseBytes(raw),
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

  get upstreamSocket(): Socket | undefined {
    return this.#upstream;
  }

  async start(): Promise<void> {
    let dialed: Awaited<ReturnType<UpstreamDialer['dial']>>;
    try {
      dialed = await this.#opts.dialer.dial(this.info.route, this.#upstreamReader);
    } catch (err) {
      const code = err instanceof SluiceError ? err.code : 'SLUICE_UPSTREAM_UNREACHABLE';
      this.#log.warn(
        {
          code,
          listener: this.info.listener,
          route: this.info.route,
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
    this.#client.on('data', (chunk: Buffer) => this.#onClientData(chunk));
    this.#client.resume();
    this.#log.debug(
      { listener: this.info.listener, route: this.info.route, upstream: formatHostPort(dialed.address) },
      'connection paired',
    );
  }

  // --- client → upstream -------------------------------------------------------------

  #decideRequest(head: Buffer, frameSize: number): FrameDecision {
    let req: PeekedRequest;
    try {
      req = peekRequest(head, this.#opts.headers);
    } catch (err) {
      // The head was too short for this request's fields (a long client id or
      // transactional id): look at the whole frame instead.
      if (head.length < frameSize && err instanceof SluiceError && err.code === 'SLUICE_PROTOCOL_TRUNCATED') {
        return 'whole';
      }
      throw err;
    }
    if (!this.#opts.headers.decodes(req.apiKey, req.apiVersion)) return this.#undecodable(req);
    if (req.apiKey === API_SASL_HANDSHAKE || req.apiKey === API_SASL_AUTHENTICATE) return 'whole';
    if (this.#opts.handler.requests?.wants(req.apiKey, req.apiVersion)) return 'whole';
    this.#track(req);
    return 'stream';
  }

  /**
   * A request at a version Sluice's codecs cannot read. ApiVersions is answered as a broker
   * answers a version it does not know (the client retries lower); any other request that
   * Sluice would have to decode, on either side, is never forwarded: the connection closes, as
   * a broker closes it for a version it does not support. The rest goes through as bytes.
   */
  #undecodable(req: PeekedRequest): FrameDecision {
    const { apiKey, apiVersion } = req;
    if (apiKey === API_API_VERSIONS) return 'whole';
    const handler = this.#opts.handler;
    if (
      apiKey === API_SASL_HANDSHAKE ||
      apiKey === API_SASL_AUTHENTICATE ||
      handler.requests?.wants(apiKey, apiVersion) ||
      handler.wants(apiKey, apiVersion)
    ) {
      throw new ProtocolError(
        'SLUICE_PROTOCOL_UNSUPPORTED_VERSION',
        `api key ${apiKey} version ${apiVersion} is outside the versions Sluice can read, and Sluice must read it; not forwarded`,
        { details: { apiKey, apiVersion, clientId: req.clientId } },
      );
    }
    this.#track(req);
    return 'stream';
  }

  #onWholeRequest(frame: Buffer): void {
    const req = peekRequest(frame, this.#opts.headers);
    if (req.apiKey === API_API_VERSIONS && !this.#opts.headers.decodes(req.apiKey, req.apiVersion)) {
      this.#log.debug(
        { apiVersion: req.apiVersion, clientId: req.clientId },
        'ApiVersions newer than Sluice: answered UNSUPPORTED_VERSION so the client retries lower',
      );
      const answer = this.#opts.headers.unsupportedApiVersions(req.correlationId);
      if (this.#held.length > 0) {
        this.#hold({ local: answer }, 0);
      } else {
        this.#answerLocally(answer);
        this.#flushToClient(this.#toClient);
      }
      return;
    }
    if (req.apiKey === API_SASL_HANDSHAKE && req.apiVersion === 0) {
      // v0 is followed by SASL tokens without Kafka headers, which a frame-level proxy
      // cannot tell apart from requests; every current client uses v1.
      throw new GatewayError(
        'SLUICE_CONNECTION_PROTOCOL',
        'SaslHandshake v0 (unframed SASL) is not supported',
      );
    }
    if (req.saslMechanism !== undefined) this.#sasl.onHandshake(req.saslMechanism);
    if (req.saslAuthBytes !== undefined) this.#sasl.onAuthenticateRequest(req.saslAuthBytes);
    const requests = this.#opts.handler.requests;
    if (
      requests &&
      req.apiKey !== API_SASL_HANDSHAKE &&
      req.apiKey !== API_SASL_AUTHENTICATE &&
      requests.wants(req.apiKey, req.apiVersion)
    ) {
      // Everything behind this request waits for its verdict, so upstream order is client order.
      const item: Held = { req, size: frame.length, done: false };
      this.#hold(item, frame.length);
      requests.handle(req, frame, this.info).then(
        (verdict) => {
          item.verdict = verdict;
          item.done = true;
          this.#releaseHeld();
        },
        (error) => {
          item.error = error;
          item.done = true;
          this.#releaseHeld();
        },
      );
      return;
    }
    this.#track(req);
    this.#sendFrame(frame);
  }

  /**
   * `released`: the request comes out of the held queue, so it is in order now. `discard`: the
   * request sent upstream gets a response although the client's did not ask for one.
   */
  #track(
    req: PeekedRequest,
    released = false,
    merge?: RequestInfo['merge'],
    discard?: RequestInfo['discard'],
  ): void {
    if (!req.expectsResponse && !discard) return;
    if (this.#held.length > 0 && !released) {
      this.#held.push({ track: req });
      return;
    }
    const info: RequestInfo = {
      apiKey: req.apiKey,
      apiVersion: req.apiVersion,
      correlationId: req.correlationId,
      clientId: req.clientId,
    };
    if (merge) info.merge = merge;
    if (discard) info.discard = discard;
    this.#inFlight.push(info);
    this.#lastTracked = info;
  }

  #sendRaw(raw: Buffer): void {
    if (this.#held.length > 0) this.#hold({ raw }, raw.length);
    else this.#toUpstream.addRaw(raw);
  }

  #sendFrame(frame: Buffer): void {
    if (this.#held.length > 0) this.#hold({ frame }, frame.length);
    else this.#toUpstream.add(frame);
  }

  #hold(item: Held, bytes: number): void {
    this.#held.push(item);
    this.#heldBytes += bytes;
    if (this.#heldBytes > MAX_HELD_BYTES && !this.#clientWaitsForHeld) {
      this.#clientWaitsForHeld = true;
      this.#client.pause();
    }
  }

  /** Sends what a request handler released, in order, up to the next request still pending. */
  #releaseHeld(): void {
    if (this.#closed) return;
    while (this.#held.length > 0) {
      const item = this.#held[0];
      if ('done' in item) {
        if (!item.done) break;
        if (item.error !== undefined) {
          this.#handlerFailure(item.error);
          return;
        }
        this.#held.shift();
        this.#heldBytes -= item.size;
        this.#applyVerdict(item.req, item.verdict!);
        continue;
      }
      this.#held.shift();
      if ('raw' in item) {
        this.#heldBytes -= item.raw.length;
        this.#toUpstream.addRaw(item.raw);
      } else if ('local' in item) {
        this.#answerLocally(item.local);
      } else if ('frame' in item) {
        this.#heldBytes -= item.frame.length;
        this.#toUpstream.add(item.frame);
      } else {
        this.#track(item.track, true);
      }
    }
    if (this.#clientGone) {
      this.#flushUpstream();
      this.#endUpstreamWhenDrained();
      return;
    }
    if (this.#clientWaitsForHeld && this.#heldBytes <= MAX_HELD_BYTES) {
      this.#clientWaitsForHeld = false;
      if (!this.#clientWaitsForDrain) this.#client.resume();
    }
    this.#flushUpstream();
    this.#flushToClient(this.#toClient);
  }

  #applyVerdict(req: PeekedRequest, verdict: RequestVerdict): void {
    if (verdict.kind === 'forward') {
      if (verdict.answer) {
        // No response will come from upstream for this one: Sluice's answer takes its place.
        this.#toUpstream.add(verdict.payload);
        this.#answerLocally(verdict.answer);
        return;
      }
      this.#track(req, true, verdict.merge, verdict.discardResponse);
      this.#toUpstream.add(verdict.payload);
      return;
    }
    if (verdict.payload !== null) this.#answerLocally(verdict.payload);
  }

  /** A response Sluice wrote: straight to the client if nothing is ahead of it, else behind the last request in flight. */
  #answerLocally(payload: Buffer): void {
    const behind =
      this.#inFlight.size > 0 ? this.#lastTracked : this.#responseOpen ? this.#current : undefined;
    if (behind) {
      behind.localAfter = [...(behind.localAfter ?? []), payload];
    } else {
      this.#emitToClient(payload);
    }
  }

  #emitToClient(payload: Buffer): void {
    if (this.#asyncPending > 0) this.#enqueueAsync(payload);
    else this.#toClient.add(payload);
  }

  #handlerFailure(err: unknown): void {
    const code = err instanceof SluiceError ? err.code : 'SLUICE_CONNECTION_PROTOCOL';
    const message = err instanceof Error ? err.message : String(err);
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
    try {
      this.#requests.push(chunk);
    } catch (err) {
      this.#protocolFailure('client', err);
      return;
    }
    this.#flushUpstream();
  }

  // --- upstream → client -------------------------------------------------------------

  #decideResponse(head: Buffer, frameSize: number): FrameDecision {
    const correlationId = head.readInt32BE(0);
    const req = this.#inFlight.shift();
    if (!req || req.correlationId !== correlationId) {
      throw new GatewayError(
        'SLUICE_CONNECTION_PROTOCOL',
        `response correlation id ${correlationId} does not match the oldest request (${req?.correlationId ?? 'none'})`,
      );
    }
    this.#current = req;
    this.#responseOpen = true;
    this.#responseLeft = 4 + frameSize;
    const whole =
      req.merge !== undefined ||
      req.discard !== undefined ||
      req.apiKey === API_SASL_AUTHENTICATE ||
      this.#asyncPending > 0 ||
      this.#opts.handler.wants(req.apiKey, req.apiVersion);
    return whole ? 'whole' : 'stream';
  }

  #onWholeResponse(frame: Buffer): void {
    const req = this.#current!;
    this.#responseKept = true;
    if (req.discard) {
      req.discard(frame);
      this.#responseDone(req);
      return;
    }
    if (req.apiKey === API_SASL_AUTHENTICATE) this.#onSaslResponse(frame, req.apiVersion);
    if (req.merge) frame = req.merge(frame);
    const out = this.#opts.handler.wants(req.apiKey, req.apiVersion)
      ? this.#opts.handler.handle(req, frame, this.info)
      : frame;
    if (out instanceof Promise || this.#asyncPending > 0) {
      // Keep response order: everything after an asynchronous result waits for it.
      this.#toClient.flushTo(this.#client);
      this.#enqueueAsync(out);
    } else {
      this.#toClient.add(out);
    }
    this.#responseDone(req);
  }

  #onResponseBytes(raw: Buffer): void {
    this.#toClient.addRaw(raw);
    this.#responseLeft -= raw.length;
    if (this.#responseLeft === 0) this.#responseDone(this.#current!);
  }

  /** The response to `req` is out (or queued in order): Sluice's own answers behind it follow. */
  #responseDone(req: RequestInfo): void {
    this.#responseOpen = false;
    const after = req.localAfter;
    if (!after) return;
    req.localAfter = undefined;
    for (const payload of after) this.#emitToClient(payload);
  }

  #onUpstreamData(chunk: Buffer): void {
    try {
      this.#responses.push(chunk);
    } catch (err) {
      this.#protocolFailure('upstream', err);
      return;
    }
    this.#flushToClient(this.#toClient);
  }

  /** Returns true when the chunk's memory may still be referenced (so it must not be reused). */
  #onPooledUpstreamData(chunk: Buffer): boolean {
    this.#responseKept = false;
    this.#onUpstreamData(chunk);
    return (
      this.#closed ||
      this.#responseKept ||
      this.#asyncPending > 0 ||
      this.#responses.bufferedBytes > 0 ||
      this.#client.writableLength > 0
    );
  }

  #flushToClient(batch: FrameBatch): void {
    if (this.#clientGone) {
      // Responses are still read (a discarded one is logged), but nobody is there to get them.
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

  #enqueueAsync(out: Buffer | Promise<Buffer>): void {
    this.#asyncPending++;
    this.#asyncChain = this.#asyncChain.then(async () => {
      try {
        const payload = await out;
        if (this.#closed) return;
        const batch = new FrameBatch();
        batch.add(payload);
        this.#flushToClient(batch);
      } catch (err) {
        this.#protocolFailure('upstream', err);
      } finally {
        this.#asyncPending--;
      }
    });
  }

  #onSaslResponse(frame: Buffer, apiVersion: number): void {
    const errorCode = peekResponseErrorCode(
      frame,
      this.#opts.headers.response(API_SASL_AUTHENTICATE, apiVersion),
    );
    const principal = this.#sasl.onAuthenticateResponse(errorCode);
    if (principal !== undefined) {
      this.info.principal = principal;
      this.#log.info({ principal, mechanism: this.#sasl.mechanism }, 'client authenticated');
    } else if (errorCode !== 0) {
      this.#log.info(
        { mechanism: this.#sasl.mechanism, errorCode },
        'client authentication refused by broker',
      );
    }
  }

  #protocolFailure(side: 'client' | 'upstream', err: unknown): void {
    const code = err instanceof SluiceError ? err.code : 'SLUICE_CONNECTION_PROTOCOL';
    const message = err instanceof Error ? err.message : String(err);
    this.#log.warn(
      { code, side, listener: this.info.listener, client: this.info.clientAddress },
      code === 'SLUICE_PROTOCOL_UNSUPPORTED_VERSION'
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
    if (this.#closed || this.#held.length > 0) return;
    this.#closed = true;
    const upstream = this.#upstream!;
    upstream.once('close', () => {
      this.#log.debug({ side: 'client', principal: this.info.principal }, 'connection closed');
      this.#resolveClosed();
    });
    upstream.end();
  }

  /** Close both halves now (shutdown), even while draining after the client left. */
  destroy(): void {
    this.#close('client', undefined, true);
    this.#upstream?.destroy();
  }
}
