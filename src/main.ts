import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { environment, type Config } from './config/env.js';
import { openDatabase, type Database } from './db/connect.js';
import { databaseSettings as settingsOf, hubDatabaseSettings } from './db/settings.js';
import { migrateToLatest } from './db/migrator.js';
import { prepareServingDatabase } from './db/serving.js';
import { withStatementTally } from './db/statement-stats.js';
import { instrumentWorker } from './jobs/job-metrics.js';
import { installJobQueue, startWorker, workerPoolSize, type JobWorker, type WorkerSettings } from './jobs/worker.js';
import { installedPlugins } from '../plugins/index.js';
import { openPluginRuntime, type PluginRuntime } from './plugin-runtime/index.js';
import { enqueueRegistryBackfill, registryMatchTasks } from './modules/registry-matching/matching-job.js';
import { createHub } from './server/create-hub.js';
import { createMetricsRegistry } from './server/metrics.js';
import { trackConnections } from './server/connections.js';
import { createTracing } from './server/tracing.js';
import { StartupFailure, briefCause } from './startup-failure.js';

/** The only place real resources are made: config → database → hub / worker → HTTP server. */
export function databaseSettings(config: Config, options: { reserveForWorker?: boolean } = {}) {
  return settingsOf(config, options.reserveForWorker ? { reservedConnections: workerPoolSize(workerSettings(config)) } : {});
}

export function workerSettings(config: Config): WorkerSettings {
  return {
    concurrency: config.WORKER_CONCURRENCY,
    pollIntervalMs: config.WORKER_POLL_INTERVAL_MS,
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    changeFeedRetentionDays: config.CHANGE_FEED_RETENTION_DAYS,
  };
}

/** Brings the database up to date: the hub's migrations, then the job queue's tables. Returns the migrations applied. */
export async function prepareDatabase(database: Database, logger: Logger): Promise<string[]> {
  const applied = (await migrateToLatest(database.db)).map((m) => m.migrationName);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  await installJobQueue(database, logger);
  return applied;
}

/**
 * Migrates as the owner and leaves `database` serving with least privilege (db/serving.ts):
 * through MIGRATION_DATABASE_URL when set, as the embedded database's serving role otherwise.
 */
export function prepareForServing(config: Config, database: Database, logger: Logger): Promise<string[]> {
  return prepareServingDatabase(
    database,
    { migrationUrl: config.MIGRATION_DATABASE_URL, connectionTimeoutMs: config.DB_CONNECTION_TIMEOUT_MS, migrate: (owner) => prepareDatabase(owner, logger) },
    logger,
  );
}

/** The configured plugins on this database; a bad plugins file throws PluginsFileError naming each problem. */
export function pluginRuntime(config: Config, database: Database, logger: Logger): Promise<PluginRuntime> {
  return openPluginRuntime(config, database, logger, installedPlugins, environment());
}

/** Starts the job worker with the hub's tasks and schedule plus the plugins' runs and schedules. */
async function startJobs(database: Database, logger: Logger, config: Config, plugins: PluginRuntime) {
  const matching = registryMatchTasks({ db: database.db, logger, idNumberHashKey: config.ID_NUMBER_HASH_KEY });
  const worker = await startWorker(database, logger, workerSettings(config), { extraTasks: { ...plugins.tasks(), ...matching }, extraSchedule: plugins.cronItems() });
  // Practitioners registered before matching existed (or without the key) get their hash now.
  await enqueueRegistryBackfill(database.db);
  // Records a stopped or killed delivery left queued go now, not at the next sweep.
  await plugins.queueOutboxSweep(database.db);
  return worker;
}

export interface RunningHub {
  server: Server;
  database: Database;
  plugins: PluginRuntime;
  /** Present when this process also runs background jobs (JIANGUAN_WORKER=on). */
  worker: JobWorker | undefined;
  url: string;
  /** Stops taking requests, lets in-flight requests and running jobs finish (up to the grace period), closes the database. */
  shutdown(): Promise<void>;
}

async function listen(server: Server, config: Config) {
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, resolve);
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new StartupFailure(`port ${config.PORT} on ${config.HOST} is already in use: stop the process using it, or set PORT to another port`, 1, { cause: error });
    throw new StartupFailure(`cannot listen on ${config.HOST}:${config.PORT}: ${briefCause(error)}`, 1, { cause: error });
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { port, host: config.HOST === '0.0.0.0' ? 'localhost' : config.HOST };
}

/**
 * Closes the server, giving open requests `graceMs` before their connections are cut. Connections
 * without a request in progress (a browser tab left open) close at once, and the others as soon
 * as they are answered, so only real work holds shutdown back.
 */
async function drain(server: Server, connections: ReturnType<typeof trackConnections>, graceMs: number, logger: Logger) {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  connections.closeWhenIdle();
  const grace = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
  if ((await Promise.race([closed, grace])) === 'timeout') {
    logger.warn('grace period over: closing remaining connections');
    server.closeAllConnections();
    await closed;
  }
}

/** Closes the server and every connection without waiting (start-up failed after it listened). */
function closeNow(server: Server) {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

/** Runs `start`; if it throws, closes what was opened before passing the error on. */
async function closingOnFailure<T>(close: () => Promise<void>, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/**
 * `opening`: the database, when the caller started opening it already (`serve` opens it while the
 * rest of the hub loads); otherwise it is opened here.
 */
export async function startHub(config: Config, logger: Logger, opening?: Promise<Database>): Promise<RunningHub> {
  const runsJobs = config.JIANGUAN_WORKER === 'on';
  const database = await (opening ?? openDatabase(hubDatabaseSettings(config), logger));
  const plugins = await closingOnFailure(database.close, async () => {
    await prepareForServing(config, database, logger);
    return pluginRuntime(config, database, logger);
  });

  let accepting = true;
  const metrics = createMetricsRegistry(database);
  const tracing = createTracing(config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, 'jianguan');
  const hub = createHub({ config, database, logger, metrics, plugins, isAcceptingWork: () => accepting, ...(tracing ? { tracerProvider: tracing.provider } : {}) });
  // In development each request runs in its own statement tally, so its log line and headers
  // carry its SQL count and bytes. Production does without: on this Node the tally's
  // AsyncLocalStorage hooks every promise of every request (about a tenth of a small request's time).
  const tallies = config.JIANGUAN_PROFILE === 'development';
  const server = createServer(tallies ? (req, res) => withStatementTally({ statements: 0, bytes: 0 }, () => hub(req, res)) : hub);
  const connections = trackConnections(server);
  const { host, port } = await closingOnFailure(
    async () => {
      await database.close();
      await tracing?.shutdown();
    },
    () => listen(server, config),
  );
  const url = `http://${host}:${port}/graphql`;
  await database.noteServingUrl(url);
  const worker = runsJobs ? await closingOnFailure(() => closeNow(server).then(database.close), () => startJobs(database, logger, config, plugins)) : undefined;
  if (worker) instrumentWorker(metrics, worker.events);
  logger.info({ url, database: database.kind, jobs: runsJobs }, 'hub listening');

  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= (async () => {
      accepting = false;
      logger.info('shutting down: finishing in-flight requests and jobs');
      await Promise.all([drain(server, connections, config.SHUTDOWN_GRACE_MS, logger), worker?.stop()]);
      await database.close();
      await tracing?.shutdown();
      logger.info('shut down');
    })());
  return { server, database, plugins, worker, url, shutdown };
}

export interface RunningWorker {
  server: Server;
  database: Database;
  worker: JobWorker;
  /** Base URL of /metrics, /healthz and /readyz. */
  url: string;
  shutdown(): Promise<void>;
}

/**
 * A process that only runs background jobs (`jianguan worker`), beside hubs started with
 * JIANGUAN_WORKER=off. It answers /healthz, /readyz and /metrics on PORT for its supervisor.
 */
export async function startWorkerService(config: Config, logger: Logger): Promise<RunningWorker> {
  const database = await openDatabase({ ...databaseSettings(config, { reserveForWorker: true }), poolMax: 3 }, logger);
  const plugins = await closingOnFailure(database.close, async () => {
    await prepareForServing(config, database, logger);
    return pluginRuntime(config, database, logger);
  });
  const metrics = createMetricsRegistry(database);
  let accepting = true;
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://worker').pathname;
    if (path === '/metrics') {
      res.writeHead(200, { 'content-type': metrics.contentType }).end(await metrics.metrics());
    } else if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
    } else if (path === '/readyz') {
      const ready = accepting && (await database.ping());
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ready ? 'ready' : 'unavailable' }));
    } else {
      res.writeHead(404).end();
    }
  });
  const connections = trackConnections(server);
  const { host, port } = await closingOnFailure(database.close, () => listen(server, config));
  const worker = await closingOnFailure(() => closeNow(server).then(database.close), () => startJobs(database, logger, config, plugins));
  instrumentWorker(metrics, worker.events);
  const url = `http://${host}:${port}`;
  logger.info({ url, database: database.kind }, 'worker running');

  let stopping: Promise<void> | undefined;
  const shutdown = () =>
    (stopping ??= (async () => {
      accepting = false;
      logger.info('shutting down: finishing running jobs');
      await worker.stop();
      await drain(server, connections, config.SHUTDOWN_GRACE_MS, logger);
      await database.close();
      logger.info('shut down');
    })());
  return { server, database, worker, url, shutdown };
}
