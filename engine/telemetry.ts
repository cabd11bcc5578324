// The engine's logs and counters: what policies log and count, absorbed from their results
// with the host's own caps, and the engine's own counters. Every metric name and help text is
// written here.

import type { Logger } from 'pino';
import { WIRE_LIMITS } from '../sdk/runtime/wire.ts';
import type { HookName } from '../sdk/types.ts';
import type { MetricsRegistry } from './metrics.ts';
import type { TraceEntry } from './outcome.ts';
import type { FailureKind } from './sandbox/messages.ts';
import type { WorkerExit } from './sandbox/pool.ts';

/** Distinct `ctx.metrics.count` names per deployment (bounded label cardinality). */
export const MAX_CUSTOM_METRICS = 100;
const MAX_LOG_FIELDS_CHARS = 4096;
const LOG_LEVELS: readonly string[] = ['debug', 'info', 'warn', 'error'];

/** The deployment a line or a counter is about. */
export interface PolicyLabels {
  readonly id: string;
  readonly revision: string;
}

/** A deployment whose own counters are absorbed: the names it used so far, kept across hot swaps. */
export interface CountingPolicy extends PolicyLabels {
  readonly metricNames: Set<string>;
}

export class Telemetry {
  readonly log: Logger;
  readonly metrics: MetricsRegistry;

  constructor(log: Logger, metrics: MetricsRegistry) {
    this.log = log;
    this.metrics = metrics;
  }

  /** Forwards what a policy logged and counted in one batch, labelled with the policy. */
  absorb(p: CountingPolicy, logs: unknown, metrics: unknown): void {
    // The sandbox's runtime caps these too, but it runs policy-controlled code: cap again here.
    if (Array.isArray(logs)) {
      for (const l of logs.slice(0, WIRE_LIMITS.logs)) {
        const level = LOG_LEVELS.includes(l?.level) ? (l.level as 'info') : 'info';
        let fields: unknown = l?.fields;
        if (fields !== undefined && JSON.stringify(fields).length > MAX_LOG_FIELDS_CHARS)
          fields = { truncated: true };
        this.log[level](
          { policy: p.id, revision: p.revision, fields },
          `policy: ${String(l?.msg ?? '').slice(0, WIRE_LIMITS.logMessageChars)}`,
        );
      }
    }
    if (Array.isArray(metrics)) {
      const c = this.metrics.counter('sluice_policy_custom_total', 'Counters incremented by policies');
      for (const m of metrics.slice(0, WIRE_LIMITS.metrics)) {
        if (
          !Array.isArray(m) ||
          typeof m[0] !== 'string' ||
          typeof m[1] !== 'number' ||
          !Number.isFinite(m[1])
        )
          continue;
        const name = m[0].slice(0, WIRE_LIMITS.metricNameChars);
        // A policy inventing names per batch must not grow the registry forever.
        if (!p.metricNames.has(name)) {
          if (p.metricNames.size >= MAX_CUSTOM_METRICS) continue;
          p.metricNames.add(name);
        }
        c.inc({ policy: p.id, name }, m[1]);
      }
    }
  }

  /** One hook invocation and its result; a failure is counted by kind too. */
  invoked(p: PolicyLabels, hook: HookName, result: TraceEntry['result'], failure?: FailureKind): void {
    this.metrics
      .counter('sluice_policy_invocations_total', 'Policy hook invocations by result')
      .inc({ policy: p.id, hook, result });
    if (failure) {
      this.metrics
        .counter('sluice_policy_failures_total', 'Policy failures by kind')
        .inc({ policy: p.id, hook, kind: failure });
    }
  }

  /** One comparison of a policy's shadow revision with its active one, and whether they differed. */
  shadowCompared(p: PolicyLabels, hook: HookName, differed: boolean): void {
    this.metrics
      .counter(
        'sluice_policy_shadow_comparisons_total',
        'Payloads a shadow revision ran on beside the active one, by whether their verdicts differed',
      )
      .inc({ policy: p.id, hook, result: differed ? 'different' : 'same' });
  }

  /** CPU a batch spent inside the policy's isolate. */
  cpu(p: PolicyLabels, hook: HookName, cpuNs: number): void {
    this.metrics
      .counter('sluice_policy_cpu_seconds_total', 'CPU time spent in policy isolates')
      .inc({ policy: p.id, hook }, cpuNs / 1e9);
  }

  capabilityDenied(policy: string, op: string): void {
    this.metrics
      .counter('sluice_policy_capability_denied_total', 'Capability calls refused')
      .inc({ policy, op });
  }

  quarantined(p: PolicyLabels, kills: number, windowMs: number): void {
    this.metrics.counter('sluice_policy_quarantined_total', 'Deployments quarantined').inc({ policy: p.id });
    this.log.error(
      { policy: p.id, revision: p.revision, kills, windowMs },
      'policy quarantined: it keeps hanging its sandbox worker; redeploy to lift',
    );
  }

  /** A sandbox worker was replaced; `culprit` is the deployment it was killed for, if any. */
  workerReplaced(exit: WorkerExit, culprit: PolicyLabels | undefined, quiet: boolean): void {
    this.metrics
      .counter('sluice_sandbox_worker_restarts_total', 'Sandbox worker processes replaced')
      .inc({ reason: exit.reason, policy: culprit?.id ?? '' });
    if (!quiet)
      this.log.warn({ ...exit, policy: culprit?.id, revision: culprit?.revision }, 'sandbox worker replaced');
  }
}
