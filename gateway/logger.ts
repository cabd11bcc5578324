// The one pino logger of the gateway. It redacts with the engine's list (one list for the
// process), so a password that reaches a log call by mistake is still never written.
import pino, { type LevelWithSilent, type Logger } from 'pino';
import { REDACT_PATHS } from '../engine/index.ts';

export function createLogger(level: LevelWithSilent, destination?: pino.DestinationStream): Logger {
  const options = { name: 'sluice', level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
