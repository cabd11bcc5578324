// One step of a chain: one policy on one payload. The sandbox's answer becomes a checked
// verdict or a failure, and each step's result goes into the trace and the counters. Every
// runner (produce, fetch, admin requests) is a loop over these steps.

import type { CheckedVerdict } from '../../sdk/host/validate.ts';
import { checkVerdict } from '../../sdk/host/validate.ts';
import type { WireContext } from '../../sdk/runtime/wire.ts';
import type { HookName } from '../../sdk/types.ts';
import type { ActiveDeployment, Deployments } from '../deployments.ts';
import type { Rejection, TraceEntry } from '../outcome.ts';
import { failureCode } from '../outcome.ts';
import type { FailureKind } from '../sandbox/messages.ts';
import type { SandboxPool } from '../sandbox/pool.ts';
import type { Telemetry } from '../telemetry.ts';
import { isVerdictResult, type VerdictAbout, type VerdictSink, verdictEvent } from '../verdicts.ts';

export type Step =
  | { kind: 'verdict'; verdict: CheckedVerdict }
  | { kind: 'failure'; failure: FailureKind; message: string };

export type Failure = Extract<Step, { kind: 'failure' }>;

/** What a step needs of the sandbox pool. */
export type PolicyRunner = Pick<SandboxPool, 'run'>;

export class StepRunner {
  readonly #sandbox: PolicyRunner;
  readonly #deployments: Pick<Deployments, 'hold'>;
  readonly #telemetry: Telemetry;
  readonly #verdicts: VerdictSink;

  constructor(
    sandbox: PolicyRunner,
    deployments: Pick<Deployments, 'hold'>,
    telemetry: Telemetry,
    verdicts: VerdictSink,
  ) {
    this.#sandbox = sandbox;
    this.#deployments = deployments;
    this.#telemetry = telemetry;
    this.#verdicts = verdicts;
  }

  get log(): Telemetry['log'] {
    return this.#telemetry.log;
  }

  /** Runs one policy on one payload: a checked verdict, or a failure. */
  async step(
    a: ActiveDeployment,
    hook: HookName,
    wctx: WireContext,
    payload: unknown,
    batchSize: number,
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
      this.#telemetry.absorb(a, r.logs, r.metrics);
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
    this.#telemetry.log.error(
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
}

function micros(t0: number): number {
  return Math.round((performance.now() - t0) * 1000);
}
