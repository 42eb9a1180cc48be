import type { SelectQueryBuilder } from 'kysely';

/** How many rows a (filtered) query matches. */
export async function countRows(query: SelectQueryBuilder<any, any, any>): Promise<number> {
  const row = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number((row as { n: string }).n);
}
