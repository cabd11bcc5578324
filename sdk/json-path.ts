// Dotted paths into JSON documents, with array steps: `customer.ssn`, `cards[*].number`,
// `a.b[0].c`. Parse a path once (at init), then find its slots in each document; a policy
// reads and replaces values through the slots, in place.

/** One step of a path: an object key, an array index, or every element of an array. */
export type JsonPathStep = { key: string } | { index: number } | { each: true };

export interface JsonPath {
  readonly text: string;
  readonly steps: readonly JsonPathStep[];
}

/** A place in a document that holds a value: `parent[key]`. */
export interface JsonSlot {
  readonly parent: Record<string, unknown> | unknown[];
  readonly key: string | number;
}

/**
 * Parses `a.b[0].c`, `items[*].card` or `tags[*]`. Keys are the characters between dots and
 * brackets (no quoting: a key holding `.` or `[` cannot be named). Throws an Error naming the
 * path and the position at fault.
 */
export function parseJsonPath(text: string): JsonPath {
  if (typeof text !== 'string' || text.length === 0) throw new Error('a path must be a non-empty string');
  const steps: JsonPathStep[] = [];
  const fail = (at: number, why: string): never => {
    throw new Error(`path "${text}" at ${at}: ${why}`);
  };
  let i = 0;
  let expectKey = true;
  while (i < text.length) {
    const c = text[i];
    if (c === '[') {
      const end = text.indexOf(']', i);
      if (end < 0) fail(i, 'unclosed [');
      const inner = text.slice(i + 1, end);
      if (inner === '*') steps.push({ each: true });
      else if (/^\d+$/.test(inner)) steps.push({ index: Number(inner) });
      else fail(i, 'expected [*] or [number]');
      if (steps.length === 1) fail(i, 'a path starts with a key');
      i = end + 1;
      expectKey = false;
    } else if (c === '.') {
      if (expectKey) fail(i, 'empty key');
      i++;
      expectKey = true;
      if (i === text.length) fail(i, 'empty key');
    } else if (c === ']') {
      fail(i, 'unexpected ]');
    } else {
      if (!expectKey) fail(i, 'expected . or [');
      let end = i;
      while (end < text.length && text[end] !== '.' && text[end] !== '[' && text[end] !== ']') end++;
      steps.push({ key: text.slice(i, end) });
      i = end;
      expectKey = false;
    }
  }
  return { text, steps };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The slots of `path` in `doc` that exist (missing keys and out-of-range indexes yield
 * nothing; `[*]` yields one slot per element). Values may be null.
 */
export function jsonPathSlots(doc: unknown, path: JsonPath): JsonSlot[] {
  const out: JsonSlot[] = [];
  const walk = (node: unknown, at: number): void => {
    const step = path.steps[at];
    const last = at === path.steps.length - 1;
    const visit = (parent: Record<string, unknown> | unknown[], key: string | number) => {
      if (last) out.push({ parent, key });
      else walk((parent as Record<string | number, unknown>)[key], at + 1);
    };
    if ('key' in step) {
      if (isObject(node) && Object.hasOwn(node, step.key)) visit(node, step.key);
    } else if ('index' in step) {
      if (Array.isArray(node) && step.index < node.length) visit(node, step.index);
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) visit(node, i);
    }
  };
  walk(doc, 0);
  return out;
}

/** Reads the value in a slot. */
export function slotValue(slot: JsonSlot): unknown {
  return (slot.parent as Record<string | number, unknown>)[slot.key];
}

/** Replaces the value in a slot. */
export function setSlot(slot: JsonSlot, value: unknown): void {
  (slot.parent as Record<string | number, unknown>)[slot.key] = value;
}
