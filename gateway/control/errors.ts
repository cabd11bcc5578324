// Errors of the control plane (policy store, revisions, pushes). The admin API maps each code
// onto an HTTP status; the CLI prints the message and exits non-zero.
import { SluiceError, type SluiceErrorOptions } from '../../kafka/errors.ts';

export const CONTROL_ERROR_CODES = [
  /** A policy or revision that does not exist. */
  'SLUICE_CONTROL_NOT_FOUND',
  /** The request contradicts the state (delete the active revision, push over a config-file policy). */
  'SLUICE_CONTROL_CONFLICT',
  /** If-Match named another generation, or another replica changed the policy first. */
  'SLUICE_CONTROL_PRECONDITION',
  /** The pushed policy does not compile, its config is refused, or its own tests fail. */
  'SLUICE_CONTROL_INVALID_POLICY',
  /** The store cannot be read or written. */
  'SLUICE_CONTROL_STORE',
] as const;
export type ControlErrorCode = (typeof CONTROL_ERROR_CODES)[number];

export class ControlError extends SluiceError {
  constructor(code: ControlErrorCode, message: string, options: SluiceErrorOptions = {}) {
    super(code, message, options);
  }
}
