import type { Config } from '../config/env.js';
import { workerPoolSize } from '../jobs/pool-size.js';
import type { DatabaseSettings } from './connect.js';

/** The database the configuration names: PostgreSQL when DATABASE_URL is set, else the embedded one. */
export function databaseSettings(config: Config, options: { reservedConnections?: number } = {}): DatabaseSettings {
  return {
    ...(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.JIANGUAN_DATA_DIR }),
    poolMax: config.DB_POOL_MAX,
    ...(options.reservedConnections ? { reservedConnections: options.reservedConnections } : {}),
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    connectionTimeoutMs: config.DB_CONNECTION_TIMEOUT_MS,
  };
}

/** The hub's database: its pool, plus the connections its job worker will take when it runs one. */
export function hubDatabaseSettings(config: Config): DatabaseSettings {
  return databaseSettings(config, config.JIANGUAN_WORKER === 'on' ? { reservedConnections: workerPoolSize({ concurrency: config.WORKER_CONCURRENCY }) } : {});
}
