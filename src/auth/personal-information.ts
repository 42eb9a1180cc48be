import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.generated.js';
import type { RequestContext } from '../server/context.js';
import { auditRow, type AuditContext } from './audit.js';
import { visibleTo, type ScopedTable } from './scope.js';
import type { Viewer } from './viewer.js';

/** Whether the access table lets this viewer read ID numbers and phones at all (inside its scope). */
export const mayReadPersonalInformation = (viewer: Viewer) => viewer.kind === 'REGULATOR';

/** Where a kind of record keeps its personal information. */
export interface PersonalInformationSource<Column extends string> {
  table: ScopedTable;
  entityType: string;
  columns: readonly Column[];
}

/**
 * Reads the personal information of those of `ids` the viewer may see, and writes the audit
 * record of exactly those in the same statement: the information cannot be returned without its
 * audit row existing. Used by the graph (in batches per request) and by exports.
 */
export async function readPersonalInformation<Column extends string>(
  db: Kysely<DB>,
  context: AuditContext,
  source: PersonalInformationSource<Column>,
  ids: readonly string[],
): Promise<Map<string, Record<Column, string | null>>> {
  if (ids.length === 0) return new Map();
  const audit = auditRow(context, { operation: 'READ_PERSONAL_INFORMATION', entityType: source.entityType });
  const table = sql.table(source.table);
  const columns = sql.join(source.columns.map((c) => sql.ref(`${source.table}.${c}`)));
  const { rows } = await sql<Record<Column, string | null> & { id: string }>`
    WITH read AS (
      SELECT ${table}.id::text AS id, ${columns} FROM ${table}
      WHERE ${table}.id = ANY(${ids}::bigint[]) AND ${visibleTo(context.viewer, source.table)}
    ), audit AS (
      INSERT INTO audit_log (actor, role, api_key_id, jurisdictions, operation, graphql_operation, entity_type, entity_ids, request_id)
      SELECT ${audit.actor}, ${audit.role}, ${audit.api_key_id}::bigint, ${audit.jurisdictions}::text[], ${audit.operation}, ${audit.graphql_operation},
        ${audit.entity_type}, array_agg(read.id ORDER BY read.id::bigint), ${audit.request_id}
      FROM read HAVING count(*) > 0
    )
    SELECT * FROM read`.execute(db);
  return new Map(rows.map(({ id, ...values }) => [id, values as unknown as Record<Column, string | null>]));
}

/**
 * The graph's loader of personal information from `source`: one audited read per request batch.
 * Fields that use it also require the regulator scope: nobody else is given personal information.
 */
export function auditedPersonalInformation<Column extends string>(ctx: RequestContext, source: PersonalInformationSource<Column>) {
  return ctx.loader<string, Record<Column, string | null> | null>(`personalInformation:${source.table}`, async (ids) => {
    const byId = await readPersonalInformation(ctx.db, ctx, source, ids);
    return ids.map((id) => byId.get(id) ?? null);
  });
}
