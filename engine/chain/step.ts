// One step of a chain: one policy on one payload. The sandbox's answer becomes a checked
// verdict or a failure, and each step's result goes into the trace and the counters. Every
// runner (produce, fetch, admin requests) is a loop over these steps.

import type { CheckedVerdict } from '../../sdk/host/validate.ts';
import { checkVerdict } from '../../sdk/host/validate.ts';
import type { WireBatch, WireContext } from '../../sdk/runtime/wire.ts';
import type { HookName } from '../../sdk/types.ts';
import type { ActiveDeployment, Deployments } from '../deployments.ts';
import type { Rejection, TraceEntry } from '../outcome.ts';
import { failureCode } from '../outcome.ts';
import type { FailureKind } from '../sandbox/messages.ts';
import type { SandboxPool } from '../sandbox/pool.ts';
import { compareSteps, type ShadowComparison, type ShadowSink } from '../shadow.ts';
import type { Telemetry } from '../telemetry.ts';
import { isVerdictResult, type VerdictAbout, type VerdictSink, verdictEvent } from '../verdicts.ts';

export type Step =
  | { kind: 'verdict'; verdict: CheckedVerdict }
  | { kind: 'failure'; failure: FailureKind; message: string };

export type Failure = Extract<Step, { kind: 'failure' }>;

/** A step's result, and its comparison with the policy's shadow when one ran beside it. */
export type ShadowedStep = Step & { shadow?: ShadowComparison };

/** What a step needs of the sandbox pool. */
export type PolicyRunner = Pick<SandboxPool, 'run'>;

export class StepRunner {
  readonly #sandbox: PolicyRunner;
  readonly #deployments: Pick<Deployments, 'hold' | 'shadowOf'>;
  readonly #telemetry: Telemetry;
  readonly #verdicts: VerdictSink;
  readonly #shadows: ShadowSink;

  constructor(
    sandbox: PolicyRunner,
    deployments: Pick<Deployments, 'hold' | 'shadowOf'>,
    telemetry: Telemetry,
    verdicts: VerdictSink,
    shadows: ShadowSink = () => {},
  ) {
    this.#sandbox = sandbox;
    this.#deployments = deployments;
    this.#telemetry = telemetry;
    this.#verdicts = verdicts;
    this.#shadows = shadows;
  }

  get log(): Telemetry['log'] {
    return this.#telemetry.log;
  }

  /**
   * Runs one policy on one payload: a checked verdict, or a failure. When the policy has a
   * shadow, the shadow runs on the same payload at the same time, and the two are compared
   * (the comparison goes to the shadow sink and comes back with the step).
   */
  async step(
    a: ActiveDeployment,
    hook: HookName,
    wctx: WireContext,
    payload: unknown,
    batchSize: number,
  ): Promise<ShadowedStep> {
    const shadow = this.#deployments.shadowOf(a);
    if (!shadow) return this.#run(a, hook, wctx, payload, batchSize);
    const [primary, candidate] = await Promise.all([
      this.#run(a, hook, wctx, payload, batchSize),
      this.#run(shadow, hook, wctx, payload, batchSize, false),
    ]);
    const comparison: ShadowComparison = {
      policy: a.id,
      activeRevision: a.revision,
      shadowRevision: shadow.revision,
      hook,
      topic: wctx.topic,
      partition: wctx.partition,
      records: batchSize,
      ...compareSteps(primary, candidate, batchSize, (payload as { records?: WireBatch }).records),
      offsets: null,
      at: Date.now(),
    };
    this.#telemetry.shadowCompared(a, hook, comparison.differing.length > 0);
    this.#shadows(comparison);
    return { ...primary, shadow: comparison };
  }

  async #run(
    a: ActiveDeployment,
    hook: HookName,
    wctx: WireContext,
    payload: unknown,
    batchSize: number,
    /** A shadow's logs and custom metrics are not the active policy's: they are left out. */
    absorb = true,
  ): Promise<Step> {
    if (a.quarantine.isActive()) {
      return {
        kind: 'failure',
        failure: 'unavailable',
        message: 'policy quarantined after repeatedly hanging its sandbox worker',
      };
    }
    return this.#deployments.hold(a, async (): Promise<Step> => {
      const reply = await this.#sandbox.run(a.key, hook, wctx, payload);
      if (!reply.ok) return { kind: 'failure', failure: reply.kind, message: reply.message };
      const r = reply.result;
      this.#telemetry.cpu(a, hook, reply.cpuNs);
      if (absorb) this.#telemetry.absorb(a, r.logs, r.metrics);
      if (r.error)
        return { kind: 'failure', failure: 'threw', message: `${r.error.name}: ${r.error.message}` };
      const checked = checkVerdict(hook, r.verdict, batchSize);
      if (!checked.ok) return { kind: 'failure', failure: 'malformed', message: checked.problem };
      return { kind: 'verdict', verdict: checked.verdict };
    });
  }

  /**
   * Puts a step's result into the trace and the invocation counter; a result that refused or
   * changed data (or would have, in audit mode) also goes to the verdict sink (the audit trail).
   */
  record(
    a: ActiveDeployment,
    hook: HookName,
    result: TraceEntry['result'],
    trace: TraceEntry[],
    t0: number,
    about: VerdictAbout,
  ): void {
    trace.push({ policy: a.id, revision: a.revision, result, micros: micros(t0) });
    this.#telemetry.invoked(a, hook, result);
    if (isVerdictResult(result)) this.#verdicts(verdictEvent(a, hook, result, about));
  }

  /**
   * Handles a step's failure: logs and counts it, then either lets the data through
   * (onError open: null) or returns the rejection (closed).
   */
  failure(
    a: ActiveDeployment,
    hook: HookName,
    step: Failure,
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
    // A batch too large for the sandbox is the client's doing: refused whatever onError says,
    // so sending big batches is no way around a fail-open policy.
    const clients = step.failure === 'too-large';
    this.#telemetry.log[clients ? 'warn' : 'error'](
      { policy: a.id, revision: a.revision, hook, kind: step.failure, onError: a.onError, err: step.message },
      clients ? 'batch refused: too large for the policy' : 'policy failed',
    );
    if (a.onError === 'open' && !clients) return null;
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
}

function micros(t0: number): number {
  return Math.round((performance.now() - t0) * 1000);
}
