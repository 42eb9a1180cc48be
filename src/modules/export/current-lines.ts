import { sql, type Kysely } from 'kysely';
import type { AuditContext } from '../../auth/audit.js';
import { visibleTo } from '../../auth/scope.js';
import type { DB } from '../../db/schema.generated.js';
import { mayReadPersonalInformation, readPersonalInformation, type PersonalInformation } from '../practitioners/personal-information.js';
import { lineOf, type ExportType } from './export-types.js';

/**
 * The lines of the given rows as they are now, read through the scope: a row the viewer may not
 * see (or that no longer exists) has no line. Keyed `Type:id`.
 */
export async function currentLines(
  db: Kysely<DB>,
  audit: AuditContext,
  types: readonly ExportType[],
  entries: readonly { entity_type: string; entity_id: string }[],
): Promise<Map<string, string>> {
  const lines = new Map<string, string>();
  for (const exportType of types) {
    const ids = entries.filter((e) => e.entity_type === exportType.type).map((e) => e.entity_id);
    if (ids.length === 0) continue;
    const { rows } = await sql<{ id: string; line: string }>`
      SELECT r.id::text AS id, ${lineOf(exportType)} AS line FROM ${sql.table(exportType.table)} AS r
      WHERE r.id = ANY(${ids}::bigint[]) AND ${visibleTo(audit.viewer, exportType.table, 'r')}`.execute(db);
    const personal = await personalInformationFor(db, audit, exportType, rows.map((r) => r.id));
    for (const row of rows) lines.set(`${exportType.type}:${row.id}`, personal ? withPersonalInformation(row.line, personal.get(row.id)) : row.line);
  }
  return lines;
}

/** ID numbers and phones for a batch of lines, when the type carries them and the viewer may read them (audited). */
export async function personalInformationFor(db: Kysely<DB>, audit: AuditContext, exportType: ExportType, ids: readonly string[]) {
  if (!exportType.personalInformation || !mayReadPersonalInformation(audit.viewer)) return null;
  return readPersonalInformation(db, audit, ids);
}

export function withPersonalInformation(line: string, information: PersonalInformation | undefined): string {
  const parsed = JSON.parse(line) as { record: Record<string, unknown> };
  parsed.record.idNumber = information?.idNumber ?? null;
  parsed.record.phone = information?.phone ?? null;
  return JSON.stringify(parsed);
}
