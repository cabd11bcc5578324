// The gateway's Prometheus metrics (prom-client), each written once here: connections by
// listener, requests and their latency by api, bytes each way, what filters did, admin
// requests, and the process defaults. The policy engine's counters (invocations, verdicts,
// failures, CPU per policy, sandbox restarts) are rendered beside them from its registry.
import { Counter, collectDefaultMetrics, Gauge, type Metric, Registry } from 'prom-client';
import { apiName } from '../kafka/apis.ts';
import { ApiLatencyHistogram } from './api-latency.ts';
import type { FilterAction, FilterObserver } from './pipeline/chain.ts';

/** What a connection reports as traffic passes (GatewayMetrics implements it). */
export interface TrafficObserver extends FilterObserver {
  request(apiKey: number): void;
  /** The broker's answer to a request began to arrive, this long after the request went up. */
  answered(apiKey: number, seconds: number): void;
  bytes(listener: string, direction: 'client_to_broker' | 'broker_to_client', n: number): void;
  connectionOpened(listener: string): void;
  connectionClosed(listener: string): void;
}

/** Something else that renders Prometheus text (the engine's registry). */
export interface MetricsSource {
  render(): string;
}

export class GatewayMetrics implements TrafficObserver {
  readonly registry = new Registry();
  readonly connections: Gauge<'listener'>;
  readonly connectionsTotal: Counter<'listener'>;
  readonly requests: Counter<'api'>;
  readonly requestSeconds: ApiLatencyHistogram;
  readonly transferred: Counter<'listener' | 'direction'>;
  readonly adminRequests: Counter<'method' | 'route' | 'status'>;
  readonly filterActions: Counter<'filter' | 'api' | 'action'>;
  readonly auditWritten: Counter;
  readonly auditDropped: Counter;
  readonly connectionsRefused: Counter<'listener' | 'reason'>;
  readonly #sources: (() => MetricsSource | undefined)[] = [];
  // Counted per chunk and per request: plain numbers here, handed to prom-client when it is
  // scraped (its inc() builds and hashes a label key on every call, 2 % of a produce
  // passthrough's CPU in a perf profile).
  /** Requests by API key. */
  readonly #requestCounts = new Map<number, number>();
  /** Bytes by listener: [client_to_broker, broker_to_client]. */
  readonly #byteCounts = new Map<string, [number, number]>();

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'sluice_' });
    this.connections = new Gauge({
      name: 'sluice_connections',
      help: 'Client connections open, by listener',
      labelNames: ['listener'],
      registers,
    });
    this.connectionsTotal = new Counter({
      name: 'sluice_connections_total',
      help: 'Client connections accepted, by listener',
      labelNames: ['listener'],
      registers,
    });
    const requestCounts = this.#requestCounts;
    this.requests = new Counter({
      name: 'sluice_requests_total',
      help: 'Kafka requests from clients, by api',
      labelNames: ['api'],
      registers,
      collect() {
        this.reset();
        for (const [apiKey, n] of requestCounts) this.inc({ api: apiName(apiKey) }, n);
      },
    });
    this.requestSeconds = new ApiLatencyHistogram({
      name: 'sluice_request_duration_seconds',
      help: 'From a request reaching Sluice to its answer beginning to leave, by api',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    });
    this.registry.registerMetric(this.requestSeconds as unknown as Metric);
    const byteCounts = this.#byteCounts;
    this.transferred = new Counter({
      name: 'sluice_transferred_bytes_total',
      help: 'Bytes Sluice read, by listener and direction (client_to_broker, broker_to_client)',
      labelNames: ['listener', 'direction'],
      registers,
      collect() {
        this.reset();
        for (const [listener, [up, down]] of byteCounts) {
          this.inc({ listener, direction: 'client_to_broker' }, up);
          this.inc({ listener, direction: 'broker_to_client' }, down);
        }
      },
    });
    this.filterActions = new Counter({
      name: 'sluice_filter_actions_total',
      help: 'Frames a filter changed (modify), answered itself (answer, refuse), closed the connection on (close) or failed on (error), by filter and api',
      labelNames: ['filter', 'api', 'action'],
      registers,
    });
    this.auditWritten = new Counter({
      name: 'sluice_audit_records_total',
      help: 'Audit records written to the audit topic',
      registers,
    });
    this.auditDropped = new Counter({
      name: 'sluice_audit_dropped_total',
      help: 'Audit records dropped because the audit topic was unwritable and the queue full',
      registers,
    });
    this.connectionsRefused = new Counter({
      name: 'sluice_connections_refused_total',
      help: 'Client connections closed at accept for a limit (max_connections, max_connections_per_ip, connection_rate)',
      labelNames: ['listener', 'reason'],
      registers,
    });
    this.adminRequests = new Counter({
      name: 'sluice_admin_requests_total',
      help: 'Admin API requests, by method, route and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
  }

  request(apiKey: number): void {
    this.#requestCounts.set(apiKey, (this.#requestCounts.get(apiKey) ?? 0) + 1);
  }

  answered(apiKey: number, seconds: number): void {
    this.requestSeconds.observe(apiKey, seconds);
  }

  filterAction(filter: string, apiKey: number, action: FilterAction): void {
    this.filterActions.inc({ filter, api: apiName(apiKey), action });
  }

  bytes(listener: string, direction: 'client_to_broker' | 'broker_to_client', n: number): void {
    let counts = this.#byteCounts.get(listener);
    if (!counts) {
      counts = [0, 0];
      this.#byteCounts.set(listener, counts);
    }
    counts[direction === 'client_to_broker' ? 0 : 1] += n;
  }

  connectionOpened(listener: string): void {
    this.connections.inc({ listener });
    this.connectionsTotal.inc({ listener });
  }

  connectionClosed(listener: string): void {
    this.connections.dec({ listener });
  }

  /** Renders `source()` (when it exists at scrape time) after the gateway's own metrics. */
  addSource(source: () => MetricsSource | undefined): void {
    this.#sources.push(source);
  }

  async render(): Promise<string> {
    const own = await this.registry.metrics();
    const more = this.#sources.map((s) => s()?.render() ?? '').filter((t) => t.trim() !== '');
    return [own, ...more].join('\n');
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
