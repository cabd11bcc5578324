// What every listener does with an accepted client socket once it knows the route: the
// connection's facts, its filters in one chain, and a connection pair.
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { LimitsConfig } from '../config/schema.ts';
import { ConnectionPair } from '../connection/pair.ts';
import type { ConnectionRegistry } from '../connection/registry.ts';
import type { SocketReader } from '../connection/socket-reader.ts';
import type { TrafficObserver } from '../metrics.ts';
import { FilterChain } from '../pipeline/chain.ts';
import type { ConnectionInfo } from '../pipeline/connection-info.ts';
import type { Filter } from '../pipeline/filter.ts';
import type { MetadataCache } from '../routing/metadata-cache.ts';
import type { ListenerAddresses, Route } from '../routing/route.ts';
import type { UpstreamDialer } from '../upstream/dialer.ts';
import type { ConnectionAdmission } from './admission.ts';

export interface ListenerDeps {
  log: Logger;
  dialer: UpstreamDialer;
  cache: MetadataCache;
  registry: ConnectionRegistry;
  /** One listener's filters (for its advertised addresses): lists them for each new connection. */
  filtersFor(listener: string, advertised: ListenerAddresses): () => Filter[];
  /** Topic names by id, for filters that meet topics named by id. */
  topicName(id: string | undefined): string | undefined;
  /** Counts requests, latency and bytes. */
  observer?: TrafficObserver;
  /** What one client may cost (timeouts, connections, bytes before authentication). */
  limits: LimitsConfig;
  /** Which accepted sockets may become connections (shared by every listener). */
  admission: ConnectionAdmission;
  /** The brokers require SASL (upstream.saslRequired). */
  saslRequired: boolean;
}

export function clientAddress(socket: Socket): string {
  return `${socket.remoteAddress}:${socket.remotePort}`;
}

export function acceptClient(
  socket: Socket,
  route: Route,
  listener: string,
  filters: () => Filter[],
  deps: ListenerDeps,
  maxFrameBytes: number,
  serverName?: string,
  reader?: SocketReader,
): ConnectionPair {
  const info: ConnectionInfo = {
    id: deps.registry.nextId(),
    listener,
    route,
    clientAddress: clientAddress(socket),
    serverName,
  };
  const log = deps.log.child({ conn: info.id });
  const pair = new ConnectionPair({
    client: socket,
    clientReader: reader,
    info,
    dialer: deps.dialer,
    chain: new FilterChain({
      filters: filters(),
      conn: info,
      log,
      topicName: deps.topicName,
      observer: deps.observer,
    }),
    log: deps.log,
    maxFrameBytes,
    observer: deps.observer,
    idleTimeoutMs: deps.limits.idleTimeoutMs,
    ...(deps.saslRequired
      ? {
          preAuth: {
            maxFrameBytes: deps.limits.preAuthMaxFrameBytes,
            timeoutMs: deps.limits.authenticationTimeoutMs,
          },
        }
      : {}),
  });
  deps.registry.add(pair);
  pair.start();
  return pair;
}
