// What the connection pair knows about a connection and its requests, as seen by the
// response handlers (internal rewrites today, policy chains later).
import type { Route } from '../routing/route.ts';

/** The request header of one in-flight request (the body is not decoded). */
export interface RequestInfo {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  /**
   * Set by a request handler that removed parts of the request (e.g. policy-rejected
   * partitions): turns the broker's response into the one the client expects.
   */
  merge?: (response: Buffer) => Buffer;
  /** Set for a response the client never asked for: it goes here instead of to the client. */
  discard?: (response: Buffer) => void;
  /**
   * Responses Sluice wrote itself (no broker involved) for requests that came after this one
   * and before the next one sent upstream: they go to the client right after this response.
   */
  localAfter?: Buffer[];
}

export interface ConnectionInfo {
  /** Process-unique id, for log lines. */
  id: number;
  listener: string;
  route: Route;
  clientAddress: string;
  /** The SNI name the client sent, when the listener is TLS. */
  serverName?: string;
  /** The SASL principal once the broker has accepted the client's authentication. */
  principal?: string;
}

/**
 * Sees response frames of the api keys it asks for. It returns the payload to send to the
 * client (the same Buffer when nothing changed). It never touches a socket.
 */
export interface ResponseHandler {
  wants(apiKey: number, apiVersion: number): boolean;
  handle(request: RequestInfo, payload: Buffer, conn: ConnectionInfo): Buffer | Promise<Buffer>;
  /** Sees whole request frames before they go upstream (policies); absent = requests stream through. */
  requests?: RequestHandler;
}

/** What to do with a request a RequestHandler looked at. */
export type RequestVerdict =
  /** Send `payload` (the original or a re-encoded request); `merge` fixes up the broker's response. */
  | {
      kind: 'forward';
      payload: Buffer;
      merge?: (response: Buffer) => Buffer;
      /**
       * The forwarded request gets a response but the client's did not ask for one (a Produce
       * raised from acks=0): the response is handed here and never reaches the client.
       */
      discardResponse?: (response: Buffer) => void;
      /**
       * The forwarded request gets no response but the client's asked for one (a Produce
       * lowered to acks=0): this goes to the client in its place, in request order.
       */
      answer?: Buffer;
    }
  /** Do not contact the broker: answer with `payload`, or with nothing (acks=0 produce) when null. */
  | { kind: 'answer'; payload: Buffer | null };

/**
 * Sees whole request frames of the api keys it asks for, before they are sent upstream. The
 * pair holds the requests behind a pending one, so upstream order and response order stay
 * the client's order. It never touches a socket.
 */
export interface RequestHandler {
  wants(apiKey: number, apiVersion: number): boolean;
  handle(request: RequestInfo, payload: Buffer, conn: ConnectionInfo): Promise<RequestVerdict>;
}

/** How each API/version frames its headers, and which versions Sluice can read (from the generated API table). */
export interface HeaderVersions {
  /**
   * Can Sluice's codecs read requests and responses of this api key at this version? False
   * for an api key they do not know and for a version newer (or older) than they know.
   */
  decodes(apiKey: number, apiVersion: number): boolean;
  /**
   * The answer a broker gives an ApiVersions request of a version it does not know: a v0
   * response with UNSUPPORTED_VERSION and the ApiVersions versions it does know, so the client
   * retries with one of them (KIP-511).
   */
  unsupportedApiVersions(correlationId: number): Buffer;
  /** 1 (client id) or 2 (client id + tagged fields). */
  request(apiKey: number, apiVersion: number): number;
  /** 0 (correlation id) or 1 (correlation id + tagged fields). */
  response(apiKey: number, apiVersion: number): number;
}
