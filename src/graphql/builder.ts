import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { RequestContext } from '../server/context.js';

export interface BuilderTypes {
  Context: RequestContext;
  Scalars: {
    ID: { Input: string; Output: string | number | bigint };
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

/** The one schema builder; each module adds its types to it and `schema.ts` assembles them. */
export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  // Fields are non-null unless they say otherwise: a client can rely on what the schema promises.
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  errors: { defaultTypes: [] },
});

builder.queryType({ description: '监管数据的查询入口' });
builder.mutationType({ description: '监管部门的登记与变更操作' });
