import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../server/context.js';

export interface BuilderTypes {
  Context: RequestContext;
  AuthScopes: { regulator: boolean; administrator: boolean; institution: boolean; sentinelPoint: boolean };
  Scalars: {
    ID: { Input: string; Output: string | number | bigint };
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    Decimal: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

/** The one schema builder; each module adds its types to it and `schema.ts` assembles them. */
export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  // Fields are non-null unless they say otherwise: a client can rely on what the schema promises.
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // node(id) and nodes(ids) are defined in node-fields.ts, which reads ids with the hub's decoder.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  errors: { defaultTypes: [] },
  // Field-level permissions (who may write, who may read personal information). Row-level
  // visibility is not decided here but in SQL, by auth/scope.ts.
  scopeAuth: {
    authScopes: (ctx) => ({
      regulator: ctx.viewer.kind === 'REGULATOR',
      administrator: ctx.viewer.kind === 'ADMINISTRATOR',
      institution: ctx.viewer.kind === 'INSTITUTION',
      sentinelPoint: ctx.viewer.kind === 'SENTINEL_POINT',
    }),
    unauthorizedError: () => new GraphQLError('Not permitted for this viewer', { extensions: { code: 'FORBIDDEN' } }),
  },
});

builder.queryType({ description: '监管数据的查询入口' });
builder.mutationType({ description: '监管部门的登记与变更操作' });
