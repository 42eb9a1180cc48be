import { type Command, InvalidArgumentError, Option } from 'commander';
import { pull } from '../pull/follow.js';
import { HubError, hubClient } from '../pull/hub-client.js';
import { LocalCopy, openStore } from '../pull/local-copy.js';
import { createLogger } from '../server/logger.js';

const wholeNumber = (name: string) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${name} must be a whole number`);
  return Number(value);
};

interface PullOptions {
  hub: string;
  snapshot: string;
  follow?: boolean;
  types?: string;
  pageSize: number;
  pollIntervalMs: number;
  apiKey?: string;
  token?: string;
}

/**
 * `jianguan pull`: a provincial system's consumer, runnable anywhere that reaches the hub. It
 * keeps a copy of the province (in a directory, or in a PostgreSQL database) with the feed
 * cursor it has reached, so it can be stopped and started again at any moment.
 */
export function pullCommand(program: Command) {
  program
    .command('pull')
    .description('Copy a province from a hub: a snapshot into a local copy, then the change feed from the copy’s own cursor.')
    .requiredOption('--snapshot <destination>', 'where the copy lives: a directory (an embedded database) or postgres://…; a new copy starts with a snapshot, an existing one resumes')
    .option('--hub <url>', 'the hub’s base URL', 'http://localhost:4000')
    .option('--follow', 'keep following the feed until interrupted (without it: stop once caught up)')
    .option('--types <list>', 'only these types, comma-separated (e.g. Institution,License)')
    .option('--page-size <n>', 'changes per request (at most 10000)', wholeNumber('--page-size'), 1_000)
    .option('--poll-interval-ms <ms>', 'pause between requests once caught up', wholeNumber('--poll-interval-ms'), 5_000)
    .addOption(new Option('--api-key <key>', 'the province’s API key').env('JIANGUAN_API_KEY'))
    .addOption(new Option('--token <jwt>', 'a regulator’s or administrator’s bearer token instead').env('JIANGUAN_TOKEN'))
    .action(async (options: PullOptions) => {
      const logger = createLogger('info');
      if (!options.apiKey === !options.token) {
        process.stderr.write('give either --api-key (or JIANGUAN_API_KEY) or --token (or JIANGUAN_TOKEN)\n');
        process.exitCode = 2;
        return;
      }
      const credentials = options.apiKey ? { apiKey: options.apiKey } : { token: options.token! };
      const stop = new AbortController();
      const onSignal = () => {
        logger.info('stopping after the page in hand');
        stop.abort();
      };
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      const store = await openStore(options.snapshot);
      try {
        const copy = await LocalCopy.open(store);
        await pull(hubClient({ hubUrl: options.hub, credentials }), copy, {
          types: options.types?.split(',').map((t) => t.trim()).filter(Boolean) ?? null,
          pageSize: options.pageSize,
          pollIntervalMs: options.pollIntervalMs,
          follow: options.follow === true,
          signal: stop.signal,
          onProgress: (event) => {
            if (event.kind === 'snapshot') logger.info({ records: event.count }, 'snapshot taken');
            else if (event.kind === 'waiting') logger.warn({ seconds: event.seconds }, event.reason);
            else if (event.count > 0 || !options.follow) logger.info({ changes: event.count, caughtUp: event.caughtUp }, 'changes applied');
          },
        });
        logger.info({ cursor: (await copy.position())?.cursor }, 'copy up to date');
      } catch (error) {
        if (!(error instanceof HubError)) throw error;
        process.stderr.write(`the hub refused: ${error.message} (${error.code})\n`);
        process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        await store.close();
      }
    });
}
