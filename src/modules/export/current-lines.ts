import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AuditContext } from '../../auth/audit.js';
import { scopedDb, visibleTo } from '../../auth/scope.js';
import type { DB } from '../../db/schema.generated.js';
import { todayInChina } from '../../domain/today.js';
import { mayReadPersonalInformation, readPersonalInformation, type PersonalInformation } from '../practitioners/personal-information.js';
import { lineOf, type ExportType } from './export-types.js';

/** A row read for a line: its id, and its line when SQL builds it (computed types build theirs from the id). */
export interface LineRow {
  id: string;
  line?: string;
}

/** `SELECT id[, line] FROM <table> AS r WHERE <visible> [AND <has a line>]`: the rows of a type a scope condition admits. */
export function lineRowsSql(exportType: ExportType, visible: RawBuilder<boolean>) {
  if ('computed' in exportType) {
    return sql`SELECT r.id::text AS id FROM ${sql.table(exportType.table)} AS r WHERE ${visible} AND ${exportType.computed.rows}`;
  }
  return sql`SELECT r.id::text AS id, ${lineOf(exportType)} AS line FROM ${sql.table(exportType.table)} AS r WHERE ${visible}`;
}

/**
 * The lines of rows read by `lineRowsSql`, one for each row in its order (null: the row has none):
 * computed ones as of `asOf`, and ID numbers and phones added where the type carries them and the
 * viewer may read them (audited).
 */
export async function linesOfRows(db: Kysely<DB>, audit: AuditContext, exportType: ExportType, rows: readonly LineRow[], asOf: string): Promise<(string | null)[]> {
  if ('computed' in exportType) {
    const lines = await exportType.computed.lines(scopedDb(db, audit.viewer), rows.map((r) => r.id), asOf);
    return rows.map((r) => lines.get(r.id) ?? null);
  }
  const personal = await personalInformationFor(db, audit, exportType, rows.map((r) => r.id));
  return personal ? rows.map((r) => withPersonalInformation(r.line!, personal.get(r.id))) : rows.map((r) => r.line!);
}

/**
 * The lines of the given rows as they are now, read through the scope: a row the viewer may not
 * see (or that no longer exists, or no longer has a line) has none. Keyed `Type:id`.
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
    const visible = sql<boolean>`r.id = ANY(${ids}::bigint[]) AND ${visibleTo(audit.viewer, exportType.table, 'r')}`;
    const { rows } = await sql<LineRow>`${lineRowsSql(exportType, visible)}`.execute(db);
    const read = await linesOfRows(db, audit, exportType, rows, todayInChina());
    rows.forEach((row, i) => read[i] !== null && lines.set(`${exportType.type}:${row.id}`, read[i]!));
  }
  return lines;
}

/** ID numbers and phones for a batch of lines, when the type carries them and the viewer may read them (audited). */
export async function personalInformationFor(db: Kysely<DB>, audit: AuditContext, exportType: ExportType, ids: readonly string[]) {
  if (!exportType.personalInformation || !mayReadPersonalInformation(audit.viewer)) return null;
  return readPersonalInformation(db, audit, ids);
}

/**
 * The line with `idNumber` and `phone` added as the record's last members. A line built by
 * `lineSql` ends with its record and closes with `}}`, so they are spliced in before that rather
 * than by parsing and writing the whole line again, which cost a regulator's snapshot of
 * practitioners most of its time in Node.
 */
export function withPersonalInformation(line: string, information: PersonalInformation | undefined): string {
  if (!line.endsWith('}}')) throw new Error(`A line must end with its record: ${line.slice(0, 80)}`);
  return `${line.slice(0, -2)},"idNumber":${JSON.stringify(information?.idNumber ?? null)},"phone":${JSON.stringify(information?.phone ?? null)}}}`;
}
