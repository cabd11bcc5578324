// What the active deployments cover, derived from the hook table: which api keys the gateway
// must decode (requests, or Fetch responses), which hooks exist, and which topic and client a
// hook covers. An immutable snapshot, replaced on every deploy and remove, so the data plane
// asks cheap questions per request and the chain selects its deployments from the same view.

import type { HookName } from '../sdk/types.ts';
import { HOOKS } from './hooks.ts';
import type { ScopeMatcher } from './scope.ts';

/** What coverage needs of a deployment. */
export interface Covered {
  readonly manifest: { readonly hooks: readonly HookName[]; readonly requestApiKeys: readonly number[] };
  readonly matcher: ScopeMatcher;
}

/** The gateway's questions (`engine.coverage`). */
export interface CoverageView {
  /** Does some policy need requests of this api key decoded? */
  wantsRequest(apiKey: number): boolean;
  /** Does some policy need responses of this api key decoded (Fetch, for `onFetch`)? */
  wantsResponse(apiKey: number): boolean;
  /** Is any policy with this hook active? */
  hasHook(hook: HookName): boolean;
  /** Does some active policy's `hook` run for requests of this api key (an `onRequest` that lists it, say)? */
  runsFor(hook: HookName, apiKey: number): boolean;
  /**
   * Does some policy with this hook apply to this client and topic? `topic` null, or a hook
   * without topics (`onRequest`), checks the client only. The gateway decodes records only then.
   */
  covers(
    hook: HookName,
    topic: string | null,
    principal: string,
    clientId: string | null,
    listener: string,
  ): boolean;
  /** The ids of the active policies, any hook, that apply to this client (and topic, when given), in chain order. */
  applying(
    topic: string | null,
    principal: string,
    clientId: string | null,
    listener: string | null,
  ): string[];
}

type ApiKeys = ReadonlySet<number> | 'all';

export class Coverage<D extends Covered & { readonly id: string }> implements CoverageView {
  readonly #chain: readonly D[];
  readonly #byHook = new Map<HookName, D[]>();
  readonly #keysByHook = new Map<HookName, ApiKeys>();
  readonly #requests: ApiKeys;
  readonly #responses: ApiKeys;

  /** `chain`: the active deployments in the order the chain runs them. */
  constructor(chain: readonly D[]) {
    this.#chain = chain;
    const keys = { request: new Set<number>(), response: new Set<number>() };
    const all = { request: false, response: false };
    for (const d of chain) {
      for (const hook of d.manifest.hooks) {
        const spec = HOOKS[hook];
        this.#byHook.set(hook, [...(this.#byHook.get(hook) ?? []), d]);
        const apiKeys = spec.apiKeys === 'listed' ? d.manifest.requestApiKeys : spec.apiKeys;
        if (spec.apiKeys === 'listed' && apiKeys.length === 0) all[spec.direction] = true;
        for (const k of apiKeys) keys[spec.direction].add(k);
        const own = this.#keysByHook.get(hook) ?? new Set<number>();
        if (own !== 'all')
          this.#keysByHook.set(
            hook,
            spec.apiKeys === 'listed' && apiKeys.length === 0 ? 'all' : new Set([...own, ...apiKeys]),
          );
      }
    }
    this.#requests = all.request ? 'all' : keys.request;
    this.#responses = all.response ? 'all' : keys.response;
  }

  wantsRequest(apiKey: number): boolean {
    return this.#requests === 'all' || this.#requests.has(apiKey);
  }

  wantsResponse(apiKey: number): boolean {
    return this.#responses === 'all' || this.#responses.has(apiKey);
  }

  hasHook(hook: HookName): boolean {
    return this.#byHook.has(hook);
  }

  runsFor(hook: HookName, apiKey: number): boolean {
    const keys = this.#keysByHook.get(hook);
    return keys === 'all' || (keys?.has(apiKey) ?? false);
  }

  applying(
    topic: string | null,
    principal: string,
    clientId: string | null,
    listener: string | null,
  ): string[] {
    return this.#chain
      .filter(
        (d) =>
          d.matcher.client(principal, clientId, listener) &&
          (topic === null || d.manifest.hooks.every((h) => !HOOKS[h].topics) || d.matcher.topic(topic)),
      )
      .map((d) => d.id);
  }

  covers(
    hook: HookName,
    topic: string | null,
    principal: string,
    clientId: string | null,
    listener: string,
  ): boolean {
    return (this.#byHook.get(hook) ?? []).some((d) => applies(d, hook, topic, principal, clientId, listener));
  }

  /** The deployments with this hook that apply to this client and topic, in chain order. */
  select(
    hook: HookName,
    topic: string | null,
    principal: string,
    clientId: string | null,
    listener: string,
  ): D[] {
    return (this.#byHook.get(hook) ?? []).filter((d) =>
      applies(d, hook, topic, principal, clientId, listener),
    );
  }
}

function applies(
  d: Covered,
  hook: HookName,
  topic: string | null,
  principal: string,
  clientId: string | null,
  listener: string,
): boolean {
  return (
    d.matcher.client(principal, clientId, listener) &&
    (topic === null || !HOOKS[hook].topics || d.matcher.topic(topic))
  );
}
