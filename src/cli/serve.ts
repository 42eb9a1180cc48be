import type { Command } from 'commander';
import type { Logger } from 'pino';
import { startHub, startWorkerService } from '../main.js';
import { createLogger } from '../server/logger.js';
import { configOrExit } from './config.js';
import { PluginsFileError } from '../plugin-runtime/index.js';
import { ServingRoleError } from '../db/serving.js';

/** SIGTERM or SIGINT: a graceful shutdown, then exit 0 (1 if the shutdown itself failed). */
function exitOnSignal(logger: Logger, shutdown: () => Promise<void>) {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'signal received');
      shutdown().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

/** A bad plugins file or serving role stops start-up with its problems listed, status 2, like a bad setting. */
async function startOrExit<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
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
      const hub = await startOrExit(() => startHub(config, logger));
      exitOnSignal(logger, hub.shutdown);
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
      const worker = await startOrExit(() => startWorkerService(config, logger));
      exitOnSignal(logger, worker.shutdown);
    });
}
