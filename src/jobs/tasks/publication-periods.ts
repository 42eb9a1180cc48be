import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';

/**
 * 公示期满: a published disclosure whose period has run out leaves public view by itself; the
 * credit platform is told with a withdrawal event dated the first day it is no longer shown.
 * Each disclosure gets this event once, whenever and however often the job runs (a unique index
 * backs the `ON CONFLICT`), so runs missed while no worker was up are caught up by the next one.
 */
export async function endPublicationPeriods(db: Kysely<DB>, today: string): Promise<number> {
  const result = await sql`
    INSERT INTO disclosure_event (disclosure_id, kind, reason, occurred_on)
    SELECT id, 'WITHDRAWN', 'PERIOD_ENDED', public_until + 1
    FROM disclosure
    WHERE published_on IS NOT NULL
      AND withdrawn_on IS NULL
      AND public_until < ${today}::date
    ON CONFLICT (disclosure_id) WHERE reason = 'PERIOD_ENDED' DO NOTHING`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
