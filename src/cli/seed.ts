import cliProgress from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { openDatabase } from '../db/connect.js';
import { prepareForServing } from '../main.js';
import { databaseSettings } from '../db/settings.js';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { currentOwner, EmbeddedDatabaseInUse } from '../db/embedded-lock.js';
import { SeedRefusedError, seedDataset } from '../seed/seed.js';
import { StartupFailure } from '../startup-failure.js';
import { createLogger } from '../server/logger.js';
import { configOrExit } from './config.js';

/** Named scales; explicit counts override them. */
const SCALES = {
  small: { institutions: 1_000, practitioners: 10_000 },
  city: { institutions: 5_000, practitioners: 50_000 },
  province: { institutions: 50_000, practitioners: 500_000 },
} as const;

const count = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number ≥ 0`);
  return n;
};

export function seedCommand(program: Command) {
  program
    .command('seed')
    .description('Load a deterministic synthetic dataset (regions, institutions, practitioners, registrations, licenses, 校验) into an empty database.')
    .option('--scale <name>', `preset size: ${Object.keys(SCALES).join(', ')}`, 'small')
    .option('--institutions <n>', 'number of institutions (overrides --scale)', count('--institutions'))
    .option('--practitioners <n>', 'number of practitioners (overrides --scale)', count('--practitioners'))
    .option('--seed <n>', 'random seed: the same seed gives the same data', count('--seed'), 20261122)
    .option('--batch-size <n>', 'rows per INSERT statement', count('--batch-size'), 5_000)
    .option('--reset', 'embedded database only: remove its directory (JIANGUAN_DATA_DIR) first and start over')
    .action(async (opts: { scale: string; institutions?: number; practitioners?: number; seed: number; batchSize: number; reset?: boolean }) => {
      const scale = SCALES[opts.scale as keyof typeof SCALES];
      if (!scale) throw new InvalidArgumentError(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
      const config = configOrExit();
      const logger = createLogger(config.LOG_LEVEL);
      if (opts.reset) await resetEmbedded(config);
      const database = await openDatabase(databaseSettings(config), logger);
      const bar = new cliProgress.SingleBar(
        { format: '{stage} [{bar}] {value}/{total}', noTTYOutput: true, notTTYSchedule: 5_000 },
        cliProgress.Presets.shades_classic,
      );
      try {
        await prepareForServing(config, database, logger);
        const started = performance.now();
        let stage = '';
        const summary = await seedIntoEmpty(config, () => seedDataset(database.db, {
          institutions: opts.institutions ?? scale.institutions,
          practitioners: opts.practitioners ?? scale.practitioners,
          seed: opts.seed,
          batchSize: Math.max(1, opts.batchSize),
          onProgress: (name, done, total) => {
            if (name !== stage) {
              if (stage) bar.stop();
              stage = name;
              bar.start(total, 0, { stage: name.padEnd(13) });
            }
            bar.update(done);
          },
        }));
        bar.stop();
        logger.info({ ...summary, seconds: Math.round((performance.now() - started) / 100) / 10 }, 'seeded');
      } finally {
        bar.stop();
        await database.close();
      }
    });
}

type Settings = ReturnType<typeof configOrExit>;

/** `--reset`: the embedded database's directory goes, unless a running process owns it. */
async function resetEmbedded(config: Settings) {
  if (config.DATABASE_URL) {
    throw new StartupFailure('--reset removes the embedded database only; to start over on PostgreSQL, create an empty database and point DATABASE_URL at it', 2);
  }
  const dataDir = resolve(config.JIANGUAN_DATA_DIR);
  const owner = await currentOwner(dataDir);
  if (owner) throw new EmbeddedDatabaseInUse(dataDir, owner);
  await rm(dataDir, { recursive: true, force: true });
}

/** A database that already holds data is refused with one line saying how to start over. */
async function seedIntoEmpty<T>(config: Settings, seed: () => Promise<T>): Promise<T> {
  try {
    return await seed();
  } catch (error) {
    if (!(error instanceof SeedRefusedError)) throw error;
    const startOver = config.DATABASE_URL
      ? 'seed into a new, empty database (create one and point DATABASE_URL at it)'
      : `run \`npm run seed -- --reset\` (it removes ${resolve(config.JIANGUAN_DATA_DIR)}, the embedded database's directory), or remove that directory yourself`;
    throw new StartupFailure(`the database already holds data; seed loads into an empty database only. To start over, ${startOver}`, 2, { cause: error });
  }
}
