import { sql, type Kysely } from 'kysely';
import type { AuditContext } from '../../auth/audit.js';
import type { DB } from '../../db/schema.generated.js';
import { cursorExpired, encodePosition, keepSnapshot, positionXid, type FeedPosition } from './feed-cursor.js';
import type { ExportType } from './export-types.js';
import { currentLines } from './current-lines.js';
import { concernsViewer } from './routing.js';

export interface Change {
  cursor: string;
  op: 'UPSERT' | 'DELETE';
  type: string;
  /** Global id. */
  id: string;
  /** For an upsert, the line exactly as a snapshot gives it (JSON text). */
  line: string | null;
}

export interface ChangePage {
  changes: Change[];
  /** More changes are ready now: ask again at once. */
  hasMore: boolean;
  /** Where to continue: after the last change, or once caught up, the feed's present position. */
  next: FeedPosition;
}

interface Entry {
  xid: string;
  entity_type: string;
  entity_id: string;
}

/**
 * One page of the changes the viewer is concerned by, after `position`, in feed order. Only
 * entries below the horizon — the oldest transaction still running — are served (see
 * migrations/0030_change_feed.sql for why that never skips), and each is served as the row is
 * now through the scope: an upsert if the viewer may see it, a tombstone if it is gone or moved
 * out of the viewer's scope. The horizon, the retention mark and the entries are read in one
 * statement, so they agree with each other.
 */
export async function readChanges(
  db: Kysely<DB>,
  audit: AuditContext,
  options: { position: FeedPosition; limit: number; types: readonly ExportType[]; field?: string },
): Promise<ChangePage> {
  const { position, limit, types } = options;
  const start = position.after
    ? sql`(c.xid, c.entity_type, c.entity_id) > (${position.after.xid}::xid8, ${position.after.type}, ${position.after.id}::bigint)`
    : sql`c.xid >= ${position.fromXid}::xid8`;
  const alreadyShown = position.snapshot ? sql`AND NOT pg_visible_in_snapshot(c.xid, ${position.snapshot}::pg_snapshot)` : sql``;
  const { rows } = await sql<Entry & { horizon: string; pruned_before: string }>`
    WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
    SELECT horizon.xmin::text AS horizon, retention.pruned_before::text AS pruned_before,
      page.xid::text AS xid, page.entity_type, page.entity_id::text AS entity_id
    FROM horizon CROSS JOIN change_log_retention AS retention
    LEFT JOIN LATERAL (
      SELECT c.xid, c.entity_type, c.entity_id FROM change_log AS c
      WHERE ${start} ${alreadyShown}
        AND c.xid < horizon.xmin
        AND c.entity_type = ANY(${types.map((t) => t.type)}::text[])
        AND ${concernsViewer(audit.viewer, 'c.regions')}
      ORDER BY c.xid, c.entity_type, c.entity_id
      LIMIT ${limit + 1}
    ) AS page ON true`.execute(db);
  const { horizon, pruned_before: prunedBefore } = rows[0]!;
  if (BigInt(positionXid(position)) < BigInt(prunedBefore)) throw cursorExpired(options.field ?? 'after');

  const entries = rows.filter((r) => r.xid !== null).slice(0, limit);
  const hasMore = rows.filter((r) => r.xid !== null).length > limit;
  const lines = await currentLines(db, audit, types, entries);
  const changes = entries.map((entry): Change => {
    const key = `${entry.entity_type}:${entry.entity_id}`;
    const line = lines.get(key) ?? null;
    const cursor = encodePosition({ after: { xid: entry.xid, type: entry.entity_type, id: entry.entity_id }, snapshot: keepSnapshot(position.snapshot, entry.xid) });
    return { cursor, op: line ? 'UPSERT' : 'DELETE', type: entry.entity_type, id: Buffer.from(key).toString('base64'), line };
  });
  const last = entries.at(-1);
  const next: FeedPosition = hasMore
    ? { after: { xid: last!.xid, type: last!.entity_type, id: last!.entity_id }, snapshot: keepSnapshot(position.snapshot, last!.xid) }
    : { fromXid: horizon, snapshot: keepSnapshot(position.snapshot, horizon) };
  return { changes, hasMore, next: withoutUndefined(next) };
}

const withoutUndefined = (position: FeedPosition): FeedPosition =>
  Object.fromEntries(Object.entries(position).filter(([, v]) => v !== undefined)) as FeedPosition;
