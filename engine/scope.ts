// Scope matching: which deployed policies apply to a request. Patterns are globs (`*` any
// run of characters, `?` one character) or regular expressions written as `/.../flags`.
// Patterns are compiled once per deployment, never per batch.

import type { Scope } from '../sdk/types.ts';
import { EngineError } from './errors.ts';

export type Matcher = (value: string | null) => boolean;

function compilePattern(p: string): RegExp {
  const re = /^\/(.+)\/([a-z]*)$/.exec(p);
  if (re) {
    try {
      return new RegExp(re[1], re[2].replace(/[gy]/g, ''));
    } catch (e) {
      throw new EngineError(
        'SLUICE_ENGINE_INVALID_DEPLOYMENT',
        `invalid scope regex ${p}: ${(e as Error).message}`,
      );
    }
  }
  const body = p
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

function listMatcher(patterns: readonly string[] | undefined, what: string): Matcher {
  if (patterns === undefined) return () => true;
  if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string' || p === '')) {
    throw new EngineError(
      'SLUICE_ENGINE_INVALID_DEPLOYMENT',
      `scope.${what} must be a list of non-empty patterns`,
    );
  }
  const res = patterns.map(compilePattern);
  return (value) => value !== null && res.some((r) => r.test(value));
}

export interface ScopeMatcher {
  topic: Matcher;
  /** True when the scope names topics (hooks without a topic ignore this). */
  hasTopics: boolean;
  /** Principal, client id and listener: the parts every hook checks. */
  client(principal: string, clientId: string | null, listener: string): boolean;
}

export function compileScope(scope: Scope): ScopeMatcher {
  const topic = listMatcher(scope.topics, 'topics');
  const principal = listMatcher(scope.principals, 'principals');
  const clientId = listMatcher(scope.clientIds, 'clientIds');
  const listener = listMatcher(scope.listeners, 'listeners');
  return {
    topic,
    hasTopics: scope.topics !== undefined,
    client: (p, c, l) => principal(p) && clientId(c) && listener(l),
  };
}
