// The KMS provider on AWS KMS (or any server speaking its API): envelope encryption. A data
// key comes from GenerateDataKey (AES_256) under the named KMS key and encrypts many values
// (AES-256-GCM, envelope.ts) until its TTL or use count runs out; decryption unwraps each
// distinct data key once (Decrypt) and keeps it in a bounded cache. Credentials come from the
// config or the standard AWS chain (environment, shared files, instance roles); they live in
// the SDK client here and are never logged, never passed to a sandbox.
import { DecryptCommand, GenerateDataKeyCommand, KMSClient, type KMSClientConfig } from '@aws-sdk/client-kms';
import type { KmsProvider } from '../../engine/index.ts';
import { type DataKey, EncryptionKeys, UnwrappedKeys } from './data-keys.ts';
import { type EnvelopeHead, isKeyReference, open, parseEnvelope, seal } from './envelope.ts';
import type { KmsCallObserver, KmsOperation } from './metrics.ts';

export interface AwsKmsOptions {
  region?: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  /** How long one data key encrypts values (ms). */
  keyTtlMs: number;
  /** How many values one data key encrypts at most. */
  maxKeyUses: number;
  /** Unwrapped data keys kept for decryption. */
  decryptCacheSize: number;
  /** One KMS request's time limit, connection included (ms). */
  requestTimeoutMs: number;
  /** Attempts per KMS request (the SDK retries throttling and network errors). */
  maxAttempts: number;
}

/** A KMS request failed; the message names the operation and key, never a credential. */
export class KmsRequestError extends Error {
  readonly operation: KmsOperation;
  constructor(operation: KmsOperation, keyName: string, cause: unknown) {
    const name = (cause as Error)?.name ?? 'Error';
    const detail = (cause as Error)?.message ?? String(cause);
    super(`KMS ${operation} with key ${keyName} failed: ${name}: ${detail}`);
    this.operation = operation;
  }
}

export class AwsKmsProvider implements KmsProvider {
  readonly #client: KMSClient;
  readonly #encryption: EncryptionKeys;
  readonly #unwrapped: UnwrappedKeys;
  readonly #observer: KmsCallObserver;

  constructor(opts: AwsKmsOptions, observer: KmsCallObserver) {
    const config: KMSClientConfig = {
      maxAttempts: opts.maxAttempts,
      requestHandler: {
        connectionTimeout: opts.requestTimeoutMs,
        requestTimeout: opts.requestTimeoutMs,
        throwOnRequestTimeout: true,
      },
    };
    if (opts.region) config.region = opts.region;
    if (opts.endpoint) config.endpoint = opts.endpoint;
    if (opts.accessKeyId && opts.secretAccessKey) {
      config.credentials = {
        accessKeyId: opts.accessKeyId,
        secretAccessKey: opts.secretAccessKey,
        ...(opts.sessionToken ? { sessionToken: opts.sessionToken } : {}),
      };
    }
    this.#client = new KMSClient(config);
    this.#encryption = new EncryptionKeys({ ttlMs: opts.keyTtlMs, maxUses: opts.maxKeyUses });
    this.#unwrapped = new UnwrappedKeys({ maxEntries: opts.decryptCacheSize, ttlMs: opts.keyTtlMs });
    this.#observer = observer;
  }

  async encrypt(keyName: string, plaintexts: string[], context = ''): Promise<string[]> {
    checkKeyName(keyName);
    if (plaintexts.length === 0) return [];
    const keys = await this.#encryption.take(keyName, plaintexts.length, () => this.#generate(keyName));
    return plaintexts.map((p, i) => seal(p, keyName, keys[i].plaintext, keys[i].wrapped, context));
  }

  async decrypt(keyName: string, ciphertexts: string[], context = ''): Promise<string[]> {
    checkKeyName(keyName);
    const envelopes = ciphertexts.map((c, i) => {
      const e = parseEnvelope(c);
      // The grant is for `keyName`: a value wrapped under another key is not this call's to open.
      if (e.head.keyReference !== keyName) {
        throw new Error(`value ${i} was encrypted with key ${e.head.keyReference}, not ${keyName}`);
      }
      return e;
    });
    // The values of one call share a few data keys: look each up once.
    const byHead = new Map<EnvelopeHead, Promise<Buffer>>();
    const keys = await Promise.all(
      envelopes.map((e) => {
        let key = byHead.get(e.head);
        if (!key) {
          const wrapped = e.head.encryptedDataKey;
          key = this.#unwrapped.get(wrapped, () => this.#unwrap(keyName, wrapped));
          byHead.set(e.head, key);
        }
        return key;
      }),
    );
    return envelopes.map((e, i) => open(e, keys[i], context));
  }

  /** Stops the SDK client's sockets. */
  close(): void {
    this.#client.destroy();
  }

  async #generate(keyName: string): Promise<DataKey> {
    try {
      const out = await this.#client.send(new GenerateDataKeyCommand({ KeyId: keyName, KeySpec: 'AES_256' }));
      if (!out.Plaintext || !out.CiphertextBlob || out.Plaintext.length !== 32) {
        throw new Error('GenerateDataKey returned no 256-bit key');
      }
      this.#observer.kmsCall('GenerateDataKey', 'ok');
      return { plaintext: Buffer.from(out.Plaintext), wrapped: Buffer.from(out.CiphertextBlob) };
    } catch (e) {
      this.#observer.kmsCall('GenerateDataKey', 'error');
      throw new KmsRequestError('GenerateDataKey', keyName, e);
    }
  }

  async #unwrap(keyName: string, wrapped: Buffer): Promise<Buffer> {
    try {
      const out = await this.#client.send(new DecryptCommand({ KeyId: keyName, CiphertextBlob: wrapped }));
      const key = out.Plaintext;
      if (key?.length !== 32) throw new Error('Decrypt returned no 256-bit key');
      this.#observer.kmsCall('Decrypt', 'ok');
      return Buffer.from(key as Uint8Array);
    } catch (e) {
      this.#observer.kmsCall('Decrypt', 'error');
      throw new KmsRequestError('Decrypt', keyName, e);
    }
  }
}

function checkKeyName(keyName: string): void {
  if (!isKeyReference(keyName)) {
    throw new Error(`KMS key name ${JSON.stringify(keyName)} is not a key id, alias or ARN`);
  }
}
