// The one pino logger of the gateway. Redaction is configured here once, so a password that
// reaches a log call by mistake is still never written.
import pino, { type LevelWithSilent, type Logger } from 'pino';

export const REDACT_PATHS = [
  'password',
  '*.password',
  'sasl.password',
  '*.sasl.password',
  'upstream.sasl.password',
  'keyPassphrase',
  '*.keyPassphrase',
  'pkcs12Passphrase',
  '*.pkcs12Passphrase',
  'authBytes',
  '*.authBytes',
];

export function createLogger(level: LevelWithSilent, destination?: pino.DestinationStream): Logger {
  const options = { name: 'sluice', level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
