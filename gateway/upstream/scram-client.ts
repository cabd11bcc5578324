// The client side of SCRAM-SHA-256/512 (RFC 5802, RFC 7677), used only by Sluice's own
// metadata connection when the upstream requires SASL. Client connections never use this:
// their SASL bytes pass through unchanged.
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

type Hash = 'sha256' | 'sha512';

function saslName(s: string): string {
  return s.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.allocUnsafe(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] ^ b[i];
  return out;
}

function attributes(message: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of message.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) map.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return map;
}

export class ScramClient {
  #hash: Hash;
  #username: string;
  #password: string;
  #nonce = randomBytes(24).toString('base64');
  #clientFirstBare = '';
  #serverSignature: Buffer | undefined;

  constructor(mechanism: 'SCRAM-SHA-256' | 'SCRAM-SHA-512', username: string, password: string) {
    this.#hash = mechanism === 'SCRAM-SHA-256' ? 'sha256' : 'sha512';
    this.#username = username;
    this.#password = password;
  }

  clientFirst(): Buffer {
    this.#clientFirstBare = `n=${saslName(this.#username)},r=${this.#nonce}`;
    return Buffer.from(`n,,${this.#clientFirstBare}`);
  }

  clientFinal(serverFirst: Buffer): Buffer {
    const text = serverFirst.toString('utf8');
    const attrs = attributes(text);
    const nonce = attrs.get('r');
    const salt = attrs.get('s');
    const iterations = Number(attrs.get('i'));
    if (!nonce?.startsWith(this.#nonce) || !salt || !Number.isInteger(iterations) || iterations < 1) {
      throw new Error('SCRAM: invalid server-first message');
    }
    const keyLen = this.#hash === 'sha256' ? 32 : 64;
    const salted = pbkdf2Sync(this.#password, Buffer.from(salt, 'base64'), iterations, keyLen, this.#hash);
    const clientKey = createHmac(this.#hash, salted).update('Client Key').digest();
    const storedKey = createHash(this.#hash).update(clientKey).digest();
    const withoutProof = `c=biws,r=${nonce}`;
    const authMessage = `${this.#clientFirstBare},${text},${withoutProof}`;
    const clientSignature = createHmac(this.#hash, storedKey).update(authMessage).digest();
    const serverKey = createHmac(this.#hash, salted).update('Server Key').digest();
    this.#serverSignature = createHmac(this.#hash, serverKey).update(authMessage).digest();
    return Buffer.from(`${withoutProof},p=${xor(clientKey, clientSignature).toString('base64')}`);
  }

  /** Checks the server's proof that it knows the password too. */
  verifyServerFinal(serverFinal: Buffer): void {
    const v = attributes(serverFinal.toString('utf8')).get('v');
    const expected = this.#serverSignature;
    if (!v || !expected) throw new Error('SCRAM: invalid server-final message');
    const got = Buffer.from(v, 'base64');
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
      throw new Error('SCRAM: server signature does not match');
    }
  }
}
