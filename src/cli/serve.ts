import type { Command } from 'commander';
import { startHub } from '../main.js';
import { createLogger } from '../server/logger.js';
import { configOrExit } from './config.js';

export function serveCommand(program: Command) {
  program
    .command('serve')
    .description('Apply pending migrations and serve GraphQL at /graphql (GraphiQL in development), /healthz and /readyz.')
    .action(async () => {
      const config = configOrExit();
      const logger = createLogger(config.LOG_LEVEL);
      const hub = await startHub(config, logger);
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          logger.info({ signal }, 'signal received');
          hub.shutdown().then(
            () => process.exit(0),
            (error: unknown) => {
              logger.error({ err: error }, 'shutdown failed');
              process.exit(1);
            },
          );
        });
      }
    });
}
