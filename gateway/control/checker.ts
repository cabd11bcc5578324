// Checks a pushed policy before anything is stored: it must compile (diagnostics with
// file:line:col), load in a sandbox with its config (the policy's own config schema decides),
// and pass its own tests if it brings any. Loading happens in an engine of its own — one
// sandbox worker, started on first use — so a push never touches the live engine, and the
// same engine evaluates dry-runs.
import type { Logger } from 'pino';
import type { BatchRecord } from '../../engine/index.ts';
import {
  type CompiledPolicy,
  type FetchOutcome,
  PolicyEngine,
  type ProduceOutcome,
  type RequestContext,
} from '../../engine/index.ts';
import { compileSpec } from './compile-spec.ts';
import { ControlError } from './errors.ts';
import { runPolicyTests } from './policy-tests.ts';
import { type PolicySpec, revisionId } from './revision.ts';

export interface DryRunBatch {
  hook: 'onProduce' | 'onFetch';
  topic: string;
  partition: number;
  records: BatchRecord[];
  principal?: string;
  clientId?: string | null;
}

export class PolicyChecker {
  readonly #log: Logger;
  #engine: Promise<PolicyEngine> | undefined;
  #seq = 0;

  constructor(log: Logger) {
    this.#log = log.child({ component: 'policy-check' });
  }

  #engineOnce(): Promise<PolicyEngine> {
    this.#engine ??= PolicyEngine.create({ workers: 1, logger: this.#log });
    return this.#engine;
  }

  /** The compiled policy, once it compiles, loads with its config and passes its tests. */
  async check(spec: PolicySpec): Promise<CompiledPolicy> {
    const compiled = await compileSpec(spec);
    if (!compiled.ok) {
      const where = compiled.diagnostics
        .map((d) => `${d.file ?? spec.entry}:${d.line ?? 0}:${d.column ?? 0} ${d.message}`)
        .join('; ');
      throw new ControlError('SLUICE_CONTROL_INVALID_POLICY', `${spec.name} does not compile: ${where}`, {
        details: { policy: spec.name, diagnostics: compiled.diagnostics },
      });
    }
    await this.#withDeployment(spec, compiled.policy, async () => undefined);
    const tests = await runPolicyTests(spec);
    if (tests && !tests.ok) {
      throw new ControlError(
        'SLUICE_CONTROL_INVALID_POLICY',
        `${spec.name}: its own tests fail:\n${tests.output}`,
        {
          details: { policy: spec.name, tests: tests.output },
        },
      );
    }
    return compiled.policy;
  }

  /** Runs one batch of sample records through the policy alone, activating nothing. */
  async dryRun(
    spec: PolicySpec,
    compiled: CompiledPolicy,
    batch: DryRunBatch,
  ): Promise<ProduceOutcome | FetchOutcome> {
    return this.#withDeployment<ProduceOutcome | FetchOutcome>(
      { ...spec, scope: undefined },
      compiled,
      (engine, id) => {
        const rc: RequestContext = {
          principal: batch.principal ?? 'User:ANONYMOUS',
          clientId: batch.clientId ?? null,
          listener: 'dry-run',
          apiVersion: 11,
        };
        const outcome =
          batch.hook === 'onFetch'
            ? engine.runFetch(rc, { topic: batch.topic, partition: batch.partition, records: batch.records })
            : engine.runProduce(rc, {
                topic: batch.topic,
                partition: batch.partition,
                records: batch.records,
                producerId: -1,
                transactional: false,
                acks: -1,
              });
        return outcome.then((o) => asPushed(o, id, spec));
      },
    );
  }

  async #withDeployment<T>(
    spec: PolicySpec,
    compiled: CompiledPolicy,
    run: (engine: PolicyEngine, id: string) => Promise<T>,
  ): Promise<T> {
    const engine = await this.#engineOnce();
    const id = `check-${++this.#seq}`;
    try {
      await engine.deploy({
        id,
        policy: compiled,
        config: spec.config,
        scope: spec.scope,
        mode: spec.mode,
        onError: spec.onError,
        ...(spec.kmsKeys ? { kmsKeys: spec.kmsKeys } : {}),
      });
    } catch (err) {
      const message = err instanceof Error ? err.message.replace(`${id}: `, '') : String(err);
      throw new ControlError('SLUICE_CONTROL_INVALID_POLICY', `${spec.name}: ${message}`, {
        details: { policy: spec.name },
      });
    }
    try {
      return await run(engine, id);
    } finally {
      await engine.remove(id);
    }
  }

  async close(): Promise<void> {
    const engine = this.#engine;
    this.#engine = undefined;
    await (await engine)?.close();
  }
}

/** A dry run's outcome in the policy's own name and revision, not the checker's deployment's. */
function asPushed<O extends ProduceOutcome | FetchOutcome>(o: O, id: string, spec: PolicySpec): O {
  const revision = revisionId(spec);
  const out = {
    ...o,
    trace: o.trace.map((t) => (t.policy === id ? { ...t, policy: spec.name, revision } : t)),
  };
  if (
    'errorMessage' in out &&
    typeof out.errorMessage === 'string' &&
    out.errorMessage.startsWith(`${id}: `)
  ) {
    out.errorMessage = `${spec.name}: ${out.errorMessage.slice(id.length + 2)}`;
  }
  return out;
}
