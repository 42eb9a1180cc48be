import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';

/**
 * The change feed keeps `retentionDays` of entries. Older ones are removed, and the retention mark
 * moves just past the newest xid removed: a consumer whose cursor lies before the mark may have
 * missed a removed entry and is told to take a new snapshot; one that kept up is never affected,
 * however long the feed was quiet. Entries of transactions that may still be running are kept.
 */
export async function pruneChangeFeed(db: Kysely<DB>, retentionDays: number): Promise<{ entriesRemoved: number }> {
  const { rows } = await sql<{ removed: string }>`
    WITH removed AS (
      DELETE FROM change_log
      WHERE recorded_at < now() - make_interval(days => ${retentionDays})
        AND xid < pg_snapshot_xmin(pg_current_snapshot())
      RETURNING xid
    ), newest AS (
      SELECT max(xid::text::numeric) AS xid, count(*) AS removed FROM removed
    ), mark AS (
      UPDATE change_log_retention SET pruned_before = ((newest.xid + 1)::text)::xid8
      FROM newest WHERE newest.xid IS NOT NULL AND newest.xid + 1 > pruned_before::text::numeric
    )
    SELECT removed::text FROM newest`.execute(db);
  return { entriesRemoved: Number(rows[0]?.removed ?? 0) };
}
