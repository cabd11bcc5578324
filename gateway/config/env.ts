// Environment overrides: SLUICE_<PATH> in upper snake case replaces one key of the YAML
// tree, e.g. SLUICE_UPSTREAM_BOOTSTRAP_SERVERS=a:9092,b:9092 or
// SLUICE_LISTENERS_0_TLS_CERT_FILE=/etc/sluice/tls.crt. Values stay strings; validation
// converts them to the key's type and names the variable's key path when they are wrong.
import { CONFIG_SPEC, type FieldSpec } from './schema.ts';

export const ENV_PREFIX = 'SLUICE_';

// Variables with the prefix that are not configuration keys: the default --config, the CLI's
// (docs/cli.md), the rig's hosts file.
const RESERVED = new Set([
  'SLUICE_CONFIG',
  'SLUICE_ADMIN_URL',
  'SLUICE_ADMIN_USER',
  'SLUICE_ADMIN_PASSWORD',
  'SLUICE_ADMIN_TOKEN',
  'SLUICE_ADMIN_CA',
  'SLUICE_PROFILE',
  'SLUICE_PROFILES',
  'SLUICE_HOSTS_FILE',
]);
/** Whole families that are not configuration: the test suite's and the benchmarks' own knobs. */
const RESERVED_PREFIXES = ['SLUICE_TEST_', 'SLUICE_BENCH_'];

function upperSnake(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split('_');
}

type Path = (string | number)[];

function resolvePath(spec: FieldSpec, tokens: string[]): Path | undefined {
  if (tokens.length === 0) return spec.type === 'object' || spec.type === 'array' ? undefined : [];
  if (spec.type === 'array') {
    if (!/^\d+$/.test(tokens[0])) return undefined;
    const rest = resolvePath(spec.items, tokens.slice(1));
    return rest && [Number(tokens[0]), ...rest];
  }
  if (spec.type !== 'object') return undefined;
  for (const [key, field] of Object.entries(spec.fields)) {
    const keyTokens = upperSnake(key);
    if (keyTokens.every((t, i) => tokens[i] === t)) {
      const rest = resolvePath(field, tokens.slice(keyTokens.length));
      if (rest) return [key, ...rest];
    }
  }
  return undefined;
}

export interface EnvOverrideResult {
  applied: { variable: string; path: string }[];
  /** SLUICE_* variables that match no key: reported so that a typo is not silent. */
  unmatched: string[];
}

/** Apply SLUICE_* variables onto `tree` (mutated). */
export function applyEnvOverrides(tree: Record<string, unknown>, env: NodeJS.ProcessEnv): EnvOverrideResult {
  const result: EnvOverrideResult = { applied: [], unmatched: [] };
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(ENV_PREFIX) || value === undefined) continue;
    if (RESERVED.has(name) || RESERVED_PREFIXES.some((p) => name.startsWith(p))) continue;
    const path = resolvePath(CONFIG_SPEC, name.slice(ENV_PREFIX.length).split('_'));
    if (!path) {
      result.unmatched.push(name);
      continue;
    }
    let node: Record<string | number, unknown> = tree;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i];
      const nextIsIndex = typeof path[i + 1] === 'number';
      if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') {
        node[key] = nextIsIndex ? [] : {};
      }
      node = node[key] as Record<string | number, unknown>;
    }
    node[path[path.length - 1]] = value;
    result.applied.push({
      variable: name,
      path: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join(''),
    });
  }
  return result;
}
