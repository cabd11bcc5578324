// Validates a raw configuration tree (from YAML plus environment overrides) against
// CONFIG_SPEC, fills defaults, then checks the rules that span several keys. Every problem
// is reported with the exact key path, all at once, so one start-up attempt shows them all.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigError, type ConfigIssue } from '../errors.ts';
import { registryUrlProblem } from './registry-url.ts';
import { CONFIG_SPEC, type FieldSpec, type ListenerConfig, type SluiceConfig } from './schema.ts';
import { isHash, isWellKnown } from './secrets.ts';

export interface ValidateOptions {
  /** Directory that relative file paths are resolved against (the config file's directory). */
  baseDir: string;
  /** Named in the error message, e.g. the config file path. */
  source: string;
  /** Check that referenced files exist (tests of pure shape can turn it off). */
  checkFiles?: boolean;
}

export const NODE_ID_PLACEHOLDER = '{nodeId}';

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

function validateField(
  spec: FieldSpec,
  value: unknown,
  path: string,
  issues: ConfigIssue[],
  opts: ValidateOptions,
): unknown {
  if ((value === undefined || value === null) && spec.type === 'object' && spec.fillDefaults) value = {};
  if (value === undefined || value === null) {
    if ('default' in spec && spec.default !== undefined) return spec.default;
    if ('required' in spec && spec.required) issues.push({ path, message: 'is required' });
    return undefined;
  }
  switch (spec.type) {
    case 'string': {
      if (typeof value !== 'string' && typeof value !== 'number') {
        issues.push({ path, message: `must be a string, got ${typeName(value)}` });
        return undefined;
      }
      const s = String(value);
      if (spec.enum && !spec.enum.includes(s)) {
        issues.push({ path, message: `must be one of ${spec.enum.join(', ')}; got "${s}"` });
        return undefined;
      }
      if (spec.file) {
        const full = isAbsolute(s) ? s : resolve(opts.baseDir, s);
        if (opts.checkFiles !== false && (!existsSync(full) || !statSync(full).isFile())) {
          issues.push({ path, message: `file not found: ${full}` });
        }
        return full;
      }
      return s;
    }
    case 'integer': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) {
        issues.push({ path, message: `must be an integer, got ${JSON.stringify(value)}` });
        return undefined;
      }
      if (spec.min !== undefined && n < spec.min) issues.push({ path, message: `must be >= ${spec.min}` });
      if (spec.max !== undefined && n > spec.max) issues.push({ path, message: `must be <= ${spec.max}` });
      return n;
    }
    case 'boolean': {
      if (value === 'true' || value === true) return true;
      if (value === 'false' || value === false) return false;
      issues.push({ path, message: `must be true or false, got ${JSON.stringify(value)}` });
      return undefined;
    }
    case 'stringList': {
      const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
      if (!Array.isArray(list) || list.some((v) => typeof v !== 'string' || v === '')) {
        issues.push({ path, message: 'must be a list of non-empty strings' });
        return undefined;
      }
      if (spec.minItems !== undefined && list.length < spec.minItems) {
        issues.push({ path, message: `must have at least ${spec.minItems} item(s)` });
      }
      return list;
    }
    case 'array': {
      if (!Array.isArray(value)) {
        issues.push({ path, message: `must be a list, got ${typeName(value)}` });
        return undefined;
      }
      if (spec.minItems !== undefined && value.length < spec.minItems) {
        issues.push({ path, message: `must have at least ${spec.minItems} item(s)` });
      }
      return value.map((item, i) => validateField(spec.items, item, join(path, i), issues, opts));
    }
    case 'mapping': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        issues.push({ path, message: `must be a mapping, got ${typeName(value)}` });
        return undefined;
      }
      return value;
    }
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        issues.push({ path, message: `must be a mapping, got ${typeName(value)}` });
        return undefined;
      }
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        if (!(key in spec.fields)) {
          const known = Object.keys(spec.fields).join(', ');
          issues.push({ path: join(path, key), message: `unknown key (known keys: ${known})` });
        }
      }
      for (const [key, fieldSpec] of Object.entries(spec.fields)) {
        const v = validateField(fieldSpec, input[key], join(path, key), issues, opts);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
  }
}

function checkListener(l: Record<string, unknown>, path: string, issues: ConfigIssue[]): void {
  const tls = l.tls as Record<string, unknown> | undefined;
  if (tls) {
    const pem = tls.certFile !== undefined || tls.keyFile !== undefined;
    if (pem && tls.pkcs12File !== undefined) {
      issues.push({ path: `${path}.tls`, message: 'set either certFile+keyFile or pkcs12File, not both' });
    } else if (!pem && tls.pkcs12File === undefined) {
      issues.push({ path: `${path}.tls.certFile`, message: 'is required (or tls.pkcs12File)' });
    } else if (pem && tls.certFile === undefined) {
      issues.push({ path: `${path}.tls.certFile`, message: 'is required when tls.keyFile is set' });
    } else if (pem && tls.keyFile === undefined) {
      issues.push({ path: `${path}.tls.keyFile`, message: 'is required when tls.certFile is set' });
    }
    if (tls.clientAuth !== 'none' && tls.clientCaFile === undefined) {
      issues.push({
        path: `${path}.tls.clientCaFile`,
        message: `is required when clientAuth is ${tls.clientAuth}`,
      });
    }
  }
  if (l.routing === 'sni') {
    if (!tls)
      issues.push({ path: `${path}.tls`, message: 'is required for sni routing (SNI is a TLS feature)' });
    if (l.bootstrapHost === undefined)
      issues.push({ path: `${path}.bootstrapHost`, message: 'is required for sni routing' });
    const pattern = l.brokerHostPattern;
    if (pattern === undefined) {
      issues.push({ path: `${path}.brokerHostPattern`, message: 'is required for sni routing' });
    } else if (typeof pattern === 'string' && pattern.split(NODE_ID_PLACEHOLDER).length !== 2) {
      issues.push({
        path: `${path}.brokerHostPattern`,
        message: `must contain ${NODE_ID_PLACEHOLDER} exactly once, e.g. brokermain${NODE_ID_PLACEHOLDER}-gateway.example.com`,
      });
    } else if (
      typeof pattern === 'string' &&
      pattern.toLowerCase() === String(l.bootstrapHost).toLowerCase()
    ) {
      issues.push({ path: `${path}.brokerHostPattern`, message: 'must differ from bootstrapHost' });
    }
    if (l.brokerPortBase !== undefined) {
      issues.push({ path: `${path}.brokerPortBase`, message: 'applies to port routing only' });
    }
    if (l.advertisedPort === undefined) l.advertisedPort = l.port;
    if (l.advertisedHost !== undefined) {
      issues.push({
        path: `${path}.advertisedHost`,
        message: 'applies to port routing only (sni uses the host names)',
      });
    }
  } else if (l.routing === 'port') {
    for (const key of ['bootstrapHost', 'brokerHostPattern', 'advertisedPort']) {
      if (l[key] !== undefined)
        issues.push({ path: `${path}.${key}`, message: 'applies to sni routing only' });
    }
    if (l.advertisedHost === undefined) l.advertisedHost = l.host;
    if (l.brokerPortBase === undefined && typeof l.port === 'number') l.brokerPortBase = l.port + 1;
    if (l.port === 0)
      issues.push({ path: `${path}.port`, message: 'port routing needs a fixed port (not 0)' });
  }
}

/** Validate and complete a raw configuration tree; throws ConfigError listing every issue. */
export function validateConfig(raw: unknown, opts: ValidateOptions): SluiceConfig {
  const issues: ConfigIssue[] = [];
  const tree = validateField(CONFIG_SPEC, raw ?? {}, '', issues, opts) as Record<string, unknown> | undefined;
  const listeners = (tree?.listeners ?? []) as (Record<string, unknown> | undefined)[];
  const names = new Map<string, number>();
  listeners.forEach((l, i) => {
    if (!l) return;
    const path = `listeners[${i}]`;
    checkListener(l, path, issues);
    if (typeof l.name === 'string') {
      const prev = names.get(l.name);
      if (prev !== undefined)
        issues.push({ path: `${path}.name`, message: `duplicates listeners[${prev}].name` });
      names.set(l.name, i);
    }
  });
  const upstream = tree?.upstream as Record<string, unknown> | undefined;
  if (upstream) {
    const servers = (upstream.bootstrapServers ?? []) as string[];
    servers.forEach((s, i) => {
      if (!/^[^\s:]+:\d{1,5}$/.test(s) && !/^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(s)) {
        issues.push({ path: `upstream.bootstrapServers[${i}]`, message: `must be host:port, got "${s}"` });
      }
    });
    if (upstream.tls !== undefined && upstream.security !== 'ssl') {
      issues.push({ path: 'upstream.security', message: 'must be ssl when upstream.tls is set' });
    }
    const utls = upstream.tls as Record<string, unknown> | undefined;
    if (utls && (utls.certFile === undefined) !== (utls.keyFile === undefined)) {
      issues.push({ path: 'upstream.tls', message: 'certFile and keyFile go together (client certificate)' });
    }
  }
  const kms = tree?.kms as Record<string, unknown> | undefined;
  if (kms) checkKms(kms, issues);
  const policies = tree?.policies as Record<string, unknown> | undefined;
  if (policies) checkPolicies(policies, issues, opts);
  const admin = tree?.admin as Record<string, unknown> | undefined;
  if (admin) checkAdmin(admin, listeners, issues, opts);
  const registry = tree?.schemaRegistry as Record<string, unknown> | undefined;
  if (registry) checkSchemaRegistry(registry, issues);
  const store = tree?.policyStore as Record<string, unknown> | undefined;
  if (store && typeof store.dir === 'string')
    store.dir = isAbsolute(store.dir) ? store.dir : resolve(opts.baseDir, store.dir);
  if (issues.length > 0) throw new ConfigError(issues, opts.source);
  return tree as unknown as SluiceConfig;
}

/** Static credentials come as a pair; an endpoint is a URL. */
function checkKms(k: Record<string, unknown>, issues: ConfigIssue[]): void {
  if ((k.accessKeyId === undefined) !== (k.secretAccessKey === undefined)) {
    issues.push({
      path: 'kms',
      message: 'accessKeyId and secretAccessKey go together (or neither: the AWS chain)',
    });
  }
  if (k.sessionToken !== undefined && k.accessKeyId === undefined) {
    issues.push({ path: 'kms.sessionToken', message: 'needs accessKeyId and secretAccessKey' });
  }
  if (typeof k.endpoint === 'string' && !/^https?:\/\/[^\s/]+/.test(k.endpoint)) {
    issues.push({ path: 'kms.endpoint', message: `must be an http:// or https:// URL, got "${k.endpoint}"` });
  }
}

/** `policies.dir` must be a directory holding each deployment's file; ids are unique. */
function checkPolicies(p: Record<string, unknown>, issues: ConfigIssue[], opts: ValidateOptions): void {
  if (typeof p.dir !== 'string') return;
  const dir = isAbsolute(p.dir) ? p.dir : resolve(opts.baseDir, p.dir);
  p.dir = dir;
  const check = opts.checkFiles !== false;
  if (check && (!existsSync(dir) || !statSync(dir).isDirectory())) {
    issues.push({ path: 'policies.dir', message: `directory not found: ${dir}` });
  }
  const ids = new Map<string, number>();
  ((p.deployments ?? []) as (Record<string, unknown> | undefined)[]).forEach((d, i) => {
    if (!d) return;
    const path = `policies.deployments[${i}]`;
    if (typeof d.id === 'string') {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(d.id)) {
        issues.push({
          path: `${path}.id`,
          message: 'must be letters, digits, ".", "_" or "-" (at most 128)',
        });
      }
      const prev = ids.get(d.id);
      if (prev !== undefined)
        issues.push({ path: `${path}.id`, message: `duplicates policies.deployments[${prev}].id` });
      ids.set(d.id, i);
    }
    if (Array.isArray(d.kmsKeys) && d.kmsKeys.length > 0 && d.onError === 'open') {
      // A produce batch whose KMS call fails or times out would then reach Kafka in clear.
      issues.push({ path: `${path}.onError`, message: 'must be closed for a deployment granted kmsKeys' });
    }
    if (typeof d.file === 'string') {
      const full = resolve(dir, d.file);
      if (!full.endsWith('.ts')) issues.push({ path: `${path}.file`, message: 'must be a .ts policy file' });
      else if (check && (!existsSync(full) || !statSync(full).isFile())) {
        issues.push({ path: `${path}.file`, message: `file not found: ${full}` });
      }
      d.file = full;
    }
  });
}

/**
 * The admin API needs someone to log in (users or tokens, each with exactly one secret), no
 * well-known password outside a demo, and HTTPS unless `admin.http` says plain HTTP.
 */
function checkAdmin(
  a: Record<string, unknown>,
  listeners: (Record<string, unknown> | undefined)[],
  issues: ConfigIssue[],
  opts: ValidateOptions,
): void {
  const users = (a.users ?? []) as (Record<string, unknown> | undefined)[];
  const tokens = (a.tokens ?? []) as (Record<string, unknown> | undefined)[];
  if (users.length === 0 && tokens.length === 0) {
    issues.push({
      path: 'admin.users',
      message: 'at least one user (or admin.tokens entry) is required: there is no built-in account',
    });
  }
  const secrets = (
    list: (Record<string, unknown> | undefined)[],
    kind: 'users' | 'tokens',
    keys: string[],
  ) => {
    list.forEach((entry, i) => {
      if (!entry) return;
      const path = `admin.${kind}[${i}]`;
      const given = keys.filter((k) => entry[k] !== undefined);
      if (given.length !== 1) {
        issues.push({ path, message: `needs exactly one of ${keys.join(', ')}` });
        return;
      }
      const key = given[0];
      let value = entry[key] as string;
      if (key.endsWith('File')) {
        if (opts.checkFiles === false) return;
        try {
          value = readFileSync(value, 'utf8').trim();
        } catch {
          return; // the file check above already named it
        }
      }
      const spec = isHash(value) ? { hash: value } : { plain: value };
      if (kind === 'users' && !a.insecureDemo && isWellKnown(spec)) {
        issues.push({
          path: `${path}.${key}`,
          message:
            'is empty or a well-known password; choose another (admin.insecureDemo: true allows it for a local demo only)',
        });
      }
      if (kind === 'tokens' && spec.plain !== undefined && spec.plain.length < 24) {
        issues.push({ path: `${path}.${key}`, message: 'a token must be at least 24 characters' });
      }
    });
  };
  secrets(users, 'users', ['password', 'passwordHash', 'passwordFile']);
  secrets(tokens, 'tokens', ['token', 'tokenHash', 'tokenFile']);
  if (a.http !== true && a.tls === undefined && !listeners.some((l) => l?.tls !== undefined)) {
    issues.push({
      path: 'admin.tls',
      message: 'is required for HTTPS (no listener has TLS to share); or set admin.http: true for plain HTTP',
    });
  }
  if (a.tls !== undefined && a.http === true) {
    issues.push({ path: 'admin.http', message: 'plain HTTP and admin.tls exclude each other' });
  }
}

/** One way to authenticate to the registry at most; the URL carries no credentials. */
function checkSchemaRegistry(r: Record<string, unknown>, issues: ConfigIssue[]): void {
  if (typeof r.url === 'string') {
    const problem = registryUrlProblem(r.url);
    if (problem) issues.push({ path: 'schemaRegistry.url', message: problem });
    else if (r.caFile !== undefined && !r.url.startsWith('https:')) {
      issues.push({ path: 'schemaRegistry.caFile', message: 'applies to an https:// url only' });
    }
  }
  const auth = ['basicAuth', 'bearerToken', 'bearerTokenFile'].filter((k) => r[k] !== undefined);
  if (auth.length > 1) {
    issues.push({
      path: `schemaRegistry.${auth[1]}`,
      message: `set one of basicAuth, bearerToken, bearerTokenFile (${auth[0]} is set)`,
    });
  }
  const basic = r.basicAuth as Record<string, unknown> | undefined;
  if (basic && (basic.password === undefined) === (basic.passwordFile === undefined)) {
    issues.push({ path: 'schemaRegistry.basicAuth', message: 'needs exactly one of password, passwordFile' });
  }
}

/** Ports every listener binds, for overlap checks and logs. */
export function listenerPortSummary(l: ListenerConfig): string {
  return l.routing === 'port'
    ? `${l.host}:${l.port} (bootstrap), brokers at ${l.brokerPortBase}+nodeId`
    : `${l.host}:${l.port} (sni, advertised port ${l.advertisedPort})`;
}
