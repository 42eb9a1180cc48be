import { sql, type Kysely } from 'kysely';
import { scopedDb } from '../../auth/scope.js';
import type { DB } from '../../db/schema.generated.js';
import { addDays } from '../../domain/scoring/dates.js';
import { lastCompletedDay, recordCompletedDay } from '../daily-job-progress.js';
import { statusRecord } from '../../modules/export/score-status-lines.js';
import { findAllRuleSets } from '../../modules/scoring/scoring.queries.js';
import { scoreStatusesOfSubjects, type SubjectKind } from '../../modules/scoring/score-status.js';

const BATCH = 500;
const KINDS: { kind: SubjectKind; type: string; column: 'subject_institution_id' | 'subject_practitioner_id' }[] = [
  { kind: 'INSTITUTION', type: 'InstitutionScoreStatus', column: 'subject_institution_id' },
  { kind: 'PRACTITIONER', type: 'PractitionerScoreStatus', column: 'subject_practitioner_id' },
];

/** Its name in the schedule, and the key of its last completed day. */
const TASK = 'emit-aged-score-statuses';

/**
 * 记分状态 change with time alone: an event ages out of its cycle, a new cycle or a rule version
 * dated ahead begins, an event or 校验 dated ahead comes due. Every subject with score events is
 * compared as of the last day a run completed for and as of `today`, as consumers are sent it,
 * and those that differ get a change-feed entry, so that consumers following the feed re-read
 * them. Comparing with the last completed day rather than the day before covers any stop of the
 * hub in one run, where the job queue makes up only the last two days' runs. Before the first
 * run there is no such day, and the day before stands in for it. A run for a day at or before
 * the last completed one has nothing to compare and does nothing. Each batch is its own short
 * transaction (the feed's horizon waits for open ones); a retried run records some entries
 * twice, which costs consumers a re-read and nothing else.
 */
export async function emitAgedScoreStatuses(
  db: Kysely<DB>,
  today: string,
  signal?: AbortSignal,
): Promise<{ since: string; compared: number; changed: number }> {
  const lastCompleted = await lastCompletedDay(db, TASK);
  if (lastCompleted !== null && today <= lastCompleted) return { since: lastCompleted, compared: 0, changed: 0 };
  const since = lastCompleted ?? addDays(today, -1);
  const ruleSets = await findAllRuleSets(db);
  const scoped = scopedDb(db, { kind: 'ADMINISTRATOR', subject: TASK });
  let compared = 0;
  let changed = 0;
  for (const { kind, type, column } of KINDS) {
    let after = '0';
    for (;;) {
      signal?.throwIfAborted();
      const rows = await db.selectFrom('score_event').select(column).distinct().where(column, '>', after).orderBy(column).limit(BATCH).execute();
      const ids = rows.map((r) => String(r[column]));
      if (ids.length === 0) break;
      const [before, now] = await Promise.all([
        scoreStatusesOfSubjects(scoped, kind, ids, since, ruleSets),
        scoreStatusesOfSubjects(scoped, kind, ids, today, ruleSets),
      ]);
      const content = (statuses: ReturnType<typeof before.get>) => JSON.stringify(statuses?.map(statusRecord) ?? null);
      const aged = ids.filter((id) => content(before.get(id)) !== content(now.get(id)));
      if (aged.length > 0) await sql`SELECT record_score_status_changes(${type}, ${aged}::bigint[])`.execute(db);
      compared += ids.length;
      changed += aged.length;
      after = ids.at(-1)!;
    }
  }
  // Recorded only once every subject has been compared. A run that fails before this line is
  // retried from the same day and re-records the entries of the batches it had finished, which
  // costs consumers a re-read; recorded any earlier, a failed run would leave the subjects of the
  // batches after it compared with a day past their change, and their consumers stale.
  await recordCompletedDay(db, TASK, today);
  return { since, compared, changed };
}
