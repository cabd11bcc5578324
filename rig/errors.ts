// Typed errors of the Kafka test rig, so a failing test says which part of the rig broke
// (fetching jars, starting a broker, running a tool) instead of a bare stack trace.
import { SluiceError, type SluiceErrorOptions } from '../kafka/errors.ts';

export const RIG_ERROR_CODES = [
  'SLUICE_RIG_FETCH_FAILED',
  'SLUICE_RIG_START_FAILED',
  'SLUICE_RIG_STOP_FAILED',
  'SLUICE_RIG_TOOL_TIMEOUT',
  'SLUICE_RIG_TOOL_FAILED',
  'SLUICE_RIG_UNKNOWN_BROKER',
  'SLUICE_RIG_INVALID_ARGUMENT',
  'SLUICE_RIG_TLS_FAILED',
] as const;
export type RigErrorCode = (typeof RIG_ERROR_CODES)[number];

export class RigError extends SluiceError {
  constructor(code: RigErrorCode, message: string, options: SluiceErrorOptions = {}) {
    super(code, message, options);
  }
}

/** The last `lines` lines of a (possibly large) text, for error messages. */
export function tail(text: string, lines = 40): string {
  const all = text.trimEnd().split('\n');
  return all.slice(-lines).join('\n');
}
