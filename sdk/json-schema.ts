// JSON Schema validators for `field.jsonSchemas()` config fields. The schemas are compiled to
// JavaScript outside the sandbox (host/json-schema-compile.ts, with ajv's standalone code
// generation), and only that code comes in: a policy needs no schema compiler in its isolate,
// which kept about 2 MB of heap per loaded policy. This half runs inside the sandbox: it turns
// the generated code into validators, with the two small runtime helpers that code may call.

/** One problem found by a validator (the shape ajv reports). */
export interface JsonSchemaError {
  /** JSON Pointer to the offending part of the value, e.g. `/items/0/qty`; empty for the root. */
  readonly instancePath: string;
  /** Where in the schema the failed rule is, e.g. `#/properties/amount/minimum`. */
  readonly schemaPath: string;
  readonly keyword: string;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface JsonSchemaValidator {
  /** True when `value` (already parsed JSON) matches the schema; otherwise `errors` says why. */
  validate(value: unknown): boolean;
  /** The problems of the last `validate` call that returned false. */
  readonly errors: readonly JsonSchemaError[];
  /** The problems as one line, e.g. `value/amount must be >= 0, value must have required property 'id'`. */
  errorsText(dataVar?: string): string;
}

/** How a compiled schema travels from the host into the sandbox inside a config value. */
export interface CompiledJsonSchema {
  readonly __sluiceJsonSchema: string;
}

export function isCompiledJsonSchema(v: unknown): v is CompiledJsonSchema {
  return (
    typeof v === 'object' && v !== null && typeof (v as CompiledJsonSchema).__sluiceJsonSchema === 'string'
  );
}

/** Length in code points, as JSON Schema counts `minLength`/`maxLength` (a surrogate pair is one). */
function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** Deep equality of JSON values (`uniqueItems`, `const`, `enum` of objects). */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) if (!Object.hasOwn(y, k) || !jsonEqual(x[k], y[k])) return false;
  return true;
}

/** The helpers ajv's generated code requires; the host refuses schemas that need others. */
export const JSON_SCHEMA_RUNTIME: Readonly<Record<string, { default: unknown }>> = {
  'ajv/dist/runtime/ucs2length': { default: codePointLength },
  'ajv/dist/runtime/equal': { default: jsonEqual },
};

type Generated = ((data: unknown) => boolean) & { errors?: JsonSchemaError[] | null };

/** Builds a validator from code that host/json-schema-compile.ts generated. */
export function buildJsonSchemaValidator(compiled: CompiledJsonSchema): JsonSchemaValidator {
  const module: { exports: unknown } = { exports: {} };
  const require = (name: string) => {
    const m = JSON_SCHEMA_RUNTIME[name];
    if (!m) throw new Error(`compiled schema needs ${name}, which the sandbox does not provide`);
    return m;
  };
  new Function('module', 'exports', 'require', compiled.__sluiceJsonSchema)(module, module.exports, require);
  const generated = module.exports as Generated;
  let errors: readonly JsonSchemaError[] = [];
  return {
    validate(value) {
      const ok = generated(value);
      errors = ok ? [] : (generated.errors ?? []);
      return ok;
    },
    get errors() {
      return errors;
    },
    errorsText(dataVar = 'value') {
      return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).join(', ');
    },
  };
}
