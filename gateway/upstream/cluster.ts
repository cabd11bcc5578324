// Sluice's own requests to the upstream cluster (not a client's): a bootstrap server for
// cluster-wide questions, or the leader of a partition, over UpstreamChannel (the configured
// TLS and upstream SASL). Used for broker discovery, the policy store and reading records for
// a dry run.
import { API_KEYS } from '../../kafka/apis.ts';
import { KAFKA_ERROR_CODES, KAFKA_ERRORS } from '../../kafka/generated/error-codes.ts';
import type { UpstreamSaslConfig } from '../config/schema.ts';
import type { HostPort } from '../routing/route.ts';
import { UpstreamChannel } from './channel.ts';
import type { UpstreamDialer } from './dialer.ts';

const METADATA = { key: API_KEYS.Metadata, version: 12 };

export interface UpstreamClusterOptions {
  dialer: UpstreamDialer;
  bootstrap: HostPort[];
  sasl: UpstreamSaslConfig | undefined;
  requestTimeoutMs: number;
  clientId: string;
}

/** A Kafka error code as its name, for messages. */
export function kafkaErrorName(code: number): string {
  const info = KAFKA_ERRORS[code];
  return info ? `${info.name} (${code})` : `error ${code}`;
}

export class UpstreamCluster {
  readonly #opts: UpstreamClusterOptions;

  constructor(opts: UpstreamClusterOptions) {
    this.#opts = opts;
  }

  get requestTimeoutMs(): number {
    return this.#opts.requestTimeoutMs;
  }

  /** A channel to `address`, authenticated. */
  open(address: HostPort): Promise<UpstreamChannel> {
    return UpstreamChannel.open(address, this.#opts);
  }

  /** Runs `fn` on a fresh channel to one bootstrap server after another until one succeeds. */
  async withBootstrap<T>(fn: (ch: UpstreamChannel) => Promise<T>): Promise<T> {
    let last: unknown;
    for (const address of this.#opts.bootstrap) {
      let ch: UpstreamChannel | undefined;
      try {
        ch = await this.open(address);
        return await fn(ch);
      } catch (err) {
        last = err;
      } finally {
        ch?.close();
      }
    }
    throw last instanceof Error ? last : new Error(String(last));
  }

  /** The address of the leader of `topic`-`partition`, as metadata says now. */
  leaderOf(topic: string, partition: number): Promise<HostPort> {
    return this.withBootstrap(async (ch) => {
      const res = await ch.request(METADATA, {
        topics: [{ name: topic }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      const t = res.topics[0];
      if (!t || t.errorCode !== KAFKA_ERROR_CODES.NONE) {
        throw new Error(`no metadata for ${topic}: ${kafkaErrorName(t?.errorCode ?? -1)}`);
      }
      const p = t.partitions.find((x) => x.partitionIndex === partition);
      if (!p) throw new Error(`${topic} has no partition ${partition}`);
      const leader = res.brokers.find((b) => b.nodeId === p.leaderId);
      if (!leader) throw new Error(`${topic}-${partition} has no leader now`);
      return { host: leader.host, port: leader.port };
    });
  }

  /** The brokers a bootstrap server reports. */
  brokers(): Promise<{ nodeId: number; host: string; port: number }[]> {
    return this.withBootstrap(async (ch) => {
      const res = await ch.request(METADATA, {
        topics: [],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      return res.brokers.map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port }));
    });
  }
}
