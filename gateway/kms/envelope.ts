// The encrypted value format: one ASCII string that carries everything a replica with KMS
// access needs to decrypt it, and nothing that helps anyone without.
//
//   SLE2.<type>.<key reference>.<encrypted data key>.<iv>.<ciphertext+tag>
//
// `SLE2` names the format and its version; `type` is the JSON type of the original value
// (s string, n number, b boolean, o object, a array, z null, t text that is not JSON); the key
// reference is the KMS key id, alias or ARN the data key was generated under; the last three
// are base64url (no padding): the KMS-wrapped data key, the 96-bit GCM IV, the ciphertext with
// its 128-bit tag appended. The GCM additional data is everything before the IV and then the
// context the value was sealed in (the record's topic, not its partition: records may move
// between partitions, not between topics), which is not stored: changing the type, the key
// reference or the wrapped key, or copying the value to another topic, makes decryption fail.
// SLE1 values, sealed before the context existed, still open (their additional data is the
// head alone).
import {
  createCipheriv,
  createDecipheriv,
  createSecretKey,
  type KeyObject,
  randomFillSync,
} from 'node:crypto';

export const ENVELOPE_PREFIX = 'SLE2';
const VERSIONS = new Set(['SLE1', 'SLE2']);
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Characters of KMS key ids, aliases and ARNs; `.` is never among them, so it can separate parts. */
const KEY_REFERENCE = /^[A-Za-z0-9:/_-]{1,2048}$/;
const TYPES = new Set(['s', 'n', 'b', 'o', 'a', 'z', 't']);
const B64URL = /^[A-Za-z0-9_-]*$/;

export type ValueType = 's' | 'n' | 'b' | 'o' | 'a' | 'z' | 't';

export interface Envelope {
  /** Everything before the IV, as it was read: the start of the additional data. */
  readonly head: string;
  readonly version: 'SLE1' | 'SLE2';
  readonly type: ValueType;
  readonly keyReference: string;
  /** Shared by every envelope of that data key: never to be written to. */
  readonly encryptedDataKey: Buffer;
  readonly iv: Buffer;
  /** Ciphertext with the GCM tag appended. */
  readonly sealed: Buffer;
}

export class EnvelopeError extends Error {}

export function isKeyReference(s: string): boolean {
  return KEY_REFERENCE.test(s);
}

/**
 * The JSON type of a plaintext, from its first character (JSON text as the field-encryption
 * policy sends it); `t` when it is not JSON text. Cheap on purpose: it is a hint stored in
 * the header, the plaintext itself is returned unchanged on decryption.
 */
export function valueTypeOf(plaintext: string): ValueType {
  const c = plaintext.trimStart()[0];
  if (c === '"') return 's';
  if (c === '{') return 'o';
  if (c === '[') return 'a';
  if (c === 't' || c === 'f') return plaintext.trim() === 'true' || plaintext.trim() === 'false' ? 'b' : 't';
  if (c === 'n') return plaintext.trim() === 'null' ? 'z' : 't';
  if (c !== undefined && /[-0-9]/.test(c) && Number.isFinite(Number(plaintext))) return 'n';
  return 't';
}

// The data-key caches hand out the same Buffers for as long as a key lives, so what each key
// costs to prepare is done once per Buffer: the KeyObject (building one per value was a
// quarter of a seal's time) and the wrapped key's base64url.
const keyObjects = new WeakMap<Buffer, KeyObject>();
const wrappedText = new WeakMap<Buffer, string>();

function keyObjectOf(dataKey: Buffer): KeyObject {
  let k = keyObjects.get(dataKey);
  if (!k) {
    k = createSecretKey(dataKey);
    keyObjects.set(dataKey, k);
  }
  return k;
}

function base64urlOf(encryptedDataKey: Buffer): string {
  let t = wrappedText.get(encryptedDataKey);
  if (t === undefined) {
    t = encryptedDataKey.toString('base64url');
    wrappedText.set(encryptedDataKey, t);
  }
  return t;
}

// IVs come from the CSPRNG in blocks rather than one call per value.
const IV_BLOCK = 256;
let ivPool = Buffer.alloc(0);
let ivAt = 0;
function nextIv(): Buffer {
  if (ivAt + IV_BYTES > ivPool.length) {
    ivPool = randomFillSync(Buffer.allocUnsafe(IV_BYTES * IV_BLOCK));
    ivAt = 0;
  }
  const iv = ivPool.subarray(ivAt, ivAt + IV_BYTES);
  ivAt += IV_BYTES;
  return iv;
}

function header(version: string, type: ValueType, keyReference: string, encryptedDataKey: Buffer): string {
  return `${version}.${type}.${keyReference}.${base64urlOf(encryptedDataKey)}`;
}

// The values under one data key and topic share their head and additional data; building them
// again for every value was a tenth of a seal or an open. Bounded: emptied when full.
const CACHED = 1024;
const additionalDataByText = new Map<string, Buffer>();
const wrappedKeyByText = new Map<string, Buffer>();

function cached(cache: Map<string, Buffer>, text: string, make: () => Buffer): Buffer {
  let b = cache.get(text);
  if (b === undefined) {
    b = make();
    if (cache.size >= CACHED) cache.clear();
    cache.set(text, b);
  }
  return b;
}

/** The GCM additional data: the head, and from SLE2 on the context after a NUL (never in either). */
function additionalData(version: string, head: string, context: string): Buffer {
  const text = version === 'SLE1' ? head : `${head}\0${context}`;
  return cached(additionalDataByText, text, () => Buffer.from(text, 'utf8'));
}

/** Encrypts one plaintext with a 256-bit data key under a fresh random IV, bound to `context`. */
export function seal(
  plaintext: string,
  keyReference: string,
  dataKey: Buffer,
  encryptedDataKey: Buffer,
  context = '',
): string {
  if (dataKey.length !== 32) throw new EnvelopeError('data key must be 256 bits');
  const type = valueTypeOf(plaintext);
  const head = header(ENVELOPE_PREFIX, type, keyReference, encryptedDataKey);
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', keyObjectOf(dataKey), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(ENVELOPE_PREFIX, head, context));
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${head}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** Reads an envelope's parts; throws EnvelopeError when the string is not one. */
export function parseEnvelope(text: string): Envelope {
  const parts = typeof text === 'string' ? text.split('.') : [];
  if (!VERSIONS.has(parts[0])) {
    throw new EnvelopeError('not a Sluice encrypted value (expected the SLE2 or SLE1 prefix)');
  }
  if (parts.length !== 6) throw new EnvelopeError('malformed encrypted value (expected 6 parts)');
  const [version, type, keyReference, edk, iv, sealed] = parts;
  if (!TYPES.has(type)) throw new EnvelopeError('malformed encrypted value (unknown type)');
  if (!KEY_REFERENCE.test(keyReference)) throw new EnvelopeError('malformed encrypted value (key reference)');
  const notBase64url = () => new EnvelopeError('malformed encrypted value (base64url)');
  if (![iv, sealed].every((p) => B64URL.test(p))) throw notBase64url();
  const envelope: Envelope = {
    head: `${version}.${type}.${keyReference}.${edk}`,
    version: version as Envelope['version'],
    type: type as ValueType,
    keyReference,
    // Checked when first decoded; a wrapped key in the cache was valid then.
    encryptedDataKey: cached(wrappedKeyByText, edk, () => {
      if (!B64URL.test(edk)) throw notBase64url();
      return Buffer.from(edk, 'base64url');
    }),
    iv: Buffer.from(iv, 'base64url'),
    sealed: Buffer.from(sealed, 'base64url'),
  };
  if (envelope.encryptedDataKey.length === 0) throw new EnvelopeError('malformed encrypted value (data key)');
  if (envelope.iv.length !== IV_BYTES) throw new EnvelopeError('malformed encrypted value (IV)');
  if (envelope.sealed.length < TAG_BYTES) throw new EnvelopeError('malformed encrypted value (tag)');
  return envelope;
}

/** Decrypts with the unwrapped data key; throws EnvelopeError when anything was changed or the context differs. */
export function open(envelope: Envelope, dataKey: Buffer, context = ''): string {
  const head = envelope.head;
  const decipher = createDecipheriv('aes-256-gcm', keyObjectOf(dataKey), envelope.iv, {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(additionalData(envelope.version, head, context));
  const body = envelope.sealed.subarray(0, envelope.sealed.length - TAG_BYTES);
  decipher.setAuthTag(envelope.sealed.subarray(envelope.sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new EnvelopeError(
      'encrypted value failed authentication (changed, wrong key, or sealed for another topic)',
    );
  }
}
