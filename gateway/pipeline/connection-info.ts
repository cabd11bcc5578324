// What Sluice knows about one client connection: filters, logs and policies read it.
import type { Route } from '../routing/route.ts';

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
