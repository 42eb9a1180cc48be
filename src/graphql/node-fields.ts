import { brandWithType } from '@pothos/core';
import { resolveNodes } from '@pothos/plugin-relay';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { ScopedTable } from '../auth/scope.js';
import { isAnyOf } from '../db/any-of.js';
import type { RequestContext } from '../server/context.js';
import { builder } from './builder.js';
import { decodeNodeId } from './global-id.js';
import { needsKey, nodeRowNeeds, selectNeeded } from './selected-columns.js';

/**
 * Node types read straight from their table, so `node(id)` reads only the columns its selection
 * needs; other node types load through their own loaders.
 */
const NODE_TABLES: Partial<Record<string, ScopedTable>> = {
  Institution: 'institution',
  Practitioner: 'practitioner',
  PracticeRegistration: 'practice_registration',
  License: 'license',
  Disclosure: 'disclosure',
};

type DecodedId = ReturnType<typeof decodeNodeId>;

/** Loads narrowed rows for the ids whose type reads from a table; null where it cannot. */
function loadNarrowed(ctx: RequestContext, info: GraphQLResolveInfo, decoded: DecodedId): Promise<unknown> | null {
  if (!decoded) return null;
  const table = NODE_TABLES[decoded.typename];
  const type = info.schema.getType(decoded.typename);
  if (!table || !type || !isObjectType(type)) return null;
  const needs = nodeRowNeeds(info, type);
  if (!needs.columns) return null;
  return ctx
    .loader<string, unknown>(`node:${decoded.typename}:${needsKey(needs)}`, async (ids) => {
      const rows: { id: string }[] = await selectNeeded(ctx.scoped.from(table), table, needs).where(isAnyOf(`${table}.id`, ids)).execute();
      const byId = new Map(rows.map((row) => [String(row.id), row]));
      return ids.map((id) => {
        const row = byId.get(id);
        if (!row) return null;
        brandWithType(row, decoded.typename as never);
        return row;
      });
    })
    .load(String(decoded.id));
}

/**
 * `node(id)` and `nodes(ids)`, reading ids through the hub's own decoder rather than the relay
 * plugin's: an id that is malformed, out of range or of no node type answers null — as a row
 * that does not exist, or one outside the viewer's scope — without running any SQL, and a bad
 * id among `nodes(ids)` leaves the good ones beside it answered.
 */
const NodeInterface = builder.nodeInterfaceRef();

async function resolveIds(ctx: RequestContext, info: GraphQLResolveInfo, ids: readonly unknown[]) {
  const decoded = ids.map((id) => decodeNodeId(info.schema, String(id)));
  const narrowed = decoded.map((d) => loadNarrowed(ctx, info, d));
  const rest = await resolveNodes(builder, ctx, info, decoded.map((d, i) => (narrowed[i] ? null : d)));
  return Promise.all(decoded.map((_d, i) => narrowed[i] ?? rest[i] ?? null));
}

builder.queryFields((t) => ({
  node: t.field({
    type: NodeInterface,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx, info) => ((await resolveIds(ctx, info, [args.id]))[0] ?? null) as never,
  }),
  nodes: t.field({
    type: [NodeInterface],
    nullable: { list: false, items: true },
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, args, ctx, info) => resolveIds(ctx, info, args.ids) as never,
  }),
}));
