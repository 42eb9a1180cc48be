import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.generated.js';
import { parseRaw } from '../plugin-sdk/contract.js';
import { failureKindOf, type FailureKind } from '../plugin-sdk/errors.js';
import type { HttpClientOptions } from '../plugin-sdk/http.js';
import type { EntityName, Json, SourceStream } from '../plugin-sdk/index.js';
import { commitBatch, type BatchCounts, type Quarantined, type ReadRecord } from './commit-batch.js';
import { pluginContext } from './context.js';
import type { PluginInstance } from './instances.js';
import { tryLockPlugin } from './lock.js';
import type { EntityWriters } from './writers/index.js';

export interface RuntimeDeps {
  db: Kysely<DB>;
  /** For the run lock's dedicated connection. */
  pool: pg.Pool;
  logger: Logger;
  writers: EntityWriters;
  /** Overrides of the HTTP client's timeouts, retries and breaker (tests shorten the waits). */
  http?: Partial<HttpClientOptions>;
}

export type RunTrigger = 'SCHEDULE' | 'ON_DEMAND' | 'COMMAND_LINE' | 'OUTBOX';

export interface RunOutcome {
  runId: string;
  status: 'SUCCEEDED' | 'FAILED';
  counts: BatchCounts;
  errorKind?: FailureKind;
  error?: string;
}

export class PluginBusyError extends Error {
  constructor(readonly plugin: string) {
    super(`a run of ${plugin} is already in progress`);
    this.name = 'PluginBusyError';
  }
}

/**
 * A batch with more than this share of unreadable records (and at least MIN records) fails the
 * run: that is no longer a few bad records but a source whose format changed, and quarantining
 * the whole of it would bury the cause. Registries do send many incomplete records, so the bar
 * is well above half.
 */
export const BAD_BATCH_SHARE = 0.8;
const BAD_BATCH_MIN_RECORDS = 10;

class BadBatchError extends Error {
  constructor(quarantined: Quarantined[], total: number) {
    const reasons = [...new Set(quarantined.map((q) => q.reason))].slice(0, 3).join('; ');
    super(`${quarantined.length} of ${total} records in a batch could not be read (${reasons}); nothing of it was stored and the checkpoint did not move`);
    this.name = 'BadBatchError';
  }
}

/**
 * Asks the source for its next batch while the current one is parsed and committed, so the far
 * side and the database work at the same time. Batches are still committed one at a time, in
 * order, so checkpoints move exactly as without it.
 */
async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const pull = () => {
    const next = iterator.next();
    // Awaited on the next turn of the loop; until then a failure must not count as unhandled.
    next.catch(() => undefined);
    return next;
  };
  let next = pull();
  try {
    for (;;) {
      const result = await next;
      if (result.done) return;
      next = pull();
      yield result.value;
    }
  } finally {
    await iterator.return?.();
  }
}

async function readStream(
  deps: RuntimeDeps,
  instance: PluginInstance,
  run: { id: string; signal: AbortSignal },
  name: string,
  stream: SourceStream<unknown, EntityName>,
  totals: BatchCounts,
  onBatch: (counts: BatchCounts) => void,
) {
  const { plugin } = instance;
  const stored = await deps.db.selectFrom('plugin_checkpoint').select('checkpoint').where('plugin', '=', plugin.name).where('stream', '=', name).executeTakeFirst();
  const ctx = pluginContext(deps.logger.child({ plugin: plugin.name, stream: name, runId: run.id }), run.signal, deps.http);
  for await (const batch of readAhead(stream.read(instance.config, (stored?.checkpoint as Json | undefined) ?? null, ctx))) {
    run.signal.throwIfAborted();
    const records: ReadRecord<EntityName>[] = [];
    const quarantined: Quarantined[] = [];
    for (const raw of batch.records) {
      const parsed = parseRaw(stream, raw);
      if (parsed.ok) records.push({ key: parsed.key, record: parsed.record, raw });
      else quarantined.push({ raw, reason: parsed.reason });
    }
    if (batch.records.length >= BAD_BATCH_MIN_RECORDS && quarantined.length > batch.records.length * BAD_BATCH_SHARE) {
      throw new BadBatchError(quarantined, batch.records.length);
    }
    const counts = await commitBatch(
      deps.db,
      { plugin: plugin.name, stream: name, runId: run.id, writer: deps.writers[stream.entity] },
      { records, quarantined, checkpoint: batch.checkpoint, read: batch.records.length },
    );
    for (const key of Object.keys(totals) as (keyof BatchCounts)[]) totals[key] += counts[key];
    onBatch({ ...totals });
  }
}

/**
 * One run of a source plugin: every stream read from its checkpoint, batch by batch, each batch
 * committed with its checkpoint. Recorded in `plugin_run` from start to end. Throws
 * PluginBusyError when another run of the plugin holds its lock; any failure of the plugin
 * itself ends the run as FAILED with its kind and message (and is returned, not thrown).
 */
export async function runSource(
  deps: RuntimeDeps,
  instance: PluginInstance,
  trigger: RunTrigger,
  options: { signal?: AbortSignal; onBatch?: (counts: BatchCounts) => void } = {},
): Promise<RunOutcome> {
  const name = instance.plugin.name;
  const lock = await tryLockPlugin(deps.pool, name);
  if (!lock) throw new PluginBusyError(name);
  try {
    // Holding the lock proves any run still marked RUNNING lost its process.
    await sql`UPDATE plugin_run SET status = 'ABANDONED', finished_at = clock_timestamp(), error_kind = 'ABANDONED',
        error = 'the process running it stopped before it finished; the next run resumed from its last committed batch'
      WHERE plugin = ${name} AND status = 'RUNNING'`.execute(deps.db);
    const { id } = await deps.db.insertInto('plugin_run').values({ plugin: name, trigger }).returning('id').executeTakeFirstOrThrow();
    const controller = new AbortController();
    const abort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', abort, { once: true });
    if (options.signal?.aborted) abort();
    const totals: BatchCounts = { read: 0, written: 0, unchanged: 0, quarantined: 0 };
    const logger = deps.logger.child({ plugin: name, runId: id });
    logger.info({ trigger }, 'plugin run started');
    try {
      if (instance.plugin.kind !== 'source') throw new Error(`${name} is not a source`);
      for (const [streamName, stream] of Object.entries(instance.plugin.streams)) {
        await readStream(deps, instance, { id, signal: controller.signal }, streamName, stream, totals, options.onBatch ?? (() => undefined));
      }
      await sql`UPDATE plugin_run SET status = 'SUCCEEDED', finished_at = clock_timestamp() WHERE id = ${id}::bigint`.execute(deps.db);
      logger.info(totals, 'plugin run succeeded');
      return { runId: id, status: 'SUCCEEDED', counts: totals };
    } catch (error) {
      const errorKind: FailureKind = error instanceof BadBatchError ? 'BAD_BATCH' : controller.signal.aborted ? 'ABORTED' : failureKindOf(error);
      const message = error instanceof Error ? error.message : String(error);
      await sql`UPDATE plugin_run SET status = 'FAILED', finished_at = clock_timestamp(), error_kind = ${errorKind}, error = ${message} WHERE id = ${id}::bigint`.execute(deps.db);
      logger.warn({ ...totals, errorKind, err: error }, 'plugin run failed');
      return { runId: id, status: 'FAILED', counts: totals, errorKind, error: message };
    } finally {
      options.signal?.removeEventListener('abort', abort);
    }
  } finally {
    await lock.release();
  }
}
