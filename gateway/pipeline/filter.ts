// The one way Sluice adds behaviour to a connection: a Filter. A filter names, per api key, the
// requests and responses it wants to see decoded, and is handed them typed; it changes them in
// place (and says so with markModified), or returns a verdict for a request: forward it, answer
// it locally, refuse it with a Kafka error, or close the connection. A filter never touches a
// socket and never sees bytes; the chain decodes a frame once, runs every filter that wants it,
// and encodes once if something changed. (One exception, for throughput: a response hook may
// also offer the same change made on the bytes of a frame that streams through, `streamed`.) Internal behaviours (SASL inspection, ApiVersions,
// broker addresses, policies) are filters like any other, listed in gateway/filters/index.ts.
import type { Logger } from 'pino';
import type { ApiKey, RequestOf, ResponseOf } from '../../kafka/apis.ts';
import type { ConnectionInfo } from './connection-info.ts';

/** The header of one request, as the client sent it. */
export interface RequestHead {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly correlationId: number;
  readonly clientId: string | null;
}

/** What every hook may ask of the chain. */
export interface FilterContext {
  /** The connection: listener, route, client address, SNI name, principal once authenticated. */
  readonly conn: ConnectionInfo;
  /** The request this frame is (or answers), as the client sent it. */
  readonly head: RequestHead;
  /** Logs name the filter and the connection. */
  readonly log: Logger;
  /** The body changed (in place, or a replacement was returned): it is encoded again. */
  markModified(): void;
  /** The name of a topic id, as learnt from the Metadata responses that passed the gateway. */
  topicName(id: string | undefined): string | undefined;
}

export interface RequestContext<K extends ApiKey = ApiKey> extends FilterContext {
  /** The client id that goes upstream (a filter may have replaced the client's). */
  readonly clientId: string | null;
  /** Send the request upstream with another client id in its header; the body is kept as it is. */
  setClientId(clientId: string | null): void;
  /** Runs on this request's decoded response before every response filter (e.g. to merge Sluice's answers in). */
  onResponse(fn: (response: ResponseOf<K>, ctx: FilterContext) => void | Promise<void>): void;
  /** The broker will not answer (acks lowered to 0): the client gets `response` in its place, in order. */
  respondInstead(response: ResponseOf<K>): void;
  /** The client asked for no answer (acks=0) but the broker will send one: it goes to `fn`, not the client. */
  swallowResponse(fn: (response: ResponseOf<K>) => void): void;
}

/** What a request hook decides. Returning nothing means forward (modified or not). */
export type RequestVerdict<K extends ApiKey = ApiKey> =
  | ForwardVerdict
  | AnswerVerdict<K>
  | RefuseVerdict
  | CloseVerdict;

export interface ForwardVerdict {
  readonly kind: 'forward';
}

/** Sluice answers; the broker never sees the request. null: no answer at all (an acks=0 Produce). */
export interface AnswerVerdict<K extends ApiKey> {
  readonly kind: 'answer';
  readonly response: ResponseOf<K> | null;
}

/** Answer as a broker refusing the request would: that api's response with this code on every item. */
export interface RefuseVerdict {
  readonly kind: 'refuse';
  readonly errorCode: number;
  readonly errorMessage: string;
  /** Who refused (a policy id), for logs and a closing connection's reason. */
  readonly by?: string;
}

export interface CloseVerdict {
  readonly kind: 'close';
  readonly code: string;
  readonly message: string;
}

const FORWARD: ForwardVerdict = Object.freeze({ kind: 'forward' });

export const forward = (): ForwardVerdict => FORWARD;

export function answer<K extends ApiKey>(response: ResponseOf<K> | null): AnswerVerdict<K> {
  return { kind: 'answer', response };
}

export function refuse(errorCode: number, errorMessage: string, by?: string): RefuseVerdict {
  return { kind: 'refuse', errorCode, errorMessage, by };
}

export function closeConnection(code: string, message: string): CloseVerdict {
  return { kind: 'close', code, message };
}

type Maybe<T> = T | Promise<T>;

export interface RequestHook<K extends ApiKey> {
  /** Which versions to see (called per frame, so it may follow runtime state). Default: all Sluice can read. */
  wants?(apiVersion: number, conn: ConnectionInfo): boolean;
  on(request: RequestOf<K>, ctx: RequestContext<K>): Maybe<RequestVerdict<K> | undefined>;
}

export interface ResponseHook<K extends ApiKey> {
  wants?(apiVersion: number, conn: ConnectionInfo): boolean;
  /** Changes the response in place (then markModified) or returns a replacement. */
  on(response: ResponseOf<K>, ctx: FilterContext): Maybe<ResponseOf<K> | undefined>;
  /**
   * A cheap look at the raw response body (after the header): false when `on` would change
   * nothing, so this hook alone does not make the chain decode the frame. Throwing counts as
   * true (the decode then reports what is wrong).
   */
  changes?(body: Buffer, apiVersion: number): boolean;
  /**
   * The change `on` makes, made on the bytes of a frame as it streams to the client. With it, this
   * hook alone does not make the chain hold the frame whole; `on` still runs when something else
   * does (another hook, or the frame waiting behind an earlier answer).
   */
  streamed?(apiVersion: number, ctx: FilterContext): StreamedRewrite;
}

/**
 * A change made to a response while it streams: the client was told the frame's size before its
 * end arrived, so the rewritten frame is exactly `extraBytes` longer than the broker's. Bytes go
 * on as they are up to some point; everything after it is held and comes out rewritten.
 */
export interface StreamedRewrite {
  readonly extraBytes: number;
  /** The frame's next bytes (after the size prefix); returns how many go on as they are. The rest is held (copied). */
  pass(bytes: Buffer): number;
  /** After the frame's last byte: the held bytes, rewritten. May throw a ProtocolError. */
  end(): Buffer | Promise<Buffer>;
}

/**
 * Sees requests of any api key by their header, without decoding the body (a policy on client
 * ids, say). The chain decodes the body only if the verdict needs it (a refusal).
 */
export interface HeaderHook {
  wants(apiKey: number, apiVersion: number, conn: ConnectionInfo): boolean;
  on(ctx: RequestContext): Maybe<RequestVerdict | undefined>;
}

export type RequestHooks = { readonly [K in ApiKey]?: RequestHook<K> };
export type ResponseHooks = { readonly [K in ApiKey]?: ResponseHook<K> };

export interface Filter {
  /** Readable and stable: logs and metrics name it. */
  readonly name: string;
  readonly headers?: HeaderHook;
  readonly requests?: RequestHooks;
  readonly responses?: ResponseHooks;
}

/** Type-checks a filter's hooks against the api keys they name. */
export function defineFilter(filter: Filter): Filter {
  return filter;
}
