import { auditRow } from './audit.js';
import { visibleTo, type ScopedTable } from './scope.js';
import type { RequestContext } from '../server/context.js';

/**
 * A loader of personal information (ID numbers, phones) from `table` that writes the audit
 * record of the read in the same statement: the information cannot be returned without its audit
 * row existing. Only rows the viewer may see are read. Fields that use it also require the
 * regulator scope: nobody else is given personal information.
 */
export function auditedPersonalInformation<Column extends string>(
  ctx: RequestContext,
  source: { table: ScopedTable; entityType: string; columns: readonly Column[] },
) {
  return ctx.loader<string, Record<Column, string | null> | null>(`personalInformation:${source.table}`, async (ids) => {
    const rows = (await ctx.db
      .with('audit', (db) => db.insertInto('audit_log').values(auditRow(ctx, { operation: 'READ_PERSONAL_INFORMATION', entityType: source.entityType, entityIds: ids })))
      .selectFrom(source.table as 'practitioner')
      .select(['id', ...(source.columns as unknown as 'id_number'[])])
      .where('id', 'in', ids as string[])
      .where(visibleTo(ctx.viewer, source.table))
      .execute()) as unknown as (Record<Column, string | null> & { id: string })[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
