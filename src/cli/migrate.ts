import type { Command } from 'commander';
import { createLogger } from '../server/logger.js';
import { configOrExit } from './config.js';

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply pending migrations (and install the job queue) to the configured database, as MIGRATION_DATABASE_URL when set (granting DATABASE_URL\'s role what serving needs), and exit.')
    .action(async () => {
      const config = configOrExit();
      const logger = createLogger(config.LOG_LEVEL);
      // Loaded when run, so that other commands and --help do not load the whole hub.
      const [{ openDatabase }, { databaseSettings, prepareForServing }] = await Promise.all([import('../db/connect.js'), import('../main.js')]);
      const database = await openDatabase(databaseSettings(config), logger);
      try {
        const applied = await prepareForServing(config, database, logger);
        if (applied.length === 0) logger.info('already up to date');
      } finally {
        await database.close();
      }
    });
}
