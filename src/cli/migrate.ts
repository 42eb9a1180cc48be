import type { Command } from 'commander';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrator.js';
import { installJobQueue } from '../jobs/worker.js';
import { databaseSettings } from '../main.js';
import { createLogger } from '../server/logger.js';
import { configOrExit } from './config.js';

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply pending migrations (and install the job queue) to the configured database and exit.')
    .action(async () => {
      const config = configOrExit();
      const logger = createLogger(config.LOG_LEVEL);
      const database = await openDatabase(databaseSettings(config), logger);
      try {
        const applied = await migrateToLatest(database.db);
        logger.info({ applied: applied.map((m) => m.migrationName) }, applied.length ? 'migrations applied' : 'already up to date');
        await installJobQueue(database, logger);
      } finally {
        await database.close();
      }
    });
}
