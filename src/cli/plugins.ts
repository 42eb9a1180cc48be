import type { Command } from 'commander';
import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import type { Database } from '../db/connect.js';
import type { PluginRuntime } from '../plugin-runtime/index.js';
import { createLogger } from '../server/logger.js';
import { configOrExit } from './config.js';

/** Opens the database and the plugin runtime; a bad plugins file or an unknown plugin ends the command with status 2 and the reason. */
async function withRuntime(work: (runtime: PluginRuntime, ctx: { database: Database; logger: Logger; config: Config }) => Promise<void>) {
  const config = configOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  // Loaded when run, so that other commands and --help do not load the whole hub.
  const [{ openDatabase }, { databaseSettings, pluginRuntime, prepareForServing }, { PluginBusyError, PluginsFileError, UnknownPluginError }] = await Promise.all([
    import('../db/connect.js'),
    import('../main.js'),
    import('../plugin-runtime/index.js'),
  ]);
  const database = await openDatabase(databaseSettings(config), logger);
  try {
    await prepareForServing(config, database, logger);
    await work(await pluginRuntime(config, database, logger), { database, logger, config });
  } catch (error) {
    if (error instanceof PluginsFileError || error instanceof UnknownPluginError || error instanceof PluginBusyError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  } finally {
    await database.close();
  }
}

const rate = (records: number, started: number) => Math.round(records / Math.max(0.001, (performance.now() - started) / 1000));

export function syncCommand(program: Command) {
  program
    .command('sync')
    .description('Run one sync of a configured plugin to completion in the foreground, with progress; exits non-zero with the reason if the run fails.')
    .argument('<plugin>', 'the plugin, as named in JIANGUAN_PLUGINS_FILE')
    .action((name: string) =>
      withRuntime(async (runtime) => {
        const controller = new AbortController();
        const stop = () => controller.abort(new Error('interrupted'));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        const started = performance.now();
        const progress = process.stderr.isTTY
          ? (c: { read: number; written: number; quarantined: number }) =>
              process.stderr.write(`\r${name}: ${c.read} read, ${c.written} written, ${c.quarantined} quarantined, ${rate(c.read, started)} records/s   `)
          : () => undefined;
        const outcome = await runtime.run(name, 'COMMAND_LINE', { signal: controller.signal, onBatch: progress });
        if (process.stderr.isTTY) process.stderr.write('\n');
        const { read, written, unchanged, quarantined } = outcome.counts;
        const seconds = Math.round((performance.now() - started) / 100) / 10;
        process.stdout.write(
          `${name} run ${outcome.runId} ${outcome.status.toLowerCase()}: ${read} read, ${written} written, ${unchanged} unchanged, ${quarantined} quarantined in ${seconds} s (${rate(read, started)} records/s)\n`,
        );
        if (outcome.status === 'FAILED') {
          process.stderr.write(`${name} failed (${outcome.errorKind}): ${outcome.error}\n`);
          process.exitCode = outcome.errorKind === 'CONFIGURATION' ? 2 : 1;
        }
      }),
    );
}

export function pluginsCommand(program: Command) {
  const plugins = program.command('plugins').description('List the installed plugins and which are configured (JIANGUAN_PLUGINS_FILE).');
  plugins.action(() =>
    withRuntime(async (runtime) => {
      for (const plugin of runtime.installed) {
        const instance = runtime.instances.get(plugin.name);
        const state = instance ? `configured${instance.schedule ? `, schedule "${instance.schedule}" (UTC)` : ', on demand only'}` : 'not configured';
        process.stdout.write(`${plugin.name} ${plugin.version} (${plugin.kind}): ${state} — ${plugin.description}\n`);
      }
    }),
  );
  plugins
    .command('check')
    .description("Run every configured plugin's check (reachability and credentials); exits non-zero if any fails.")
    .action(() =>
      withRuntime(async (runtime) => {
        if (runtime.instances.size === 0) process.stdout.write('no plugin is configured\n');
        for (const name of runtime.instances.keys()) {
          const result = await runtime.check(name);
          process.stdout.write(result.ok ? `${name}: ok\n` : `${name}: ${result.failure.toLowerCase()} failure: ${result.message}\n`);
          if (!result.ok) process.exitCode = 1;
        }
      }),
    );
}
