// Interceptors of the v2 API as Sluice policies. An interceptor is named by name + scope; its
// plugin class picks the policy (plugins.ts) and its config goes to it as the policy's config.
// The same name in a narrower scope overrides a wider one for the clients it covers — a user
// over a virtual cluster over global — so each wider interceptor of a name is deployed with the
// narrower ones' users and virtual clusters excluded from its scope, recomputed whenever one of
// the name changes. Virtual clusters are Sluice listeners; users are SASL principals. Groups
// (sets of users the commercial gateway manages) are refused: Sluice has no such sets yet.
import { createHash } from 'node:crypto';
import type { Scope } from '../../sdk/types.ts';
import type { PolicyChecker } from './checker.ts';
import type { Actor, PolicyController } from './controller.ts';
import { ControlError } from './errors.ts';
import { builtinFiles, PLUGIN_CLASSES, pluginClass, TYPESCRIPT_PLUGIN } from './plugins.ts';
import { type InterceptorScope, POLICY_NAME, type PolicySpec, revisionId } from './revision.ts';

export interface Interceptor {
  kind: 'Interceptor';
  apiVersion: 'gateway/v2';
  metadata: { name: string; scope: Required<InterceptorScope> };
  spec: { comment?: string; pluginClass: string; priority: number; config: Record<string, unknown> };
}

export type UpsertResult = 'Created' | 'Updated' | 'NotChanged';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

function normal(scope: InterceptorScope | undefined): Required<InterceptorScope> {
  return {
    vCluster: scope?.vCluster ?? null,
    group: scope?.group ?? null,
    username: scope?.username ?? null,
  };
}

const sameScope = (a: InterceptorScope, b: InterceptorScope) =>
  (a.vCluster ?? null) === (b.vCluster ?? null) &&
  (a.group ?? null) === (b.group ?? null) &&
  (a.username ?? null) === (b.username ?? null);

/** The deployment an interceptor becomes: its name when global, else its name and a tag of its scope. */
export function deploymentName(name: string, scope: InterceptorScope): string {
  const s = normal(scope);
  if (s.vCluster === null && s.username === null) return name;
  const tag = createHash('sha256').update(JSON.stringify(s)).digest('hex').slice(0, 8);
  const readable = [s.vCluster && `vc-${s.vCluster}`, s.username && `u-${s.username}`]
    .filter(Boolean)
    .join('.')
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(0, 60);
  return `${name}.${readable}.${tag}`.slice(0, 128);
}

export class Interceptors {
  readonly #controller: PolicyController;
  readonly #checker: PolicyChecker;

  constructor(controller: PolicyController, checker: PolicyChecker) {
    this.#controller = controller;
    this.#checker = checker;
  }

  /** Every active interceptor, as the v2 API shows it. */
  list(): Interceptor[] {
    const out: Interceptor[] = [];
    for (const v of this.#controller.list()) {
      const id = v.active?.revision;
      const spec = id ? this.#controller.state.revision(v.name, id)?.spec : undefined;
      if (spec?.interceptor) out.push(resourceOf(spec));
    }
    return out.sort(
      (a, b) => a.spec.priority - b.spec.priority || (a.metadata.name < b.metadata.name ? -1 : 1),
    );
  }

  /** The interceptors that apply to a caller, in the order they run (overrides resolved). */
  resolve(who: { vCluster?: string | null; groups?: string[]; username?: string | null }): Interceptor[] {
    const applies = (i: Interceptor) => {
      const s = i.metadata.scope;
      if (s.vCluster !== null && s.vCluster !== (who.vCluster ?? null)) return false;
      if (s.username !== null && s.username !== (who.username ?? null)) return false;
      if (s.group !== null && !(who.groups ?? []).includes(s.group)) return false;
      return true;
    };
    const narrowness = (s: InterceptorScope) => (s.username ? 3 : s.group ? 2 : s.vCluster ? 1 : 0);
    const best = new Map<string, Interceptor>();
    for (const i of this.list().filter(applies)) {
      const held = best.get(i.metadata.name);
      if (!held || narrowness(i.metadata.scope) > narrowness(held.metadata.scope))
        best.set(i.metadata.name, i);
    }
    return [...best.values()].sort((a, b) => a.spec.priority - b.spec.priority);
  }

  /** Creates or updates one interceptor (validated first; with `dryMode` nothing is stored). */
  async upsert(
    input: unknown,
    actor: Actor,
    dryMode: boolean,
  ): Promise<{ resource: Interceptor; upsertResult: UpsertResult }> {
    const wanted = parseInterceptor(input);
    const { name, scope } = wanted.metadata;
    const existing = this.list().find((i) => i.metadata.name === name && sameScope(i.metadata.scope, scope));
    const spec = this.#specOf(wanted, this.#excluded(name, scope, wanted));
    const compiled = await this.#checker.check(spec);
    const current = existing && this.#activeSpec(deploymentName(name, scope));
    const upsertResult: UpsertResult = !existing
      ? 'Created'
      : current && revisionId(current) === revisionId(spec)
        ? 'NotChanged'
        : 'Updated';
    if (!dryMode && upsertResult !== 'NotChanged') {
      await this.#controller.push(spec, actor, { compiled });
      await this.#refreshFamily(name, actor);
    }
    return { resource: resourceOf(spec), upsertResult };
  }

  /** Removes one interceptor; false when there is none of that name and scope. */
  async delete(name: string, scope: InterceptorScope | undefined, actor: Actor): Promise<boolean> {
    const s = normal(scope);
    if (!this.list().some((i) => i.metadata.name === name && sameScope(i.metadata.scope, s))) return false;
    await this.#controller.delete(deploymentName(name, s), actor);
    await this.#refreshFamily(name, actor);
    return true;
  }

  #activeSpec(deployment: string): PolicySpec | undefined {
    const id = this.#controller.state.active(deployment)?.revision;
    return id ? this.#controller.state.revision(deployment, id)?.spec : undefined;
  }

  /** Who the narrower interceptors of this name take away from one of scope `scope`. */
  #excluded(
    name: string,
    scope: Required<InterceptorScope>,
    extra?: Interceptor,
  ): { principals: string[]; listeners: string[] } {
    const family = this.list().filter((i) => i.metadata.name === name);
    if (extra && !family.some((i) => sameScope(i.metadata.scope, extra.metadata.scope))) family.push(extra);
    const principals = new Set<string>();
    const listeners = new Set<string>();
    for (const i of family) {
      const s = i.metadata.scope;
      if (sameScope(s, scope)) continue;
      if (
        scope.username === null &&
        s.username !== null &&
        (scope.vCluster === null || s.vCluster === scope.vCluster)
      ) {
        principals.add(`User:${s.username}`);
      }
      if (scope.vCluster === null && scope.username === null && s.vCluster !== null && s.username === null) {
        listeners.add(s.vCluster);
      }
    }
    return { principals: [...principals].sort(), listeners: [...listeners].sort() };
  }

  /** Re-deploys the wider interceptors of a name whose exclusions changed. */
  async #refreshFamily(name: string, actor: Actor): Promise<void> {
    for (const i of this.list().filter((x) => x.metadata.name === name)) {
      const spec = this.#specOf(i, this.#excluded(name, i.metadata.scope));
      const current = this.#activeSpec(deploymentName(name, i.metadata.scope));
      if (current && revisionId(current) !== revisionId(spec)) await this.#controller.push(spec, actor);
    }
  }

  #specOf(i: Interceptor, excluded: { principals: string[]; listeners: string[] }): PolicySpec {
    const { name, scope } = i.metadata;
    const sluiceScope: Scope = {
      ...(scope.username ? { principals: [`User:${scope.username}`] } : {}),
      ...(scope.vCluster ? { listeners: [scope.vCluster] } : {}),
      ...(excluded.principals.length + excluded.listeners.length > 0
        ? {
            exclude: {
              ...(excluded.principals.length ? { principals: excluded.principals } : {}),
              ...(excluded.listeners.length ? { listeners: excluded.listeners } : {}),
            },
          }
        : {}),
    };
    const base = {
      name: deploymentName(name, scope),
      priority: i.spec.priority,
      pluginClass: i.spec.pluginClass,
      interceptor: { name, scope, ...(i.spec.comment !== undefined ? { comment: i.spec.comment } : {}) },
      ...(Object.keys(sluiceScope).length > 0 ? { scope: sluiceScope } : {}),
    };
    if (i.spec.pluginClass === TYPESCRIPT_PLUGIN) {
      const c = i.spec.config as {
        source?: string;
        files?: Record<string, string>;
        entry?: string;
        config?: Record<string, unknown>;
      };
      if ((c.source === undefined) === (c.files === undefined)) {
        throw invalid(`${TYPESCRIPT_PLUGIN} needs config.source (one file) or config.files`);
      }
      const files = c.files ?? { 'policy.ts': c.source! };
      return {
        ...base,
        files,
        entry: c.entry ?? (c.files ? Object.keys(files)[0] : 'policy.ts'),
        config: c.config ?? {},
      };
    }
    const plugin = pluginClass(i.spec.pluginClass)!;
    const entry = plugin.builtin!.split('/').slice(1).join('/');
    return {
      ...base,
      builtin: plugin.builtin,
      files: builtinFiles(plugin.builtin!),
      entry,
      config: i.spec.config,
    };
  }
}

function invalid(message: string, field?: string): ControlError {
  return new ControlError('SLUICE_CONTROL_INVALID_POLICY', message, { details: field ? { field } : {} });
}

function resourceOf(spec: PolicySpec): Interceptor {
  const i = spec.interceptor!;
  return {
    kind: 'Interceptor',
    apiVersion: 'gateway/v2',
    metadata: { name: i.name, scope: normal(i.scope) },
    spec: {
      ...(i.comment !== undefined ? { comment: i.comment } : {}),
      pluginClass: spec.pluginClass!,
      priority: spec.priority,
      config:
        spec.pluginClass === TYPESCRIPT_PLUGIN
          ? { files: spec.files, entry: spec.entry, config: spec.config }
          : spec.config,
    },
  };
}

/** The Interceptor form (kind Interceptor or GatewayInterceptor) or the flat form, checked. */
export function parseInterceptor(input: unknown): Interceptor {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw invalid('the body must be an Interceptor object');
  const o = input as Record<string, unknown>;
  const nested = o.metadata !== undefined || o.spec !== undefined;
  if (nested && o.kind !== undefined && o.kind !== 'Interceptor' && o.kind !== 'GatewayInterceptor') {
    throw invalid(`kind must be Interceptor, got ${JSON.stringify(o.kind)}`, 'body.kind');
  }
  const meta = (nested ? o.metadata : o) as Record<string, unknown> | undefined;
  const spec = (nested ? o.spec : o) as Record<string, unknown> | undefined;
  const name = meta?.name;
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw invalid(
      'metadata.name must be letters, digits, ".", "_" or "-" (at most 121)',
      'body.metadata.name',
    );
  }
  const scope = normal(meta?.scope as InterceptorScope | undefined);
  for (const [k, v] of Object.entries(scope)) {
    if (v !== null && (typeof v !== 'string' || v === ''))
      throw invalid(`metadata.scope.${k} must be a name or null`, `body.metadata.scope.${k}`);
  }
  if (scope.group !== null) {
    throw invalid(
      'group scopes are not supported: Sluice has no user groups; scope by username or vCluster (listener)',
      'body.metadata.scope.group',
    );
  }
  if (scope.vCluster !== null && !POLICY_NAME.test(scope.vCluster))
    throw invalid('metadata.scope.vCluster is not a listener name', 'body.metadata.scope.vCluster');
  const cls = spec?.pluginClass;
  if (typeof cls !== 'string' || !pluginClass(cls)) {
    throw invalid(
      `unknown pluginClass ${JSON.stringify(cls)}; known: ${PLUGIN_CLASSES.map((p) => p.pluginClass).join(', ')}`,
      'body.spec.pluginClass',
    );
  }
  const priority = spec?.priority ?? 100;
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > 1_000_000) {
    throw invalid('spec.priority must be an integer from 0 to 1000000', 'body.spec.priority');
  }
  const config = spec?.config ?? {};
  if (typeof config !== 'object' || config === null || Array.isArray(config))
    throw invalid('spec.config must be an object', 'body.spec.config');
  const comment = spec?.comment;
  if (comment !== undefined && typeof comment !== 'string')
    throw invalid('spec.comment must be a string', 'body.spec.comment');
  return {
    kind: 'Interceptor',
    apiVersion: 'gateway/v2',
    metadata: { name, scope },
    spec: {
      ...(comment !== undefined ? { comment } : {}),
      pluginClass: cls,
      priority,
      config: config as Record<string, unknown>,
    },
  };
}
