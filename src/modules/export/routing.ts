import { sql, type RawBuilder } from 'kysely';
import { jurisdictionsOf, type Viewer } from '../../auth/viewer.js';
import { regionCodeRange } from '../regions/regions.queries.js';

/** Who may pull: provincial systems over their province, regulators over their jurisdictions, administrators over everything. */
export const mayPull = (viewer: Viewer) => viewer.kind === 'PROVINCIAL_SYSTEM' || viewer.kind === 'REGULATOR' || viewer.kind === 'ADMINISTRATOR';

/**
 * Which change-log entries concern the viewer: those touching a region of its scope before or
 * after the change. This only routes; whether the viewer gets the row or a tombstone is decided
 * by the scope when the entry is read.
 */
export function concernsViewer(viewer: Viewer, regionsColumn: string): RawBuilder<boolean> {
  if (viewer.kind === 'ADMINISTRATOR') return sql<boolean>`true`;
  const ranges = jurisdictionsOf(viewer).map((code) => {
    const [low, high] = regionCodeRange(code);
    return sql`(g BETWEEN ${low} AND ${high})`;
  });
  if (ranges.length === 0) return sql<boolean>`false`;
  return sql<boolean>`EXISTS (SELECT 1 FROM unnest(${sql.ref(regionsColumn)}) AS g WHERE ${sql.join(ranges, sql` OR `)})`;
}
