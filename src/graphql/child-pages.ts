import { sql } from 'kysely';
import type { ScopedDb, ScopedTable } from '../auth/scope.js';
import { isAnyOf } from '../db/any-of.js';
import { Edge, pageInfoOf, readPageWindow, type Connection, type ConnectionArgs } from './pagination.js';
import { withColumns, type RowNeeds } from './selected-columns.js';

/** Where a joined reference's columns travel in a child row: `practitioner→name`. */
const JOINED = '→';

/**
 * Pages of children for many parents in one statement: a nested connection under a list of 50
 * parents costs one query, not 50. Children are ordered by id, so a cursor is the child's id.
 * Only the columns the selection needs are read, and to-one references the selection follows
 * (a registration's practitioner) come joined in the same statement.
 */
export async function loadChildPages<Row extends { id: string }>(
  scoped: ScopedDb,
  spec: {
    table: ScopedTable;
    parentColumn: string;
    parentIds: readonly string[];
    args: ConnectionArgs;
    needs: RowNeeds;
    countFor: (parentId: string) => Promise<number>;
  },
): Promise<Connection<Row>[]> {
  const window = readPageWindow(spec.args, ['id']);
  const direction = window.forward ? 'asc' : 'desc';
  const { table, parentColumn } = spec;
  const columns = withColumns(spec.needs, parentColumn).columns;
  const joins = spec.needs.joins.filter((join) => join.needs.columns && scoped.referenceVisibleWithRow(table, join.column) && (!columns || columns.includes(join.column)));
  // One index range scan per parent (LATERAL … LIMIT), instead of ranking every child of
  // every parent: a hospital with a thousand registrations costs what a clinic with three does.
  let query = scoped.db
    .selectFrom(sql<{ parent_id: string }>`unnest(${spec.parentIds as string[]}::bigint[])`.as('parent_id'))
    .innerJoinLateral(
      () => {
        let page = scoped.childrenOf(table, parentColumn).where(sql<boolean>`${sql.ref(`${table}.${parentColumn}`)} = parent_id`);
        const selected = columns ? page.select(columns.map((c) => `${table}.${c}`) as any) : page.selectAll();
        let limited = selected as typeof page;
        if (window.cursor) limited = limited.where(`${table}.id` as any, window.forward ? '>' : '<', window.cursor[0] as string);
        return limited.orderBy(`${table}.id` as any, direction).limit(window.limit + 1).as('child');
      },
      (join) => join.onTrue(),
    )
    .selectAll('child') as any;
  for (const join of joins) {
    const alias = `joined_${join.field}`;
    query = query
      .leftJoin(`${join.table} as ${alias}`, `${alias}.id`, `child.${join.column}`)
      .select(join.needs.columns!.map((c) => sql.ref(`${alias}.${c}`).as(`${join.field}${JOINED}${c}`)));
  }
  const rows = (await query.orderBy(sql.ref('child.id'), direction).execute()) as (Row & Record<string, unknown>)[];

  const byParent = new Map<string, Row[]>();
  for (const row of rows) {
    for (const join of joins) attachJoined(row, join.field, join.needs.columns!);
    const key = String(row[parentColumn]);
    const list = byParent.get(key) ?? [];
    list.push(row);
    byParent.set(key, list);
  }
  return spec.parentIds.map((parentId) => {
    const all = byParent.get(parentId) ?? [];
    const hasMore = all.length > window.limit;
    const page = all.slice(0, window.limit);
    if (!window.forward) page.reverse();
    const edges = page.map((node) => new Edge(node, [node.id]));
    return { edges, pageInfo: pageInfoOf(edges, window, hasMore), totalCount: () => spec.countFor(parentId) };
  });
}

/**
 * Where a child row keeps the rows joined to it, by field. A symbol, so it never meets a column
 * name or a client; a property rather than a WeakMap entry, which cost every row a hash insert and
 * the garbage collector an ephemeron.
 */
const JOINED_ROWS = Symbol('joined rows');

function attachJoined(row: Record<string | symbol, unknown>, field: string, columns: readonly string[]) {
  const joined: Record<string, unknown> = {};
  for (const column of columns) joined[column] = row[`${field}${JOINED}${column}`];
  const all = (row[JOINED_ROWS] ??= {}) as Record<string, unknown>;
  all[field] = joined['id'] != null ? joined : null;
}

/** The row a list read joined for `field` of `row`, or undefined when it was not joined. */
export function joinedRow<T>(row: object, field: string): T | undefined {
  const all = (row as Record<symbol, Record<string, unknown> | undefined>)[JOINED_ROWS];
  return all && field in all ? (all[field] as T) : undefined;
}

/** Number of children per parent, for a nested connection's totalCount, in one statement. */
export async function countChildren(scoped: ScopedDb, table: ScopedTable, parentColumn: string, parentIds: readonly string[]) {
  const rows = (await scoped
    .childrenOf(table, parentColumn)
    .select([sql.ref(`${table}.${parentColumn}`).as('parent'), sql<string>`count(*)`.as('n')])
    .where(isAnyOf(`${table}.${parentColumn}`, parentIds))
    .groupBy(sql.ref(`${table}.${parentColumn}`))
    .execute()) as { parent: string; n: string }[];
  const counts = new Map(rows.map((r) => [String(r.parent), Number(r.n)]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
