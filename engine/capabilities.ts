// Host capabilities a policy can ask for. They run in the gateway process, never in a
// sandbox: KMS credentials and data keys stay here. The KMS client itself comes later; the
// engine only needs these two small interfaces.

import type { RegisteredSchema } from '../sdk/types.ts';

export interface KmsProvider {
  /** Encrypts each plaintext with the named key; returns opaque ciphertext strings in order. */
  encrypt(keyName: string, plaintexts: string[]): Promise<string[]>;
  decrypt(keyName: string, ciphertexts: string[]): Promise<string[]>;
}

export interface SchemaSource {
  getById(id: number): Promise<RegisteredSchema | null>;
}

export interface HostCapabilities {
  kms?: KmsProvider;
  schemas?: SchemaSource;
}

/** Most values one capability call may carry, so a policy cannot make the host do unbounded work. */
export const MAX_CAPABILITY_VALUES = 10_000;
