import { auditRow } from '../../auth/audit.js';
import { visibleTo } from '../../auth/scope.js';
import type { RequestContext } from '../../server/context.js';

export interface PersonalInformation {
  idNumber: string;
  phone: string | null;
}

/**
 * Reads ID numbers and phones of a batch of practitioners and writes the audit record of that
 * read in the same statement: the information cannot be returned without its audit row existing.
 * Only rows the viewer may see are read.
 */
export function personalInformationLoader(ctx: RequestContext) {
  return ctx.loader<string, PersonalInformation | null>('personalInformation', async (ids) => {
    const rows = await ctx.db
      .with('audit', (db) =>
        db.insertInto('audit_log').values(
          auditRow(ctx, { operation: 'READ_PERSONAL_INFORMATION', entityType: 'Practitioner', entityIds: ids }),
        ),
      )
      .selectFrom('practitioner')
      .select(['id', 'id_number', 'phone'])
      .where('id', 'in', ids as string[])
      .where(visibleTo(ctx.viewer, 'practitioner'))
      .execute();
    const byId = new Map(rows.map((r) => [r.id, { idNumber: r.id_number, phone: r.phone }]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
