// Sluice's own view of the upstream cluster's brokers, asked on start-up and when a client
// names a node id the cache has not seen.
import { GatewayError } from '../errors.ts';
import type { UpstreamBroker } from '../routing/metadata-cache.ts';
import type { UpstreamCluster } from './cluster.ts';

export class UpstreamMetadataClient {
  readonly #cluster: UpstreamCluster;

  constructor(cluster: UpstreamCluster) {
    this.#cluster = cluster;
  }

  /** Asks one bootstrap server after another until one answers. */
  async fetchBrokers(): Promise<UpstreamBroker[]> {
    try {
      return await this.#cluster.brokers();
    } catch (err) {
      throw new GatewayError(
        'SLUICE_METADATA_UNAVAILABLE',
        `no upstream bootstrap server answered a Metadata request (${err instanceof Error ? err.message : String(err)})`,
        { cause: err, canRetry: true },
      );
    }
  }
}
