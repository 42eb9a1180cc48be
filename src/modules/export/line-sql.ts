import { sql, type RawBuilder } from 'kysely';

/**
 * How a row becomes a line, in SQL: PostgreSQL builds each line's JSON text itself, so a
 * snapshot moves one text column per row through the driver instead of parsing every column
 * into JavaScript and serialising it again.
 *
 * Every field is an expression over the exported row, aliased `r`. Values keep the graph's
 * conventions: ids of other records are global ids, timestamps are ISO 8601 in UTC with
 * milliseconds (as `DateTime`), exact amounts are strings (as `Decimal`), dates `yyyy-MM-dd`.
 */
export type FieldSql = RawBuilder<unknown>;

const row = (column: string) => sql.ref(`r.${column}`);

/** The global id the graph gives `type` with database id `expression` (Relay: base64 of `Type:id`). */
export const globalIdSql = (type: string, expression: RawBuilder<unknown> | ReturnType<typeof sql.ref>) =>
  sql<string>`encode(convert_to(${sql.lit(`${type}:`)} || ${expression}, 'UTF8'), 'base64')`;

export const column = (name: string): FieldSql => row(name) as unknown as FieldSql;

export const timestamp = (name: string): FieldSql =>
  sql`to_char(${row(name)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const decimal = (name: string): FieldSql => sql`${row(name)}::text`;

export const number = (name: string): FieldSql => sql`${row(name)}::float8`;

/** A reference to another record, as its global id (null stays null). */
export const reference = (type: string, name: string): FieldSql =>
  sql`CASE WHEN ${row(name)} IS NOT NULL THEN ${globalIdSql(type, row(name))} END`;

/** The subject of a supervision record: an institution or a practitioner, as a global id. */
export const subject = (institutionColumn = 'subject_institution_id', practitionerColumn = 'subject_practitioner_id'): FieldSql =>
  sql`CASE WHEN ${row(institutionColumn)} IS NOT NULL THEN ${globalIdSql('Institution', row(institutionColumn))}
    WHEN ${row(practitionerColumn)} IS NOT NULL THEN ${globalIdSql('Practitioner', row(practitionerColumn))} END`;

/**
 * `{"type":…,"id":…,"record":{…}}` as compact JSON text: one line of a snapshot, and the body of an
 * upsert. The text is concatenated in one expression — each value written by to_json, as row_to_json
 * would write it, null as null — rather than built by row_to_json over subselects: those run as a
 * subplan per row, which cost a province's snapshot more than reading its rows.
 */
export function lineSql(type: string, fields: Record<string, FieldSql>): RawBuilder<string> {
  const members = Object.entries(fields).map(([name, value], index) => {
    const key = `${index === 0 ? '' : ','}${JSON.stringify(name)}:`;
    return sql`${sql.lit(key)} || coalesce(to_json(${value})::text, 'null')`;
  });
  const head = `{"type":${JSON.stringify(type)},"id":"`;
  return sql<string>`(${sql.lit(head)} || ${globalIdSql(type, row('id'))} || '","record":{' || ${sql.join(members, sql` || `)} || '}}')`;
}
