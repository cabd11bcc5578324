// Masks chosen fields of JSON record values on fetch, so a consumer reads `4111********1111`
// where Kafka holds the card number. Rules per field: mask all, keep the first / last N
// characters, a salted SHA-256 (HMAC) for joins without disclosure, or a constant. Principals
// on the allow-list read the originals; other principals can get their own rule set.
// Kafka keeps the originals: masking changes only what goes to the consumer.

import {
  accept,
  ConfigError,
  definePolicy,
  field,
  hmacSha256,
  type JsonPath,
  jsonPathSlots,
  modify,
  nameMatcher,
  parseJsonPath,
  type RecordOutput,
  reject,
  setSlot,
  slotValue,
  toHex,
} from '../sdk/index.ts';

const RULES = ['mask', 'keepFirst', 'keepLast', 'hash', 'replace'] as const;
type RuleName = (typeof RULES)[number];

/** One field rule as written in the config. */
interface RuleConfig {
  path: string;
  rule: RuleName;
  /** keepFirst / keepLast: characters left in clear (default 4). */
  n?: number;
  /** keepFirst / keepLast: the character each hidden one becomes (default `*`). */
  char?: string;
  /** mask: the text that replaces the value (default `****`); replace: the constant (any JSON). */
  value?: unknown;
}

interface PrincipalRules {
  principals: string[];
  rules: RuleConfig[];
}

interface Rule {
  path: JsonPath;
  apply: (v: unknown) => unknown;
}

const MIN_SALT = 16;

/** Characters by code point, so a kept or hidden character is never half a surrogate pair. */
function keep(s: string, n: number, char: string, first: boolean): string {
  const cps = Array.from(s);
  if (cps.length <= n) return char.repeat(cps.length);
  const hidden = char.repeat(cps.length - n);
  return first ? cps.slice(0, n).join('') + hidden : hidden + cps.slice(cps.length - n).join('');
}

function compileRule(r: RuleConfig, at: string, salt: string, problems: string[]): Rule | null {
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
    case 'hash':
      if (salt.length < MIN_SALT)
        problems.push(`${at}: rule hash needs salt (at least ${MIN_SALT} characters) in the config`);
      return {
        path,
        apply: (v) => toHex(hmacSha256(salt, typeof v === 'string' ? v : JSON.stringify(v))),
      };
    case 'replace':
      if (!Object.hasOwn(r, 'value')) problems.push(`${at}.value is required for rule replace`);
      return { path, apply: () => r.value };
    default:
      problems.push(`${at}.rule must be one of ${RULES.join(', ')}`);
      return null;
  }
}

interface Compiled {
  defaultRules: Rule[];
  allowed: (p: string) => boolean;
  perPrincipal: { matches: (p: string) => boolean; rules: Rule[] }[];
}

// Compiled once per load (init), read by every batch; keyed by the config object the hooks
// get as ctx.config (one per load), so loads in one process never see each other's rules.
const compiled = new WeakMap<object, Compiled>();

function compileRules(list: unknown, at: string, salt: string, problems: string[]): Rule[] {
  if (!Array.isArray(list)) {
    problems.push(`${at} must be a list of { path, rule }`);
    return [];
  }
  return list
    .map((r, i) => compileRule(r as RuleConfig, `${at}[${i}]`, salt, problems))
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
function rulesFor(c: Compiled, principal: string): Rule[] {
  if (c.allowed(principal)) return [];
  return c.perPrincipal.find((p) => p.matches(principal))?.rules ?? c.defaultRules;
}

export default definePolicy({
  name: 'masking',
  description: 'Masks chosen fields of JSON values on fetch: mask, keep first/last N, salted hash, constant.',
  version: '1.0.0',
  config: {
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
    nonJson: field.string({
      default: 'mask',
      enum: ['mask', 'pass', 'reject'],
      description: 'A value that is not JSON: replaced by ****, passed unchanged, or the partition refused.',
    }),
  },
  init(config) {
    const problems: string[] = [];
    const c: Compiled = {
      defaultRules: compileRules(config.rules, 'rules', config.salt, problems),
      allowed: matcherOf(config.allow, 'allow', problems),
      perPrincipal: [],
    };
    if (!Array.isArray(config.principals))
      problems.push('principals must be a list of { principals, rules }');
    else
      c.perPrincipal = config.principals.map((p, i) => ({
        matches: matcherOf(p?.principals, `principals[${i}].principals`, problems),
        rules: compileRules(p?.rules, `principals[${i}].rules`, config.salt, problems),
      }));
    if (problems.length > 0) throw new ConfigError(problems);
    compiled.set(config, c);
  },
  onFetch(batch, ctx) {
    const c = compiled.get(ctx.config);
    if (c === undefined) throw new Error('masking: init did not run for this config');
    const rules = rulesFor(c, ctx.principal);
    if (rules.length === 0) return accept();
    let masked = 0;
    let opaque = 0;
    let changed = false;
    const out: RecordOutput[] = [];
    for (const r of batch.records) {
      const text = r.text();
      // A tombstone has nothing to hide, and a consumer of a compacted topic needs it as it is.
      if (text === null) {
        out.push(r.with({}));
        continue;
      }
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        opaque++;
        if (ctx.config.nonJson === 'reject')
          return reject(`record ${r.index} is not JSON: its fields cannot be masked`);
        if (ctx.config.nonJson === 'mask') {
          out.push(r.with({ value: '****' }));
          changed = true;
        } else out.push(r.with({}));
        continue;
      }
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
      if (n === 0) out.push(r.with({}));
      else {
        out.push(r.with({ value: JSON.stringify(doc) }));
        masked += n;
        changed = true;
      }
    }
    if (masked > 0) ctx.metrics.count('fields_masked', masked);
    if (opaque > 0) ctx.metrics.count('values_not_json', opaque);
    return changed ? modify({ records: out }) : accept();
  },
});
