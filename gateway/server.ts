// The gateway process: builds the shared parts (metadata cache, upstream dialer, connection
// registry, rewrites) and one listener per configured entry. `start()` binds, `stop()`
// stops accepting, gives clients a moment, then closes what is left.
import type { Logger } from 'pino';
import type { ListenerConfig, SluiceConfig } from './config/schema.ts';
import { ConnectionRegistry } from './connection/registry.ts';
import type { ResponseHandler } from './connection/types.ts';
import { UpstreamDialer } from './connection/upstream-dialer.ts';
import type { ListenerDeps } from './listeners/accept.ts';
import { PortListener } from './listeners/port-listener.ts';
import { SniListener } from './listeners/sni-listener.ts';
import { withPolicies } from './policy/interceptor.ts';
import { PolicyService } from './policy/service.ts';
import { startPolicies } from './policy/startup.ts';
import { TopicIds } from './policy/topic-ids.ts';
import { protocolBinding } from './protocol-binding.ts';
import { apiVersionsRewrite } from './rewrites/api-versions.ts';
import { ResponseFilterChain } from './rewrites/chain.ts';
import { describeClusterRewrite } from './rewrites/describe-cluster.ts';
import { describeQuorumRewrite } from './rewrites/describe-quorum.ts';
import type { ListenerAddresses, ResponseFilter } from './rewrites/filter.ts';
import { findCoordinatorRewrite } from './rewrites/find-coordinator.ts';
import { metadataRewrite } from './rewrites/metadata.ts';
import {
  fetchNodeEndpointsRewrite,
  produceNodeEndpointsRewrite,
  shareAcknowledgeNodeEndpointsRewrite,
  shareFetchNodeEndpointsRewrite,
} from './rewrites/node-endpoints.ts';
import { MetadataCache } from './routing/metadata-cache.ts';
import { parseHostPort } from './routing/route.ts';
import { UpstreamMetadataClient } from './routing/upstream-metadata.ts';
import { CertificateReloader } from './tls/reloader.ts';
import { upstreamTlsOptions } from './tls/upstream-options.ts';

export type Listener = PortListener | SniListener;

export class Gateway {
  readonly config: SluiceConfig;
  readonly cache: MetadataCache;
  readonly registry = new ConnectionRegistry();
  readonly listeners: Listener[] = [];
  readonly reloaders: CertificateReloader[] = [];
  #log: Logger;
  #metadata: UpstreamMetadataClient;
  #started = false;
  #policies: PolicyService | undefined;

  constructor(config: SluiceConfig, log: Logger) {
    this.config = config;
    this.#log = log;
    const bootstrap = config.upstream.bootstrapServers.map(parseHostPort);
    const tls = upstreamTlsOptions(config.upstream);
    this.cache = new MetadataCache();
    const dialer = new UpstreamDialer({
      bootstrap,
      tls,
      connectTimeoutMs: config.upstream.connectTimeoutMs,
      cache: this.cache,
    });
    this.#metadata = new UpstreamMetadataClient({
      dialer,
      bootstrap,
      sasl: config.upstream.sasl,
      requestTimeoutMs: config.upstream.requestTimeoutMs,
    });
    this.cache.setFetcher(() => this.#metadata.fetchBrokers());
    const filters: ResponseFilter[] = [
      apiVersionsRewrite(protocolBinding.supportedVersions),
      metadataRewrite,
      findCoordinatorRewrite,
      describeClusterRewrite,
      produceNodeEndpointsRewrite,
      fetchNodeEndpointsRewrite,
      shareFetchNodeEndpointsRewrite,
      shareAcknowledgeNodeEndpointsRewrite,
      describeQuorumRewrite,
    ];
    const topicIds = new TopicIds();
    const deps: ListenerDeps = {
      log,
      dialer,
      cache: this.cache,
      registry: this.registry,
      headers: protocolBinding.headers,
      handlerFor: (_listener: string, advertised: ListenerAddresses): ResponseHandler =>
        withPolicies(
          new ResponseFilterChain({
            filters,
            codec: protocolBinding.responses,
            headers: protocolBinding.headers,
            advertised,
            cache: this.cache,
          }),
          () => this.#policies,
          topicIds,
        ),
    };
    for (const l of config.listeners) this.listeners.push(this.#createListener(l, deps));
  }

  #createListener(l: ListenerConfig, deps: ListenerDeps): Listener {
    let reloader: CertificateReloader | undefined;
    if (l.tls) {
      reloader = new CertificateReloader(l.tls, this.#log.child({ listener: l.name }));
      this.reloaders.push(reloader);
    }
    return l.routing === 'port' ? new PortListener(l, deps, reloader) : new SniListener(l, deps, reloader);
  }

  /** The running policy engine (deploy/remove at runtime through it), if policies are enabled. */
  get policies(): PolicyService | undefined {
    return this.#policies;
  }

  /** Starts an empty policy engine if none runs (the `policies:` config section starts one at start()). */
  async enablePolicies(workers = 1): Promise<PolicyService> {
    this.#policies ??= await PolicyService.create(this.#log, { workers });
    return this.#policies;
  }

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    if (this.config.policies) this.#policies = await startPolicies(this.config.policies, this.#log);
    // Learn the brokers now when Sluice can; otherwise they are learnt from client traffic.
    try {
      await this.cache.refresh();
      this.#log.info({ nodeIds: this.cache.nodeIds() }, 'upstream brokers discovered');
    } catch (err) {
      this.#log.warn(
        { err: err instanceof Error ? err.message : String(err) },
        'cannot read upstream metadata at start-up; broker routes will be learnt from client traffic',
      );
    }
    try {
      for (const l of this.listeners) await l.start();
    } catch (err) {
      await this.stop(0);
      throw err;
    }
  }

  /** Stop accepting, wait up to graceMs for clients to leave, then close the rest. */
  async stop(graceMs = 5000): Promise<void> {
    await Promise.all(this.listeners.map((l) => l.stop()));
    if (graceMs > 0) await this.registry.drain(graceMs);
    await this.registry.closeAll();
    for (const r of this.reloaders) r.close();
    await this.#policies?.close();
    this.#policies = undefined;
  }
}
