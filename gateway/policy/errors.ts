// Errors of the gateway's policy layer (loading policies at start, refusing a request whose
// API has no error response Sluice can write).
import { SluiceError, type SluiceErrorOptions } from '../../kafka/errors.ts';

export const POLICY_GATEWAY_ERROR_CODES = [
  'SLUICE_POLICY_LOAD_FAILED',
  'SLUICE_POLICY_REFUSED_REQUEST',
] as const;
export type PolicyGatewayErrorCode = (typeof POLICY_GATEWAY_ERROR_CODES)[number];

export class PolicyGatewayError extends SluiceError {
  constructor(code: PolicyGatewayErrorCode, message: string, options: SluiceErrorOptions = {}) {
    super(code, message, options);
  }
}
