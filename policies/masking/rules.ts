// The field rules of the masking policies (policies/masking.ts for JSON, masking-avro.ts for
// Avro): mask all, keep the first / last N characters, a salted SHA-256 (HMAC) for joins
// without disclosure, or a constant; an allow-list and per-principal rule sets. Compiled once
// per load, applied to decoded values in place.

import {
  field,
  hmacSha256With,
  type JsonPath,
  jsonPathSlots,
  nameMatcher,
  parseJsonPath,
  setSlot,
  slotValue,
  toHex,
} from '../../sdk/index.ts';

export const RULES = ['mask', 'keepFirst', 'keepLast', 'hash', 'replace'] as const;
export type RuleName = (typeof RULES)[number];

/** One field rule as written in the config. */
export interface RuleConfig {
  path: string;
  rule: RuleName;
  /** keepFirst / keepLast: characters left in clear (default 4). */
  n?: number;
  /** keepFirst / keepLast: the character each hidden one becomes (default `*`). */
  char?: string;
  /** mask: the text that replaces the value (default `****`); replace: the constant (any JSON). */
  value?: unknown;
}

export interface PrincipalRules {
  principals: string[];
  rules: RuleConfig[];
}

export interface Rule {
  path: JsonPath;
  apply: (v: unknown) => unknown;
}

export const MIN_SALT = 16;

/** Characters by code point, so a kept or hidden character is never half a surrogate pair. */
function keep(s: string, n: number, char: string, first: boolean): string {
  const cps = Array.from(s);
  if (cps.length <= n) return char.repeat(cps.length);
  const hidden = char.repeat(cps.length - n);
  return first ? cps.slice(0, n).join('') + hidden : hidden + cps.slice(cps.length - n).join('');
}

/**
 * Checks a rule against what the field may hold (Avro: its schema type); returns the problem,
 * or null when the rule's result fits.
 */
export type RuleCheck = (path: JsonPath, rule: RuleConfig) => string | null;

function compileRule(
  r: RuleConfig,
  at: string,
  salt: string,
  problems: string[],
  check?: RuleCheck,
): Rule | null {
  if (typeof r !== 'object' || r === null) {
    problems.push(`${at} must be an object { path, rule }`);
    return null;
  }
  let path: JsonPath;
  try {
    path = parseJsonPath(r.path);
  } catch (e) {
    problems.push(`${at}.path: ${(e as Error).message}`);
    return null;
  }
  if (check && (RULES as readonly string[]).includes(r.rule)) {
    const problem = check(path, r);
    if (problem) problems.push(`${at}: ${problem}`);
  }
  const n = r.n ?? 4;
  const char = r.char ?? '*';
  switch (r.rule) {
    case 'mask': {
      const text = r.value ?? '****';
      if (typeof text !== 'string') problems.push(`${at}.value must be a string for rule mask`);
      return { path, apply: () => text };
    }
    case 'keepFirst':
    case 'keepLast': {
      if (!Number.isInteger(n) || n < 0) problems.push(`${at}.n must be an integer >= 0`);
      if (typeof char !== 'string' || Array.from(char).length !== 1)
        problems.push(`${at}.char must be one character`);
      const first = r.rule === 'keepFirst';
      return {
        path,
        apply: (v) =>
          typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
            ? keep(String(v), n, char, first)
            : '****',
      };
    }
    case 'hash': {
      const mac = hmacSha256With(salt);
      if (salt.length < MIN_SALT)
        problems.push(`${at}: rule hash needs salt (at least ${MIN_SALT} characters) in the config`);
      return {
        path,
        apply: (v) => toHex(mac(typeof v === 'string' ? v : JSON.stringify(v))),
      };
    }
    case 'replace':
      if (!Object.hasOwn(r, 'value')) problems.push(`${at}.value is required for rule replace`);
      return { path, apply: () => r.value };
    default:
      problems.push(`${at}.rule must be one of ${RULES.join(', ')}`);
      return null;
  }
}

export interface Compiled {
  defaultRules: Rule[];
  allowed: (p: string) => boolean;
  perPrincipal: { matches: (p: string) => boolean; rules: Rule[] }[];
}

function compileRules(
  list: unknown,
  at: string,
  salt: string,
  problems: string[],
  check?: RuleCheck,
): Rule[] {
  if (!Array.isArray(list)) {
    problems.push(`${at} must be a list of { path, rule }`);
    return [];
  }
  return list
    .map((r, i) => compileRule(r as RuleConfig, `${at}[${i}]`, salt, problems, check))
    .filter((r): r is Rule => r !== null);
}

function matcherOf(patterns: unknown, at: string, problems: string[]): (p: string) => boolean {
  if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string')) {
    problems.push(`${at} must be a list of principal patterns`);
    return () => false;
  }
  try {
    return nameMatcher(patterns);
  } catch (e) {
    problems.push(`${at}: ${(e as Error).message}`);
    return () => false;
  }
}

/** The rules for a principal: none for the allow-list, its own set, or the default set. */
export function rulesFor(c: Compiled, principal: string): Rule[] {
  if (c.allowed(principal)) return [];
  return c.perPrincipal.find((p) => p.matches(principal))?.rules ?? c.defaultRules;
}

/** The masking settings every masking policy shares: rules, allow, principals, salt. */
export interface MaskingConfig {
  readonly rules: readonly RuleConfig[];
  readonly allow: readonly string[];
  readonly principals: readonly PrincipalRules[];
  readonly salt: string;
}

/** Compiles the shared settings; every problem found is pushed to `problems`, naming its key. */
export function compileMasking(config: MaskingConfig, problems: string[], check?: RuleCheck): Compiled {
  const c: Compiled = {
    defaultRules: compileRules(config.rules, 'rules', config.salt, problems, check),
    allowed: matcherOf(config.allow, 'allow', problems),
    perPrincipal: [],
  };
  if (!Array.isArray(config.principals)) problems.push('principals must be a list of { principals, rules }');
  else
    c.perPrincipal = config.principals.map((p, i) => ({
      matches: matcherOf(p?.principals, `principals[${i}].principals`, problems),
      rules: compileRules(p?.rules, `principals[${i}].rules`, config.salt, problems, check),
    }));
  return c;
}

/** Applies rules to one decoded value in place; returns how many fields were masked. */
export function applyRules(doc: unknown, rules: readonly Rule[]): number {
  let n = 0;
  for (const rule of rules) {
    for (const slot of jsonPathSlots(doc, rule.path)) {
      const v = slotValue(slot);
      // null and absent fields hold nothing to hide.
      if (v === null || v === undefined) continue;
      setSlot(slot, rule.apply(v));
      n++;
    }
  }
  return n;
}

/** The config fields every masking policy declares. */
export function maskingFields() {
  return {
    rules: field.json<RuleConfig[]>({
      description:
        'Field rules for every principal not listed elsewhere: [{ path, rule, n?, char?, value? }].',
    }),
    allow: field.stringList({
      default: [],
      description: 'Principals (globs or /regex/) that read the original values.',
    }),
    principals: field.json<PrincipalRules[]>({
      default: [],
      description: 'Rule sets for some principals, first match wins: [{ principals: [...], rules: [...] }].',
    }),
    salt: field.string({
      default: '',
      description: `Secret of this deployment for rule hash (at least ${MIN_SALT} characters).`,
    }),
  };
}
