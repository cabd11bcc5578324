// What every listener does with an accepted client socket once it knows the route.
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { ConnectionPair } from '../connection/pair.ts';
import type { ConnectionRegistry } from '../connection/registry.ts';
import type { HeaderVersions, ResponseHandler } from '../connection/types.ts';
import type { UpstreamDialer } from '../connection/upstream-dialer.ts';
import type { MetadataCache } from '../routing/metadata-cache.ts';
import type { AdvertisedAddresses, Route } from '../routing/route.ts';

export interface ListenerDeps {
  log: Logger;
  dialer: UpstreamDialer;
  cache: MetadataCache;
  registry: ConnectionRegistry;
  headers: HeaderVersions;
  /** The response handler (rewrites, later policies) for one listener's advertised addresses. */
  handlerFor(listener: string, advertised: AdvertisedAddresses): ResponseHandler;
}

export function clientAddress(socket: Socket): string {
  return `${socket.remoteAddress}:${socket.remotePort}`;
}

export function acceptClient(
  socket: Socket,
  route: Route,
  listener: string,
  handler: ResponseHandler,
  deps: ListenerDeps,
  maxFrameBytes: number,
  serverName?: string,
): ConnectionPair {
  const pair = new ConnectionPair({
    client: socket,
    info: { id: deps.registry.nextId(), listener, route, clientAddress: clientAddress(socket), serverName },
    dialer: deps.dialer,
    handler,
    headers: deps.headers,
    log: deps.log,
    maxFrameBytes,
  });
  deps.registry.add(pair);
  void pair.start();
  return pair;
}
