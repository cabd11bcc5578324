// A small typed config schema: each field says its type, default and description, and the
// TypeScript type of `ctx.config` is inferred from it. The same plain-data spec travels in a
// policy's manifest so the host can validate a deployment's config before activating it.

import type { JsonSchemaValidator } from './json-schema.ts';

export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'string[]' | 'json' | 'json-schemas';

export interface FieldSpec<T = unknown> {
  readonly type: FieldType;
  readonly description?: string;
  readonly default?: T;
  /** Allowed values for `string` fields. */
  readonly enum?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** `jsonSchemas` fields only: absent from a deployment's config means an empty map (they take no default). */
  readonly optional?: boolean;
  /** Phantom marker carrying the TypeScript type; never set at runtime. */
  readonly __type?: T;
}

export type ConfigSpec = Readonly<Record<string, FieldSpec>>;

/** The TypeScript type of `ctx.config` for a given spec. */
export type ConfigOf<S extends ConfigSpec> = {
  readonly [K in keyof S]: S[K] extends FieldSpec<infer T> ? T : never;
};

interface FieldOptions<T> {
  description?: string;
  default?: T;
}

/** Builders for config fields: `config: { maxBytes: field.integer({ default: 1024 }) }`. */
export const field = {
  string(opts: FieldOptions<string> & { enum?: readonly string[] } = {}): FieldSpec<string> {
    return { type: 'string', ...opts };
  },
  number(opts: FieldOptions<number> & { min?: number; max?: number } = {}): FieldSpec<number> {
    return { type: 'number', ...opts };
  },
  integer(opts: FieldOptions<number> & { min?: number; max?: number } = {}): FieldSpec<number> {
    return { type: 'integer', ...opts };
  },
  boolean(opts: FieldOptions<boolean> = {}): FieldSpec<boolean> {
    return { type: 'boolean', ...opts };
  },
  stringList(opts: FieldOptions<readonly string[]> = {}): FieldSpec<readonly string[]> {
    return { type: 'string[]', ...opts };
  },
  /** Any JSON value. Type it with `field.json<MyType>()`. */
  json<T>(opts: FieldOptions<T> = {}): FieldSpec<T> {
    return { type: 'json', ...opts };
  },
  /**
   * A map of name → JSON Schema (draft-07), e.g. per topic. Deployed configs give schemas;
   * the policy gets ready validators, compiled outside the sandbox when the policy loads (a
   * schema that does not compile fails the deployment). No schema compiler enters the isolate.
   */
  jsonSchemas(
    opts: { description?: string; optional?: boolean } = {},
  ): FieldSpec<Readonly<Record<string, JsonSchemaValidator>>> {
    return { type: 'json-schemas', ...opts };
  },
};

/** A config value that does not match the spec. `problems` lists every field at fault. */
export class ConfigError extends Error {
  readonly code = 'SLUICE_POLICY_CONFIG_INVALID';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`invalid policy config: ${problems.join('; ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const FIELD_TYPES: readonly string[] = [
  'string',
  'number',
  'integer',
  'boolean',
  'string[]',
  'json',
  'json-schemas',
];

/** Checks that a spec (possibly copied out of a sandbox) is well-formed plain data. */
export function checkConfigSpec(spec: unknown): string[] {
  const problems: string[] = [];
  if (spec === undefined) return problems;
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec))
    return ['config spec must be an object'];
  for (const [name, f] of Object.entries(spec)) {
    if (typeof f !== 'object' || f === null) problems.push(`${name}: field spec must be an object`);
    else if (!FIELD_TYPES.includes((f as FieldSpec).type)) problems.push(`${name}: unknown field type`);
    // Schemas are compiled outside the sandbox, so they come from the deployment, never from
    // the policy's own code (a manifest is copied out of the isolate and is not trusted).
    else if ((f as FieldSpec).type === 'json-schemas' && (f as FieldSpec).default !== undefined)
      problems.push(`${name}: a jsonSchemas field cannot have a default`);
  }
  return problems;
}

function checkValue(name: string, f: FieldSpec, v: unknown): string | null {
  switch (f.type) {
    case 'string':
      if (typeof v !== 'string') return `${name} must be a string`;
      if (f.enum && !f.enum.includes(v)) return `${name} must be one of ${f.enum.join(', ')}`;
      return null;
    case 'number':
    case 'integer':
      if (typeof v !== 'number' || !Number.isFinite(v)) return `${name} must be a number`;
      if (f.type === 'integer' && !Number.isInteger(v)) return `${name} must be an integer`;
      if (f.min !== undefined && v < f.min) return `${name} must be >= ${f.min}`;
      if (f.max !== undefined && v > f.max) return `${name} must be <= ${f.max}`;
      return null;
    case 'boolean':
      return typeof v === 'boolean' ? null : `${name} must be a boolean`;
    case 'string[]':
      return Array.isArray(v) && v.every((s) => typeof s === 'string')
        ? null
        : `${name} must be a list of strings`;
    case 'json':
      try {
        JSON.stringify(v);
        return null;
      } catch {
        return `${name} must be JSON`;
      }
    case 'json-schemas':
      if (typeof v !== 'object' || v === null || Array.isArray(v))
        return `${name} must be a map of name → JSON Schema`;
      for (const [k, schema] of Object.entries(v)) {
        if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
          return `${name}["${k}"] must be a JSON Schema object`;
      }
      return null;
  }
}

/**
 * Applies defaults and validates `input` against `spec`. Unknown keys and missing fields
 * without a default are errors, so a typo in a deployment never silently falls back.
 */
export function resolveConfig(
  spec: ConfigSpec | undefined,
  input: Record<string, unknown> = {},
): Record<string, unknown> {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  const fields = spec ?? {};
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(fields, key)) problems.push(`unknown config key "${key}"`);
  }
  for (const [name, f] of Object.entries(fields)) {
    const given = Object.hasOwn(input, name)
      ? input[name]
      : f.type === 'json-schemas' && f.optional === true
        ? {}
        : f.default;
    if (given === undefined) {
      problems.push(`${name} is required`);
      continue;
    }
    const problem = checkValue(name, f, given);
    if (problem) problems.push(problem);
    else out[name] = given;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out;
}
