// Field-level encryption helpers over JSON objects. They gather every field of every record
// first and make ONE host call, because each capability call crosses the sandbox boundary.

import type { PolicyContext } from './types.ts';

type Json = Record<string, unknown>;

function locate(obj: Json, path: string): { parent: Json; key: string } | null {
  const parts = path.split('.');
  let cur: unknown = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    if (typeof cur !== 'object' || cur === null) return null;
    cur = (cur as Json)[parts[i]];
  }
  if (typeof cur !== 'object' || cur === null) return null;
  const key = parts[parts.length - 1];
  return Object.hasOwn(cur, key) ? { parent: cur as Json, key } : null;
}

async function transform(
  objects: readonly Json[],
  paths: readonly string[],
  apply: (values: string[]) => Promise<string[]>,
): Promise<number> {
  const slots: { parent: Json; key: string }[] = [];
  for (const o of objects) {
    for (const p of paths) {
      const slot = locate(o, p);
      if (slot && slot.parent[slot.key] !== null && slot.parent[slot.key] !== undefined) slots.push(slot);
    }
  }
  if (slots.length === 0) return 0;
  const out = await apply(slots.map((s) => String(s.parent[s.key])));
  if (!Array.isArray(out) || out.length !== slots.length)
    throw new Error('kms returned a wrong number of values');
  slots.forEach((s, i) => {
    s.parent[s.key] = out[i];
  });
  return slots.length;
}

/**
 * Encrypts the fields at dotted `paths` (e.g. `customer.ssn`) in each object, in place, with
 * the named KMS key. Non-string values are converted with String(). Returns how many fields
 * were encrypted. Missing and null fields are skipped.
 */
export function encryptJsonFields(
  ctx: PolicyContext<unknown>,
  keyName: string,
  objects: readonly Json[],
  paths: readonly string[],
): Promise<number> {
  return transform(objects, paths, (v) => ctx.kms.encrypt(keyName, v));
}

/** Reverses `encryptJsonFields` in place (the fields come back as strings). */
export function decryptJsonFields(
  ctx: PolicyContext<unknown>,
  keyName: string,
  objects: readonly Json[],
  paths: readonly string[],
): Promise<number> {
  return transform(objects, paths, (v) => ctx.kms.decrypt(keyName, v));
}
