import type { GraphQLResolveInfo } from 'graphql';
import type { ScopedTable } from '../auth/scope.js';
import type { RequestContext } from '../server/context.js';
import { builder } from './builder.js';
import { countChildren, loadChildPages } from './child-pages.js';
import { countedConnection } from './connection-options.js';
import { connectionNodeNeeds, needsKey } from './selected-columns.js';

/**
 * A nested connection (e.g. Institution.registrations) loaded for all parents of a list at once:
 * one statement for the pages, one more only if `totalCount` is selected.
 */
export function childConnectionType(name: string, nodeType: any) {
  return builder.connectionObject({ type: nodeType, ...countedConnection(name) } as any);
}

/** The field's place in the query without list indices: every parent of a list shares one loader. */
export function pathKey(info: GraphQLResolveInfo): string {
  const keys: string[] = [];
  for (let path: GraphQLResolveInfo['path'] | undefined = info.path; path; path = path.prev) if (typeof path.key === 'string') keys.push(path.key);
  return keys.reverse().join('.');
}

export function childConnectionField(
  t: any,
  spec: { connection: unknown; table: ScopedTable; parentColumn: string; description: string },
) {
  const countLoaderName = `count:${spec.table}.${spec.parentColumn}`;
  return t.field({
    type: spec.connection,
    description: spec.description,
    args: { ...t.arg.connectionArgs() },
    extensions: { columns: [] },
    resolve: (parent: { id: string }, args: Record<string, unknown>, ctx: RequestContext, info: GraphQLResolveInfo) => {
      const needs = connectionNodeNeeds(info);
      const name = `children:${spec.table}.${spec.parentColumn}:${pathKey(info)}:${needsKey(needs)}:${JSON.stringify(args)}`;
      return ctx
        .loader<string, unknown>(name, (parentIds) =>
          loadChildPages(ctx.scoped, {
            table: spec.table,
            parentColumn: spec.parentColumn,
            parentIds,
            args,
            needs,
            countFor: (parentId) =>
              ctx.loader<string, number>(countLoaderName, (ids) => countChildren(ctx.scoped, spec.table, spec.parentColumn, ids)).load(parentId),
          }),
        )
        .load(parent.id);
    },
  });
}
