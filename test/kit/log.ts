// Loggers for tests: silent, or capturing every line as an object to assert on.
import { type Logger, pino } from 'pino';

export function quietLog(): Logger {
  return pino({ level: 'silent' });
}

export function capturingLog(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s)) });
  return { log, lines };
}
