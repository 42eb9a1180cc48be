import pino from 'pino';
import { createHttpClient, type HttpClientOptions } from '../http.js';
import type { PluginContext } from '../plugin.js';

/**
 * A plugin context for tests: real HTTP with the same policies as in production, but short
 * backoffs so fault modes do not slow the suite.
 */
export function createTestContext(options: { signal?: AbortSignal; http?: Partial<HttpClientOptions>; now?: () => Date } = {}): PluginContext {
  const signal = options.signal ?? new AbortController().signal;
  const now = options.now ?? (() => new Date());
  return {
    http: createHttpClient(signal, now, { timeoutMs: 2_000, initialDelayMs: 5, maxDelayMs: 200, maxAttempts: 12, breakerThreshold: 1_000, ...options.http }),
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    signal,
    clock: { now },
  };
}
