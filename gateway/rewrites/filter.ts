// The shape of a response filter: it receives a decoded response and returns it (modified
// in place or replaced). Internal rewrites use this shape; policies plug into the same
// chain. A filter never touches a socket and never sees bytes.
import type { ConnectionInfo, RequestInfo } from '../connection/types.ts';
import type { MetadataCache } from '../routing/metadata-cache.ts';
import type { AdvertisedAddresses } from '../routing/route.ts';

/** A listener's advertised addresses; `ready` resolves once a broker's address accepts connections. */
export interface ListenerAddresses extends AdvertisedAddresses {
  ready?(nodeId: number): Promise<void> | undefined;
}

export interface FilterContext {
  request: RequestInfo;
  conn: ConnectionInfo;
  advertised: ListenerAddresses;
  cache: MetadataCache;
  /** Call when the response changed and must be re-encoded; untouched responses go out as the original bytes. */
  markModified(): void;
}

export interface ResponseFilter<T = unknown> {
  name: string;
  apiKey: number;
  /** Lowest response version the filter applies to (e.g. Produce NodeEndpoints start at v10). */
  minVersion?: number;
  onResponse(response: T, ctx: FilterContext): T | Promise<T>;
}

/** Define a typed filter (only for inference; the chain stores it as ResponseFilter<unknown>). */
export function defineResponseFilter<T>(filter: ResponseFilter<T>): ResponseFilter<unknown> {
  return filter as ResponseFilter<unknown>;
}
