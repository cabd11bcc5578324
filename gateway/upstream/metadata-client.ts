// Sluice's own view of the upstream cluster's brokers, asked on start-up and when a client
// names a node id the cache has not seen, over Sluice's own channel (gateway/upstream/channel.ts).
import { API_KEYS } from '../../kafka/apis.ts';
import type { UpstreamSaslConfig } from '../config/schema.ts';
import { GatewayError } from '../errors.ts';
import type { UpstreamBroker } from '../routing/metadata-cache.ts';
import type { HostPort } from '../routing/route.ts';
import { UpstreamChannel } from './channel.ts';
import type { UpstreamDialer } from './dialer.ts';

const METADATA = { key: API_KEYS.Metadata, version: 12 };
const CLIENT_ID = 'sluice-metadata';

export interface UpstreamMetadataOptions {
  dialer: UpstreamDialer;
  bootstrap: HostPort[];
  sasl: UpstreamSaslConfig | undefined;
  requestTimeoutMs: number;
}

export class UpstreamMetadataClient {
  #opts: UpstreamMetadataOptions;

  constructor(opts: UpstreamMetadataOptions) {
    this.#opts = opts;
  }

  /** Ask one bootstrap server after another until one answers. */
  async fetchBrokers(): Promise<UpstreamBroker[]> {
    let last: unknown;
    for (const address of this.#opts.bootstrap) {
      let ch: UpstreamChannel | undefined;
      try {
        ch = await UpstreamChannel.open(address, { ...this.#opts, clientId: CLIENT_ID });
        const res = await ch.request(METADATA, {
          topics: [],
          allowAutoTopicCreation: false,
          includeTopicAuthorizedOperations: false,
        });
        return res.brokers.map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port }));
      } catch (err) {
        last = err;
      } finally {
        ch?.close();
      }
    }
    throw new GatewayError(
      'SLUICE_METADATA_UNAVAILABLE',
      `no upstream bootstrap server answered a Metadata request (${last instanceof Error ? last.message : String(last)})`,
      {
        cause: last,
        canRetry: true,
      },
    );
  }
}
