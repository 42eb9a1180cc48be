import type { Command } from 'commander';
import { openDatabase } from '../db/connect.js';
import { databaseSettings, prepareForServing } from '../main.js';
import { createLogger } from '../server/logger.js';
import { configOrExit } from './config.js';

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply pending migrations (and install the job queue) to the configured database, as MIGRATION_DATABASE_URL when set (granting DATABASE_URL\'s role what serving needs), and exit.')
    .action(async () => {
      const config = configOrExit();
      const logger = createLogger(config.LOG_LEVEL);
      const database = await openDatabase(databaseSettings(config), logger);
      try {
        const applied = await prepareForServing(config, database, logger);
        if (applied.length === 0) logger.info('already up to date');
      } finally {
        await database.close();
      }
    });
}
