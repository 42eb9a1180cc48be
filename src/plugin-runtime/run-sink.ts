import { sql } from 'kysely';
import { failureKindOf, type FailureKind } from '../plugin-sdk/errors.js';
import type { BatchCounts } from './commit-batch.js';
import { pluginContext } from './context.js';
import type { PluginInstance } from './instances.js';
import { tryLockPlugin } from './lock.js';
import { deliverOutbox } from './outbox/deliver.js';
import { PluginBusyError, type RunOutcome, type RunTrigger, type RuntimeDeps } from './run.js';

/**
 * One run of a sink: delivers its outbox until it is empty, recorded in `plugin_run` like a
 * source's run (records read: looked at; written: delivered; unchanged: nothing to send;
 * quarantined: held or rejected). One run per plugin at a time, by the same lock. A refused
 * credential (401) ends the run FAILED with CONFIGURATION and leaves everything queued.
 */
export async function runSink(
  deps: RuntimeDeps,
  instance: PluginInstance,
  trigger: RunTrigger,
  options: { signal?: AbortSignal; onBatch?: (counts: BatchCounts) => void } = {},
): Promise<RunOutcome> {
  const { plugin } = instance;
  if (plugin.kind !== 'sink') throw new Error(`${plugin.name} is not a sink`);
  const lock = await tryLockPlugin(deps.pool, plugin.name);
  if (!lock) throw new PluginBusyError(plugin.name);
  try {
    await sql`UPDATE plugin_run SET status = 'ABANDONED', finished_at = clock_timestamp(), error_kind = 'ABANDONED',
        error = 'the process running it stopped before it finished; records it had sent without an answer are reconciled by the next run'
      WHERE plugin = ${plugin.name} AND status = 'RUNNING'`.execute(deps.db);
    const { id } = await deps.db.insertInto('plugin_run').values({ plugin: plugin.name, trigger }).returning('id').executeTakeFirstOrThrow();
    const controller = new AbortController();
    const abort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', abort, { once: true });
    if (options.signal?.aborted) abort();
    const logger = deps.logger.child({ plugin: plugin.name, runId: id });
    logger.info({ trigger }, 'plugin run started');
    const ctx = pluginContext(logger, controller.signal, deps.http);
    let totals: BatchCounts = { read: 0, written: 0, unchanged: 0, quarantined: 0 };
    const onBatch = (counts: BatchCounts) => {
      totals = { read: totals.read + counts.read, written: totals.written + counts.written, unchanged: totals.unchanged + counts.unchanged, quarantined: totals.quarantined + counts.quarantined };
      options.onBatch?.(totals);
    };
    try {
      await deliverOutbox({ db: deps.db, plugin, config: instance.config, ctx, runId: id, logger, onBatch }, controller.signal);
      await sql`UPDATE plugin_run SET status = 'SUCCEEDED', finished_at = clock_timestamp() WHERE id = ${id}::bigint`.execute(deps.db);
      logger.info(totals, 'plugin run succeeded');
      return { runId: id, status: 'SUCCEEDED', counts: totals };
    } catch (error) {
      const errorKind: FailureKind = controller.signal.aborted ? 'ABORTED' : failureKindOf(error);
      const message = error instanceof Error ? error.message : String(error);
      await sql`UPDATE plugin_run SET status = 'FAILED', finished_at = clock_timestamp(), error_kind = ${errorKind}, error = ${message} WHERE id = ${id}::bigint`.execute(deps.db);
      (errorKind === 'CONFIGURATION' ? logger.error.bind(logger) : logger.warn.bind(logger))({ ...totals, errorKind, err: error }, 'plugin run failed');
      return { runId: id, status: 'FAILED', counts: totals, errorKind, error: message };
    } finally {
      options.signal?.removeEventListener('abort', abort);
    }
  } finally {
    await lock.release();
  }
}
