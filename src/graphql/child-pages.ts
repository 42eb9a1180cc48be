import { sql } from 'kysely';
import type { ScopedDb, ScopedTable } from '../auth/scope.js';
import { encodeCursor, pageInfoOf, readPageWindow, type Connection, type ConnectionArgs } from './pagination.js';

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
  const window = readPageWindow(spec.args, ['id']);
  const direction = window.forward ? 'asc' : 'desc';
  // One index range scan per parent (LATERAL … LIMIT), instead of ranking every child of
  // every parent: a hospital with a thousand registrations costs what a clinic with three does.
  const rows = (await scoped.db
    .selectFrom(sql<{ parent_id: string }>`unnest(${spec.parentIds as string[]}::bigint[])`.as('parent_id'))
    .innerJoinLateral(
      () => {
        let page = scoped
          .from(spec.table)
          .selectAll()
          .where(sql<boolean>`${sql.ref(`${spec.table}.${spec.parentColumn}`)} = parent_id`);
        if (window.cursor) page = page.where(`${spec.table}.id` as any, window.forward ? '>' : '<', window.cursor[0] as string);
        return page.orderBy(`${spec.table}.id` as any, direction).limit(window.limit + 1).as('child');
      },
      (join) => join.onTrue(),
    )
    .selectAll('child')
    .orderBy(sql.ref('child.id'), direction)
    .execute()) as unknown as (Row & Record<string, string>)[];

  const byParent = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row[spec.parentColumn]);
    const list = byParent.get(key) ?? [];
    list.push(row);
    byParent.set(key, list);
  }
  return spec.parentIds.map((parentId) => {
    const all = byParent.get(parentId) ?? [];
    const hasMore = all.length > window.limit;
    const page = all.slice(0, window.limit);
    if (!window.forward) page.reverse();
    const edges = page.map((node) => ({ cursor: encodeCursor([node.id]), node }));
    return { edges, pageInfo: pageInfoOf(edges, window, hasMore), totalCount: () => spec.countFor(parentId) };
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
