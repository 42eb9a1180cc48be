import { sql } from 'kysely';
import type { ScopedDb, ScopedTable } from '../auth/scope.js';
import { encodeCursor, readPageWindow, type Connection, type ConnectionArgs } from './pagination.js';

/**
 * Pages of children for many parents in one statement: a nested connection under a list of 50
 * parents costs one query, not 50. Children are ordered by id, so a cursor is the child's id.
 */
export async function loadChildPages<Row extends { id: string }>(
  scoped: ScopedDb,
  spec: {
    table: ScopedTable;
    parentColumn: string;
    parentIds: readonly string[];
    args: ConnectionArgs;
    countFor: (parentId: string) => Promise<number>;
  },
): Promise<Connection<Row>[]> {
  const window = readPageWindow(spec.args, 1);
  const direction = window.forward ? 'asc' : 'desc';
  const parent = sql.ref(spec.parentColumn);
  let inner = scoped
    .from(spec.table)
    .selectAll()
    .select(sql<string>`row_number() OVER (PARTITION BY ${parent} ORDER BY id ${sql.raw(direction)})`.as('__rank'))
    .where(parent, 'in', spec.parentIds as string[]);
  if (window.cursor) inner = inner.where('id', window.forward ? '>' : '<', window.cursor[0] as string);
  const rows = (await scoped.db
    .selectFrom(inner.as('ranked'))
    .selectAll()
    .where('__rank', '<=', String(window.limit + 1))
    .orderBy('__rank')
    .execute()) as unknown as (Row & { __rank: string } & Record<string, string>)[];

  const byParent = new Map<string, Row[]>();
  for (const { __rank, ...row } of rows) {
    const key = String(row[spec.parentColumn]);
    const list = byParent.get(key) ?? [];
    list.push(row as unknown as Row);
    byParent.set(key, list);
  }
  return spec.parentIds.map((parentId) => {
    const all = byParent.get(parentId) ?? [];
    const hasMore = all.length > window.limit;
    const page = all.slice(0, window.limit);
    if (!window.forward) page.reverse();
    const edges = page.map((node) => ({ cursor: encodeCursor([node.id]), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: window.forward ? hasMore : window.cursor !== null,
        hasPreviousPage: window.forward ? window.cursor !== null : hasMore,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: () => spec.countFor(parentId),
    };
  });
}

/** Number of children per parent, for a nested connection's totalCount, in one statement. */
export async function countChildren(scoped: ScopedDb, table: ScopedTable, parentColumn: string, parentIds: readonly string[]) {
  const rows = (await scoped
    .from(table)
    .select([sql.ref(parentColumn).as('parent'), sql<string>`count(*)`.as('n')])
    .where(sql.ref(parentColumn), 'in', parentIds as string[])
    .groupBy(sql.ref(parentColumn))
    .execute()) as { parent: string; n: string }[];
  const counts = new Map(rows.map((r) => [String(r.parent), Number(r.n)]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
