// Who may use the admin API: users with passwords (HTTP Basic) and bearer tokens, each with a
// role — `admin` may write, `viewer` may only read. Passwords are kept as scrypt hashes and
// tokens (long random strings) as SHA-256 hashes; a plain secret in the config is hashed at
// start. A header that verified is remembered for a minute (by its own SHA-256), so scrypt's
// deliberate cost is paid once per client, not per request. There is no built-in account: a config whose
// password is empty or well known refuses to start unless `admin.insecureDemo` says otherwise.
// Failed logins are counted per client address and, past a limit, refused for a while.
import { createHash } from 'node:crypto';
import { hashSecret, hashToken, verifySecret } from '../config/secrets.ts';

const VERIFIED_FOR_MS = 60_000;

export type Role = 'admin' | 'viewer';

export interface Principal {
  name: string;
  role: Role;
}

/** A secret as configured: the plain value, or its hash. */
export interface SecretSpec {
  name: string;
  role: Role;
  plain?: string;
  hash?: string;
}

interface Account {
  principal: Principal;
  hash: string;
}

export interface LoginLimits {
  /** Failures per address within the window before the address is refused. */
  maxFailures: number;
  windowMs: number;
}

export type AuthResult =
  | { ok: true; principal: Principal }
  | { ok: false; reason: 'missing' | 'invalid' | 'limited'; retryAfterS?: number };

export class AdminAuth {
  readonly #users = new Map<string, Account>();
  readonly #tokens: Account[] = [];
  readonly #limits: LoginLimits;
  readonly #failures = new Map<string, number[]>();
  /** SHA-256 of an Authorization header that verified → who, until when. */
  readonly #verified = new Map<string, { principal: Principal; until: number }>();
  readonly #now: () => number;

  constructor(users: SecretSpec[], tokens: SecretSpec[], limits: LoginLimits, now = Date.now) {
    for (const u of users)
      this.#users.set(u.name, { principal: { name: u.name, role: u.role }, hash: hashOf(u) });
    for (const t of tokens) {
      this.#tokens.push({
        principal: { name: t.name, role: t.role },
        hash: t.hash ?? hashToken(t.plain ?? ''),
      });
    }
    this.#limits = limits;
    this.#now = now;
  }

  /** Checks an Authorization header value for a request from `address`. */
  authenticate(header: string | undefined, address: string): AuthResult {
    const limited = this.#limited(address);
    if (limited) return { ok: false, reason: 'limited', retryAfterS: limited };
    if (!header) return { ok: false, reason: 'missing' };
    const digest = createHash('sha256').update(header).digest('hex');
    const known = this.#verified.get(digest);
    if (known && known.until > this.#now()) return { ok: true, principal: known.principal };
    const principal = this.#check(header);
    if (principal) {
      if (this.#verified.size > 1000) this.#verified.clear();
      this.#verified.set(digest, { principal, until: this.#now() + VERIFIED_FOR_MS });
      return { ok: true, principal };
    }
    this.#fail(address);
    return { ok: false, reason: 'invalid' };
  }

  #check(header: string): Principal | undefined {
    const [scheme, value = ''] = header.split(/\s+/, 2);
    if (/^basic$/i.test(scheme)) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) return undefined;
      const account = this.#users.get(decoded.slice(0, colon));
      return account && verifySecret(decoded.slice(colon + 1), account.hash) ? account.principal : undefined;
    }
    if (/^bearer$/i.test(scheme)) {
      return this.#tokens.find((t) => verifySecret(value, t.hash))?.principal;
    }
    return undefined;
  }

  /** Seconds left while the address is refused, or 0. */
  #limited(address: string): number {
    const recent = this.#recent(address);
    if (recent.length < this.#limits.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[0] + this.#limits.windowMs - this.#now()) / 1000));
  }

  #recent(address: string): number[] {
    const since = this.#now() - this.#limits.windowMs;
    const list = (this.#failures.get(address) ?? []).filter((t) => t > since);
    if (list.length === 0) this.#failures.delete(address);
    else this.#failures.set(address, list);
    return list;
  }

  #fail(address: string): void {
    // Bounded: a flood of addresses cannot grow the table past this many.
    if (this.#failures.size > 10_000) this.#failures.clear();
    this.#failures.set(address, [...this.#recent(address), this.#now()]);
  }
}

function hashOf(s: SecretSpec): string {
  if (s.hash !== undefined) return s.hash;
  return hashSecret(s.plain ?? '');
}
