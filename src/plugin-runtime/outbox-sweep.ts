import { parseCronItems, type ParsedCronItem, type Task } from 'graphile-worker';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.generated.js';
import { outboxHasWork } from './outbox/queries.js';
import { PluginBusyError, type RunOutcome, type RunTrigger } from './run.js';

/**
 * The outbox's sweep: delivery resumes by itself whatever stopped it. A delivery job runs when a
 * cause queues one, and stops for good when the platform refuses the sink's credentials (401: a
 * configuration alert), when it has used its attempts, or when the worker running it is killed
 * (the job engine then keeps its queue locked for hours). The sweep runs every configured sink
 * whenever records wait, so once the credentials, address or clock are fixed the next sweep
 * delivers everything still queued, and its success clears the alert.
 */
export const OUTBOX_SWEEP_TASK = 'plugin-outbox-sweep';

/**
 * Every 5 minutes (UTC cron): a stopped sink waits at most this long once fixed, and a sink whose
 * credentials stay refused costs the platform one refused request per sweep, not a stream.
 */
export const OUTBOX_SWEEP_SCHEDULE = '*/5 * * * *';

export function outboxSweepCronItems(sinks: readonly string[]): ParsedCronItem[] {
  if (sinks.length === 0) return [];
  // No queue: a sweep killed with its worker must not hold the next one back; runs of a plugin
  // are one at a time by the plugin's own lock. No backfill: a missed sweep is made good by the next.
  return parseCronItems([{ task: OUTBOX_SWEEP_TASK, match: OUTBOX_SWEEP_SCHEDULE, identifier: OUTBOX_SWEEP_TASK, options: { jobKey: OUTBOX_SWEEP_TASK, maxAttempts: 1 } }]);
}

/** A sweep now: a worker that starts (perhaps after one was killed mid-delivery) resumes the outbox at once. */
export async function queueOutboxSweep(db: Kysely<DB> | Transaction<DB>, sinks: readonly string[]): Promise<void> {
  if (sinks.length === 0) return;
  await sql`SELECT graphile_worker.add_job(${OUTBOX_SWEEP_TASK}, '{}'::json, job_key := ${OUTBOX_SWEEP_TASK}, max_attempts := 1)`.execute(db);
}

export function outboxSweepTask(
  deps: { db: Kysely<DB>; logger: Logger },
  sinks: readonly string[],
  run: (plugin: string, trigger: RunTrigger, options: { signal: AbortSignal }) => Promise<RunOutcome>,
): Task {
  return async (_payload, helpers) => {
    if (sinks.length === 0 || !(await outboxHasWork(deps.db))) return;
    for (const sink of sinks) {
      try {
        // A failure is recorded on the run (and a refused credential raises the alert); the next sweep tries again.
        await run(sink, 'SCHEDULE', { signal: helpers.abortSignal });
      } catch (error) {
        if (!(error instanceof PluginBusyError)) throw error;
        // Another process is delivering: its run takes what waits.
        deps.logger.debug({ plugin: sink }, 'outbox sweep: a run of the sink is in progress elsewhere');
      }
    }
  };
}
