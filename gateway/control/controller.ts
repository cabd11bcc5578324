// The control plane's one writer and applier: pushes, activations, rollbacks and deletes go into
// the store; every entry read back from it (this replica's or another's) is folded into the
// PolicyState, and a change of a policy's active revision is applied to the running
// PolicyService (compile once per revision, deploy = hot swap at the next batch, or remove).
// A write resolves once this replica has applied it, so a push that answers 201 is live here.
import type { Logger } from 'pino';
import type { CompiledPolicy, PolicyDeployment } from '../../engine/index.ts';
import type { PolicyService } from '../policy/service.ts';
import { compileSpec } from './compile-spec.ts';
import { ControlError } from './errors.ts';
import { newRevision, type PolicySpec, type Revision } from './revision.ts';
import {
  type ActiveEntry,
  activeKey,
  type LogEntry,
  PolicyState,
  type PolicyView,
  revisionKey,
  type ShadowEntry,
  shadowKey,
} from './state.ts';
import type { PolicyStore } from './store.ts';

export interface ControllerOptions {
  store: PolicyStore;
  /** The running policies; the controller deploys into them. */
  policies: () => Promise<Pick<PolicyService, 'deploy' | 'remove' | 'deployShadow' | 'removeShadow'>>;
  log: Logger;
  /** Where admin writes are recorded (the audit trail); default: the log. */
  audit?: (e: { user: string; action: string; policy: string; [field: string]: unknown }) => void;
  /** Policy names the config file deploys: the API may not push over them. */
  reserved?: ReadonlySet<string>;
}

export interface WriteResult {
  policy: string;
  revision: string | null;
  generation: number;
  /** The revision was new (a push of known content creates nothing). */
  created: boolean;
  /** The active revision changed. */
  changed: boolean;
}

/** What an admin write says about itself, for the audit trail. */
export interface Actor {
  user: string;
}

export class PolicyController {
  readonly state = new PolicyState();
  readonly #opts: ControllerOptions;
  readonly #log: Logger;
  readonly #compiled = new Map<string, CompiledPolicy>();
  /** Policy → the revision applied to the PolicyService (null: none). */
  readonly #applied = new Map<string, string | null>();
  /** Policy → the shadow revision running beside it here (with its entry's time: a restart). */
  readonly #appliedShadow = new Map<string, string>();
  #applying: Promise<void> = Promise.resolve();
  #started = false;
  #failures = new Map<string, string>();

  constructor(opts: ControllerOptions) {
    this.#opts = opts;
    this.#log = opts.log.child({ component: 'control' });
  }

  async start(): Promise<void> {
    await this.#opts.store.start((e) => this.#onEntry(e));
    this.#started = true;
    for (const view of this.state.policies()) this.#schedule(view.name);
    await this.#applying;
  }

  /** Every active policy is loaded (readiness). */
  get ready(): boolean {
    if (!this.#started) return false;
    for (const v of this.state.policies()) {
      if ((v.active?.revision ?? null) !== (this.#applied.get(v.name) ?? null)) return false;
    }
    return true;
  }

  /** The revision of `name` running on this replica's data plane (null: none yet, or none). */
  live(name: string): string | null {
    return this.#applied.get(name) ?? null;
  }

  /** Policies whose active revision could not be loaded here, with why. */
  get failures(): ReadonlyMap<string, string> {
    return this.#failures;
  }

  list(): PolicyView[] {
    return this.state.policies();
  }

  view(name: string): PolicyView {
    const v = this.state.view(name);
    if (!v)
      throw new ControlError('SLUICE_CONTROL_NOT_FOUND', `no policy ${name}`, { details: { policy: name } });
    return v;
  }

  revision(name: string, id: string): Revision {
    const r = this.state.revision(name, id);
    if (!r) {
      throw new ControlError('SLUICE_CONTROL_NOT_FOUND', `policy ${name} has no revision ${id}`, {
        details: { policy: name, revision: id },
      });
    }
    return r;
  }

  /**
   * Stores a revision of `spec` (compiled and checked by the caller) and, unless told not to,
   * makes it active. `ifMatch` is the generation the writer saw (optimistic concurrency).
   */
  async push(
    spec: PolicySpec,
    actor: Actor,
    opts: {
      activate?: boolean;
      ifMatch?: number;
      /** The bundle the caller's check compiled from these files: not compiled again here. */
      compiled?: CompiledPolicy;
    } = {},
  ): Promise<WriteResult> {
    this.#checkName(spec.name);
    const rev = newRevision(spec, actor.user);
    if (opts.compiled && !this.#compiled.has(rev.id)) this.#compiled.set(rev.id, opts.compiled);
    const known = this.state.revision(spec.name, rev.id);
    if (!known) await this.#opts.store.put(revisionKey(spec.name, rev.id), rev);
    const result =
      opts.activate === false
        ? {
            policy: spec.name,
            revision: rev.id,
            generation: this.state.generation(spec.name),
            changed: false,
          }
        : await this.#setActive(spec.name, rev.id, actor, opts.ifMatch);
    this.#audit(actor, 'push', spec.name, { revision: rev.id, created: !known, activated: result.changed });
    return { ...result, created: !known };
  }

  async activate(name: string, revision: string, actor: Actor, ifMatch?: number): Promise<WriteResult> {
    this.revision(name, revision);
    const r = await this.#setActive(name, revision, actor, ifMatch);
    this.#audit(actor, 'activate', name, { revision });
    return { ...r, created: false };
  }

  /** Back to `to`, or to the revision that was active before the current one. */
  async rollback(name: string, actor: Actor, to?: string, ifMatch?: number): Promise<WriteResult> {
    const v = this.view(name);
    const current = v.active?.revision ?? null;
    const previous = v.active?.previous ?? undefined;
    const target = to ?? (previous && this.state.revision(name, previous) ? previous : undefined);
    if (!target) {
      throw new ControlError(
        'SLUICE_CONTROL_CONFLICT',
        `policy ${name} has no earlier active revision to roll back to`,
        {
          details: { policy: name },
        },
      );
    }
    const r = await this.activate(name, target, actor, ifMatch);
    this.#audit(actor, 'rollback', name, { from: current, to: target });
    return r;
  }

  /** Deactivates a policy and forgets its revisions. */
  async delete(name: string, actor: Actor, ifMatch?: number): Promise<WriteResult> {
    const v = this.view(name);
    const r = await this.#setActive(name, null, actor, ifMatch);
    for (const rev of v.revisions) await this.#opts.store.put(revisionKey(name, rev.id), null);
    this.#audit(actor, 'delete', name, { revision: v.active?.revision ?? null });
    return { ...r, created: false };
  }

  async deleteRevision(name: string, revision: string, actor: Actor): Promise<void> {
    this.revision(name, revision);
    if (this.state.active(name)?.revision === revision) {
      throw new ControlError(
        'SLUICE_CONTROL_CONFLICT',
        `revision ${revision} is active; activate another first`,
        {
          details: { policy: name, revision },
        },
      );
    }
    await this.#opts.store.put(revisionKey(name, revision), null);
    this.#audit(actor, 'delete-revision', name, { revision });
  }

  /**
   * Runs a stored revision beside the active one, in audit mode, on every replica: each counts
   * where their verdicts differ. Starting again (even with the same revision) resets the counts.
   */
  async startShadow(
    name: string,
    revision: string,
    actor: Actor,
    sample?: number,
  ): Promise<ShadowEntry & { policy: string }> {
    this.#checkName(name);
    this.revision(name, revision);
    const active = this.state.active(name)?.revision ?? null;
    if (active === null) {
      throw new ControlError(
        'SLUICE_CONTROL_CONFLICT',
        `policy ${name} has no active revision to compare a shadow with; push it with mode audit instead`,
        { details: { policy: name } },
      );
    }
    if (active === revision) {
      throw new ControlError('SLUICE_CONTROL_CONFLICT', `revision ${revision} is the active one`, {
        details: { policy: name, revision },
      });
    }
    const entry: ShadowEntry = {
      revision,
      ...(sample !== undefined ? { sample } : {}),
      by: actor.user,
      at: new Date().toISOString(),
    };
    await this.#opts.store.put(shadowKey(name), entry);
    await this.#applying;
    this.#audit(actor, 'shadow-start', name, { revision, active });
    return { policy: name, ...entry };
  }

  /** Stops the policy's shadow run on every replica. */
  async stopShadow(name: string, actor: Actor): Promise<void> {
    const current = this.shadowOf(name);
    await this.#opts.store.put(shadowKey(name), null);
    await this.#applying;
    this.#audit(actor, 'shadow-stop', name, { revision: current.revision });
  }

  /** Makes the shadow revision the active one and ends the shadow run. */
  async promoteShadow(name: string, actor: Actor, ifMatch?: number): Promise<WriteResult> {
    const shadow = this.shadowOf(name);
    const r = await this.activate(name, shadow.revision as string, actor, ifMatch);
    await this.#opts.store.put(shadowKey(name), null);
    await this.#applying;
    this.#audit(actor, 'shadow-promote', name, { revision: shadow.revision });
    return r;
  }

  /** The policy's shadow run; NOT_FOUND when none runs. */
  shadowOf(name: string): ShadowEntry {
    const entry = this.state.shadow(name);
    if (!entry) {
      throw new ControlError('SLUICE_CONTROL_NOT_FOUND', `policy ${name} has no shadow running`, {
        details: { policy: name },
      });
    }
    return entry;
  }

  /** The compiled bundle of a revision (cached by revision id). */
  async compiled(rev: Revision): Promise<CompiledPolicy> {
    const cached = this.#compiled.get(rev.id);
    if (cached) return cached;
    const r = await compileSpec(rev.spec);
    if (!r.ok) {
      throw new ControlError('SLUICE_CONTROL_INVALID_POLICY', `revision ${rev.id} does not compile`, {
        details: { diagnostics: r.diagnostics },
      });
    }
    this.#compiled.set(rev.id, r.policy);
    return r.policy;
  }

  async close(): Promise<void> {
    await this.#opts.store.close();
    await this.#applying;
  }

  #checkName(name: string): void {
    if (this.#opts.reserved?.has(name)) {
      throw new ControlError(
        'SLUICE_CONTROL_CONFLICT',
        `policy ${name} is deployed by the config file; rename it`,
        {
          details: { policy: name },
        },
      );
    }
  }

  async #setActive(
    name: string,
    revision: string | null,
    actor: Actor,
    ifMatch: number | undefined,
  ): Promise<Omit<WriteResult, 'created'>> {
    this.#checkName(name);
    const seen = this.state.generation(name);
    if (ifMatch !== undefined && ifMatch !== seen) {
      throw new ControlError(
        'SLUICE_CONTROL_PRECONDITION',
        `policy ${name} is at generation ${seen}, not ${ifMatch}`,
        {
          details: { policy: name, generation: seen },
        },
      );
    }
    if ((this.state.active(name)?.revision ?? null) === revision) {
      return { policy: name, revision, generation: seen, changed: false };
    }
    const entry: ActiveEntry = {
      revision,
      previous: this.state.active(name)?.revision ?? null,
      generation: seen + 1,
      by: actor.user,
      at: new Date().toISOString(),
    };
    const offset = await this.#opts.store.put(activeKey(name, this.#opts.store.writer), entry);
    const winner = this.state.winner(name);
    if (!winner || winner.offset !== offset) {
      // Another replica's write from the same view came first in the log: it stands, ours not.
      throw new ControlError(
        'SLUICE_CONTROL_PRECONDITION',
        `policy ${name} was changed concurrently; reload and retry`,
        {
          details: { policy: name, generation: winner?.generation ?? 0 },
        },
      );
    }
    await this.#applying;
    return { policy: name, revision, generation: entry.generation, changed: true };
  }

  #onEntry(e: LogEntry): void {
    const policy = this.state.apply(e);
    if (policy !== undefined && this.#started) this.#schedule(policy);
  }

  /** Applies a policy's active revision to the PolicyService, after whatever is being applied. */
  #schedule(policy: string): void {
    this.#applying = this.#applying.then(() => this.#apply(policy));
  }

  async #apply(policy: string): Promise<void> {
    await this.#applyActive(policy);
    await this.#applyShadow(policy);
  }

  async #applyActive(policy: string): Promise<void> {
    const want = this.state.active(policy)?.revision ?? null;
    if ((this.#applied.get(policy) ?? null) === want) return;
    const svc = await this.#opts.policies();
    try {
      if (want === null) {
        if (this.#applied.get(policy)) await svc.remove(policy);
        this.#applied.set(policy, null);
        this.#failures.delete(policy);
        return;
      }
      const rev = this.state.revision(policy, want);
      if (!rev) return; // the revision entry arrives later in the log
      await svc.deploy(await this.#deployment(policy, rev));
      this.#applied.set(policy, want);
      this.#failures.delete(policy);
      this.#log.info({ policy, revision: want }, 'policy revision live');
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.#failures.set(policy, message);
      this.#log.error({ policy, revision: want, err: message }, 'policy revision could not be applied');
    }
  }

  /**
   * Runs the shadow the store names beside the active revision applied here; none when the
   * policy is inactive or the shadow is the active revision. A new entry (even of the same
   * revision) restarts the run, so its counts start afresh.
   */
  async #applyShadow(policy: string): Promise<void> {
    const entry = this.state.shadow(policy);
    const active = this.#applied.get(policy) ?? null;
    const want = entry?.revision && active !== null && entry.revision !== active ? entry : undefined;
    const runId = want ? `${want.revision}@${want.at}` : undefined;
    if (this.#appliedShadow.get(policy) === runId) return;
    const svc = await this.#opts.policies();
    try {
      if (!want) {
        await svc.removeShadow(policy);
        this.#appliedShadow.delete(policy);
        return;
      }
      const rev = this.state.revision(policy, want.revision as string);
      if (!rev) return; // the revision entry arrives later in the log
      await svc.deployShadow(await this.#deployment(policy, rev), {
        revision: rev.id,
        sample: want.sample,
      });
      this.#appliedShadow.set(policy, runId as string);
      this.#log.info({ policy, revision: rev.id, active }, 'policy shadow running');
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.#log.error(
        { policy, revision: want?.revision, err: message },
        'policy shadow could not be started',
      );
    }
  }

  async #deployment(policy: string, rev: Revision): Promise<PolicyDeployment> {
    const s = rev.spec;
    return {
      id: policy,
      policy: await this.compiled(rev),
      config: s.config,
      scope: s.scope,
      priority: s.priority,
      mode: s.mode,
      onError: s.onError,
      ...(s.kmsKeys ? { kmsKeys: s.kmsKeys } : {}),
    };
  }

  #audit(actor: Actor, action: string, policy: string, fields: Record<string, unknown>): void {
    const e = { user: actor.user, action, policy, ...fields };
    if (this.#opts.audit) this.#opts.audit(e);
    else this.#log.info({ audit: 'admin', ...e }, `admin ${action} ${policy}`);
  }
}
