// The base of every error Sluice raises. Each area (protocol, gateway, engine, admin) lists
// its codes in an `as const` array in its own errors file and subclasses SluiceError, so a
// log line or an API response always carries a stable `code` and whether retrying can help.
// This file lives in kafka/ because that is the one folder every other folder
// may import (see gateway/README.md).

export interface SluiceErrorOptions {
  cause?: unknown;
  canRetry?: boolean;
  /** Extra, JSON-safe facts about the failure (offsets, lengths, names). Never secrets. */
  details?: Record<string, unknown>;
}

export class SluiceError extends Error {
  readonly code: string;
  readonly canRetry: boolean;
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, options: SluiceErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.canRetry = options.canRetry ?? false;
    this.details = options.details ?? {};
    // Enumerable so that pino and JSON.stringify show them without special serializers.
    Object.defineProperty(this, 'message', { enumerable: true, value: message });
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      canRetry: this.canRetry,
      ...this.details,
    };
  }
}

export const PROTOCOL_ERROR_CODES = [
  'SLUICE_PROTOCOL_TRUNCATED',
  'SLUICE_PROTOCOL_INVALID_LENGTH',
  'SLUICE_PROTOCOL_INVALID_VARINT',
  'SLUICE_PROTOCOL_FRAME_TOO_LARGE',
  'SLUICE_PROTOCOL_UNKNOWN_API',
  'SLUICE_PROTOCOL_UNSUPPORTED_VERSION',
  'SLUICE_PROTOCOL_TRAILING_BYTES',
  'SLUICE_PROTOCOL_INVALID_VALUE',
  'SLUICE_RECORDS_CRC_MISMATCH',
  'SLUICE_RECORDS_UNSUPPORTED_MAGIC',
  'SLUICE_RECORDS_UNKNOWN_CODEC',
  'SLUICE_RECORDS_CORRUPT',
  'SLUICE_RECORDS_TOO_LARGE',
] as const;
export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number];

/** Bytes that do not follow the Kafka grammar. `details.offset` says where reading failed. */
export class ProtocolError extends SluiceError {
  constructor(code: ProtocolErrorCode, message: string, options: SluiceErrorOptions = {}) {
    super(code, message, options);
  }
}
