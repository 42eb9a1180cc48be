import { Command } from 'commander';
import { exitOnFailure } from './failure.js';
import { apiKeyCommand, tokenCommand } from './access.js';
import { migrateCommand } from './migrate.js';
import { pluginsCommand, syncCommand } from './plugins.js';
import { pullCommand } from './pull.js';
import { seedCommand } from './seed.js';
import { serveCommand, workerCommand } from './serve.js';

const CONFIG_HELP = `
Configuration comes from the environment (see README, "Configuration"):
  PORT, HOST, DATABASE_URL, MIGRATION_DATABASE_URL, JIANGUAN_DATA_DIR, JIANGUAN_PROFILE, DB_POOL_MAX,
  DB_STATEMENT_TIMEOUT_MS, DB_CONNECTION_TIMEOUT_MS, LOG_LEVEL, SHUTDOWN_GRACE_MS,
  JWT_SECRET, JWT_JWKS_URL, JWT_ISSUER, JWT_AUDIENCE, MAX_REQUEST_BYTES,
  TRUSTED_DOCUMENTS_FILE, TRUSTED_DOCUMENTS_ONLY, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
  JIANGUAN_WORKER, WORKER_CONCURRENCY, WORKER_POLL_INTERVAL_MS,
  JIANGUAN_PLUGINS_FILE, ID_NUMBER_HASH_KEY,
  PULL_REQUESTS_PER_MINUTE, PULL_RECORDS_PER_HOUR, CHANGE_FEED_RETENTION_DAYS`;

const program = new Command('jianguan')
  .description('Jianguan (监管): GraphQL data hub for the comprehensive supervision of medical services')
  .addHelpText('after', CONFIG_HELP);
serveCommand(program);
workerCommand(program);
migrateCommand(program);
seedCommand(program);
apiKeyCommand(program);
tokenCommand(program);
syncCommand(program);
pluginsCommand(program);
pullCommand(program);

program.parseAsync().catch(exitOnFailure);
