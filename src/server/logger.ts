import pino, { type Logger } from 'pino';

/** Structured JSON lines on stdout; one logger for the process, children per request. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'jianguan' }, timestamp: pino.stdTimeFunctions.isoTime });
}
