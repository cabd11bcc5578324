// The engine's default logger: pino, with redaction configured once so that config values
// that look like secrets never reach a log line even if a deployment carries them.

import type { DestinationStream, Logger } from 'pino';
import { pino } from 'pino';

export const REDACT_PATHS = [
  'config.password',
  'config.secret',
  'config.token',
  'config.apiKey',
  '*.password',
  '*.secret',
  '*.token',
  '*.authorization',
];

export function createEngineLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): Logger {
  return pino(
    {
      name: 'sluice-engine',
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    options.destination,
  );
}
