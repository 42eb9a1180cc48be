import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import type { Database } from '../db/connect.js';
import type { Plugin } from '../plugin-sdk/index.js';
import { loadPluginsFile } from './instances.js';
import { createPluginRuntime, type PluginRuntime } from './runtime.js';
import { entityWriters } from './writers/index.js';

/** The runtime for the plugins file named in configuration (none: every plugin installed, none configured). */
export async function openPluginRuntime(
  config: Pick<Config, 'JIANGUAN_PLUGINS_FILE' | 'ID_NUMBER_HASH_KEY'>,
  database: Database,
  logger: Logger,
  installed: readonly Plugin[],
  env: Record<string, string | undefined>,
): Promise<PluginRuntime> {
  const instances = await loadPluginsFile(config.JIANGUAN_PLUGINS_FILE, installed, env);
  const writers = entityWriters({ idNumberHashKey: config.ID_NUMBER_HASH_KEY });
  return createPluginRuntime({ db: database.db, pool: database.pool, logger: logger.child({ component: 'plugins' }), writers }, installed, instances);
}

export { createPluginRuntime, PLUGIN_SYNC_TASK, UnknownPluginError, type PluginRuntime } from './runtime.js';
export { PluginBusyError, type RunOutcome, type RunTrigger } from './run.js';
export { PluginsFileError, parsePluginsFile, type PluginInstance } from './instances.js';
