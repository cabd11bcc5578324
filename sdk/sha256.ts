// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104) in plain TypeScript: the sandbox has no
// crypto module and no WebCrypto, and a masking policy must hash inside it. Small and
// allocation-light rather than fast: masking hashes a few short fields per record.

import { encodeUtf8 } from './runtime/utf8.ts';

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const BLOCK = 64;
const INIT = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
// The message schedule, reused by every compression (hashing is synchronous).
const W = new Int32Array(64);

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? encodeUtf8(data) : data;
}

/** One 64-byte block at `off` of `m` into the state `h`. */
function compress(h: Int32Array, m: Uint8Array, off: number): void {
  const w = W;
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4;
    w[i] = (m[j] << 24) | (m[j + 1] << 16) | (m[j + 2] << 8) | m[j + 3];
  }
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15];
    const b = w[i - 2];
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let a = h[0];
  let b = h[1];
  let c = h[2];
  let d = h[3];
  let e = h[4];
  let f = h[5];
  let g = h[6];
  let hh = h[7];
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + S1 + ch + K[i] + w[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += hh;
}

/**
 * Finishes a hash whose state `from` has already taken in `before` bytes (whole blocks):
 * `msg`, then the padding (0x80, zeros, the total bit length as 64-bit big-endian).
 */
function finish(from: Int32Array, before: number, msg: Uint8Array): Uint8Array {
  const h = from.slice();
  const whole = msg.length - (msg.length % BLOCK);
  for (let off = 0; off < whole; off += BLOCK) compress(h, msg, off);
  const rest = msg.length - whole;
  const tail = new Uint8Array(rest < 56 ? BLOCK : 2 * BLOCK);
  tail.set(msg.subarray(whole));
  tail[rest] = 0x80;
  const bits = (before + msg.length) * 8;
  const hi = Math.floor(bits / 0x100000000);
  const lo = bits >>> 0;
  const n = tail.length;
  tail[n - 8] = hi >>> 24;
  tail[n - 7] = hi >>> 16;
  tail[n - 6] = hi >>> 8;
  tail[n - 5] = hi;
  tail[n - 4] = lo >>> 24;
  tail[n - 3] = lo >>> 16;
  tail[n - 2] = lo >>> 8;
  tail[n - 1] = lo;
  for (let off = 0; off < n; off += BLOCK) compress(h, tail, off);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    out[i * 4] = h[i] >>> 24;
    out[i * 4 + 1] = h[i] >>> 16;
    out[i * 4 + 2] = h[i] >>> 8;
    out[i * 4 + 3] = h[i];
  }
  return out;
}

/** The SHA-256 digest (32 bytes) of `data`; strings are hashed as UTF-8. */
export function sha256(data: Uint8Array | string): Uint8Array {
  return finish(INIT, 0, toBytes(data));
}

/**
 * HMAC-SHA256 under one key, for many messages: the key's inner and outer blocks are hashed
 * once here, so each message costs its own blocks plus one block for the outer hash.
 */
export function hmacSha256With(key: Uint8Array | string): (data: Uint8Array | string) => Uint8Array {
  let k = toBytes(key);
  if (k.length > BLOCK) k = sha256(k);
  const pad = new Uint8Array(BLOCK);
  const inner = INIT.slice();
  const outer = INIT.slice();
  for (let i = 0; i < BLOCK; i++) pad[i] = (i < k.length ? k[i] : 0) ^ 0x36;
  compress(inner, pad, 0);
  for (let i = 0; i < BLOCK; i++) pad[i] = (i < k.length ? k[i] : 0) ^ 0x5c;
  compress(outer, pad, 0);
  return (data) => finish(outer, BLOCK, finish(inner, BLOCK, toBytes(data)));
}

/** HMAC-SHA256 of `data` under `key` (32 bytes); strings are taken as UTF-8. */
export function hmacSha256(key: Uint8Array | string, data: Uint8Array | string): Uint8Array {
  return hmacSha256With(key)(data);
}

const HEX = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));

/** Lower-case hex of some bytes. */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]];
  return s;
}
