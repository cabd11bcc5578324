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

/**
 * What every value sealed under one data key with one type and key reference shares: the text
 * before the IV, read once and kept, with the additional data made from it per context.
 */
export interface EnvelopeHead {
  /** Everything before the IV, as written: the start of the additional data. */
  readonly text: string;
  readonly version: 'SLE1' | 'SLE2';
  readonly type: ValueType;
  readonly keyReference: string;
  /** Shared by every envelope of that data key: never to be written to. */
  readonly encryptedDataKey: Buffer;
  /** The GCM additional data by context (a topic: few per head). */
  readonly additionalData: Map<string, Buffer>;
}

export interface Envelope {
  readonly head: EnvelopeHead;
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
// quarter of a seal's time) and the heads of the values sealed under it.
const keyObjects = new WeakMap<Buffer, KeyObject>();
const sealingHeads = new WeakMap<Buffer, Map<string, EnvelopeHead>>();

function keyObjectOf(dataKey: Buffer): KeyObject {
  let k = keyObjects.get(dataKey);
  if (!k) {
    k = createSecretKey(dataKey);
    keyObjects.set(dataKey, k);
  }
  return k;
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

// Heads and their additional data are kept so that the values of one data key and topic do
// not rebuild a 200-character head and its additional data each: that was a tenth of a seal
// or an open.
// Bounded (1,024 heads read, 16 contexts a head): emptied when full.
const CACHED = 1024;
const CONTEXTS_PER_HEAD = 16;
const headsByText = new Map<string, EnvelopeHead>();
let lastHead: EnvelopeHead | null = null;

/** The GCM additional data: the head, and from SLE2 on the context after a NUL (never in either). */
function additionalDataOf(head: EnvelopeHead, context: string): Buffer {
  let b = head.additionalData.get(context);
  if (b === undefined) {
    b = Buffer.from(head.version === 'SLE1' ? head.text : `${head.text}\0${context}`, 'utf8');
    if (head.additionalData.size >= CONTEXTS_PER_HEAD) head.additionalData.clear();
    head.additionalData.set(context, b);
  }
  return b;
}

/** The head new values of this type get under this key reference and data key. */
function sealingHead(type: ValueType, keyReference: string, encryptedDataKey: Buffer): EnvelopeHead {
  let byName = sealingHeads.get(encryptedDataKey);
  if (!byName) {
    byName = new Map();
    sealingHeads.set(encryptedDataKey, byName);
  }
  const name = `${type}${keyReference}`;
  let head = byName.get(name);
  if (!head) {
    const text = `${ENVELOPE_PREFIX}.${type}.${keyReference}.${encryptedDataKey.toString('base64url')}`;
    head = {
      text,
      version: ENVELOPE_PREFIX,
      type,
      keyReference,
      encryptedDataKey,
      additionalData: new Map(),
    };
    if (byName.size >= CACHED) byName.clear();
    byName.set(name, head);
  }
  return head;
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
  const head = sealingHead(valueTypeOf(plaintext), keyReference, encryptedDataKey);
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', keyObjectOf(dataKey), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalDataOf(head, context));
  const ciphertext = cipher.update(plaintext, 'utf8');
  cipher.final(); // GCM leaves nothing more to output
  const sealed = Buffer.concat([ciphertext, cipher.getAuthTag()]);
  return `${head.text}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** Reads and checks the text before the IV (`SLE2.<type>.<key reference>.<wrapped key>`). */
function parseHead(text: string): EnvelopeHead {
  const [version, type, keyReference, edk] = text.split('.');
  if (!TYPES.has(type)) throw new EnvelopeError('malformed encrypted value (unknown type)');
  if (!KEY_REFERENCE.test(keyReference)) throw new EnvelopeError('malformed encrypted value (key reference)');
  if (!B64URL.test(edk)) throw new EnvelopeError('malformed encrypted value (base64url)');
  const encryptedDataKey = Buffer.from(edk, 'base64url');
  if (encryptedDataKey.length === 0) throw new EnvelopeError('malformed encrypted value (data key)');
  return {
    text,
    version: version as EnvelopeHead['version'],
    type: type as ValueType,
    keyReference,
    encryptedDataKey,
    additionalData: new Map(),
  };
}

/** Reads an envelope's parts; throws EnvelopeError when the string is not one. */
export function parseEnvelope(text: string): Envelope {
  const firstDot = typeof text === 'string' ? text.indexOf('.') : -1;
  if (!VERSIONS.has(firstDot < 0 ? text : text.slice(0, firstDot))) {
    throw new EnvelopeError('not a Sluice encrypted value (expected the SLE2 or SLE1 prefix)');
  }
  // The head has four parts: its fourth dot ends it (String#lastIndexOf is no fast path in V8).
  let ivAt = firstDot;
  for (let i = 0; i < 3 && ivAt >= 0; i++) ivAt = text.indexOf('.', ivAt + 1);
  const sealedAt = ivAt < 0 ? -1 : text.indexOf('.', ivAt + 1);
  if (sealedAt < 0 || text.indexOf('.', sealedAt + 1) >= 0) {
    throw new EnvelopeError('malformed encrypted value (expected 6 parts)');
  }
  const headText = text.slice(0, ivAt);
  // A head in the cache was checked when first read. The values of a batch mostly share the
  // head of the one before: comparing it is cheaper than hashing 200 characters for the cache.
  let head = lastHead !== null && lastHead.text === headText ? lastHead : headsByText.get(headText);
  if (head === undefined) {
    head = parseHead(headText);
    if (headsByText.size >= CACHED) headsByText.clear();
    headsByText.set(headText, head);
  }
  lastHead = head;
  const iv = text.slice(ivAt + 1, sealedAt);
  const sealed = text.slice(sealedAt + 1);
  if (!B64URL.test(iv) || !B64URL.test(sealed))
    throw new EnvelopeError('malformed encrypted value (base64url)');
  const envelope: Envelope = {
    head,
    iv: Buffer.from(iv, 'base64url'),
    sealed: Buffer.from(sealed, 'base64url'),
  };
  if (envelope.iv.length !== IV_BYTES) throw new EnvelopeError('malformed encrypted value (IV)');
  if (envelope.sealed.length < TAG_BYTES) throw new EnvelopeError('malformed encrypted value (tag)');
  return envelope;
}

/** Decrypts with the unwrapped data key; throws EnvelopeError when anything was changed or the context differs. */
export function open(envelope: Envelope, dataKey: Buffer, context = ''): string {
  const decipher = createDecipheriv('aes-256-gcm', keyObjectOf(dataKey), envelope.iv, {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(additionalDataOf(envelope.head, context));
  const sealed = envelope.sealed;
  const body = sealed.subarray(0, sealed.length - TAG_BYTES);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    const plaintext = decipher.update(body);
    decipher.final(); // checks the tag; GCM leaves nothing more to output
    return plaintext.toString('utf8');
  } catch {
    throw new EnvelopeError(
      'encrypted value failed authentication (changed, wrong key, or sealed for another topic)',
    );
  }
}
