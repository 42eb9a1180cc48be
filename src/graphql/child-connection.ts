import type { ScopedTable } from '../auth/scope.js';
import type { RequestContext } from '../server/context.js';
import { builder } from './builder.js';
import { countChildren, loadChildPages } from './child-pages.js';
import { countedConnection } from './connection-options.js';

/**
 * A nested connection (e.g. Institution.registrations) loaded for all parents of a list at once:
 * one statement for the pages, one more only if `totalCount` is selected.
 */
export function childConnectionType(name: string, nodeType: any) {
  return builder.connectionObject({ type: nodeType, ...countedConnection(name) } as any);
}

export function childConnectionField(
  t: any,
  spec: { connection: unknown; table: ScopedTable; parentColumn: string; description: string },
) {
  const countLoaderName = `count:${spec.table}.${spec.parentColumn}`;
  return t.loadable({
    type: spec.connection,
    description: spec.description,
    byPath: true,
    args: { ...t.arg.connectionArgs() },
    load: (parentIds: string[], ctx: RequestContext, args: Record<string, unknown>) =>
      loadChildPages(ctx.scoped, {
        table: spec.table,
        parentColumn: spec.parentColumn,
        parentIds,
        args,
        countFor: (parentId) =>
          ctx.loader<string, number>(countLoaderName, (ids) => countChildren(ctx.scoped, spec.table, spec.parentColumn, ids)).load(parentId),
      }),
    resolve: (parent: { id: string }) => parent.id,
  });
}
