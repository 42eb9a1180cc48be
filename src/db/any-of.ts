import { sql, type RawBuilder } from 'kysely';

/**
 * `column = ANY($1::bigint[])`: one parameter however many ids, so a loader's statement has the
 * same text for 3 ids as for 300 — PostgreSQL plans it alike, and no parameter list grows with
 * the batch.
 */
export function isAnyOf(column: string, ids: readonly (string | number)[]): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} = ANY(${ids.map(String)}::bigint[])`;
}
