import { GraphQLError } from 'graphql';
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../../auth/viewer.js';

export interface PullLimitSettings {
  /** Requests an API key may make per minute (GraphQL and exports together); 0: unlimited. */
  requestsPerMinute: number;
  /** Records an API key may pull per hour (snapshot lines and changes); 0: unlimited. */
  recordsPerHour: number;
}

export const DEFAULT_PULL_LIMITS: PullLimitSettings = { requestsPerMinute: 600, recordsPerHour: 20_000_000 };

/** Over a limit: HTTP 429 with Retry-After, in GraphQL the same status and header with `retryAfterSeconds`. */
export class RateLimitedError extends GraphQLError {
  constructor(readonly limit: 'REQUESTS' | 'RECORDS', readonly retryAfterSeconds: number) {
    super(
      limit === 'REQUESTS'
        ? `Too many requests for this API key; retry after ${retryAfterSeconds} s.`
        : `This API key has pulled its records for the hour; retry after ${retryAfterSeconds} s.`,
      { extensions: { code: 'RATE_LIMITED', limit, retryAfterSeconds, http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } } } },
    );
  }
}

export interface PullLimits {
  /** Counts one request; throws RateLimitedError when the key is over either budget. Other viewers pass. */
  admit(viewer: Viewer): Promise<void>;
  /** Charges records served (they were already sent, so this never refuses). */
  charge(viewer: Viewer, records: number): Promise<void>;
}

const keyOf = (viewer: Viewer) => (viewer.kind === 'PROVINCIAL_SYSTEM' ? `api-key:${viewer.apiKeyId}` : null);
const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Budgets kept in PostgreSQL (table `rate_limit`) by rate-limiter-flexible, so that they hold
 * across every hub process. Its statements run unnamed: on the embedded database all connections
 * share one session, where named prepared statements of two connections would collide.
 */
export function pullLimits(pool: pg.Pool, settings: PullLimitSettings): PullLimits {
  const storeClient = { query: (q: { text: string; values?: unknown[] }) => pool.query(q.text, q.values) };
  const store = { storeClient, storeType: 'pool', tableName: 'rate_limit', tableCreated: true, clearExpiredByTimeout: false };
  const requests = settings.requestsPerMinute > 0 ? new RateLimiterPostgres({ ...store, keyPrefix: 'requests', points: settings.requestsPerMinute, duration: 60 }) : null;
  const records = settings.recordsPerHour > 0 ? new RateLimiterPostgres({ ...store, keyPrefix: 'records', points: settings.recordsPerHour, duration: 3600 }) : null;
  return {
    async admit(viewer) {
      const key = keyOf(viewer);
      if (!key) return;
      if (records) {
        const used = await records.get(key);
        if (used && used.consumedPoints >= settings.recordsPerHour) throw new RateLimitedError('RECORDS', retryAfter(used));
      }
      if (requests) {
        await requests.consume(key).catch((rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) throw new RateLimitedError('REQUESTS', retryAfter(rejection));
          throw rejection;
        });
      }
    },
    async charge(viewer, count) {
      const key = keyOf(viewer);
      if (key && records && count > 0) await records.penalty(key, count);
    },
  };
}
