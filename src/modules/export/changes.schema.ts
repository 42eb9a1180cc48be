import { GraphQLError } from 'graphql';
import { writeAudit } from '../../auth/audit.js';
import { builder } from '../../graphql/builder.js';
import { readPageWindow } from '../../graphql/pagination.js';
import { EXPORT_TYPES, selectExportTypes } from './export-types.js';
import { decodePosition, encodePosition } from './feed-cursor.js';
import { readChanges, type Change } from './feed.js';
import { mayPull } from './routing.js';

export const ExportTypeEnum = builder.enumType('ExportType', {
  description: '可供省级平台拉取的数据类型 (the graph’s type names; NDJSON exports take them in `types=`)',
  values: Object.fromEntries(EXPORT_TYPES.map((t) => [t.type, { description: t.description }])),
});

const ChangeOperation = builder.enumType('ChangeOperation', {
  values: {
    UPSERT: { description: '新增或变更: `record` is the record as it is now, as a snapshot line gives it' },
    DELETE: { description: '删除或移出可见范围 (墓碑): remove the record from your copy' },
  } as const,
});

const ChangeRef = builder.objectRef<Change>('Change').implement({
  description: '变更: one change in the feed, in the feed’s total order.',
  fields: (t) => ({
    op: t.field({ type: ChangeOperation, resolve: (c) => c.op }),
    type: t.string({ description: 'The record’s type (an ExportType).', resolve: (c) => c.type }),
    id: t.exposeID('id', { description: 'The record’s global id.' }),
    record: t.field({ type: 'JSON', nullable: true, description: 'The record’s fields, for an upsert (as in a snapshot line’s `record`).', resolve: (c) => (c.line ? JSON.parse(c.line).record : null) }),
  }),
});

const badInput = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

builder.queryFields((t) => ({
  changes: t.connection(
    {
      type: ChangeRef,
      description:
        '变更订阅: changes to what you may see, after `after` — the cursor of a snapshot’s last line (GET /export/snapshot) or of a change you applied. ' +
        'Upserts carry the record as it is now; rows deleted or moved out of your scope come as DELETE. Nothing is skipped or repeated when you resume ' +
        'from your last cursor. Follow `resumeCursor`. For provincial systems, regulators and administrators.',
      args: { types: t.arg({ type: [ExportTypeEnum], description: 'Only these types (keep the same list while following).' }) },
      resolve: async (_root, args, ctx) => {
        if (!mayPull(ctx.viewer)) throw new GraphQLError('The change feed is for provincial systems, regulators and administrators', { extensions: { code: 'FORBIDDEN' } });
        const window = readPageWindow({ first: args.first, last: args.last, before: args.before }, []);
        if (!window.forward) throw badInput('last', 'The change feed is read forward: use first and after');
        if (!args.after) throw badInput('after', 'after is required: start from a snapshot’s cursor');
        const types = selectExportTypes(args.types as string[] | null);
        const position = decodePosition(args.after);
        await writeAudit(ctx.db, ctx, { operation: 'EXPORT', entityType: 'Changes', entityIds: types.map((t) => t.type) });
        const page = await readChanges(ctx.db, ctx, { position, limit: window.limit, types });
        await ctx.pullLimits?.charge(ctx.viewer, page.changes.length);
        const edges = page.changes.map((change) => ({ cursor: change.cursor, node: change }));
        return {
          edges,
          pageInfo: { hasNextPage: page.hasMore, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
          resumeCursor: encodePosition(page.next),
        };
      },
    },
    {
      name: 'ChangeConnection',
      fields: (c: any) => ({
        resumeCursor: c.string({
          description: 'Where to continue: after the last change here, or once you have caught up, the feed’s present position (ask again later from it).',
          resolve: (connection: { resumeCursor: string }) => connection.resumeCursor,
        }),
      }),
    },
  ),
}));
