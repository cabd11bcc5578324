// Admin secrets as the config holds them: passwords as scrypt hashes
// (`scrypt$N$r$p$salt$hash`), tokens — long random strings — as SHA-256 (`sha256$hex`), and the
// list of well-known passwords nobody may run with outside a demo.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

/** Passwords nobody may run with outside a demo. */
export const WELL_KNOWN_PASSWORDS: readonly string[] = [
  '',
  'admin',
  'administrator',
  'changeit',
  'changeme',
  'conduktor',
  'kafka',
  'password',
  'secret',
  'sluice',
  '123456',
  '12345678',
  'admin123',
  'letmein',
];

export function hashSecret(secret: string, salt = randomBytes(16)): string {
  const { N, r, p, keylen } = SCRYPT;
  const key = scryptSync(secret, salt, keylen, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** For tokens: long random strings need no deliberate slowness. */
export function hashToken(token: string): string {
  return `sha256$${createHash('sha256').update(token).digest('hex')}`;
}

export function verifySecret(secret: string, hash: string): boolean {
  if (hash.startsWith('sha256$')) {
    const got = Buffer.from(hashToken(secret));
    const want = Buffer.from(hash);
    return got.length === want.length && timingSafeEqual(got, want);
  }
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64');
  const want = Buffer.from(parts[5], 'base64');
  if (!Number.isInteger(N) || !Number.isInteger(r) || !Number.isInteger(p) || want.length === 0) return false;
  const got = scryptSync(secret, salt, want.length, { N, r, p, maxmem: 256 * N * r });
  return timingSafeEqual(got, want);
}

export function isHash(value: string): boolean {
  return value.startsWith('scrypt$') || value.startsWith('sha256$');
}

/** Is this secret (plain, or the password behind a hash) one of the well-known ones? */
export function isWellKnown(secret: { plain?: string; hash?: string }): boolean {
  if (secret.plain !== undefined) return WELL_KNOWN_PASSWORDS.includes(secret.plain);
  return secret.hash !== undefined && WELL_KNOWN_PASSWORDS.some((p) => verifySecret(p, secret.hash!));
}
