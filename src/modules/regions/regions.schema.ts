import { GraphQLError } from 'graphql';
import { REGION_LEVELS } from '../../domain/catalog.js';
import type { RegionRow } from '../../db/rows.js';
import { builder } from '../../graphql/builder.js';
import { enumFromCatalog } from '../../graphql/enums.js';
import { RegionNode } from '../../graphql/nodes.js';
import { findChildRegions, findRootRegions } from './regions.queries.js';

const RegionLevel = enumFromCatalog('RegionLevel', REGION_LEVELS, '行政区划级别');

RegionNode.implement({
  description: '行政区划 (GB/T 2260): a node of the jurisdiction tree. Filtering by a region includes its sub-regions.',
  fields: (t) => ({
    code: t.exposeString('code', { description: '六位行政区划代码' }),
    name: t.exposeString('name'),
    level: t.field({ type: RegionLevel, resolve: (r) => r.level as keyof typeof REGION_LEVELS }),
    parent: t.field({
      type: RegionNode,
      nullable: true,
      resolve: (r) => r.parent_code,
    }),
    children: t.loadableList({
      type: RegionNode,
      description: 'Regions directly below this one.',
      load: async (codes: string[], ctx) => {
        const rows = await findChildRegions(ctx.db, codes);
        return codes.map((code) => rows.filter((r) => r.parent_code === code));
      },
      resolve: (r) => r.code,
    }),
    validFrom: t.field({ type: 'Date', resolve: (r) => r.valid_from }),
    validUntil: t.field({ type: 'Date', nullable: true, resolve: (r) => r.valid_until }),
  }),
});

const REGION_CODE = /^\d{6}$/;

builder.queryFields((t) => ({
  region: t.field({
    type: RegionNode,
    nullable: true,
    description: 'A region by its six-digit code.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (_root, { code }) => {
      if (!REGION_CODE.test(code)) {
        throw new GraphQLError('code must be six digits', { extensions: { code: 'BAD_USER_INPUT', field: 'code' } });
      }
      return code;
    },
  }),
  provinces: t.field({
    type: [RegionNode],
    description: 'Top-level regions (省级).',
    resolve: async (_root, _args, ctx): Promise<RegionRow[]> => findRootRegions(ctx.db),
  }),
}));
