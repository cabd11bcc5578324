// What the connection pair knows about a connection and its requests, as seen by the
// response handlers (internal rewrites today, policy chains later).
import type { Route } from '../routing/route.ts';

/** The request header of one in-flight request (the body is not decoded). */
export interface RequestInfo {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
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
}

/** How each API/version frames its headers (from the generated API table). */
export interface HeaderVersions {
  /** 1 (client id) or 2 (client id + tagged fields). */
  request(apiKey: number, apiVersion: number): number;
  /** 0 (correlation id) or 1 (correlation id + tagged fields). */
  response(apiKey: number, apiVersion: number): number;
}
