import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.generated.js';

/** The last day `task` finished a run for (yyyy-MM-dd), or null before its first. */
export async function lastCompletedDay(db: Kysely<DB>, task: string): Promise<string | null> {
  const row = await db.selectFrom('daily_job_progress').select('completed_for').where('task', '=', task).executeTakeFirst();
  return row?.completed_for ?? null;
}

/**
 * Records that `task` finished its run for `day`. Never moves back: a run for an earlier day
 * (queued by hand, or racing a later one) leaves a later day in place.
 */
export async function recordCompletedDay(db: Kysely<DB>, task: string, day: string): Promise<void> {
  await db
    .insertInto('daily_job_progress')
    .values({ task, completed_for: day })
    .onConflict((oc) =>
      oc.column('task').doUpdateSet({
        completed_for: sql`greatest(daily_job_progress.completed_for, excluded.completed_for)`,
        completed_at: sql`now()`,
      }),
    )
    .execute();
}
