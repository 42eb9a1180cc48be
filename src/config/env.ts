import { z } from 'zod';

/**
 * All configuration comes from the environment and is parsed here, once. No other file reads
 * process.env, so every setting, its default and its reason is on this page.
 */
const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const schema = z.object({
  /** TCP port of the GraphQL endpoint. */
  PORT: integer(0, 65535).default(4000),
  /** Interface to bind; loopback by default so a development hub is not exposed by accident. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** An external PostgreSQL (15 or later). When unset, the embedded database is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /**
   * The owner of the hub's tables, for migrations (`serve`, `worker` and `migrate` apply them
   * through it, then grant DATABASE_URL's role what serving needs). Unset: DATABASE_URL migrates
   * and serves as one role, which then owns the tables.
   */
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** Where the embedded database keeps its files; ignored when DATABASE_URL is set. */
  JIANGUAN_DATA_DIR: z.string().min(1).default('./data/pglite'),
  /** `development` serves GraphiQL and introspection to everyone; `production` does not. */
  JIANGUAN_PROFILE: z.enum(['development', 'production']).default('development'),
  /** Connections in the pool. The embedded database serialises work, so more buys little there. */
  DB_POOL_MAX: integer(1, 200).default(10),
  /** Milliseconds after which PostgreSQL cancels a statement; 0 disables the limit. */
  DB_STATEMENT_TIMEOUT_MS: integer(0, 3_600_000).default(30_000),
  /** Milliseconds a request waits for a free connection before it is told the hub is busy. */
  DB_CONNECTION_TIMEOUT_MS: integer(100, 600_000).default(5_000),
  /** Shared secret (≥ 32 characters) that verifies HS256 bearer tokens; or use JWT_JWKS_URL. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The identity provider's JWKS, to verify its signed bearer tokens. */
  JWT_JWKS_URL: z.url().optional(),
  /** When set, bearer tokens must carry this issuer (`iss`). */
  JWT_ISSUER: z.string().min(1).optional(),
  /** When set, bearer tokens must carry this audience (`aud`). */
  JWT_AUDIENCE: z.string().min(1).optional(),
  /** Largest request body (or GET query string) accepted, in bytes; larger ones get 413. */
  MAX_REQUEST_BYTES: integer(1_000, 10_000_000).default(100_000),
  /** Manifest of trusted documents (hash → document), e.g. test/generated/persisted-documents.json. */
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).optional(),
  /** `true`: only trusted documents are executed, except for administrators. */
  TRUSTED_DOCUMENTS_ONLY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** OTLP/HTTP endpoint receiving traces, e.g. http://collector:4318/v1/traces; unset: no tracing. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
  /** `on`: `serve` also runs background jobs; `off`: leave them to `jianguan worker` processes. */
  JIANGUAN_WORKER: z.enum(['on', 'off']).default('on'),
  /** Jobs one worker runs at a time. */
  WORKER_CONCURRENCY: integer(1, 64).default(2),
  /** Milliseconds between looks for due jobs (retries, schedules; on the embedded database, all jobs). */
  WORKER_POLL_INTERVAL_MS: integer(100, 600_000).default(2_000),
  /** JSON file configuring plugin instances (settings, schedules); unset: no plugin runs. */
  JIANGUAN_PLUGINS_FILE: z.string().min(1).optional(),
  /**
   * Key (≥ 32 characters) of the keyed hash under which ID numbers from plugins are matched. It
   * lives only here, never in the database; needed once any plugin brings in personal data.
   */
  ID_NUMBER_HASH_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** pino level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Milliseconds that shutdown waits for in-flight requests, and running jobs, before cutting them off. */
  SHUTDOWN_GRACE_MS: integer(0, 600_000).default(10_000),
  /** Requests an API key may make per minute, GraphQL and exports together (shared by all hub processes); 0: unlimited. */
  PULL_REQUESTS_PER_MINUTE: integer(0, 1_000_000).default(600),
  /** Records (snapshot lines and changes) an API key may pull per hour; 0: unlimited. */
  PULL_RECORDS_PER_HOUR: integer(0, 2_000_000_000).default(20_000_000),
  /** Days the change feed keeps its entries; a cursor older than that must start again from a snapshot. */
  CHANGE_FEED_RETENTION_DAYS: integer(1, 3650).default(7),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Settings whose values are never echoed back in an error: they are, or may hold, secrets (a URL
 * can carry a user and password). Only plain values such as a port or a level are shown.
 */
const SECRETS = new Set(['JWT_SECRET', 'ID_NUMBER_HASH_KEY', 'DATABASE_URL', 'MIGRATION_DATABASE_URL', 'JWT_JWKS_URL', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']);

/** Parses the environment, reporting every bad setting at once by its variable name. */
export function loadConfig(env: Record<string, string | undefined> = environment()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const value = present[name];
      const shown = value === undefined || SECRETS.has(name) ? '' : ` (got "${value}")`;
      return `${name}: ${issue.message}${shown}`;
    }),
  );
}

/** The process environment; also where a plugins file's `${VAR}` secrets come from. */
export function environment(): Record<string, string | undefined> {
  return process.env;
}
