// Where the admin API is and who we are to it. Each setting comes from the first of: a flag
// (--url, --user, --password, --token, --cacert), the environment (SLUICE_ADMIN_URL,
// SLUICE_ADMIN_USER, SLUICE_ADMIN_PASSWORD, SLUICE_ADMIN_TOKEN, SLUICE_ADMIN_CA), a profile
// (--profile or SLUICE_PROFILE, default "default") of the profile file (SLUICE_PROFILES, default
// $XDG_CONFIG_HOME/sluice/profiles.json or ~/.config/sluice/profiles.json). The source that gives
// the user name or the token decides how we authenticate, so `--user alice` with the password
// in SLUICE_ADMIN_PASSWORD works, and a token in the profile does not beat a user on the
// command line.
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { usageError } from './errors.ts';

export const DEFAULT_URL = 'https://127.0.0.1:8888';

export interface ConnectionFlags {
  url?: string;
  user?: string;
  password?: string;
  token?: string;
  cacert?: string;
  insecure?: boolean;
  profile?: string;
}

export type Auth = { kind: 'basic'; user: string; password: string } | { kind: 'bearer'; token: string };

export interface Connection {
  url: URL;
  auth?: Auth;
  /** A PEM file of the CA certificates to trust, in place of the system's. */
  cacert?: string;
  /** Skip certificate verification (development only). */
  insecure: boolean;
  /** The profile that was read, if any. */
  profile?: string;
  /** Things worth telling the user on stderr (e.g. a profile file others can read). */
  warnings: string[];
}

/** A profile as written in the profile file. Relative `cacert` paths are relative to the file. */
export interface Profile {
  url?: string;
  user?: string;
  password?: string;
  token?: string;
  cacert?: string;
  insecure?: boolean;
}

const PROFILE_KEYS = ['url', 'user', 'password', 'token', 'cacert', 'insecure'] as const;

type Env = Readonly<Record<string, string | undefined>>;

export function profilesFile(env: Env, home = homedir()): string {
  if (env.SLUICE_PROFILES) return env.SLUICE_PROFILES;
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'sluice', 'profiles.json');
}

/** Reads one profile; undefined when the default profile is wanted and there is none. */
export function readProfile(
  file: string,
  name: string,
  explicit: boolean,
): { profile: Profile; warnings: string[] } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (!explicit && (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw usageError(`profile ${name}: cannot read ${file}: ${(err as Error).message}`);
  }
  let all: unknown;
  try {
    all = JSON.parse(text);
  } catch (err) {
    throw usageError(`${file}: not JSON: ${(err as Error).message}`);
  }
  if (all === null || typeof all !== 'object' || Array.isArray(all))
    throw usageError(`${file}: must be an object of profiles by name`);
  const raw = (all as Record<string, unknown>)[name];
  if (raw === undefined) {
    if (!explicit) return undefined;
    const known = Object.keys(all).join(', ') || 'none';
    throw usageError(`${file}: no profile "${name}" (profiles: ${known})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw usageError(`${file}: profile "${name}" must be an object`);
  const profile: Profile = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(PROFILE_KEYS as readonly string[]).includes(key))
      throw usageError(
        `${file}: profile "${name}": unknown key "${key}" (known: ${PROFILE_KEYS.join(', ')})`,
      );
    const wanted = key === 'insecure' ? 'boolean' : 'string';
    if (typeof value !== wanted) throw usageError(`${file}: profile "${name}": "${key}" must be a ${wanted}`);
    (profile as Record<string, unknown>)[key] = value;
  }
  if (profile.cacert) profile.cacert = resolve(dirname(file), profile.cacert);
  const warnings: string[] = [];
  if (profile.password !== undefined || profile.token !== undefined) {
    const mode = statSync(file).mode;
    if (process.platform !== 'win32' && (mode & 0o077) !== 0)
      warnings.push(`${file} holds secrets and others can read it; chmod 600 ${file}`);
  }
  return { profile, warnings };
}

/** The connection the flags, the environment and the profile file describe together. */
export function resolveConnection(
  flags: ConnectionFlags,
  env: Env = process.env,
  home = homedir(),
): Connection {
  const explicit = flags.profile ?? (env.SLUICE_PROFILE || undefined);
  const name = explicit ?? 'default';
  const read = readProfile(profilesFile(env, home), name, explicit !== undefined);
  const profile = read?.profile ?? {};
  const fromEnv: Profile = {
    url: env.SLUICE_ADMIN_URL || undefined,
    user: env.SLUICE_ADMIN_USER || undefined,
    password: env.SLUICE_ADMIN_PASSWORD || undefined,
    token: env.SLUICE_ADMIN_TOKEN || undefined,
    cacert: env.SLUICE_ADMIN_CA || undefined,
  };
  // Highest precedence first.
  const sources: Profile[] = [flags, fromEnv, profile];
  const first = <K extends keyof Profile>(key: K): Profile[K] =>
    sources.find((s) => s[key] !== undefined)?.[key];
  const rank = (key: 'user' | 'token') => sources.findIndex((s) => s[key] !== undefined);

  const rawUrl = first('url') ?? DEFAULT_URL;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw usageError(`admin URL ${rawUrl}: not a URL (e.g. https://sluice-admin:8888)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw usageError(`admin URL ${rawUrl}: must be http:// or https://`);

  let auth: Auth | undefined;
  const userRank = rank('user');
  const tokenRank = rank('token');
  if (tokenRank >= 0 && (userRank < 0 || tokenRank <= userRank)) {
    auth = { kind: 'bearer', token: first('token')! };
  } else if (userRank >= 0) {
    const user = first('user')!;
    const password = first('password');
    if (password === undefined)
      throw usageError(`no password for user ${user}: give --password, SLUICE_ADMIN_PASSWORD or a profile`);
    auth = { kind: 'basic', user, password };
  }
  return {
    url,
    ...(auth ? { auth } : {}),
    ...(first('cacert') ? { cacert: first('cacert') } : {}),
    insecure: first('insecure') === true,
    ...(read ? { profile: name } : {}),
    warnings: read?.warnings ?? [],
  };
}
