// The active deployments (compiled policy + config + scope + priority + mode + onError). A
// deployment is validated and loaded into a sandbox before it joins the chain, so a bad one
// leaves the previous revision active; the same id again is a hot swap. A replaced or removed
// deployment is retired and unloaded when its last batch ends. The chain is an immutable list,
// sorted by priority then id, with the coverage derived from it: a batch iterates a stable list.

import type { PolicyManifest } from '../sdk/runtime/wire.ts';
import type { OnErrorMode, PolicyMode, Scope } from '../sdk/types.ts';
import { type CapabilityGrant, kmsKeyGrant } from './capabilities.ts';
import type { CompiledPolicy } from './compile.ts';
import { Coverage } from './coverage.ts';
import { EngineError } from './errors.ts';
import { QUARANTINE_WINDOW_MS, Quarantine } from './quarantine.ts';
import type { SandboxLimits } from './sandbox/messages.ts';
import { DEFAULT_LIMITS } from './sandbox/messages.ts';
import type { SandboxPool } from './sandbox/pool.ts';
import type { ScopeMatcher } from './scope.ts';
import { compileScope } from './scope.ts';
import type { CountingPolicy, Telemetry } from './telemetry.ts';

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
  /** KMS key names (or globs, `alias/customer-*`) this deployment may use through ctx.kms. Default none. */
  kmsKeys?: string[];
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

/** An active deployment as the chain runs it. */
export interface ActiveDeployment extends Readonly<DeployedPolicy>, CapabilityGrant, CountingPolicy {
  /** Its loaded instance in the sandbox pool (id, revision and a sequence number). */
  readonly key: string;
  readonly matcher: ScopeMatcher;
  readonly quarantine: Quarantine;
}

/** What deployments need of the sandbox pool. */
export type PolicyLoader = Pick<SandboxPool, 'load' | 'unload'>;

/** Batches in flight on a deployment, and whether it has left the chain. */
interface Lifecycle {
  inflight: number;
  retired: boolean;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export class Deployments {
  readonly #loader: PolicyLoader;
  readonly #defaults: SandboxLimits;
  readonly #telemetry: Telemetry;
  #chain: readonly ActiveDeployment[] = [];
  #coverage = new Coverage<ActiveDeployment>([]);
  /** Loaded deployments by key, the chain's and retired ones still running batches. */
  readonly #byKey = new Map<string, ActiveDeployment>();
  readonly #lifecycles = new WeakMap<ActiveDeployment, Lifecycle>();
  /** Shadow deployments by the id of the active deployment they run beside (never in the chain). */
  readonly #shadows = new Map<string, ActiveDeployment>();
  #seq = 0;

  constructor(loader: PolicyLoader, defaults: SandboxLimits, telemetry: Telemetry) {
    this.#loader = loader;
    this.#defaults = defaults;
    this.#telemetry = telemetry;
  }

  /** The limits of deployments that set none: DEFAULT_LIMITS with the engine's overrides. */
  static defaultLimits(over: Partial<SandboxLimits> | undefined): SandboxLimits {
    const defaults = withLimits(DEFAULT_LIMITS, over);
    if (!defaults)
      throw new EngineError('SLUICE_ENGINE_INVALID_DEPLOYMENT', 'default limits must be positive numbers');
    return defaults;
  }

  /** The chain's coverage: replaced, never changed, on every deploy and remove. */
  get coverage(): Coverage<ActiveDeployment> {
    return this.#coverage;
  }

  /** The active deployments in chain order. */
  list(): DeployedPolicy[] {
    return this.#chain.map(published);
  }

  find(id: string): ActiveDeployment | undefined {
    return this.#chain.find((a) => a.id === id);
  }

  /** A loaded deployment, active or retired with batches still running. */
  byKey(key: string): ActiveDeployment | undefined {
    return this.#byKey.get(key);
  }

  /**
   * Loads a deployment and makes it active. With an id already active this is a hot swap:
   * batches already running finish on the old revision, the next batch uses the new one.
   * Throws EngineError when the policy cannot be loaded or its config is invalid; the
   * previous revision then stays active.
   */
  async deploy(d: PolicyDeployment): Promise<DeployedPolicy> {
    const entry = await this.#load(d);
    const previous = this.find(d.id);
    this.#setChain(
      [...this.#chain.filter((a) => a.id !== d.id), entry].sort(
        (a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      ),
    );
    if (previous) this.#retire(previous);
    this.#telemetry.log.info(
      { policy: d.id, revision: entry.revision, hooks: entry.manifest.hooks, swapped: Boolean(previous) },
      'policy active',
    );
    return published(entry);
  }

  /**
   * Loads a candidate revision to run beside the active deployment of the same id, on the same
   * payloads, in audit mode: its verdicts are compared, never applied. Replaces an earlier shadow.
   */
  async deployShadow(d: PolicyDeployment): Promise<DeployedPolicy> {
    const entry = await this.#load({ ...d, mode: 'audit' });
    const previous = this.#shadows.get(d.id);
    this.#shadows.set(d.id, entry);
    if (previous) this.#retire(previous);
    this.#telemetry.log.info({ policy: d.id, revision: entry.revision }, 'policy shadow running');
    return published(entry);
  }

  /** Stops the shadow of `id`, if there is one; its running batches finish first. */
  removeShadow(id: string): void {
    const entry = this.#shadows.get(id);
    if (!entry) return;
    this.#shadows.delete(id);
    this.#retire(entry);
    this.#telemetry.log.info({ policy: id, revision: entry.revision }, 'policy shadow stopped');
  }

  /** The shadow running beside an active deployment. */
  shadowOf(a: ActiveDeployment): ActiveDeployment | undefined {
    return this.#shadows.get(a.id);
  }

  /** Validates and loads a deployment into the sandbox pool; not yet in the chain. */
  async #load(d: PolicyDeployment): Promise<ActiveDeployment> {
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
    const reply = await this.#loader.load({ key, code: d.policy.code, config: d.config ?? {}, limits });
    if (!reply.ok) {
      const code = reply.kind === 'config' ? 'SLUICE_ENGINE_CONFIG_INVALID' : 'SLUICE_ENGINE_LOAD_FAILED';
      this.#telemetry.log.error(
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
      // Regexes only from the operator: a policy's default scope comes out of its bundle.
      matcher = compileScope(scope, d.scope !== undefined);
    } catch (e) {
      this.#loader.unload(key);
      throw e;
    }
    const previous = this.find(d.id);
    const entry: ActiveDeployment = {
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
      kmsKeys: kmsKeyGrant(d.kmsKeys ?? []),
      metricNames: previous?.metricNames ?? new Set(),
      quarantine: new Quarantine(),
    };
    this.#byKey.set(key, entry);
    this.#lifecycles.set(entry, { inflight: 0, retired: false });
    return entry;
  }

  /** Deactivates a deployment; its running batches finish first. */
  remove(id: string): void {
    const entry = this.find(id);
    if (!entry) throw new EngineError('SLUICE_ENGINE_UNKNOWN_POLICY', `no active policy ${id}`);
    this.#setChain(this.#chain.filter((a) => a !== entry));
    this.#retire(entry);
    this.removeShadow(id);
    this.#telemetry.log.info({ policy: id, revision: entry.revision }, 'policy removed');
  }

  /** Empties the chain (the engine is closing); the pool goes away with the loaded isolates. */
  clear(): void {
    this.#setChain([]);
    this.#shadows.clear();
  }

  /** Runs one batch on a deployment; one retired meanwhile is unloaded when its last batch ends. */
  async hold<T>(a: ActiveDeployment, batch: () => Promise<T>): Promise<T> {
    const life = this.#lifecycles.get(a) as Lifecycle;
    life.inflight++;
    try {
      return await batch();
    } finally {
      life.inflight--;
      if (life.retired && life.inflight === 0) this.#unload(a);
    }
  }

  /** The host killed a worker for this key's batch: the deployment it names, now one kill closer to quarantine. */
  recordKill(key: string): ActiveDeployment | undefined {
    const a = this.#byKey.get(key);
    if (a?.quarantine.recordKill()) this.#telemetry.quarantined(a, a.quarantine.kills, QUARANTINE_WINDOW_MS);
    return a;
  }

  #setChain(chain: readonly ActiveDeployment[]): void {
    this.#chain = chain;
    this.#coverage = new Coverage(chain);
  }

  #retire(entry: ActiveDeployment): void {
    const life = this.#lifecycles.get(entry) as Lifecycle;
    life.retired = true;
    if (life.inflight === 0) this.#unload(entry);
  }

  #unload(entry: ActiveDeployment): void {
    this.#byKey.delete(entry.key);
    this.#loader.unload(entry.key);
  }
}

/** What the engine tells its callers about a deployment (a copy without the engine's own fields). */
function published(a: ActiveDeployment): DeployedPolicy {
  const { id, revision, manifest, config, scope, priority, mode, onError, limits } = a;
  return { id, revision, manifest, config, scope, priority, mode, onError, limits };
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
