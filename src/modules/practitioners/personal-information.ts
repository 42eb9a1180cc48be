import { sql, type Kysely } from 'kysely';
import { auditRow, type AuditContext } from '../../auth/audit.js';
import { visibleTo } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import type { DB } from '../../db/schema.generated.js';
import type { RequestContext } from '../../server/context.js';

export interface PersonalInformation {
  idNumber: string;
  phone: string | null;
}

/** Whether the access table lets this viewer read ID numbers and phones at all (inside its scope). */
export const mayReadPersonalInformation = (viewer: Viewer) => viewer.kind === 'REGULATOR';

/**
 * Reads ID numbers and phones of those of `ids` the viewer may see, and writes the audit record
 * of exactly those in the same statement: the information cannot be returned without its audit
 * row existing. Used by the graph (in batches per request) and by exports.
 */
export async function readPersonalInformation(db: Kysely<DB>, context: AuditContext, ids: readonly string[]): Promise<Map<string, PersonalInformation>> {
  if (ids.length === 0) return new Map();
  const audit = auditRow(context, { operation: 'READ_PERSONAL_INFORMATION', entityType: 'Practitioner' });
  const { rows } = await sql<{ id: string; id_number: string; phone: string | null }>`
    WITH read AS (
      SELECT practitioner.id::text AS id, practitioner.id_number, practitioner.phone FROM practitioner
      WHERE practitioner.id = ANY(${ids}::bigint[]) AND ${visibleTo(context.viewer, 'practitioner')}
    ), audit AS (
      INSERT INTO audit_log (actor, role, api_key_id, jurisdictions, operation, graphql_operation, entity_type, entity_ids, request_id)
      SELECT ${audit.actor}, ${audit.role}, ${audit.api_key_id}::bigint, ${audit.jurisdictions}::text[], ${audit.operation}, ${audit.graphql_operation},
        ${audit.entity_type}, array_agg(read.id ORDER BY read.id::bigint), ${audit.request_id}
      FROM read HAVING count(*) > 0
    )
    SELECT * FROM read`.execute(db);
  return new Map(rows.map((r) => [r.id, { idNumber: r.id_number, phone: r.phone }]));
}

/** The graph's loader: one audited read per request batch. */
export function personalInformationLoader(ctx: RequestContext) {
  return ctx.loader<string, PersonalInformation | null>('personalInformation', async (ids) => {
    const byId = await readPersonalInformation(ctx.db, ctx, ids);
    return ids.map((id) => byId.get(id) ?? null);
  });
}
