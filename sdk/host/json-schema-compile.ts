// Host side of `field.jsonSchemas()`: compiles each schema of such a config field to
// JavaScript with ajv's standalone code generation, before the config enters a sandbox
// (json-schema.ts turns the code into validators there). Runs in the sandbox worker process
// and in the local test harness, never in an isolate: it needs ajv's compiler.

import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import type { ConfigSpec } from '../config.ts';
import { ConfigError } from '../config.ts';
import type { CompiledJsonSchema } from '../json-schema.ts';
import { JSON_SCHEMA_RUNTIME } from '../json-schema.ts';

/** The JSON Schema drafts the compiler speaks, chosen by a schema's `$schema`. */
export type JsonSchemaDraft = 'draft-07' | '2019-09' | '2020-12';

/** One compiler per draft and strictness, made when first needed. */
const compilers = new Map<string, Ajv>();
/** Generated code by draft, strictness and schema text: many deployments share a handful of schemas. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 1000;

function compiler(draft: JsonSchemaDraft, strict: boolean): Ajv {
  const key = `${draft}/${strict}`;
  let a = compilers.get(key);
  if (a) return a;
  // Strict: an unknown keyword or a typo fails the deployment instead of passing everything.
  // Schemas from a registry are compiled lax (unknown keywords ignored): they were accepted there.
  // Formats are not checked (no ajv-formats); `code.source` keeps the code for standalone.
  const options = {
    strictSchema: strict,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    validateFormats: false,
    addUsedSchema: false,
    logger: false,
    code: { source: true, esm: false },
  } as const;
  a =
    draft === '2020-12'
      ? new Ajv2020(options)
      : draft === '2019-09'
        ? new Ajv2019(options)
        : new Ajv(options);
  compilers.set(key, a);
  return a;
}

/** The draft a `$schema` URI names; draft-07 for none or any older draft (their keywords are a subset). */
export function jsonSchemaDraft(schema: Record<string, unknown>): JsonSchemaDraft {
  const uri = typeof schema.$schema === 'string' ? schema.$schema : '';
  if (uri.includes('2020-12')) return '2020-12';
  if (uri.includes('2019-09')) return '2019-09';
  return 'draft-07';
}

/** Bounds on one schema: ajv compiles synchronously in the worker process, outside any isolate limit. */
const MAX_SCHEMA_CHARS = 256 * 1024;
const MAX_SCHEMA_DEPTH = 64;

/**
 * Refuses what ajv's generated code would get wrong or what is out of bounds: a `__proto__`
 * key (an object literal in the generated code would set a prototype instead of a property).
 */
function checkShape(v: unknown, depth: number): void {
  if (typeof v !== 'object' || v === null) return;
  if (depth > MAX_SCHEMA_DEPTH) throw new TypeError(`nested deeper than ${MAX_SCHEMA_DEPTH} levels`);
  if (Array.isArray(v)) {
    for (const x of v) checkShape(x, depth + 1);
    return;
  }
  for (const [k, x] of Object.entries(v)) {
    if (k === '__proto__') throw new TypeError('a "__proto__" key is not allowed in a schema');
    checkShape(x, depth + 1);
  }
}

/**
 * Compiles one schema to the code json-schema.ts runs. Throws with ajv's reason. The draft
 * follows the schema's `$schema` (draft-07 when it names none); `strict: false` ignores unknown
 * keywords instead of refusing them.
 */
export function compileJsonSchema(schema: unknown, opts: { strict?: boolean } = {}): CompiledJsonSchema {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new TypeError('a JSON Schema must be an object');
  }
  checkShape(schema, 0);
  const draft = jsonSchemaDraft(schema as Record<string, unknown>);
  const strict = opts.strict ?? true;
  // The compiler is chosen by draft; ajv would refuse a $schema whose meta-schema it has not loaded.
  const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
  const text = JSON.stringify(rest);
  if (text.length > MAX_SCHEMA_CHARS) throw new TypeError(`larger than ${MAX_SCHEMA_CHARS} characters`);
  const key = `${draft}/${strict}/${text}`;
  let code = cache.get(key);
  if (code === undefined) {
    const a = compiler(draft, strict);
    try {
      code = standalone.default(a, a.compile(rest));
    } finally {
      a.removeSchema(rest); // ajv would keep every schema it compiled
    }
    for (const m of code.matchAll(/require\("([^"]+)"\)/g)) {
      if (!Object.hasOwn(JSON_SCHEMA_RUNTIME, m[1])) {
        throw new TypeError(
          `uses a feature the sandbox cannot run (${m[1].replace('ajv/dist/runtime/', '')})`,
        );
      }
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, code);
  }
  return { __sluiceJsonSchema: code };
}

/**
 * The config with every `jsonSchemas` field's schemas replaced by their compiled code. A schema
 * that does not compile is a config error naming the field and the schema's key.
 */
export function compileJsonSchemaFields(
  spec: ConfigSpec | undefined,
  config: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...config };
  const problems: string[] = [];
  for (const [name, f] of Object.entries(spec ?? {})) {
    if (f.type !== 'json-schemas' || out[name] === undefined) continue;
    // No prototype: a topic named "__proto__" must become a key, not a prototype.
    const compiled: Record<string, CompiledJsonSchema> = Object.create(null);
    for (const [key, schema] of Object.entries(out[name] as Record<string, unknown>)) {
      try {
        compiled[key] = compileJsonSchema(schema);
      } catch (e) {
        problems.push(`${name}["${key}"] is not a usable JSON Schema: ${(e as Error).message}`);
      }
    }
    out[name] = compiled;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out;
}
