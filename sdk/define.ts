// definePolicy: the one entry point of a policy module. It checks the definition eagerly so an
// author sees a mistake when the module loads (in a unit test or at compile-probe time), not
// on the first batch of live traffic.

import type { ConfigOf, ConfigSpec } from './config.ts';
import { checkConfigSpec } from './config.ts';
import type {
  AlterConfigsRequest,
  CreateTopicsRequest,
  FetchBatch,
  GenericRequest,
  HookName,
  HookResult,
  OnErrorMode,
  PolicyContext,
  PolicyMode,
  ProduceBatch,
  Scope,
  ValueEncoding,
} from './types.ts';
import { HOOK_NAMES } from './types.ts';

export interface PolicyDefinition<S extends ConfigSpec = ConfigSpec> {
  /** Lower-case name, `[a-z0-9._-]`, at most 64 chars; it names the policy in logs and metrics. */
  name: string;
  description?: string;
  version?: string;
  /** Config fields with types and defaults; `ctx.config` is typed from it. */
  config?: S;
  /** Default scope; a deployment may override it. */
  scope?: Scope;
  /** Default `enforce`. */
  mode?: PolicyMode;
  /** Default `closed`: a failing policy refuses the data rather than letting it through. */
  onError?: OnErrorMode;
  /** How keys and values are delivered. Default `text` (JSON); use `bytes` for Avro or binary. */
  values?: ValueEncoding;
  /** API keys `onRequest` should see; absent = all. */
  requestApiKeys?: readonly number[];
  /** Runs once per load with the resolved config: compile schemas here, not per batch. */
  init?(config: ConfigOf<S>): void;
  /** Each partition batch of a Produce request, before it reaches the broker. */
  onProduce?(batch: ProduceBatch, ctx: PolicyContext<ConfigOf<S>>): HookResult;
  /** Each partition batch of a Fetch response, before the consumer sees it. */
  onFetch?(batch: FetchBatch, ctx: PolicyContext<ConfigOf<S>>): HookResult;
  /** A CreateTopics request, limited to the topics in this policy's scope. */
  onCreateTopics?(request: CreateTopicsRequest, ctx: PolicyContext<ConfigOf<S>>): HookResult;
  /** AlterConfigs and IncrementalAlterConfigs requests. */
  onAlterConfigs?(request: AlterConfigsRequest, ctx: PolicyContext<ConfigOf<S>>): HookResult;
  /** Any request (header only), e.g. to check or rewrite the client id. */
  onRequest?(request: GenericRequest, ctx: PolicyContext<ConfigOf<S>>): HookResult;
}

/** A definition that passed definePolicy's checks. */
export type Policy<S extends ConfigSpec = ConfigSpec> = Readonly<PolicyDefinition<S>> & {
  readonly __sluicePolicy: 1;
};

export class PolicyDefinitionError extends Error {
  readonly code = 'SLUICE_POLICY_DEFINITION';
  constructor(message: string) {
    super(message);
    this.name = 'PolicyDefinitionError';
  }
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** The hooks a policy defines, in a stable order. */
export function hooksOf(p: PolicyDefinition<ConfigSpec>): HookName[] {
  return HOOK_NAMES.filter((h) => typeof p[h] === 'function');
}

/**
 * Declares a policy. Use it as the module's default export:
 * `export default definePolicy({ name: 'orders-schema', onProduce(batch, ctx) { ... } })`.
 */
export function definePolicy<S extends ConfigSpec = Record<string, never>>(
  def: PolicyDefinition<S>,
): Policy<S> {
  if (typeof def !== 'object' || def === null)
    throw new PolicyDefinitionError('definePolicy expects an object');
  if (typeof def.name !== 'string' || !NAME.test(def.name)) {
    throw new PolicyDefinitionError(`policy name must match ${NAME} (got ${JSON.stringify(def.name)})`);
  }
  for (const h of HOOK_NAMES) {
    if (def[h] !== undefined && typeof def[h] !== 'function') {
      throw new PolicyDefinitionError(`${def.name}: ${h} must be a function`);
    }
  }
  if (def.init !== undefined && typeof def.init !== 'function') {
    throw new PolicyDefinitionError(`${def.name}: init must be a function`);
  }
  if (hooksOf(def as PolicyDefinition<ConfigSpec>).length === 0) {
    throw new PolicyDefinitionError(`${def.name}: define at least one hook (${HOOK_NAMES.join(', ')})`);
  }
  if (def.mode !== undefined && def.mode !== 'enforce' && def.mode !== 'audit') {
    throw new PolicyDefinitionError(`${def.name}: mode must be "enforce" or "audit"`);
  }
  if (def.onError !== undefined && def.onError !== 'closed' && def.onError !== 'open') {
    throw new PolicyDefinitionError(`${def.name}: onError must be "closed" or "open"`);
  }
  if (def.values !== undefined && def.values !== 'text' && def.values !== 'bytes') {
    throw new PolicyDefinitionError(`${def.name}: values must be "text" or "bytes"`);
  }
  const specProblems = checkConfigSpec(def.config);
  if (specProblems.length > 0) throw new PolicyDefinitionError(`${def.name}: ${specProblems.join('; ')}`);
  return Object.freeze({ ...def, __sluicePolicy: 1 as const });
}
