// One connection's filters in one ordered chain. For each request frame the chain says whether
// any filter wants it (otherwise it streams through as bytes); a wanted frame is decoded once,
// run through every filter that wants it, in list order, and encoded once if one of them changed
// it. Its response is decoded once if the request's own hooks or any response filter want it,
// run through the request's hooks first, then the response filters in reverse order (the way
// back), and encoded once if changed. Untouched frames go on as the bytes that came in.
import type { Logger } from 'pino';
import {
  type ApiKey,
  apiName,
  canDecode,
  isKnownApi,
  responseBodyVersion,
  unsupportedApiVersions,
} from '../../kafka/apis.ts';
import { errorResponse } from '../../kafka/error-response.ts';
import { ProtocolError, SluiceError } from '../../kafka/errors.ts';
import { API_KEYS } from '../../kafka/generated/api-keys.ts';
import { API_CODECS, type ApiCodec } from '../../kafka/generated/index.ts';
import {
  type RequestHeader,
  type RequestHeaderPeek,
  readRequestHeader,
  readResponseHeader,
  writeRequestHeader,
  writeResponseHeader,
} from '../../kafka/header.ts';
import { Reader } from '../../kafka/reader.ts';
import { Writer } from '../../kafka/writer.ts';
import { GatewayError } from '../errors.ts';
import type { ConnectionInfo } from './connection-info.ts';
import type {
  Filter,
  FilterContext,
  HeaderHook,
  RequestContext,
  RequestHead,
  RequestHook,
  RequestVerdict,
  ResponseHook,
  StreamedRewrite,
} from './filter.ts';

type AnyCodec = ApiCodec<unknown, unknown>;
type Maybe<T> = T | Promise<T>;

/** A request on its way: what its response needs. Created by the chain, carried by the pair. */
export interface Exchange {
  readonly head: RequestHead;
  /** The client reads an answer to this request. */
  readonly clientExpects: boolean;
  /** The broker answers what was sent upstream. */
  upstreamAnswers: boolean;
  /** The response must be decoded: a hook of this request or a response filter wants it. */
  decodeResponse: boolean;
  /** Not decoded, but one filter changes it as it streams (or, held whole, decodes it after all). */
  rewriteStreamed?: () => StreamedRewrite;
  /** The request's own response hooks, in the order they were registered, with their filter. */
  readonly continuations: {
    fn: (response: unknown, ctx: FilterContext) => void | Promise<void>;
    log: Logger;
    filter: string;
  }[];
  /** The client asked for nothing; the broker's answer goes here. */
  swallow?: (response: unknown) => void;
  /** The broker will not answer; this goes to the client in its place. */
  instead?: Buffer;
}

export type RequestOutcome =
  /** Send `payload` (the request as it came, or re-encoded) upstream. */
  | { readonly kind: 'forward'; readonly payload: Buffer; readonly exchange: Exchange }
  /** Sluice answers (`payload`, a response frame without its size prefix), or says nothing (null). */
  | { readonly kind: 'answer'; readonly payload: Buffer | null }
  | { readonly kind: 'close'; readonly code: string; readonly message: string };

/** One filter's hook for one api key; its logger is made on first use (most never log). */
class Entry<H> {
  readonly filter: Filter;
  readonly hook: H;
  readonly #logs: FilterLog;

  constructor(filter: Filter, hook: H, logs: FilterLog) {
    this.filter = filter;
    this.hook = hook;
    this.#logs = logs;
  }

  get log(): Logger {
    return this.#logs.get();
  }
}

/** A child logger named for one filter of one connection, made when first asked for. */
class FilterLog {
  readonly #parent: Logger;
  readonly #name: string;
  #log: Logger | undefined;

  constructor(parent: Logger, name: string) {
    this.#parent = parent;
    this.#name = name;
  }

  get(): Logger {
    this.#log ??= this.#parent.child({ filter: this.#name });
    return this.#log;
  }
}

/** A request hook due for one frame: a header hook, or a typed hook that gets the decoded body. */
interface Step {
  headerOnly: boolean;
  entry: Entry<HeaderHook | RequestHook<ApiKey>>;
}

/** What a filter did to a frame, as metrics count it. */
export type FilterAction = 'modify' | 'answer' | 'refuse' | 'close' | 'error';

/** Told each time a filter does more than let a frame pass (GatewayMetrics counts it). */
export interface FilterObserver {
  filterAction(filter: string, apiKey: number, action: FilterAction): void;
}

export interface ChainOptions {
  filters: readonly Filter[];
  conn: ConnectionInfo;
  log: Logger;
  observer?: FilterObserver;
  /** Topic names by id, for filters of requests and responses that name topics by id. */
  topicName?: (id: string | undefined) => string | undefined;
}

const NO_TOPIC_NAMES = () => undefined;
const NO_ENTRIES: readonly never[] = [];
const NO_OBSERVER: FilterObserver = { filterAction: () => {} };

const PRODUCE = API_KEYS.Produce;

export class FilterChain {
  readonly filters: readonly Filter[];
  readonly #conn: ConnectionInfo;
  readonly #topicName: (id: string | undefined) => string | undefined;
  readonly #observer: FilterObserver;
  readonly #headers: Entry<HeaderHook>[] = [];
  /** One per filter, in filter order. */
  readonly #logs: FilterLog[];
  /**
   * The typed hooks of each api key, made the first time a frame of that key passes: most
   * connections use a few keys, and thousands of idle ones should not each hold the tables of
   * every key (issue 15 §4 measured them at ~10 KiB a connection).
   */
  readonly #requests = new Map<number, readonly Entry<RequestHook<ApiKey>>[]>();
  /** In reverse filter order: responses travel back through the chain. */
  readonly #responses = new Map<number, readonly Entry<ResponseHook<ApiKey>>[]>();

  constructor(opts: ChainOptions) {
    this.filters = opts.filters;
    this.#conn = opts.conn;
    this.#topicName = opts.topicName ?? NO_TOPIC_NAMES;
    this.#observer = opts.observer ?? NO_OBSERVER;
    this.#logs = opts.filters.map((filter) => new FilterLog(opts.log, filter.name));
    opts.filters.forEach((filter, i) => {
      if (filter.headers) this.#headers.push(new Entry(filter, filter.headers, this.#logs[i]));
    });
  }

  #requestHooks(apiKey: number): readonly Entry<RequestHook<ApiKey>>[] {
    // Only known keys are remembered: a client choosing api keys must not grow the table.
    if (!isKnownApi(apiKey)) return NO_ENTRIES;
    let list = this.#requests.get(apiKey);
    if (!list) {
      list = this.#entries((f) => f.requests?.[apiKey as ApiKey] as RequestHook<ApiKey> | undefined);
      this.#requests.set(apiKey, list);
    }
    return list;
  }

  #responseHooks(apiKey: number): readonly Entry<ResponseHook<ApiKey>>[] {
    if (!isKnownApi(apiKey)) return NO_ENTRIES;
    let list = this.#responses.get(apiKey);
    if (!list) {
      list = this.#entries((f) => f.responses?.[apiKey as ApiKey] as ResponseHook<ApiKey> | undefined);
      list = list.length > 0 ? [...list].reverse() : list;
      this.#responses.set(apiKey, list);
    }
    return list;
  }

  /** The filters' hooks `hookOf` finds, in filter order (one shared empty list when none has one). */
  #entries<H>(hookOf: (f: Filter) => H | undefined): readonly Entry<H>[] {
    const list: Entry<H>[] = [];
    this.filters.forEach((filter, i) => {
      const hook = hookOf(filter);
      if (hook) list.push(new Entry(filter, hook, this.#logs[i]));
    });
    return list.length > 0 ? list : NO_ENTRIES;
  }

  /**
   * Does some filter want this request whole? Throws SLUICE_PROTOCOL_UNSUPPORTED_VERSION for a
   * request Sluice would have to decode at a version its codecs cannot read (it must not go
   * upstream); an ApiVersions request of such a version is wanted: Sluice answers it.
   */
  wantsRequest(head: RequestHead): boolean {
    const { apiKey, apiVersion } = head;
    const wanted =
      this.#headers.some((e) => e.hook.wants(apiKey, apiVersion, this.#conn)) ||
      this.#requestHooks(apiKey).some((e) => e.hook.wants?.(apiVersion, this.#conn) ?? true);
    if (canDecode(apiKey, apiVersion)) return wanted;
    if (apiKey === API_KEYS.ApiVersions) return true;
    if (wanted || this.#wantsResponse(apiKey, apiVersion)) {
      throw new ProtocolError(
        'SLUICE_PROTOCOL_UNSUPPORTED_VERSION',
        `${apiName(apiKey)} v${apiVersion} is outside the versions Sluice can read (api key ${apiKey} version ${apiVersion}), and Sluice must read it; not forwarded`,
        { details: { apiKey, apiVersion, clientId: head.clientId } },
      );
    }
    return false;
  }

  #wantsResponse(apiKey: number, apiVersion: number): boolean {
    return this.#responseHooks(apiKey).some((e) => e.hook.wants?.(apiVersion, this.#conn) ?? true);
  }

  /** The exchange of a request that streams through untouched. */
  exchangeFor(head: RequestHead, clientExpects: boolean): Exchange {
    const exchange: Exchange = {
      head,
      clientExpects,
      upstreamAnswers: clientExpects,
      decodeResponse: false,
      continuations: [],
    };
    if (canDecode(head.apiKey, head.apiVersion)) this.#planResponse(exchange);
    return exchange;
  }

  /**
   * Whether the response is decoded: yes if any response filter wants it, unless the only one
   * that does can make its change on the streaming bytes.
   */
  #planResponse(exchange: Exchange): void {
    if (exchange.decodeResponse) return;
    const { apiKey, apiVersion } = exchange.head;
    let streamed: Entry<ResponseHook<ApiKey>> | undefined;
    for (const e of this.#responseHooks(apiKey)) {
      if (!(e.hook.wants?.(apiVersion, this.#conn) ?? true)) continue;
      if (e.hook.streamed && !streamed) streamed = e;
      else exchange.decodeResponse = true;
    }
    if (exchange.decodeResponse || !streamed) return;
    const { filter, log, hook } = streamed;
    const ctx: FilterContext = {
      conn: this.#conn,
      head: exchange.head,
      log,
      markModified: () => this.#observer.filterAction(filter.name, apiKey, 'modify'),
      topicName: this.#topicName,
    };
    exchange.rewriteStreamed = () => hook.streamed!(apiVersion, ctx);
  }

  /** Runs the filters on a whole request frame (without its size prefix). */
  handleRequest(frame: Buffer, peek: RequestHeaderPeek, clientExpects: boolean): Maybe<RequestOutcome> {
    const { apiKey, apiVersion, correlationId } = peek;
    if (!canDecode(apiKey, apiVersion)) {
      // Only an ApiVersions request gets here (wantsRequest refused the others).
      return { kind: 'answer', payload: unsupportedApiVersions(correlationId) };
    }
    const run = new RequestRun(
      this.#conn,
      this.#topicName,
      this.#observer,
      frame,
      peek as RequestHead,
      clientExpects,
    );
    const steps: Step[] = [];
    const typed = this.#requestHooks(apiKey);
    for (const filter of this.filters) {
      const h = this.#headers.find((e) => e.filter === filter);
      if (h?.hook.wants(apiKey, apiVersion, this.#conn)) steps.push({ headerOnly: true, entry: h });
      const t = typed.find((e) => e.filter === filter);
      if (t && (t.hook.wants?.(apiVersion, this.#conn) ?? true)) steps.push({ headerOnly: false, entry: t });
    }
    return run.through(steps, (exchange) => this.#planResponse(exchange));
  }

  /** Runs the response side on a whole response frame; returns what the client gets (null: nothing). */
  handleResponse(frame: Buffer, exchange: Exchange): Maybe<Buffer | null> {
    const { apiKey, apiVersion } = exchange.head;
    if (!isKnownApi(apiKey)) return frame;
    const reader = new Reader(frame);
    const header = readResponseHeader(reader, apiKey, apiVersion);
    const rawBody = frame.subarray(reader.offset);
    const version = responseBodyVersion(apiKey, apiVersion, rawBody);
    const filters = this.#responseHooks(apiKey).filter((e) => e.hook.wants?.(version, this.#conn) ?? true);
    if (
      exchange.swallow === undefined &&
      exchange.continuations.length === 0 &&
      filters.every((e) => !mayChange(e.hook, rawBody, version))
    ) {
      return frame;
    }
    const codec = API_CODECS[apiKey] as AnyCodec;
    let body = withApi(apiKey, version, 'response', () => {
      const b = codec.decodeResponse(reader, version);
      reader.expectEnd(`${codec.name} response`);
      return b;
    });
    let modified = false;
    const observer = this.#observer;
    const ctx = (log: Logger, filter: string): FilterContext => ({
      conn: this.#conn,
      head: exchange.head,
      log,
      markModified: () => {
        modified = true;
        observer.filterAction(filter, apiKey, 'modify');
      },
      topicName: this.#topicName,
    });
    const steps: (() => Maybe<unknown>)[] = [
      ...exchange.continuations.map(
        (c) => () => observed(observer, c.filter, apiKey, () => c.fn(body, ctx(c.log, c.filter))),
      ),
      ...filters.map(
        (e) => () =>
          observed(observer, e.filter.name, apiKey, () =>
            e.hook.on(body as never, ctx(e.log, e.filter.name)),
          ),
      ),
    ];
    const finish = (): Buffer | null => {
      if (exchange.swallow) {
        exchange.swallow(body);
        return null;
      }
      if (!modified) return frame;
      const w = new Writer(frame.length + 64);
      writeResponseHeader(w, apiKey, apiVersion, header);
      codec.encodeResponse(w, version, body);
      return w.toBuffer();
    };
    const replace = (out: unknown): undefined => {
      if (out !== undefined && out !== body) {
        body = out;
        modified = true;
      }
      return undefined;
    };
    return sequence(steps, replace, finish);
  }
}

/** One request frame going through the request hooks. */
class RequestRun {
  readonly #conn: ConnectionInfo;
  readonly #topicName: (id: string | undefined) => string | undefined;
  readonly #observer: FilterObserver;
  readonly #frame: Buffer;
  readonly #peek: RequestHead;
  readonly #exchange: Exchange;
  #header: RequestHeader | undefined;
  #bodyAt = 0;
  #body: unknown;
  #decoded = false;
  #modified = false;
  #clientId: string | null;

  constructor(
    conn: ConnectionInfo,
    topicName: (id: string | undefined) => string | undefined,
    observer: FilterObserver,
    frame: Buffer,
    peek: RequestHead,
    clientExpects: boolean,
  ) {
    this.#conn = conn;
    this.#topicName = topicName;
    this.#observer = observer;
    this.#frame = frame;
    this.#peek = peek;
    this.#clientId = peek.clientId;
    this.#exchange = {
      head: peek,
      clientExpects,
      upstreamAnswers: clientExpects,
      decodeResponse: false,
      continuations: [],
    };
  }

  #readHeader(): RequestHeader {
    if (!this.#header) {
      const r = new Reader(this.#frame);
      this.#header = readRequestHeader(r);
      this.#bodyAt = r.offset;
    }
    return this.#header;
  }

  body(): unknown {
    if (this.#decoded) return this.#body;
    const header = this.#readHeader();
    const { requestApiKey: apiKey, requestApiVersion: version } = header;
    const codec = API_CODECS[apiKey as ApiKey] as AnyCodec;
    const r = new Reader(this.#frame, this.#bodyAt);
    this.#body = withApi(apiKey, version, 'request', () => {
      const b = codec.decodeRequest(r, version);
      r.expectEnd(`${codec.name} request`);
      return b;
    });
    this.#decoded = true;
    return this.#body;
  }

  #ctx(log: Logger, filter: string): RequestContext {
    const ex = this.#exchange;
    return {
      conn: this.#conn,
      head: this.#peek,
      log,
      clientId: this.#clientId,
      topicName: this.#topicName,
      markModified: () => {
        this.#modified = true;
        this.#observer.filterAction(filter, this.#peek.apiKey, 'modify');
      },
      setClientId: (clientId) => {
        this.#clientId = clientId;
      },
      onResponse: (fn) => {
        ex.continuations.push({ fn: fn as Exchange['continuations'][number]['fn'], log, filter });
        ex.decodeResponse = true;
      },
      respondInstead: (response) => {
        ex.instead = this.#responseFrame(response);
      },
      swallowResponse: (fn) => {
        ex.swallow = fn as (r: unknown) => void;
        ex.decodeResponse = true;
      },
    };
  }

  through(steps: Step[], done: (exchange: Exchange) => void): Maybe<RequestOutcome> {
    let verdict: RequestVerdict | undefined;
    const apiKey = this.#peek.apiKey;
    const calls = steps.map((s) => () => {
      const name = s.entry.filter.name;
      return observed(this.#observer, name, apiKey, () => {
        const ctx = this.#ctx(s.entry.log, name);
        return s.headerOnly
          ? (s.entry.hook as HeaderHook).on(ctx)
          : (s.entry.hook as RequestHook<ApiKey>).on(this.body() as never, ctx as never);
      });
    });
    return sequence(
      calls,
      (v): boolean => {
        if (v && (v as RequestVerdict).kind !== 'forward') verdict = v as RequestVerdict;
        return verdict !== undefined;
      },
      () => {
        const outcome = this.#outcome(verdict);
        if (outcome.kind === 'forward') done(outcome.exchange);
        return outcome;
      },
    );
  }

  #outcome(verdict: RequestVerdict | undefined): RequestOutcome {
    if (verdict?.kind === 'close') return verdict;
    if (verdict?.kind === 'answer') {
      return {
        kind: 'answer',
        payload: verdict.response === null ? null : this.#responseFrame(verdict.response),
      };
    }
    if (verdict?.kind === 'refuse') {
      if (!this.#exchange.clientExpects) {
        // An acks=0 producer reads no answer; a broker that refuses one closes the connection.
        const by = verdict.by ? ` by policy ${verdict.by}` : '';
        return {
          kind: 'close',
          code: 'SLUICE_POLICY_REFUSED_REQUEST',
          message: `request refused${by}: ${verdict.errorMessage}`,
        };
      }
      const { apiKey, apiVersion } = this.#peek;
      const body = errorResponse(apiKey, apiVersion, this.body(), verdict.errorCode, verdict.errorMessage);
      return { kind: 'answer', payload: this.#responseFrame(body) };
    }
    const ex = this.#exchange;
    if (this.#peek.apiKey === PRODUCE && this.#decoded) {
      ex.upstreamAnswers = (this.#body as { acks: number }).acks !== 0;
    }
    if (ex.clientExpects && !ex.upstreamAnswers && !ex.instead) {
      throw new GatewayError(
        'SLUICE_FILTER_FAILED',
        'a filter lowered acks to 0 without an answer for the client',
      );
    }
    return { kind: 'forward', payload: this.#payload(), exchange: ex };
  }

  /** The request as it goes upstream: the very bytes that came in unless something changed. */
  #payload(): Buffer {
    const clientIdChanged = this.#clientId !== this.#peek.clientId;
    if (!this.#modified && !clientIdChanged) return this.#frame;
    const header = { ...this.#readHeader(), clientId: this.#clientId };
    const w = new Writer(this.#frame.length + 64);
    writeRequestHeader(w, header);
    if (this.#modified) {
      const codec = API_CODECS[header.requestApiKey as ApiKey] as AnyCodec;
      codec.encodeRequest(w, header.requestApiVersion, this.body());
    } else {
      w.appendBytes(this.#frame.subarray(this.#bodyAt));
    }
    return w.toBuffer();
  }

  #responseFrame(body: unknown): Buffer {
    const { apiKey, apiVersion, correlationId } = this.#peek;
    const codec = API_CODECS[apiKey as ApiKey] as AnyCodec;
    const w = new Writer(256);
    writeResponseHeader(w, apiKey, apiVersion, { correlationId });
    codec.encodeResponse(w, apiVersion, body);
    return w.toBuffer();
  }
}

/**
 * Runs `steps` in order, synchronously while they are; from the first that returns a promise on,
 * after each other. `each` sees every result and returns true to stop early.
 */
function sequence<T, R>(
  steps: (() => Maybe<T>)[],
  each: (result: T) => boolean | undefined,
  finish: () => R,
): Maybe<R> {
  for (let i = 0; i < steps.length; i++) {
    const out = steps[i]();
    if (out instanceof Promise) {
      return out.then(async (first) => {
        if (each(first)) return finish();
        for (let j = i + 1; j < steps.length; j++) if (each(await steps[j]())) break;
        return finish();
      });
    }
    if (each(out)) break;
  }
  return finish();
}

/**
 * Runs one filter's hook: a verdict other than forward is counted against the filter, and so is
 * an error, which also carries the filter's name into the connection's close log line.
 */
function observed<T>(
  observer: FilterObserver,
  filter: string,
  apiKey: number,
  run: () => Maybe<T>,
): Maybe<T> {
  const seen = (out: T): T => {
    const kind = (out as { kind?: unknown } | undefined)?.kind;
    if (kind === 'answer' || kind === 'refuse' || kind === 'close')
      observer.filterAction(filter, apiKey, kind);
    return out;
  };
  const failed = (error: unknown): never => {
    observer.filterAction(filter, apiKey, 'error');
    if (error instanceof SluiceError) error.details.filter ??= filter;
    throw error;
  };
  try {
    const out = run();
    return out instanceof Promise ? out.then(seen, failed) : seen(out);
  } catch (error) {
    return failed(error);
  }
}

/** Adds which API was being read to a protocol error, so its log line says where the bytes went wrong. */
function withApi<T>(apiKey: number, apiVersion: number, direction: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ProtocolError) {
      error.details.api ??= apiName(apiKey);
      error.details.apiVersion ??= apiVersion;
      error.details.direction ??= direction;
    }
    throw error;
  }
}

/** Whether a response hook may change this body (no `changes` look, or one that throws: yes). */
function mayChange(hook: ResponseHook<ApiKey>, body: Buffer, version: number): boolean {
  if (!hook.changes) return true;
  try {
    return hook.changes(body, version);
  } catch {
    return true;
  }
}
