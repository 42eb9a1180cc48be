import type { Command } from 'commander';
import type { Logger } from 'pino';
import { hubDatabaseSettings } from '../db/settings.js';
import { createLogger } from '../server/logger.js';
import { configOrExit } from './config.js';

/**
 * SIGTERM or SIGINT: a graceful shutdown, then exit 0 (1 if the shutdown itself failed). The
 * handlers are installed before start-up, so a signal that arrives while migrations run is not
 * fatal: the process finishes starting, then shuts down cleanly.
 */
function exitOnSignal(logger: Logger) {
  let shutdown: (() => Promise<void>) | undefined;
  let received: NodeJS.Signals | undefined;
  const stop = () =>
    shutdown!().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'signal received');
      received = signal;
      if (shutdown) void stop();
    });
  }
  return {
    /** The process is up: shut it down now if a signal came during start-up. */
    started(stopIt: () => Promise<void>) {
      shutdown = stopIt;
      if (received) void stop();
    },
  };
}

/** A bad plugins file or serving role stops start-up with its problems listed, status 2, like a bad setting. */
async function startOrExit<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const [{ PluginsFileError }, { ServingRoleError }] = await Promise.all([import('../plugin-runtime/index.js'), import('../db/serving.js')]);
    if (error instanceof PluginsFileError || error instanceof ServingRoleError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

export function serveCommand(program: Command) {
  program
    .command('serve')
    .description('Apply pending migrations and serve GraphQL at /graphql (GraphiQL in development), /healthz, /readyz and /metrics; runs background jobs too unless JIANGUAN_WORKER=off.')
    .action(async () => {
      const config = configOrExit();
      const logger = createLogger(config.LOG_LEVEL);
      const signals = exitOnSignal(logger);
      // The database starts (the embedded one compiles its WebAssembly) while the hub's code
      // loads: both take a noticeable part of a start. Loaded when run, so that other commands
      // and --help do not load the whole hub.
      const { openDatabase } = await import('../db/connect.js');
      const opening = openDatabase(hubDatabaseSettings(config), logger);
      opening.catch(() => undefined); // reported by startHub, which awaits it
      const { startHub } = await import('../main.js');
      const hub = await startOrExit(() => startHub(config, logger, opening));
      signals.started(hub.shutdown);
    });
}

export function workerCommand(program: Command) {
  program
    .command('worker')
    .description('Run background jobs only (scheduled and queued), beside hubs started with JIANGUAN_WORKER=off; answers /healthz, /readyz and /metrics on PORT. Needs DATABASE_URL.')
    .action(async () => {
      const config = configOrExit();
      if (!config.DATABASE_URL) {
        // The embedded database belongs to the one process that opened it.
        process.stderr.write('jianguan worker needs DATABASE_URL: on the embedded database, jobs run inside `jianguan serve`.\n');
        process.exit(2);
      }
      const logger = createLogger(config.LOG_LEVEL);
      const signals = exitOnSignal(logger);
      const { startWorkerService } = await import('../main.js');
      const worker = await startOrExit(() => startWorkerService(config, logger));
      signals.started(worker.shutdown);
    });
}
