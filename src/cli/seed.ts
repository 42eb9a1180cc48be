import cliProgress from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { openDatabase } from '../db/connect.js';
import { databaseSettings, prepareForServing } from '../main.js';
import { seedDataset } from '../seed/seed.js';
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
    .action(async (opts: { scale: string; institutions?: number; practitioners?: number; seed: number; batchSize: number }) => {
      const scale = SCALES[opts.scale as keyof typeof SCALES];
      if (!scale) throw new InvalidArgumentError(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
      const config = configOrExit();
      const logger = createLogger(config.LOG_LEVEL);
      const database = await openDatabase(databaseSettings(config), logger);
      const bar = new cliProgress.SingleBar(
        { format: '{stage} [{bar}] {value}/{total}', noTTYOutput: true, notTTYSchedule: 5_000 },
        cliProgress.Presets.shades_classic,
      );
      try {
        await prepareForServing(config, database, logger);
        const started = performance.now();
        let stage = '';
        const summary = await seedDataset(database.db, {
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
        });
        bar.stop();
        logger.info({ ...summary, seconds: Math.round((performance.now() - started) / 100) / 10 }, 'seeded');
      } finally {
        bar.stop();
        await database.close();
      }
    });
}
