// A policy revision: everything a push carries that decides what runs — the TypeScript files,
// the entry, the policy's config, scope, priority, mode and onError — addressed by the SHA-256
// of that content, so the same push twice is the same revision and a revision never changes.
// Who pushed it and when are kept beside it, outside the hash.
import { createHash } from 'node:crypto';
import type { OnErrorMode, PolicyMode, Scope } from '../../sdk/types.ts';

/** What a push carries. */
export interface PolicySpec {
  /** The deployment it becomes (letters, digits, ".", "_", "-"). */
  name: string;
  /** Path (relative, "/"-separated) → TypeScript source. */
  files: Record<string, string>;
  /** The file whose default export is the policy. */
  entry: string;
  config: Record<string, unknown>;
  scope?: Scope;
  /** Lower runs first. */
  priority: number;
  mode?: PolicyMode;
  onError?: OnErrorMode;
  /** KMS key names (or globs) the policy may use through ctx.kms; absent = none. */
  kmsKeys?: string[];
  /** For a built-in pushed under another gateway's name (the v2 interceptor API), that name. */
  pluginClass?: string;
  /** A built-in: its entry under policies/ (compiled from there; `files` holds its sources for the record). */
  builtin?: string;
  /** Pushed as an interceptor of the v2 API: its name and scope as given. */
  interceptor?: { name: string; scope: InterceptorScope; comment?: string };
}

/** An interceptor's scope in the v2 API: virtual cluster (a listener here), group, user. */
export interface InterceptorScope {
  vCluster?: string | null;
  group?: string | null;
  username?: string | null;
}

export interface Revision {
  /** `sha256:<hex>` of the spec. */
  id: string;
  spec: PolicySpec;
  pushedBy: string;
  /** ISO 8601. */
  pushedAt: string;
}

/** JSON with object keys sorted at every level, so equal content hashes equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function revisionId(spec: PolicySpec): string {
  return `sha256:${createHash('sha256').update(canonicalJson(spec)).digest('hex')}`;
}

export function newRevision(spec: PolicySpec, pushedBy: string, now = new Date()): Revision {
  return { id: revisionId(spec), spec, pushedBy, pushedAt: now.toISOString() };
}

export const POLICY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
