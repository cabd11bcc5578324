// The gateway's side of the policy engine: owns the PolicyEngine, is the one place through
// which policies are deployed and removed at runtime, admits one request's batches at a time,
// and answers the data plane's cheap per-request questions (which hooks exist, which topics a
// record hook covers) from the engine's coverage snapshot.
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { HookName } from '../../engine/index.ts';
import {
  type DeployedPolicy,
  type EngineOptions,
  type PolicyDeployment,
  PolicyEngine,
  type RequestContext,
} from '../../engine/index.ts';
import type { ConnectionInfo } from '../pipeline/connection-info.ts';
import type { RequestContext as FilterRequestContext } from '../pipeline/filter.ts';
import type { DecodeBudget } from './decode-budget.ts';
import { ShadowReport } from './shadow-report.ts';

const ANONYMOUS = 'User:ANONYMOUS';
/** This replica's host name (the pod name in Kubernetes), as policies see it in `ctx.gatewayHost`. */
const GATEWAY_HOST = hostname();

/**
 * The principal policies see, in Kafka's form (as in ACLs and scopes): `User:<name>` once the
 * broker accepted the client's SASL exchange, else User:ANONYMOUS.
 */
export function principalOf(conn: ConnectionInfo): string {
  return conn.principal === undefined ? ANONYMOUS : `User:${conn.principal}`;
}

/**
 * What the engine knows of a request: who sent it, on which listener and SNI name, at which
 * version, through which replica. `clientId` defaults to the one the client sent (a request
 * filter may have replaced it on its way upstream).
 */
export function engineContext(
  ctx: Pick<FilterRequestContext, 'conn' | 'head'> & { clientId?: string | null },
): RequestContext {
  return {
    principal: principalOf(ctx.conn),
    clientId: ctx.clientId !== undefined ? ctx.clientId : ctx.head.clientId,
    listener: ctx.conn.listener,
    apiVersion: ctx.head.apiVersion,
    serverName: ctx.conn.serverName ?? null,
    gatewayHost: GATEWAY_HOST,
  };
}

/**
 * Requests whose batches may be in the sandbox at once, per sandbox worker. A worker runs
 * batches one at a time; more in flight only queue there. All batches of one request go in
 * together (one IPC write each way), so a request is the unit. Measured with
 * bench/gateway-policy.ts (3 partitions, 64 KB batches), per batch: 16 in flight gave the same
 * throughput as 2 but 8.9 ms per batch instead of 2.1 ms. Requests beyond this wait here,
 * first come first served.
 */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Waits for every job, then fails with the first failure: a request's admission is released
 * only when none of its batches is still in the sandbox.
 */
export async function allDone(jobs: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * One request's partition jobs in one admission: they start in one turn, once the gateway-wide
 * decode account lets the request in, and what they decoded is given back when all are done.
 */
export async function runAdmitted(
  svc: PolicyRuntime,
  budget: DecodeBudget,
  starts: (() => Promise<void>)[],
): Promise<void> {
  try {
    await svc.run(async () => {
      await budget.admit();
      await allDone(starts.map((start) => start()));
    });
  } finally {
    budget.release();
  }
}

/** The engine calls the policy filters make. */
export type PolicyRunner = Pick<
  PolicyEngine,
  'runProduce' | 'runFetch' | 'runCreateTopics' | 'runAlterConfigs' | 'runRequest'
>;

/**
 * What the policy filters need of the running policies: which hooks and scopes are active (cheap
 * questions per request) and the engine to run them with, one request's batches admitted at a
 * time. PolicyService is the real one; tests script a fake.
 */
export interface PolicyRuntime {
  readonly engine: PolicyRunner;
  run<T>(call: (engine: PolicyRunner) => Promise<T>): Promise<T>;
  hasHook(hook: HookName): boolean;
  onRequestSees(apiKey: number): boolean;
  readonly hasProduce: boolean;
  readonly hasFetch: boolean;
  producesFor(topic: string, principal: string, clientId: string | null, listener: string): boolean;
  fetchesFor(topic: string, principal: string, clientId: string | null, listener: string): boolean;
}

export class PolicyService implements PolicyRuntime {
  readonly engine: PolicyEngine;
  readonly log: Logger;
  /** What the shadow runs on this replica have seen. */
  readonly shadows: ShadowReport;
  #slots: number;
  #waiting: (() => void)[] = [];

  private constructor(engine: PolicyEngine, log: Logger, workers: number, shadows: ShadowReport) {
    this.engine = engine;
    this.log = log;
    this.#slots = Math.max(1, workers) * IN_FLIGHT_PER_WORKER;
    this.shadows = shadows;
  }

  static async create(log: Logger, options: EngineOptions = {}): Promise<PolicyService> {
    const shadows = new ShadowReport();
    const engine = await PolicyEngine.create({
      logger: log.child({ component: 'policy' }),
      onShadow: (c) => shadows.add(c),
      ...options,
    });
    return new PolicyService(engine, log, options.workers ?? 1, shadows);
  }

  /**
   * Runs the engine calls of one request (all of its batches, started in one turn), at most
   * IN_FLIGHT_PER_WORKER requests per worker at a time, first come first served.
   */
  async run<T>(call: (engine: PolicyEngine) => Promise<T>): Promise<T> {
    if (this.#slots > 0) this.#slots--;
    else await new Promise<void>((r) => this.#waiting.push(r));
    try {
      return await call(this.engine);
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#slots++;
    }
  }

  /** Activates a policy (same id = hot swap: the next batch uses the new revision). */
  deploy(d: PolicyDeployment): Promise<DeployedPolicy> {
    return this.engine.deploy(d);
  }

  remove(id: string): Promise<void> {
    this.shadows.stop(id);
    return this.engine.remove(id);
  }

  /**
   * Runs `d` (a candidate revision, stored as `revision`) beside the active policy of the same
   * id, in audit mode, and starts its report afresh, keeping the first `sample` differing records.
   */
  async deployShadow(
    d: PolicyDeployment,
    run: { revision?: string; sample?: number } = {},
  ): Promise<DeployedPolicy> {
    const deployed = await this.engine.deployShadow(d);
    this.shadows.start(d.id, deployed.revision, run.revision ?? deployed.revision, run.sample);
    return deployed;
  }

  async removeShadow(id: string): Promise<void> {
    this.shadows.stop(id);
    await this.engine.removeShadow(id);
  }

  list(): DeployedPolicy[] {
    return this.engine.list();
  }

  /** The active policies whose scope takes in this topic and client, in the order they run. */
  chainFor(q: {
    topic?: string;
    principal?: string;
    clientId?: string;
    listener?: string;
  }): DeployedPolicy[] {
    const ids = this.engine.coverage.applying(
      q.topic ?? null,
      q.principal ?? ANONYMOUS,
      q.clientId ?? null,
      q.listener ?? null,
    );
    const byId = new Map(this.engine.list().map((d) => [d.id, d]));
    return ids.map((id) => byId.get(id)!);
  }

  /** Does some active policy have this hook? */
  hasHook(hook: HookName): boolean {
    return this.engine.coverage.hasHook(hook);
  }

  /** Does some `onRequest` hook see requests of this api key? */
  onRequestSees(apiKey: number): boolean {
    return this.engine.coverage.runsFor('onRequest', apiKey);
  }

  /** Does some produce policy cover this topic for this client? (records are decoded only then) */
  producesFor(topic: string, principal: string, clientId: string | null, listener: string): boolean {
    return this.engine.coverage.covers('onProduce', topic, principal, clientId, listener);
  }

  get hasProduce(): boolean {
    return this.engine.coverage.hasHook('onProduce');
  }

  get hasFetch(): boolean {
    return this.engine.coverage.hasHook('onFetch');
  }

  fetchesFor(topic: string, principal: string, clientId: string | null, listener: string): boolean {
    return this.engine.coverage.covers('onFetch', topic, principal, clientId, listener);
  }

  async close(): Promise<void> {
    await this.engine.close();
  }
}
