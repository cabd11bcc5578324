// The policy engine the gateway calls: deployments (compiled policy + config + scope +
// priority + mode + onError), hot swap by id, and the chain that runs the matching policies
// in priority order for one partition batch or one admin request, returning an outcome.

import type { Logger } from 'pino';
import { API_KEYS } from '../kafka/generated/api-keys.ts';
import { KAFKA_ERROR_CODES } from '../kafka/generated/error-codes.ts';
import type { BatchRecord } from '../sdk/host/batch.ts';
import { toWireBatch } from '../sdk/host/batch.ts';
import type { CheckedRecord, CheckedVerdict } from '../sdk/host/validate.ts';
import { checkVerdict } from '../sdk/host/validate.ts';
import type { PolicyManifest, WireContext } from '../sdk/runtime/wire.ts';
import type {
  AlterConfigsRequest,
  CompressionName,
  CreateTopicsRequest,
  GenericRequest,
  HookName,
  OnErrorMode,
  PolicyMode,
  RequestChanges,
  Scope,
} from '../sdk/types.ts';
import type { HostCapabilities } from './capabilities.ts';
import { CapabilityBroker } from './capabilities.ts';
import type { CompiledPolicy } from './compile.ts';
import type { CoverageView } from './coverage.ts';
import { Coverage } from './coverage.ts';
import { EngineError } from './errors.ts';
import { hookRunsFor } from './hooks.ts';
import { createEngineLogger } from './logger.ts';
import { MetricsRegistry } from './metrics.ts';
import type {
  AlterConfigsOutcome,
  CreateTopicsOutcome,
  FetchOutcome,
  GenericRequestOutcome,
  ProduceOutcome,
  Rejection,
  TraceEntry,
} from './outcome.ts';
import { defaultRejectCode, failureCode } from './outcome.ts';
import type { FailureKind, HeapStats, SandboxLimits } from './sandbox/messages.ts';
import { DEFAULT_LIMITS } from './sandbox/messages.ts';
import { SandboxPool } from './sandbox/pool.ts';
import type { ScopeMatcher } from './scope.ts';
import { compileScope } from './scope.ts';
import { Telemetry } from './telemetry.ts';

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
}

export interface PolicyDeployment {
  /** Stable name of this deployment; deploying the same id again is a hot swap. */
  id: string;
  policy: CompiledPolicy;
  config?: Record<string, unknown>;
  /** Overrides the policy's default scope. */
  scope?: Scope;
  /** Lower runs first; ties by id. Default 100. */
  priority?: number;
  mode?: PolicyMode;
  onError?: OnErrorMode;
  limits?: Partial<SandboxLimits>;
  /** KMS key names this deployment may use through ctx.kms. Default none. */
  kmsKeys?: string[];
}

/** What the gateway knows about the request a batch belongs to. */
export interface RequestContext {
  principal: string;
  clientId: string | null;
  listener: string;
  apiVersion: number;
}

export interface ProducePartitionBatch {
  topic: string;
  partition: number;
  records: BatchRecord[];
  /** -1 when the producer is not idempotent. */
  producerId: number;
  transactional: boolean;
  acks: number;
  /** The batch's codec as the producer wrote it; default none. */
  compression?: CompressionName;
}

export interface FetchPartitionBatch {
  topic: string;
  partition: number;
  records: BatchRecord[];
}

export interface DeployedPolicy {
  id: string;
  revision: string;
  manifest: PolicyManifest;
  config: Record<string, unknown>;
  scope: Scope;
  priority: number;
  mode: PolicyMode;
  onError: OnErrorMode;
  limits: SandboxLimits;
}

interface Active extends DeployedPolicy {
  key: string;
  matcher: ScopeMatcher;
  kmsKeys: Set<string>;
  inflight: number;
  retired: boolean;
  metricNames: Set<string>;
  /** When this deployment's batches made the host kill a worker (recent ones only). */
  kills: number[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/**
 * A deployment that made the host kill its worker this many times within the window is
 * quarantined: its batches get its onError outcome without running, so it stops costing the
 * other policies on its worker a restart each time. Deploying it again lifts the quarantine.
 */
const QUARANTINE_KILLS = 3;
const QUARANTINE_WINDOW_MS = 60_000;

type Step =
  | { kind: 'verdict'; verdict: CheckedVerdict }
  | { kind: 'failure'; failure: FailureKind; message: string };

export class PolicyEngine {
  readonly #pool: SandboxPool;
  readonly #telemetry: Telemetry;
  readonly #log: Logger;
  readonly #defaults: SandboxLimits;
  /** Active deployments sorted by priority, then id. Replaced wholesale on change, so a batch iterates a stable list. */
  #chain: Active[] = [];
  /** Derived from #chain, replaced with it. */
  #coverage = new Coverage<Active>([]);
  readonly #byKey = new Map<string, Active>();
  #seq = 0;
  #closed = false;

  private constructor(pool: SandboxPool, options: EngineOptions, telemetry: Telemetry) {
    this.#pool = pool;
    this.#telemetry = telemetry;
    this.#log = telemetry.log;
    const defaults = withLimits(DEFAULT_LIMITS, options.defaultLimits);
    if (!defaults)
      throw new EngineError('SLUICE_ENGINE_INVALID_DEPLOYMENT', 'default limits must be positive numbers');
    this.#defaults = defaults;
  }

  static async create(options: EngineOptions = {}): Promise<PolicyEngine> {
    const telemetry = new Telemetry(
      options.logger ?? createEngineLogger(),
      options.metrics ?? new MetricsRegistry(),
    );
    const broker = new CapabilityBroker(options.capabilities ?? {}, telemetry);
    let engine: PolicyEngine | undefined;
    const pool = await SandboxPool.start({
      workers: options.workers,
      graceMs: options.graceMs,
      workerFlags: options.workerFlags,
      queueTimeoutMs: options.queueTimeoutMs,
      maxQueuedRuns: options.maxQueuedRuns,
      onHostCall: (key, op, args) => broker.call(engine!.#byKey.get(key), op, args),
      onWorkerExit: (exit) => {
        const culprit = exit.culprit && engine ? engine.#byKey.get(exit.culprit) : undefined;
        if (culprit && engine) engine.#recordKill(culprit);
        telemetry.workerReplaced(exit, culprit, !engine || engine.#closed);
      },
    });
    engine = new PolicyEngine(pool, options, telemetry);
    return engine;
  }

  /** What the active deployments cover (api keys to decode, hooks, scopes): a snapshot, replaced on deploy and remove. */
  get coverage(): CoverageView {
    return this.#coverage;
  }

  #setChain(chain: Active[]): void {
    this.#chain = chain;
    this.#coverage = new Coverage(chain);
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
    return this.#chain.map(
      ({ key: _k, matcher: _m, kmsKeys: _s, inflight: _i, retired: _r, metricNames: _n, kills: _x, ...d }) =>
        d,
    );
  }

  /**
   * Loads a deployment and makes it active. With an id already active this is a hot swap:
   * batches already running finish on the old revision, the next batch uses the new one.
   * Throws EngineError when the policy cannot be loaded or its config is invalid; the
   * previous revision then stays active.
   */
  async deploy(d: PolicyDeployment): Promise<DeployedPolicy> {
    if (this.#closed) throw new EngineError('SLUICE_ENGINE_CLOSED', 'engine is closed');
    if (typeof d.id !== 'string' || !ID.test(d.id)) {
      throw new EngineError('SLUICE_ENGINE_INVALID_DEPLOYMENT', `deployment id must match ${ID}`);
    }
    if (!d.policy || typeof d.policy.code !== 'string') {
      throw new EngineError('SLUICE_ENGINE_INVALID_DEPLOYMENT', 'deployment needs a compiled policy');
    }
    const limits = withLimits(this.#defaults, d.limits);
    if (!limits)
      throw new EngineError('SLUICE_ENGINE_INVALID_DEPLOYMENT', `${d.id}: limits must be positive numbers`);
    const key = `${d.id}@${d.policy.revision}#${++this.#seq}`;
    const reply = await this.#pool.load({ key, code: d.policy.code, config: d.config ?? {}, limits });
    if (!reply.ok) {
      const code = reply.kind === 'config' ? 'SLUICE_ENGINE_CONFIG_INVALID' : 'SLUICE_ENGINE_LOAD_FAILED';
      this.#log.error(
        { policy: d.id, revision: d.policy.revision, kind: reply.kind, err: reply.message },
        'policy load failed',
      );
      throw new EngineError(code, `${d.id}: ${reply.message}`, {
        details: { policy: d.id, kind: reply.kind },
      });
    }
    const m = reply.manifest;
    const scope = d.scope ?? m.scope;
    let matcher: ScopeMatcher;
    try {
      matcher = compileScope(scope, d.scope !== undefined);
    } catch (e) {
      this.#pool.unload(key);
      throw e;
    }
    const previous = this.#chain.find((a) => a.id === d.id);
    const entry: Active = {
      id: d.id,
      revision: d.policy.revision,
      manifest: m,
      config: reply.config,
      scope,
      priority: d.priority ?? 100,
      mode: d.mode ?? m.mode,
      onError: d.onError ?? m.onError,
      limits,
      key,
      matcher,
      kmsKeys: new Set(d.kmsKeys ?? []),
      inflight: 0,
      retired: false,
      metricNames: previous?.metricNames ?? new Set(),
      kills: [],
    };
    this.#byKey.set(key, entry);
    this.#setChain(
      [...this.#chain.filter((a) => a.id !== d.id), entry].sort(
        (a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      ),
    );
    if (previous) this.#retire(previous);
    this.#log.info(
      { policy: d.id, revision: entry.revision, hooks: m.hooks, swapped: Boolean(previous) },
      'policy active',
    );
    return this.list().find((p) => p.id === d.id)!;
  }

  /** Deactivates a deployment; its running batches finish first. */
  async remove(id: string): Promise<void> {
    const entry = this.#chain.find((a) => a.id === id);
    if (!entry) throw new EngineError('SLUICE_ENGINE_UNKNOWN_POLICY', `no active policy ${id}`);
    this.#setChain(this.#chain.filter((a) => a !== entry));
    this.#retire(entry);
    this.#log.info({ policy: id, revision: entry.revision }, 'policy removed');
  }

  #retire(entry: Active): void {
    entry.retired = true;
    if (entry.inflight === 0) this.#unload(entry);
  }

  #unload(entry: Active): void {
    this.#byKey.delete(entry.key);
    this.#pool.unload(entry.key);
  }

  /** Whether any active policy needs this API key decoded (its requests, or for Fetch its responses). */
  wants(apiKey: number): boolean {
    return this.#coverage.wantsRequest(apiKey) || this.#coverage.wantsResponse(apiKey);
  }

  /** V8 heap of a deployment's isolate (for the memory-per-policy figure). */
  heapStats(id: string): Promise<HeapStats | null> {
    const entry = this.#chain.find((a) => a.id === id);
    return entry ? this.#pool.heapStats(entry.key) : Promise.resolve(null);
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#setChain([]);
    await this.#pool.close();
  }

  #select(hook: HookName, ctx: RequestContext, topic: string | null): Active[] {
    return this.#coverage.select(hook, topic, ctx.principal, ctx.clientId, ctx.listener);
  }

  /** Runs one policy on one payload: a checked verdict, or a failure. Logs and counts either way. */
  async #step(
    a: Active,
    hook: HookName,
    wctx: WireContext,
    payload: unknown,
    batchSize: number,
  ): Promise<Step> {
    if (this.#quarantined(a)) {
      return {
        kind: 'failure',
        failure: 'unavailable',
        message: 'policy quarantined after repeatedly hanging its sandbox worker',
      };
    }
    a.inflight++;
    try {
      const reply = await this.#pool.run(a.key, hook, wctx, payload);
      if (!reply.ok) return { kind: 'failure', failure: reply.kind, message: reply.message };
      const r = reply.result;
      this.#telemetry.cpu(a, hook, reply.cpuNs);
      this.#telemetry.absorb(a, r.logs, r.metrics);
      if (r.error)
        return { kind: 'failure', failure: 'threw', message: `${r.error.name}: ${r.error.message}` };
      const checked = checkVerdict(hook, r.verdict, batchSize);
      if (!checked.ok) return { kind: 'failure', failure: 'malformed', message: checked.problem };
      return { kind: 'verdict', verdict: checked.verdict };
    } finally {
      a.inflight--;
      if (a.retired && a.inflight === 0) this.#unload(a);
    }
  }

  #recordKill(a: Active): void {
    const now = Date.now();
    a.kills = [...a.kills.filter((t) => now - t < QUARANTINE_WINDOW_MS), now];
    if (a.kills.length === QUARANTINE_KILLS)
      this.#telemetry.quarantined(a, a.kills.length, QUARANTINE_WINDOW_MS);
  }

  #quarantined(a: Active): boolean {
    const now = Date.now();
    return a.kills.filter((t) => now - t < QUARANTINE_WINDOW_MS).length >= QUARANTINE_KILLS;
  }

  /**
   * Handles a step's failure: logs and counts it, then either lets the data through
   * (onError open) or returns the rejection (closed).
   */
  #failure(
    a: Active,
    hook: HookName,
    step: Extract<Step, { kind: 'failure' }>,
    trace: TraceEntry[],
    t0: number,
  ): Rejection | null {
    trace.push({
      policy: a.id,
      revision: a.revision,
      result: 'error',
      failure: step.failure,
      micros: micros(t0),
    });
    this.#telemetry.invoked(a, hook, 'error', step.failure);
    this.#log.error(
      { policy: a.id, revision: a.revision, hook, kind: step.failure, onError: a.onError, err: step.message },
      'policy failed',
    );
    if (a.onError === 'open') return null;
    const { errorCode, retriable } = failureCode(hook, step.failure);
    return {
      action: 'reject',
      errorCode,
      errorMessage: `policy ${a.id} failed (${step.failure}): ${step.message}`.slice(0, 1000),
      retriable,
      policy: a.id,
      failure: step.failure,
    };
  }

  #wctx(ctx: RequestContext, apiKey: number, topic: string | null, partition: number | null): WireContext {
    return {
      topic,
      partition,
      principal: ctx.principal,
      clientId: ctx.clientId,
      listener: ctx.listener,
      apiKey,
      apiVersion: ctx.apiVersion,
    };
  }

  /** Runs the produce chain on one partition batch. Never rejects. */
  async runProduce(ctx: RequestContext, batch: ProducePartitionBatch): Promise<ProduceOutcome> {
    const trace: TraceEntry[] = [];
    const chain = this.#select('onProduce', ctx, batch.topic);
    if (chain.length === 0) return { action: 'forward', trace };
    const idempotent = batch.producerId >= 0;
    let records = batch.records;
    let changed = false;
    let acks = batch.acks;
    let compression = batch.compression ?? 'none';
    const wctx = this.#wctx(ctx, API_KEYS.Produce, batch.topic, batch.partition);
    for (const a of chain) {
      const t0 = performance.now();
      const payload = {
        topic: batch.topic,
        partition: batch.partition,
        records: toWireBatch(records, a.manifest.values),
        producerId: batch.producerId,
        idempotent,
        transactional: batch.transactional,
        acks,
        compression,
      };
      const step = await this.#step(a, 'onProduce', wctx, payload, records.length);
      if (step.kind === 'failure') {
        const rejection = this.#failure(a, 'onProduce', step, trace, t0);
        if (rejection) return { ...rejection, recordErrors: [], trace };
        continue;
      }
      const v = step.verdict;
      const audit = a.mode === 'audit';
      if (
        v.kind === 'reject' ||
        (v.kind === 'modify' && v.records && idempotent && v.records.length !== records.length)
      ) {
        const reason =
          v.kind === 'reject'
            ? v.message
            : `policy changed the record count of an idempotent producer's batch (${records.length} → ${v.records?.length}); the whole batch is refused`;
        const recordErrors =
          v.kind === 'reject' ? v.recordErrors.map((e) => ({ batchIndex: e.index, message: e.message })) : [];
        trace.push({
          policy: a.id,
          revision: a.revision,
          result: audit ? 'audit-reject' : 'reject',
          micros: micros(t0),
        });
        this.#telemetry.invoked(a, 'onProduce', audit ? 'audit-reject' : 'reject');
        this.#log.warn(
          {
            policy: a.id,
            revision: a.revision,
            topic: batch.topic,
            partition: batch.partition,
            mode: a.mode,
            reason,
            recordErrors,
          },
          audit ? 'audit: policy would reject produce batch' : 'policy rejected produce batch',
        );
        if (audit) continue;
        return {
          action: 'reject',
          errorCode:
            v.kind === 'reject'
              ? (v.errorCode ?? defaultRejectCode('onProduce'))
              : KAFKA_ERROR_CODES.INVALID_RECORD,
          errorMessage: `${a.id}: ${reason}`.slice(0, 1000),
          recordErrors,
          retriable: false,
          policy: a.id,
          trace,
        };
      }
      if (v.kind === 'modify') {
        trace.push({
          policy: a.id,
          revision: a.revision,
          result: audit ? 'audit-modify' : 'modify',
          micros: micros(t0),
        });
        this.#telemetry.invoked(a, 'onProduce', audit ? 'audit-modify' : 'modify');
        if (audit) {
          this.#log.info(
            { policy: a.id, topic: batch.topic, partition: batch.partition },
            'audit: policy would modify produce batch',
          );
          continue;
        }
        if (v.records) {
          records = toBatchRecords(v.records);
          changed = true;
        }
        if (v.request?.acks !== undefined && v.request.acks !== acks) {
          acks = v.request.acks;
          changed = true;
        }
        if (v.request?.compression !== undefined && v.request.compression !== compression) {
          compression = v.request.compression;
          changed = true;
        }
        continue;
      }
      trace.push({ policy: a.id, revision: a.revision, result: 'accept', micros: micros(t0) });
      this.#telemetry.invoked(a, 'onProduce', 'accept');
    }
    return changed
      ? { action: 'modify', records: records === batch.records ? null : records, acks, compression, trace }
      : { action: 'forward', trace };
  }

  /** Runs the fetch chain on one partition batch of a Fetch response. Never rejects. */
  async runFetch(ctx: RequestContext, batch: FetchPartitionBatch): Promise<FetchOutcome> {
    const trace: TraceEntry[] = [];
    const chain = this.#select('onFetch', ctx, batch.topic);
    if (chain.length === 0) return { action: 'forward', trace };
    let records = batch.records;
    const wctx = this.#wctx(ctx, API_KEYS.Fetch, batch.topic, batch.partition);
    for (const a of chain) {
      const t0 = performance.now();
      const payload = {
        topic: batch.topic,
        partition: batch.partition,
        records: toWireBatch(records, a.manifest.values),
      };
      const step = await this.#step(a, 'onFetch', wctx, payload, records.length);
      if (step.kind === 'failure') {
        const rejection = this.#failure(a, 'onFetch', step, trace, t0);
        if (rejection) return { ...rejection, trace };
        continue;
      }
      const v = step.verdict;
      // Consumers track records by offset: a fetch policy may change or drop records, never add
      // or reorder them, and each keeps its offset.
      const fetched = v.kind === 'modify' && v.records ? fetchRecords(records, v.records) : null;
      if (typeof fetched === 'string') {
        const rejection = this.#failure(
          a,
          'onFetch',
          { kind: 'failure', failure: 'malformed', message: fetched },
          trace,
          t0,
        );
        if (rejection) return { ...rejection, trace };
        continue;
      }
      const audit = a.mode === 'audit';
      const result: TraceEntry['result'] = audit && v.kind !== 'accept' ? `audit-${v.kind}` : v.kind;
      trace.push({ policy: a.id, revision: a.revision, result, micros: micros(t0) });
      this.#telemetry.invoked(a, 'onFetch', result);
      if (audit) continue;
      if (v.kind === 'reject') {
        this.#log.warn(
          { policy: a.id, topic: batch.topic, partition: batch.partition, reason: v.message },
          'policy rejected fetch batch',
        );
        return {
          action: 'reject',
          errorCode: v.errorCode ?? defaultRejectCode('onFetch'),
          errorMessage: `${a.id}: ${v.message}`,
          retriable: false,
          policy: a.id,
          trace,
        };
      }
      if (fetched) records = fetched;
    }
    return records === batch.records ? { action: 'forward', trace } : { action: 'modify', records, trace };
  }

  /** Runs the chain for a CreateTopics request; each policy sees only the topics in its scope. */
  async runCreateTopics(ctx: RequestContext, request: CreateTopicsRequest): Promise<CreateTopicsOutcome> {
    return this.#runAdmin(
      'onCreateTopics',
      ctx,
      API_KEYS.CreateTopics,
      request,
      (a, req) => {
        const topics = req.topics.filter((t) => a.matcher.topic(t.name));
        return topics.length === 0 ? null : { payload: { ...req, topics }, names: topics.map((t) => t.name) };
      },
      (req, changes, names) => {
        if (!changes.topics) return req;
        const byName = new Map(changes.topics.filter((t) => names.includes(t.name)).map((t) => [t.name, t]));
        return {
          ...req,
          topics: req.topics.map((t) => {
            const c = byName.get(t.name);
            if (!c) return t;
            return {
              name: t.name,
              numPartitions: c.numPartitions ?? t.numPartitions,
              replicationFactor: c.replicationFactor ?? t.replicationFactor,
              configs: c.configs ?? t.configs,
            };
          }),
        };
      },
    );
  }

  /** Runs the chain for AlterConfigs / IncrementalAlterConfigs (`request.incremental`). */
  async runAlterConfigs(ctx: RequestContext, request: AlterConfigsRequest): Promise<AlterConfigsOutcome> {
    const apiKey = request.incremental ? API_KEYS.IncrementalAlterConfigs : API_KEYS.AlterConfigs;
    return this.#runAdmin(
      'onAlterConfigs',
      ctx,
      apiKey,
      request,
      (a, req) => {
        // A policy scoped to topics sees only topic resources it matches; an unscoped one sees all.
        const resources = req.resources.filter(
          (r) => !a.matcher.hasTopics || (r.type === 'topic' && a.matcher.topic(r.name)),
        );
        return resources.length === 0
          ? null
          : { payload: { ...req, resources }, names: resources.map((r) => `${r.type}:${r.name}`) };
      },
      (req, changes, names) => {
        if (!changes.resources) return req;
        const byName = new Map(
          changes.resources
            .filter((r) => names.includes(`${r.type}:${r.name}`))
            .map((r) => [`${r.type}:${r.name}`, r]),
        );
        return {
          ...req,
          resources: req.resources.map((r) => {
            const c = byName.get(`${r.type}:${r.name}`);
            return c ? { ...r, configs: c.configs } : r;
          }),
        };
      },
    );
  }

  /** Runs `onRequest` hooks for any API key (header fields only). */
  async runRequest(ctx: RequestContext, request: GenericRequest): Promise<GenericRequestOutcome> {
    return this.#runAdmin(
      'onRequest',
      ctx,
      request.apiKey,
      request,
      (a, req) =>
        hookRunsFor('onRequest', req.apiKey, a.manifest.requestApiKeys) ? { payload: req, names: [] } : null,
      (req, changes) => (changes.clientId === undefined ? req : { ...req, clientId: changes.clientId }),
    );
  }

  async #runAdmin<R>(
    hook: HookName,
    ctx: RequestContext,
    apiKey: number,
    request: R,
    view: (a: Active, req: R) => { payload: unknown; names: string[] } | null,
    apply: (req: R, changes: RequestChanges, names: string[]) => R,
  ): Promise<
    { trace: TraceEntry[] } & (
      | { action: 'forward' }
      | { action: 'modify'; request: R }
      | (Rejection & { resources: string[] })
    )
  > {
    const trace: TraceEntry[] = [];
    let current = request;
    const wctx = this.#wctx(
      hook === 'onRequest' ? { ...ctx, clientId: (request as GenericRequest).clientId ?? ctx.clientId } : ctx,
      apiKey,
      null,
      null,
    );
    for (const a of this.#select(hook, ctx, null)) {
      const seen = view(a, current);
      if (!seen) continue;
      const t0 = performance.now();
      const step = await this.#step(a, hook, wctx, seen.payload, 0);
      if (step.kind === 'failure') {
        const rejection = this.#failure(a, hook, step, trace, t0);
        if (rejection) return { ...rejection, resources: seen.names, trace };
        continue;
      }
      const v = step.verdict;
      const audit = a.mode === 'audit';
      const result: TraceEntry['result'] = audit && v.kind !== 'accept' ? `audit-${v.kind}` : v.kind;
      trace.push({ policy: a.id, revision: a.revision, result, micros: micros(t0) });
      this.#telemetry.invoked(a, hook, result);
      if (v.kind === 'reject') {
        this.#log.warn(
          {
            policy: a.id,
            revision: a.revision,
            hook,
            resources: seen.names,
            mode: a.mode,
            reason: v.message,
          },
          audit ? 'audit: policy would refuse request' : 'policy refused request',
        );
        if (audit) continue;
        return {
          action: 'reject',
          errorCode: v.errorCode ?? defaultRejectCode(hook),
          errorMessage: `${a.id}: ${v.message}`,
          retriable: false,
          policy: a.id,
          resources: seen.names,
          trace,
        };
      }
      if (v.kind === 'modify' && v.request && !audit) current = apply(current, v.request, seen.names);
    }
    return current === request ? { action: 'forward', trace } : { action: 'modify', request: current, trace };
  }
}

/** Applies the limits a deployment sets; undefined means "keep the default". Null when one is not a positive number. */
function withLimits(base: SandboxLimits, over: Partial<SandboxLimits> | undefined): SandboxLimits | null {
  const out = { ...base };
  for (const k of Object.keys(base) as (keyof SandboxLimits)[]) {
    const v = over?.[k];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return null;
    out[k] = v;
  }
  return out;
}

function micros(t0: number): number {
  return Math.round((performance.now() - t0) * 1000);
}

/** Fetch-side records keep the offset of the record they come from; or a problem string. */
function fetchRecords(input: BatchRecord[], out: CheckedRecord[]): BatchRecord[] | string {
  let last = -1;
  const result: BatchRecord[] = [];
  for (const r of out) {
    if (r.sourceIndex <= last) {
      return 'onFetch may change or drop records but not add, duplicate or reorder them (keep each record from batch.records)';
    }
    last = r.sourceIndex;
    result.push({
      key: r.key,
      value: r.value,
      headers: r.headers,
      timestamp: r.timestamp,
      offsetDelta: input[r.sourceIndex].offsetDelta,
    });
  }
  return result;
}

/** Produce-side records are renumbered: the gateway writes a new batch. */
function toBatchRecords(records: CheckedRecord[]): BatchRecord[] {
  return records.map((r, i) => ({
    key: r.key,
    value: r.value,
    headers: r.headers,
    timestamp: r.timestamp,
    offsetDelta: i,
  }));
}
