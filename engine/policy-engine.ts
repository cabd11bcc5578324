// The policy engine the gateway calls, as a facade over its parts: deployments (validation,
// hot swap, retire, quarantine), the chain runners (one per hook), the capability broker,
// telemetry, and the sandbox pool that runs the policies.

import type { Logger } from 'pino';
import type { AlterConfigsRequest, CreateTopicsRequest, GenericRequest, HookName } from '../sdk/types.ts';
import type { HostCapabilities } from './capabilities.ts';
import { CapabilityBroker } from './capabilities.ts';
import { runAlterConfigsChain } from './chain/alter-configs.ts';
import { runCreateTopicsChain } from './chain/create-topics.ts';
import type { FetchPartitionBatch } from './chain/fetch.ts';
import { runFetchChain } from './chain/fetch.ts';
import { runOnRequestChain } from './chain/on-request.ts';
import type { ProducePartitionBatch } from './chain/produce.ts';
import { runProduceChain } from './chain/produce.ts';
import type { RequestContext } from './chain/request-context.ts';
import { StepRunner } from './chain/step.ts';
import type { CoverageView } from './coverage.ts';
import type { ActiveDeployment, DeployedPolicy, PolicyDeployment } from './deployments.ts';
import { Deployments } from './deployments.ts';
import { EngineError } from './errors.ts';
import { createEngineLogger } from './logger.ts';
import { MetricsRegistry } from './metrics.ts';
import type {
  AlterConfigsOutcome,
  CreateTopicsOutcome,
  FetchOutcome,
  GenericRequestOutcome,
  ProduceOutcome,
} from './outcome.ts';
import type { HeapStats, SandboxLimits } from './sandbox/messages.ts';
import { SandboxPool } from './sandbox/pool.ts';
import type { ShadowSink } from './shadow.ts';
import { Telemetry } from './telemetry.ts';
import { logVerdicts, type VerdictSink } from './verdicts.ts';

export interface EngineOptions {
  /** Sandbox worker processes. Default 1. */
  workers?: number;
  /** Time past a deadline before an unresponsive worker is killed. Default 250 ms. */
  graceMs?: number;
  logger?: Logger;
  metrics?: MetricsRegistry;
  capabilities?: HostCapabilities;
  /** Extra V8/Node flags for sandbox worker processes. */
  workerFlags?: string[];
  /** Limits for deployments that set none. */
  defaultLimits?: Partial<SandboxLimits>;
  /**
   * Longest a group of batches (a request's, for one policy) may wait before its worker starts
   * it (then a retriable timeout). Default 5000 ms.
   */
  queueTimeoutMs?: number;
  /** Groups of batches that may be unanswered per worker; more are refused at once, retriably. Default 256. */
  maxQueuedRuns?: number;
  /** Where verdicts that refused or changed data go (the audit trail); default: the log. */
  onVerdict?: VerdictSink;
  /** Where comparisons of shadow revisions with active ones go (the shadow report). */
  onShadow?: ShadowSink;
}

export class PolicyEngine {
  readonly #pool: SandboxPool;
  readonly #deployments: Deployments;
  readonly #steps: StepRunner;
  readonly #telemetry: Telemetry;
  #closed = false;

  private constructor(
    pool: SandboxPool,
    deployments: Deployments,
    telemetry: Telemetry,
    verdicts: VerdictSink,
    shadows: ShadowSink | undefined,
  ) {
    this.#pool = pool;
    this.#deployments = deployments;
    this.#telemetry = telemetry;
    this.#steps = new StepRunner(pool, deployments, telemetry, verdicts, shadows);
  }

  static async create(options: EngineOptions = {}): Promise<PolicyEngine> {
    const telemetry = new Telemetry(
      options.logger ?? createEngineLogger(),
      options.metrics ?? new MetricsRegistry(),
    );
    // Checked before any worker starts, so a bad option leaves no process behind.
    const defaults = Deployments.defaultLimits(options.defaultLimits);
    const broker = new CapabilityBroker(options.capabilities ?? {}, telemetry);
    let engine: PolicyEngine | undefined;
    const pool = await SandboxPool.start({
      workers: options.workers,
      graceMs: options.graceMs,
      workerFlags: options.workerFlags,
      queueTimeoutMs: options.queueTimeoutMs,
      maxQueuedRuns: options.maxQueuedRuns,
      onHostCall: (key, op, args) => broker.call(engine!.#deployments.byKey(key), op, args),
      onWorkerExit: (exit) => {
        const culprit = exit.culprit && engine ? engine.#deployments.recordKill(exit.culprit) : undefined;
        telemetry.workerReplaced(exit, culprit, !engine || engine.#closed);
      },
    });
    engine = new PolicyEngine(
      pool,
      new Deployments(pool, defaults, telemetry),
      telemetry,
      options.onVerdict ?? logVerdicts(telemetry.log),
      options.onShadow,
    );
    return engine;
  }

  /** What the active deployments cover (api keys to decode, hooks, scopes): a snapshot, replaced on deploy and remove. */
  get coverage(): CoverageView {
    return this.#deployments.coverage;
  }

  get metrics(): MetricsRegistry {
    return this.#telemetry.metrics;
  }

  /** Sandbox worker processes replaced so far. */
  get workerRestarts(): number {
    return this.#pool.restarts;
  }

  /** Process ids of the sandbox workers (benchmarks read their memory). */
  get workerPids(): (number | undefined)[] {
    return this.#pool.pids;
  }

  /** The active deployments in chain order. */
  list(): DeployedPolicy[] {
    return this.#deployments.list();
  }

  /**
   * Loads a deployment and makes it active. With an id already active this is a hot swap:
   * batches already running finish on the old revision, the next batch uses the new one.
   * Throws EngineError when the policy cannot be loaded or its config is invalid; the
   * previous revision then stays active.
   */
  async deploy(d: PolicyDeployment): Promise<DeployedPolicy> {
    if (this.#closed) throw new EngineError('SLUICE_ENGINE_CLOSED', 'engine is closed');
    return this.#deployments.deploy(d);
  }

  /** Deactivates a deployment (and its shadow); its running batches finish first. */
  async remove(id: string): Promise<void> {
    this.#deployments.remove(id);
  }

  /**
   * Runs a candidate revision beside the active deployment of the same id, in audit mode, on
   * the same payloads; each pair of verdicts goes to `onShadow`. Replaces an earlier shadow.
   */
  async deployShadow(d: PolicyDeployment): Promise<DeployedPolicy> {
    if (this.#closed) throw new EngineError('SLUICE_ENGINE_CLOSED', 'engine is closed');
    return this.#deployments.deployShadow(d);
  }

  /** Stops the shadow of a deployment, if it has one. */
  async removeShadow(id: string): Promise<void> {
    this.#deployments.removeShadow(id);
  }

  /** Whether any active policy needs this API key decoded (its requests, or for Fetch its responses). */
  wants(apiKey: number): boolean {
    const coverage = this.#deployments.coverage;
    return coverage.wantsRequest(apiKey) || coverage.wantsResponse(apiKey);
  }

  /** V8 heap of a deployment's isolate (for the memory-per-policy figure). */
  heapStats(id: string): Promise<HeapStats | null> {
    const entry = this.#deployments.find(id);
    return entry ? this.#pool.heapStats(entry.key) : Promise.resolve(null);
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#deployments.clear();
    await this.#pool.close();
  }

  /** Runs the produce chain on one partition batch. Never rejects. */
  runProduce(ctx: RequestContext, batch: ProducePartitionBatch): Promise<ProduceOutcome> {
    return runProduceChain(this.#steps, this.#select('onProduce', ctx, batch.topic), ctx, batch);
  }

  /** Runs the fetch chain on one partition batch of a Fetch response. Never rejects. */
  runFetch(ctx: RequestContext, batch: FetchPartitionBatch): Promise<FetchOutcome> {
    return runFetchChain(this.#steps, this.#select('onFetch', ctx, batch.topic), ctx, batch);
  }

  /** Runs the chain for a CreateTopics request; each policy sees only the topics in its scope. */
  runCreateTopics(ctx: RequestContext, request: CreateTopicsRequest): Promise<CreateTopicsOutcome> {
    return runCreateTopicsChain(this.#steps, this.#select('onCreateTopics', ctx, null), ctx, request);
  }

  /** Runs the chain for AlterConfigs / IncrementalAlterConfigs (`request.incremental`). */
  runAlterConfigs(ctx: RequestContext, request: AlterConfigsRequest): Promise<AlterConfigsOutcome> {
    return runAlterConfigsChain(this.#steps, this.#select('onAlterConfigs', ctx, null), ctx, request);
  }

  /** Runs `onRequest` hooks for any API key (header fields only). */
  runRequest(ctx: RequestContext, request: GenericRequest): Promise<GenericRequestOutcome> {
    return runOnRequestChain(this.#steps, this.#select('onRequest', ctx, null), ctx, request);
  }

  /** The deployments a hook runs for this request, in chain order, from the current snapshot. */
  #select(hook: HookName, ctx: RequestContext, topic: string | null): ActiveDeployment[] {
    return this.#deployments.coverage.select(hook, topic, ctx.principal, ctx.clientId, ctx.listener);
  }
}
