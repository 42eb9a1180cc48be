import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.generated.js';

export type ColumnTypes<Row> = { [K in keyof Row]: 'text' | 'int' | 'bigint' | 'date' | 'jsonb' };

/**
 * Inserts many rows in one statement by passing each column as a single array parameter
 * (`INSERT … SELECT * FROM unnest($1::text[], $2::int[], …)`): a handful of parameters however
 * many rows, which is what makes seeding hundreds of thousands of rows take seconds.
 */
export async function bulkInsert<Row extends Record<string, unknown>, R extends string = never>(
  db: Kysely<DB> | Transaction<DB>,
  table: keyof DB & string,
  types: ColumnTypes<Row>,
  rows: readonly Row[],
  returning: readonly R[] = [],
): Promise<Record<R, string>[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(types) as (keyof Row & string)[];
  const arrays = columns.map((c) => sql`${rows.map((r) => r[c] ?? null)}::${sql.raw(types[c])}[]`);
  const returningClause = returning.length ? sql` RETURNING ${sql.join(returning.map((c) => sql.ref(c)))}` : sql``;
  const result = await sql<Record<R, string>>`
    INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    SELECT * FROM unnest(${sql.join(arrays)})${returningClause}
  `.execute(db);
  return result.rows;
}
