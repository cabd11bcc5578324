// Scope matching: which deployed policies apply to a request. Patterns are globs (`*` any
// run of characters, `?` one character) or, from a deployment only, regular expressions
// written as `/.../flags`. Globs are matched without regular expressions, in O(n·m) worst
// case, because a policy's default scope comes out of its (untrusted) bundle: a crafted
// regex or a glob compiled to a backtracking regex could stall the gateway's event loop.
// Patterns are compiled once per deployment, never per batch.

import { globMatch } from '../sdk/patterns.ts';
import type { Scope } from '../sdk/types.ts';
import { EngineError } from './errors.ts';

export type Matcher = (value: string | null) => boolean;

function compilePattern(p: string, allowRegex: boolean): (value: string) => boolean {
  const re = /^\/(.+)\/([a-z]*)$/.exec(p);
  if (re) {
    if (!allowRegex) {
      throw new EngineError(
        'SLUICE_ENGINE_INVALID_DEPLOYMENT',
        `regex scope ${p} is only accepted from a deployment, not from a policy's default scope`,
      );
    }
    try {
      const r = new RegExp(re[1], re[2].replace(/[gy]/g, ''));
      return (value) => r.test(value);
    } catch (e) {
      throw new EngineError(
        'SLUICE_ENGINE_INVALID_DEPLOYMENT',
        `invalid scope regex ${p}: ${(e as Error).message}`,
      );
    }
  }
  return (value) => globMatch(p, value);
}

function listMatcher(patterns: readonly string[] | undefined, what: string, allowRegex: boolean): Matcher {
  if (patterns === undefined) return () => true;
  if (
    !Array.isArray(patterns) ||
    patterns.some((p) => typeof p !== 'string' || p === '' || p.length > 1000)
  ) {
    throw new EngineError(
      'SLUICE_ENGINE_INVALID_DEPLOYMENT',
      `scope.${what} must be a list of non-empty patterns`,
    );
  }
  const matchers = patterns.map((p) => compilePattern(p, allowRegex));
  return (value) => value !== null && matchers.some((m) => m(value));
}

export interface ScopeMatcher {
  topic: Matcher;
  /** True when the scope names topics (hooks without a topic ignore this). */
  hasTopics: boolean;
  /** Principal, client id and listener: the parts every hook checks. A null listener (not asked about) matches any. */
  client(principal: string, clientId: string | null, listener: string | null): boolean;
}

/**
 * Compiles a scope. `trusted` is true for a scope given by the operator in a deployment
 * (regexes allowed) and false for a policy's own default scope (globs only).
 */
export function compileScope(scope: Scope, trusted: boolean): ScopeMatcher {
  if (typeof scope !== 'object' || scope === null) {
    throw new EngineError('SLUICE_ENGINE_INVALID_DEPLOYMENT', 'scope must be an object');
  }
  const topic = listMatcher(scope.topics, 'topics', trusted);
  const principal = listMatcher(scope.principals, 'principals', trusted);
  const clientId = listMatcher(scope.clientIds, 'clientIds', trusted);
  const listener = listMatcher(scope.listeners, 'listeners', trusted);
  const ex = scope.exclude;
  if (ex !== undefined && (typeof ex !== 'object' || ex === null)) {
    throw new EngineError('SLUICE_ENGINE_INVALID_DEPLOYMENT', 'scope.exclude must be an object');
  }
  const notPrincipal = ex?.principals
    ? listMatcher(ex.principals, 'exclude.principals', trusted)
    : () => false;
  const notListener = ex?.listeners ? listMatcher(ex.listeners, 'exclude.listeners', trusted) : () => false;
  return {
    topic,
    hasTopics: scope.topics !== undefined,
    client: (p, c, l) =>
      principal(p) && !notPrincipal(p) && clientId(c) && (l === null || (listener(l) && !notListener(l))),
  };
}
