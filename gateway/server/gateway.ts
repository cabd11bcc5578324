// The gateway process: builds the shared parts (metadata cache, topic ids, upstream dialer,
// connection registry) and one listener per configured entry, each with its filters. `start()` binds, `stop()`
// stops accepting, gives clients a moment, then closes what is left.
import type { Logger } from 'pino';
import type { ListenerConfig, SluiceConfig } from '../config/schema.ts';
import { ConnectionRegistry } from '../connection/registry.ts';
import { listenerFilters } from '../filters/index.ts';
import type { ListenerDeps } from '../listeners/accept.ts';
import { PortListener } from '../listeners/port-listener.ts';
import { SniListener } from '../listeners/sni-listener.ts';
import { PolicyService } from '../policy/service.ts';
import { startPolicies } from '../policy/startup.ts';
import { MetadataCache } from '../routing/metadata-cache.ts';
import { parseHostPort } from '../routing/route.ts';
import { TopicIds } from '../routing/topic-ids.ts';
import { CertificateReloader } from '../tls/reloader.ts';
import { upstreamTlsOptions } from '../tls/upstream-options.ts';
import { UpstreamDialer } from '../upstream/dialer.ts';
import { UpstreamMetadataClient } from '../upstream/metadata-client.ts';

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
    const topicIds = new TopicIds();
    const deps: ListenerDeps = {
      log,
      dialer,
      cache: this.cache,
      registry: this.registry,
      filtersFor: (_listener, advertised) =>
        listenerFilters({ advertised, cache: this.cache, topicIds, policies: () => this.#policies }),
      topicName: (id) => topicIds.name(id),
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
