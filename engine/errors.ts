// Engine error codes. Compile problems are reported as diagnostics (data), not thrown; these
// errors are for API misuse and for deployments that cannot be activated.

import type { SluiceErrorOptions } from '../kafka/errors.ts';
import { SluiceError } from '../kafka/errors.ts';

export const ENGINE_ERROR_CODES = [
  'SLUICE_ENGINE_COMPILE_FAILED',
  'SLUICE_ENGINE_LOAD_FAILED',
  'SLUICE_ENGINE_CONFIG_INVALID',
  'SLUICE_ENGINE_INVALID_DEPLOYMENT',
  'SLUICE_ENGINE_UNKNOWN_POLICY',
  'SLUICE_ENGINE_CLOSED',
  'SLUICE_SANDBOX_UNAVAILABLE',
] as const;
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

export class EngineError extends SluiceError {
  constructor(code: EngineErrorCode, message: string, options: SluiceErrorOptions = {}) {
    super(code, message, options);
  }
}
