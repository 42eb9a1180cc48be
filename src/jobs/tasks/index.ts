import type { Task, TaskList } from 'graphile-worker';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { DB } from '../../db/schema.generated.js';
import { todayInChina } from '../../domain/today.js';
import { pruneChangeFeed } from './change-feed-retention.js';
import { recomputeAgedCredit } from './credit-aging.js';
import { endPublicationPeriods } from './publication-periods.js';
import { emitAgedScoreStatuses } from './score-status-ageing.js';
import { endLapsedStatuses } from '../../modules/licenses/license-status.js';

/**
 * A job's payload: `asOf` when added by hand, or the schedule's own timestamp, so a run that was
 * backfilled after an outage works on the day it was due, not the day it ran.
 */
const payloadSchema = z.object({
  asOf: z.iso.date().optional(),
  _cron: z.object({ ts: z.string() }).optional(),
});

export class BadJobPayloadError extends Error {
  constructor(task: string, issues: string) {
    super(`${task}: bad payload: ${issues}`);
    this.name = 'BadJobPayloadError';
  }
}

function dayOf(task: string, payload: unknown): string {
  const parsed = payloadSchema.safeParse(payload ?? {});
  if (!parsed.success) throw new BadJobPayloadError(task, parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '));
  if (parsed.data.asOf) return parsed.data.asOf;
  return todayInChina(parsed.data._cron ? new Date(parsed.data._cron.ts) : new Date());
}

export interface TaskDeps {
  db: Kysely<DB>;
  logger: Logger;
  /** Days the change feed keeps (CHANGE_FEED_RETENTION_DAYS). */
  changeFeedRetentionDays?: number;
}

/** The hub's tasks by name; the names are what the schedule and `addJob` use. */
export function hubTasks({ db, logger, changeFeedRetentionDays = 7 }: TaskDeps): TaskList {
  const task =
    (name: string, run: (today: string, signal: AbortSignal) => Promise<object>): Task =>
    async (payload, helpers) => {
      const today = dayOf(name, payload);
      const outcome = await run(today, helpers.abortSignal);
      logger.info({ task: name, asOf: today, ...outcome }, 'job done');
    };
  return {
    'end-publication-periods': task('end-publication-periods', async (today) => ({ eventsQueued: await endPublicationPeriods(db, today) })),
    'end-license-suspensions': task('end-license-suspensions', async (today) => ({ suspensionsEnded: await endLapsedStatuses(db, today) })),
    'recompute-aged-credit': task('recompute-aged-credit', (today, signal) => recomputeAgedCredit(db, today, signal)),
    'emit-aged-score-statuses': task('emit-aged-score-statuses', (today, signal) => emitAgedScoreStatuses(db, today, signal)),
    'prune-change-feed': task('prune-change-feed', () => pruneChangeFeed(db, changeFeedRetentionDays)),
  };
}
