import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { enqueueCreditDelivery } from '../../plugin-runtime/outbox/enqueue.js';

/**
 * 公示期满: a published disclosure whose period has run out leaves public view by itself; the
 * credit platform is told with a withdrawal event dated the first day it is no longer shown.
 * Each disclosure gets this event once, whenever and however often the job runs (a unique index
 * backs the `ON CONFLICT`), so runs missed while no worker was up are caught up by the next one.
 */
export async function endPublicationPeriods(db: Kysely<DB>, today: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ penalty_id: string | null; license_id: string | null }>`
      WITH ended AS (
        INSERT INTO disclosure_event (disclosure_id, kind, reason, occurred_on)
        SELECT id, 'WITHDRAWN', 'PERIOD_ENDED', public_until + 1
        FROM disclosure
        WHERE published_on IS NOT NULL
          AND withdrawn_on IS NULL
          AND public_until < ${today}::date
        ON CONFLICT (disclosure_id) WHERE reason = 'PERIOD_ENDED' DO NOTHING
        RETURNING disclosure_id)
      SELECT d.penalty_id::text, d.license_id::text FROM ended JOIN disclosure d ON d.id = ended.disclosure_id`.execute(trx);
    // 公示期满 reaches the national platform for the 行政处罚 and 行政许可 records, in the same transaction.
    await enqueueCreditDelivery(trx, {
      penaltyIds: rows.filter((r) => r.penalty_id).map((r) => r.penalty_id!),
      licenseIds: rows.filter((r) => r.license_id).map((r) => r.license_id!),
    });
    return rows.length;
  });
}
