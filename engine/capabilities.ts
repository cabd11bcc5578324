// Host capabilities a policy can ask for, as one table: op → permission check and host
// function. They run in the gateway process, never in a sandbox: KMS credentials and data
// keys stay here. The ops are the SDK runtime's `HostCalls` (the SDK may not import the
// engine): the table must implement exactly those, or it does not type-check, and the sandbox
// worker forwards only the ops in this table.

import { globMatch } from '../sdk/patterns.ts';
import type { HostCallOp, HostCallReply, HostCalls, WireRegisteredSchema } from '../sdk/runtime/wire.ts';
import type { Telemetry } from './telemetry.ts';

export interface KmsProvider {
  /**
   * Encrypts each plaintext with the named key; returns opaque ciphertext strings in order.
   * `context` (the record's topic) is bound to each value: decrypting needs the same one.
   */
  encrypt(keyName: string, plaintexts: string[], context?: string): Promise<string[]>;
  decrypt(keyName: string, ciphertexts: string[], context?: string): Promise<string[]>;
}

/** Longest context a KMS call may bind (Kafka's longest topic name). */
export const MAX_KMS_CONTEXT_LENGTH = 249;

export interface SchemaSource {
  /**
   * The schema registered under `id`, null when none is. A source that knows them also gives the
   * id's subjects, and for a JSON schema its validator compiled on the host (sdk/host/json-schema-compile.ts).
   */
  getById(id: number, options?: { maxAgeMs?: number }): Promise<WireRegisteredSchema | null>;
}

export interface HostCapabilities {
  kms?: KmsProvider;
  schemas?: SchemaSource;
}

/** Most values one capability call may carry, so a policy cannot make the host do unbounded work. */
export const MAX_CAPABILITY_VALUES = 10_000;

/** What a deployment may use, checked before any host function runs. */
export interface CapabilityGrant {
  /** The deployment id. */
  readonly id: string;
  /** KMS key names this deployment may use (a Set, or `kmsKeyGrant`'s globs). */
  readonly kmsKeys: { has(keyName: string): boolean };
}

/**
 * The KMS keys a deployment is granted: exact names, or globs (`*`, `?`) such as
 * `alias/customer-*` for one key per customer (key names from a template over the record).
 */
export function kmsKeyGrant(names: readonly string[]): { has(keyName: string): boolean } {
  const exact = new Set(names.filter((n) => !/[*?]/.test(n)));
  const globs = names.filter((n) => /[*?]/.test(n));
  return { has: (keyName) => exact.has(keyName) || globs.some((g) => globMatch(g, keyName)) };
}

/** A call's arguments as they come out of a sandbox: not trusted, checked field by field. */
type UntrustedArgs = Readonly<Record<string, unknown>>;

interface Capability<Op extends HostCallOp> {
  /** The provider call these arguments make, or why this deployment may not make it. */
  prepare(
    args: UntrustedArgs,
    grant: CapabilityGrant,
    host: HostCapabilities,
  ): { denied: string } | (() => Promise<HostCalls[Op]['value']>);
  /** When the provider fails: the host's log line, and all the policy is told. */
  readonly failed: { readonly log: string; readonly reply: string };
}

function kmsCapability<Op extends 'kms.encrypt' | 'kms.decrypt'>(
  op: Op,
  use: (kms: KmsProvider, keyName: string, values: string[], context: string) => Promise<string[]>,
): Capability<Op> {
  return {
    prepare(x, grant, host) {
      const kms = host.kms;
      if (!kms) return { denied: 'no KMS is configured on this gateway' };
      const keyName = x.keyName;
      if (typeof keyName !== 'string' || !grant.kmsKeys.has(keyName)) {
        return { denied: `policy ${grant.id} may not use KMS key ${JSON.stringify(keyName)}` };
      }
      const values = x.values;
      if (
        !Array.isArray(values) ||
        values.length > MAX_CAPABILITY_VALUES ||
        values.some((v) => typeof v !== 'string')
      ) {
        return { denied: `values must be at most ${MAX_CAPABILITY_VALUES} strings` };
      }
      const context = x.context ?? '';
      if (typeof context !== 'string' || context.length > MAX_KMS_CONTEXT_LENGTH) {
        return { denied: `context must be a string of at most ${MAX_KMS_CONTEXT_LENGTH} characters` };
      }
      return () => use(kms, keyName, values, context);
    },
    failed: { log: 'KMS call failed', reply: `${op} failed` },
  };
}

export const CAPABILITIES: { readonly [Op in HostCallOp]: Capability<Op> } = {
  'kms.encrypt': kmsCapability('kms.encrypt', (kms, keyName, values, context) =>
    kms.encrypt(keyName, values, context),
  ),
  'kms.decrypt': kmsCapability('kms.decrypt', (kms, keyName, values, context) =>
    kms.decrypt(keyName, values, context),
  ),
  'schemas.get': {
    prepare(x, _grant, host) {
      const schemas = host.schemas;
      if (!schemas) return { denied: 'no schema source is configured on this gateway' };
      const id = x.id;
      if (typeof id !== 'number' || !Number.isInteger(id)) return { denied: 'schema id must be an integer' };
      const maxAgeMs = x.maxAgeMs;
      if (maxAgeMs === undefined || maxAgeMs === null) return () => schemas.getById(id);
      if (typeof maxAgeMs !== 'number' || !(maxAgeMs >= 0)) {
        return { denied: 'maxAgeMs must be a non-negative number' };
      }
      return () => schemas.getById(id, { maxAgeMs });
    },
    failed: { log: 'schema lookup failed', reply: 'schema lookup failed' },
  },
};

/** The worker's allow-list: is this an op of the table? */
export function isCapabilityOp(op: string): op is HostCallOp {
  return Object.hasOwn(CAPABILITIES, op);
}

/** Runs the capability calls that come out of sandboxes, each under its deployment's grant. */
export class CapabilityBroker {
  readonly #host: HostCapabilities;
  readonly #telemetry: Telemetry;

  constructor(host: HostCapabilities, telemetry: Telemetry) {
    this.#host = host;
    this.#telemetry = telemetry;
  }

  /** `grant` is undefined when the calling deployment is no longer active. */
  async call(grant: CapabilityGrant | undefined, op: string, args: unknown): Promise<HostCallReply> {
    if (!grant) return { ok: false, error: 'policy is not active' };
    const deny = (error: string): HostCallReply => {
      this.#telemetry.capabilityDenied(grant.id, op);
      return { ok: false, error };
    };
    if (!isCapabilityOp(op)) return deny(`unknown capability ${op}`);
    const capability: Capability<HostCallOp> = CAPABILITIES[op];
    const call = capability.prepare((args ?? {}) as UntrustedArgs, grant, this.#host);
    if (typeof call !== 'function') return deny(call.denied);
    try {
      return { ok: true, value: await call() };
    } catch (e) {
      // The policy learns that it failed, not the provider's internals.
      this.#telemetry.log.error({ policy: grant.id, op, err: (e as Error).message }, capability.failed.log);
      return { ok: false, error: capability.failed.reply };
    }
  }
}
