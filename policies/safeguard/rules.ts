// What the safeguard policies share: the config shapes of the well-known gateway's safeguard
// plugins — limits `{ min, max, action, overrideValue }`, allowed values `{ values, action,
// overrideValue }`, flags `{ value, action }` — checked once at load, and how a rule judges a
// value. Actions: BLOCK refuses, INFO logs and lets through, OVERRIDE puts `overrideValue` in.

export type Action = 'BLOCK' | 'INFO' | 'OVERRIDE';
const ACTIONS: readonly string[] = ['BLOCK', 'INFO', 'OVERRIDE'];

export interface Limit {
  min?: number;
  max?: number;
  action?: Action;
  overrideValue?: number;
}

export interface Allowed<T> {
  values?: readonly T[];
  /** The well-known gateway's own examples write `value` for the list too. */
  value?: readonly T[] | T;
  action?: Action;
  overrideValue?: T;
}

export interface Flag {
  value: boolean;
  action?: Action;
}

/** One rule's judgement of one value. */
export interface Finding {
  action: Action;
  message: string;
  /** For OVERRIDE: the value to put in. */
  override?: unknown;
}

export function actionOf(rule: { action?: Action } | null | undefined): Action {
  return rule?.action ?? 'BLOCK';
}

/** Throws a message naming the key when a rule's shape is wrong (the load, and so the push, fails). */
export function checkRule(key: string, rule: unknown, kind: 'limit' | 'allowed' | 'flag' | 'pattern'): void {
  if (rule === undefined || rule === null) return;
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule))
    throw new Error(`${key} must be an object`);
  const r = rule as Record<string, unknown>;
  if (r.action !== undefined && !ACTIONS.includes(String(r.action))) {
    throw new Error(`${key}.action must be one of ${ACTIONS.join(', ')}`);
  }
  if (kind === 'limit') {
    for (const k of ['min', 'max', 'overrideValue']) {
      if (r[k] !== undefined && typeof r[k] !== 'number') throw new Error(`${key}.${k} must be a number`);
    }
    if (r.action === 'OVERRIDE' && r.overrideValue === undefined)
      throw new Error(`${key}: OVERRIDE needs overrideValue`);
  }
  if (kind === 'allowed' && r.values === undefined && r.value === undefined)
    throw new Error(`${key} needs values`);
  if (kind === 'flag' && typeof r.value !== 'boolean') throw new Error(`${key}.value must be true or false`);
  if (kind === 'pattern') {
    if (typeof r.value !== 'string') throw new Error(`${key}.value must be a regular expression`);
    fullMatch(r.value);
  }
}

/** A regular expression that must match the whole string, as Java's String.matches does. */
export function fullMatch(pattern: string): RegExp {
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    throw new Error(`not a regular expression: ${pattern}`);
  }
}

export function judgeLimit(what: string, value: number, rule: Limit | null | undefined): Finding | undefined {
  if (!rule) return undefined;
  const action = actionOf(rule);
  if (rule.min !== undefined && value < rule.min) {
    return {
      action,
      message: `${what} is '${value}', must not be less than ${rule.min}`,
      override: rule.overrideValue,
    };
  }
  if (rule.max !== undefined && value > rule.max) {
    return {
      action,
      message: `${what} is '${value}', must not be greater than ${rule.max}`,
      override: rule.overrideValue,
    };
  }
  return undefined;
}

export function allowedValues<T>(rule: Allowed<T>): readonly T[] {
  const v = rule.values ?? rule.value;
  return Array.isArray(v) ? v : v === undefined ? [] : [v as T];
}

export function judgeAllowed<T>(
  what: string,
  value: T,
  rule: Allowed<T> | null | undefined,
  same = (a: T, b: T) => a === b,
): Finding | undefined {
  if (!rule) return undefined;
  const allowed = allowedValues(rule);
  if (allowed.some((a) => same(a, value))) return undefined;
  return {
    action: actionOf(rule),
    message: `${what} is '${String(value)}', must be one of [${allowed.join(', ')}]`,
    override: rule.overrideValue ?? allowed[0],
  };
}

export function judgeFlag(what: string, value: boolean, rule: Flag | null | undefined): Finding | undefined {
  if (!rule || value === rule.value) return undefined;
  return {
    action: actionOf(rule),
    message: `${what} is '${value}', must be '${rule.value}'`,
    override: rule.value,
  };
}

/** The findings that refuse (BLOCK), as one message; undefined when none does. */
export function blocked(findings: readonly (Finding | undefined)[]): string | undefined {
  const msgs = findings.filter((f): f is Finding => f?.action === 'BLOCK').map((f) => f.message);
  return msgs.length === 0
    ? undefined
    : `Request parameters do not satisfy the configured policy. ${msgs.join('. ')}`;
}
