import { resolveNodes } from '@pothos/plugin-relay';
import { builder } from './builder.js';
import { decodeNodeId } from './global-id.js';

/**
 * `node(id)` and `nodes(ids)`, reading ids through the hub's own decoder rather than the relay
 * plugin's: an id that is malformed, out of range or of no node type answers null — as a row
 * that does not exist, or one outside the viewer's scope — without running any SQL, and a bad
 * id among `nodes(ids)` leaves the good ones beside it answered.
 */
const NodeInterface = builder.nodeInterfaceRef();

builder.queryFields((t) => ({
  node: t.field({
    type: NodeInterface,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx, info) => {
      const [node] = await resolveNodes(builder, ctx, info, [decodeNodeId(info.schema, String(args.id))]);
      return (node ?? null) as never;
    },
  }),
  nodes: t.field({
    type: [NodeInterface],
    nullable: { list: false, items: true },
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, args, ctx, info) =>
      resolveNodes(
        builder,
        ctx,
        info,
        args.ids.map((id) => decodeNodeId(info.schema, String(id))),
      ) as never,
  }),
}));
