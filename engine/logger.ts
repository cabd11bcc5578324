// The engine's default logger: pino, with redaction configured once so that config values
// that look like secrets never reach a log line even if a deployment carries them.

import type { DestinationStream, Logger } from 'pino';
import { pino } from 'pino';

// The one redaction list of the whole process: the gateway's logger uses it too, so a secret
// in a deployment's config, a listener's SASL block or an admin request header is censored
// the same way wherever it is logged.
export const REDACT_PATHS = [
  'password',
  '*.password',
  '*.sasl.password',
  'upstream.sasl.password',
  'keyPassphrase',
  '*.keyPassphrase',
  '*.*.keyPassphrase',
  'pkcs12Passphrase',
  '*.pkcs12Passphrase',
  '*.*.pkcs12Passphrase',
  'authBytes',
  'secretAccessKey',
  '*.secretAccessKey',
  'sessionToken',
  '*.sessionToken',
  '*.authBytes',
  'config.secret',
  'config.token',
  'config.apiKey',
  // The masking policy's hash salt (policies/masking.ts).
  'config.salt',
  '*.secret',
  '*.token',
  '*.authorization',
  'req.headers.authorization',
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
