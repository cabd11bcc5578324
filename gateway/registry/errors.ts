// Errors of the schema registry client. A registry that cannot be reached or answers 5xx is
// retriable (the policy's onError decides what the producer sees); a refused credential or a
// malformed answer is not.
import { SluiceError, type SluiceErrorOptions } from '../../kafka/errors.ts';

export const REGISTRY_ERROR_CODES = [
  /** No answer: connection refused, DNS, TLS handshake, or the request timed out. */
  'SLUICE_REGISTRY_UNREACHABLE',
  /** An HTTP status other than 200 / 404 (401 and 403 included: the credentials were refused). */
  'SLUICE_REGISTRY_HTTP',
  /** A 200 whose body is not the Confluent API's shape. */
  'SLUICE_REGISTRY_BAD_RESPONSE',
] as const;
export type RegistryErrorCode = (typeof REGISTRY_ERROR_CODES)[number];

export class RegistryError extends SluiceError {
  constructor(code: RegistryErrorCode, message: string, options: SluiceErrorOptions = {}) {
    super(code, message, options);
  }
}
