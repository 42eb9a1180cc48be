import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from './config/env.js';
import { openDatabase, type Database } from './db/connect.js';
import { migrateToLatest } from './db/migrator.js';
import { withStatementTally } from './db/statement-stats.js';
import { createHub } from './server/create-hub.js';
import { createTracing } from './server/tracing.js';

/** The only place real resources are made: config → database → hub → HTTP server. */
export function databaseSettings(config: Config) {
  return {
    ...(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.JIANGUAN_DATA_DIR }),
    poolMax: config.DB_POOL_MAX,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    connectionTimeoutMs: config.DB_CONNECTION_TIMEOUT_MS,
  };
}

export interface RunningHub {
  server: Server;
  database: Database;
  url: string;
  /** Stops taking requests, lets in-flight ones finish (up to the grace period), closes the database. */
  shutdown(): Promise<void>;
}

export async function startHub(config: Config, logger: Logger): Promise<RunningHub> {
  const database = await openDatabase(databaseSettings(config), logger);
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.migrationName) }, 'migrations applied');

  let accepting = true;
  const tracing = createTracing(config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, 'jianguan');
  const hub = createHub({ config, database, logger, isAcceptingWork: () => accepting, ...(tracing ? { tracerProvider: tracing.provider } : {}) });
  // Each request runs in its own statement tally, so its log line and header carry its SQL count.
  const server = createServer((req, res) => withStatementTally({ statements: 0 }, () => hub(req, res)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/graphql`;
  logger.info({ url, database: database.kind }, 'hub listening');

  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= (async () => {
      accepting = false;
      logger.info('shutting down: finishing in-flight requests');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), config.SHUTDOWN_GRACE_MS).unref());
      if ((await Promise.race([closed, grace])) === 'timeout') {
        logger.warn('grace period over: closing remaining connections');
        server.closeAllConnections();
        await closed;
      }
      await database.close();
      await tracing?.shutdown();
      logger.info('shut down');
    })());
  return { server, database, url, shutdown };
}
