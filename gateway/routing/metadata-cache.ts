// nodeId → upstream host:port, learnt from the upstream cluster's own answers: every
// Metadata / DescribeCluster / FindCoordinator response that passes through Sluice, plus an
// explicit refresh when a client asks for a node id not seen yet. A miss triggers at most
// one refresh (shared by everyone waiting), and misses at most one every
// MISS_REFRESH_INTERVAL_MS; if the id is still unknown, the caller refuses.
import { GatewayError } from '../errors.ts';
import type { HostPort } from './route.ts';

export interface UpstreamBroker extends HostPort {
  nodeId: number;
}

/** Asks the upstream cluster for its brokers (a Metadata request on Sluice's own connection). */
export type MetadataFetcher = () => Promise<UpstreamBroker[]>;

/**
 * A miss refreshes at most once per this interval (across node ids); within it, an unknown id
 * is refused from what is known, so clients naming ids the cluster lacks cost no upstream work.
 */
export const MISS_REFRESH_INTERVAL_MS = 2000;

export class MetadataCache {
  #brokers = new Map<number, HostPort>();
  #lastMissRefresh = -Infinity;
  #fetcher: MetadataFetcher | undefined;
  #inflight: Promise<void> | undefined;
  #onNewNode: ((nodeId: number) => void)[] = [];

  constructor(fetcher?: MetadataFetcher) {
    this.#fetcher = fetcher;
  }

  setFetcher(fetcher: MetadataFetcher | undefined): void {
    this.#fetcher = fetcher;
  }

  /** Called when a node id is seen for the first time (port routing opens its port). */
  onNewNode(listener: (nodeId: number) => void): void {
    this.#onNewNode.push(listener);
  }

  /** Record brokers reported by the upstream cluster. Entries are added or updated, never
   * dropped: a broker missing from one answer may just be restarting. */
  observe(brokers: Iterable<UpstreamBroker>): void {
    for (const b of brokers) {
      if (b.nodeId < 0 || !b.host || b.port <= 0) continue;
      const known = this.#brokers.get(b.nodeId);
      if (known && known.host === b.host && known.port === b.port) continue;
      this.#brokers.set(b.nodeId, { host: b.host, port: b.port });
      if (!known) for (const l of this.#onNewNode) l(b.nodeId);
    }
  }

  get(nodeId: number): HostPort | undefined {
    return this.#brokers.get(nodeId);
  }

  nodeIds(): number[] {
    return [...this.#brokers.keys()].sort((a, b) => a - b);
  }

  /** Refresh from upstream; concurrent callers share one request. */
  refresh(): Promise<void> {
    const fetcher = this.#fetcher;
    if (!fetcher) {
      return Promise.reject(
        new GatewayError(
          'SLUICE_METADATA_UNAVAILABLE',
          'no metadata connection (configure upstream credentials)',
        ),
      );
    }
    this.#inflight ??= fetcher()
      .then((brokers) => this.observe(brokers))
      .finally(() => {
        this.#inflight = undefined;
      });
    return this.#inflight;
  }

  /** The upstream address of a node, refreshing once on a miss. */
  async resolve(nodeId: number): Promise<HostPort> {
    const hit = this.#brokers.get(nodeId);
    if (hit) return hit;
    let cause: unknown;
    const now = Date.now();
    if (this.#inflight || now - this.#lastMissRefresh >= MISS_REFRESH_INTERVAL_MS) {
      if (!this.#inflight) this.#lastMissRefresh = now;
      try {
        await this.refresh();
      } catch (err) {
        cause = err;
      }
    }
    const after = this.#brokers.get(nodeId);
    if (after) return after;
    throw new GatewayError(
      'SLUICE_ROUTE_UNKNOWN_NODE',
      `node id ${nodeId} is not a broker of the upstream cluster`,
      {
        cause,
        details: { nodeId, known: this.nodeIds() },
      },
    );
  }
}
