// The gateway process: builds the shared parts (metadata cache, topic ids, upstream dialer,
// connection registry, metrics) and one listener per configured entry, each with its filters;
// with an `admin:` section, the control plane too (policy store, controller, admin API).
// `start()` binds, `stop()` stops accepting, gives clients a moment, then closes what is left.
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { HostCapabilities, VerdictEvent } from '../../engine/index.ts';
import { AdminServer } from '../admin/server.ts';
import { KafkaAuditSink } from '../audit/kafka-sink.ts';
import { AuditTrail } from '../audit/trail.ts';
import type { ListenerConfig, SluiceConfig } from '../config/schema.ts';
import { ConnectionRegistry } from '../connection/registry.ts';
import { PolicyChecker } from '../control/checker.ts';
import { PolicyController } from '../control/controller.ts';
import { KafkaPolicyStore } from '../control/kafka-store.ts';
import { LocalPolicyStore } from '../control/local-store.ts';
import type { PolicyStore } from '../control/store.ts';
import { listenerFilters } from '../filters/index.ts';
import type { ListenerDeps } from '../listeners/accept.ts';
import { ConnectionAdmission } from '../listeners/admission.ts';
import { PortListener } from '../listeners/port-listener.ts';
import { SniListener } from '../listeners/sni-listener.ts';
import { GatewayMetrics } from '../metrics.ts';
import { DecodedBytesInFlight, registerDecodeMetrics } from '../policy/decode-budget.ts';
import { hostCapabilities } from '../policy/host-capabilities.ts';
import { registerSandboxMetrics } from '../policy/sandbox-metrics.ts';
import { PolicyService } from '../policy/service.ts';
import { startPolicies } from '../policy/startup.ts';
import { MetadataCache } from '../routing/metadata-cache.ts';
import { parseHostPort } from '../routing/route.ts';
import { TopicIds } from '../routing/topic-ids.ts';
import { CertificateReloader } from '../tls/reloader.ts';
import { upstreamTlsOptions } from '../tls/upstream-options.ts';
import { UpstreamCluster } from '../upstream/cluster.ts';
import { UpstreamDialer } from '../upstream/dialer.ts';
import { UpstreamMetadataClient } from '../upstream/metadata-client.ts';
import { gatewayFacts } from './facts.ts';
import { setGcTriggers } from './gc-triggers.ts';

export type Listener = PortListener | SniListener;

/** The control plane, when the config has an `admin:` section. */
interface ControlPlane {
  store: PolicyStore;
  controller: PolicyController;
  checker: PolicyChecker;
  admin: AdminServer;
}

export class Gateway {
  readonly config: SluiceConfig;
  readonly cache: MetadataCache;
  readonly metrics = new GatewayMetrics();
  readonly registry = new ConnectionRegistry(this.metrics);
  readonly listeners: Listener[] = [];
  readonly reloaders: CertificateReloader[] = [];
  #log: Logger;
  #metadata: UpstreamMetadataClient;
  #cluster: UpstreamCluster;
  /** Admin writes and refusing or changing verdicts: the log, and the audit topic if configured. */
  readonly audit: AuditTrail;
  #started = false;
  #policies: PolicyService | undefined;
  #policiesStarting: Promise<PolicyService> | undefined;
  #control: ControlPlane | undefined;
  readonly #capabilities: HostCapabilities;

  constructor(config: SluiceConfig, log: Logger) {
    this.config = config;
    this.#log = log;
    this.#capabilities = hostCapabilities(config, log, this.metrics.registry);
    const bootstrap = config.upstream.bootstrapServers.map(parseHostPort);
    const tls = upstreamTlsOptions(config.upstream);
    this.cache = new MetadataCache();
    const dialer = new UpstreamDialer({
      bootstrap,
      tls,
      connectTimeoutMs: config.upstream.connectTimeoutMs,
      cache: this.cache,
    });
    this.#cluster = new UpstreamCluster({
      dialer,
      bootstrap,
      sasl: config.upstream.sasl,
      requestTimeoutMs: config.upstream.requestTimeoutMs,
      clientId: 'sluice',
    });
    this.#metadata = new UpstreamMetadataClient(this.#cluster);
    this.audit = new AuditTrail(log, this.replica);
    this.cache.setFetcher(() => this.#metadata.fetchBrokers());
    const topicIds = new TopicIds();
    const decodes = new DecodedBytesInFlight(config.limits.maxPolicyBytesInFlight);
    const deps: ListenerDeps = {
      log,
      dialer,
      cache: this.cache,
      registry: this.registry,
      filtersFor: (_listener, advertised) =>
        listenerFilters({
          advertised,
          cache: this.cache,
          topicIds,
          policies: () => this.#policies,
          decodeLimits: {
            perRequest: config.limits.maxPolicyBytesPerRequest,
            perRequestRecords: config.limits.maxPolicyRecordsPerRequest,
            inFlight: decodes,
          },
        }),
      topicName: (id) => topicIds.name(id),
      observer: this.metrics,
      limits: config.limits,
      admission: new ConnectionAdmission(config.limits, log, (listener, reason) =>
        this.metrics.connectionsRefused.inc({ listener, reason }),
      ),
      saslRequired: config.upstream.saslRequired,
    };
    this.metrics.addSource(() => this.#policies?.engine.metrics);
    registerSandboxMetrics(this.metrics.registry, () => this.#policies);
    registerDecodeMetrics(this.metrics.registry, decodes);
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

  /** Sluice's own requests to the upstream cluster. */
  get upstream(): UpstreamCluster {
    return this.#cluster;
  }

  /** The running policy engine (deploy/remove at runtime through it), if policies are enabled. */
  get policies(): PolicyService | undefined {
    return this.#policies;
  }

  /** The admin API's address, when it runs. */
  get adminUrl(): string | undefined {
    return this.#control?.admin.url;
  }

  /** The control plane's controller, when the admin API runs. */
  get controller(): PolicyController | undefined {
    return this.#control?.controller;
  }

  /** Starts an empty policy engine if none runs (the `policies:` config section starts one at start()). */
  async enablePolicies(workers = this.config.policies?.workers ?? 1): Promise<PolicyService> {
    if (this.#policies) return this.#policies;
    this.#policiesStarting ??= PolicyService.create(this.#log, {
      workers,
      onVerdict: this.#onVerdict,
      capabilities: this.#capabilities,
    }).then((svc) => {
      this.#policies = svc;
      return svc;
    });
    return this.#policiesStarting;
  }

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    setGcTriggers();
    if (this.config.audit) {
      const { topic, replicationFactor } = this.config.audit;
      this.audit.attach(
        new KafkaAuditSink({
          cluster: this.#cluster,
          topic,
          replicationFactor,
          log: this.#log,
          metrics: this.metrics,
        }),
      );
    }
    if (this.config.policies) {
      this.#policies = await startPolicies(this.config.policies, this.#log, {
        onVerdict: this.#onVerdict,
        capabilities: this.#capabilities,
      });
    }
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
      if (this.config.admin) await this.#startControlPlane(this.config.admin);
      for (const l of this.listeners) await l.start();
    } catch (err) {
      await this.stop(0);
      throw err;
    }
  }

  async #startControlPlane(admin: NonNullable<SluiceConfig['admin']>): Promise<void> {
    const store = this.#policyStore();
    const controller = new PolicyController({
      store,
      policies: () => this.enablePolicies(),
      log: this.#log,
      audit: (e) => this.audit.admin(e),
      reserved: new Set(this.config.policies?.deployments.map((d) => d.id) ?? []),
    });
    const checker = new PolicyChecker(this.#log);
    await controller.start();
    const server = new AdminServer(admin, {
      controller,
      checker,
      facts: gatewayFacts(this, controller),
      metrics: this.metrics,
      log: this.#log,
      listeners: this.config.listeners,
    });
    this.#control = { store, controller, checker, admin: server };
    await server.start();
  }

  readonly #onVerdict = (e: VerdictEvent) => this.audit.verdict(e);

  /** This replica's stable name: its key in the policy store (state.ts), its name in audit records. */
  get replica(): string {
    return this.config.policyStore.writer ?? `${hostname()}:${this.config.admin?.port ?? 8888}`;
  }

  /** The configured store: a local directory, or a compacted topic on the upstream cluster. */
  #policyStore(): PolicyStore {
    const cfg = this.config.policyStore;
    const writer = this.replica;
    if (cfg.kind === 'local') return new LocalPolicyStore(cfg.dir, writer);
    return new KafkaPolicyStore({
      cluster: this.#cluster,
      topic: cfg.topic,
      replicationFactor: cfg.replicationFactor,
      writer,
      log: this.#log,
    });
  }

  /** Stop accepting, wait up to graceMs for clients to leave, then close the rest. */
  async stop(graceMs = 5000): Promise<void> {
    await Promise.all(this.listeners.map((l) => l.stop()));
    const control = this.#control;
    this.#control = undefined;
    await control?.admin.stop();
    await control?.controller.close();
    await control?.checker.close();
    if (graceMs > 0) await this.registry.drain(graceMs);
    await this.registry.closeAll();
    for (const r of this.reloaders) r.close();
    await this.audit.close();
    await (this.#policies ?? (await this.#policiesStarting?.catch(() => undefined)))?.close();
    this.#policies = undefined;
    this.#policiesStarting = undefined;
  }
}
