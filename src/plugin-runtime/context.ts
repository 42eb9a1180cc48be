import type { Logger } from 'pino';
import { createHttpClient, type HttpClientOptions } from '../plugin-sdk/http.js';
import type { PluginContext } from '../plugin-sdk/index.js';

/** What a plugin gets for one run: an HTTP client whose circuit breaker lives as long as the run. */
export function pluginContext(logger: Logger, signal: AbortSignal, http: Partial<HttpClientOptions> = {}): PluginContext {
  const now = () => new Date();
  return { http: createHttpClient(signal, now, http), logger, signal, clock: { now } };
}
