import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { creditSchemeInForce } from '../../modules/credit/credit.queries.js';
import { recomputeCredit } from '../../modules/credit/recompute.js';

const BATCH = 500;

/**
 * Credit grades rest on records inside look-back windows, so time alone changes them: a penalty
 * ages out, a self-inspection grows too old. Every institution already evaluated is re-evaluated
 * as of `today`, each in its own short transaction; an unchanged result writes nothing, so a run
 * that is interrupted and retried repeats no work it finished and leaves no gap. Days missed while
 * the hub was stopped leave none either: each grade is compared with the last one stored, not with
 * the day before, so the next run writes every grade that changed meanwhile (dated that run's day).
 */
export async function recomputeAgedCredit(db: Kysely<DB>, today: string, signal?: AbortSignal): Promise<{ evaluated: number; changed: number }> {
  let evaluated = 0;
  let changed = 0;
  const scheme = await creditSchemeInForce(db, today);
  if (!scheme) return { evaluated, changed };
  let after = '0';
  for (;;) {
    const ids = await db
      .selectFrom('credit_evaluation')
      .select('institution_id')
      .distinct()
      .where('institution_id', '>', after)
      .orderBy('institution_id')
      .limit(BATCH)
      .execute();
    if (ids.length === 0) break;
    for (const { institution_id } of ids) {
      // A stopping worker asks long jobs to give up; the retry starts over and skips nothing.
      signal?.throwIfAborted();
      const inserted = await db.transaction().execute((trx) => recomputeCredit(trx, institution_id, 'AGING', today, scheme));
      evaluated += 1;
      if (inserted) changed += 1;
    }
    after = ids[ids.length - 1]!.institution_id;
  }
  return { evaluated, changed };
}
