import { GRADES, INSTITUTION_CATEGORIES, INSTITUTION_STATUSES, OWNERSHIPS, PROFIT_STATUSES } from '../../domain/catalog.js';
import type { InstitutionRow } from '../../db/rows.js';
import { builder } from '../../graphql/builder.js';
import { IdentifierOverride, identifierOverrideOf, OVERRIDE_COLUMNS } from '../../graphql/checksum-override.js';
import { connectionNodeNeeds, reads, selectNeeded } from '../../graphql/selected-columns.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { enumFromCatalog } from '../../graphql/enums.js';
import { keysetOrder, ListOrder } from '../../graphql/list-args.js';
import { InstitutionNode, RegionNode } from '../../graphql/nodes.js';
import { keysetConnection } from '../../graphql/pagination.js';
import { countInstitutions, filteredInstitutions, findInstitutionsByUscc } from './institutions.queries.js';

export const InstitutionCategory = enumFromCatalog('InstitutionCategory', INSTITUTION_CATEGORIES, '医疗机构类别');
export const Ownership = enumFromCatalog('Ownership', OWNERSHIPS, '举办主体: 公立 or 社会办');
export const ProfitStatus = enumFromCatalog('ProfitStatus', PROFIT_STATUSES, '经营性质: 营利性 or 非营利性');
export const InstitutionGrade = enumFromCatalog('InstitutionGrade', GRADES, '医院等级');
export const InstitutionStatus = enumFromCatalog('InstitutionStatus', INSTITUTION_STATUSES, '医疗机构执业状态');

type Category = keyof typeof INSTITUTION_CATEGORIES;

InstitutionNode.implement({
  description: '医疗机构: a hospital, clinic, 卫生院, 门诊部 or other licensed medical institution.',
  fields: (t) => ({
    name: t.exposeString('name', { description: '机构名称' }),
    uscc: t.exposeString('uscc', { description: '统一社会信用代码 (GB 32100-2015)' }),
    organisationCode: t.string({ ...reads('uscc'), description: '组织机构代码 (GB 11714), characters 9–17 of the USCC', resolve: (i) => i.uscc.slice(8, 17) }),
    identifierOverride: t.field({ ...reads(...OVERRIDE_COLUMNS), type: IdentifierOverride, nullable: true, description: 'Set when the USCC fails its check and a regulator accepted it as really issued; null when it passed.', resolve: identifierOverrideOf }),
    region: t.field({ ...reads('region_code'), type: RegionNode, description: '所在行政区划', resolve: (i) => i.region_code }),
    category: t.field({ ...reads('category'), type: InstitutionCategory, resolve: (i) => i.category as Category }),
    categoryCode: t.string({ ...reads('category'), description: '类别代码 as written in the license registration number', resolve: (i) => INSTITUTION_CATEGORIES[i.category as Category].code }),
    ownership: t.field({ ...reads('ownership'), type: Ownership, resolve: (i) => i.ownership as keyof typeof OWNERSHIPS }),
    profitStatus: t.field({ ...reads('profit_status'), type: ProfitStatus, resolve: (i) => i.profit_status as keyof typeof PROFIT_STATUSES }),
    grade: t.field({ ...reads('grade'), type: InstitutionGrade, resolve: (i) => i.grade as keyof typeof GRADES }),
    status: t.field({ ...reads('status'), type: InstitutionStatus, resolve: (i) => i.status as keyof typeof INSTITUTION_STATUSES }),
    legalRepresentative: t.exposeString('legal_representative', { nullable: true, description: '法定代表人 / 主要负责人' }),
    address: t.exposeString('address', { nullable: true }),
    bedCount: t.exposeInt('bed_count', { nullable: true, description: '核定床位' }),
    version: t.exposeInt('version', { description: 'Send it back with an update; a stale version is refused.' }),
    createdAt: t.field({ ...reads('created_at'), type: 'DateTime', resolve: (i) => i.created_at }),
    updatedAt: t.field({ ...reads('updated_at'), type: 'DateTime', resolve: (i) => i.updated_at }),
  }),
});

export const InstitutionFilterInput = builder.inputType('InstitutionFilter', {
  description: 'All given conditions must hold.',
  fields: (t) => ({
    regionCode: t.string({ description: 'A region code; its sub-regions are included.' }),
    categories: t.field({ type: [InstitutionCategory] }),
    ownerships: t.field({ type: [Ownership] }),
    profitStatuses: t.field({ type: [ProfitStatus] }),
    grades: t.field({ type: [InstitutionGrade] }),
    statuses: t.field({ type: [InstitutionStatus] }),
    licenseExpiringBefore: t.field({ type: 'Date', description: 'Holds a license whose validity ends before this date.' }),
    nameContains: t.string({ description: 'Part of the name, e.g. 人民医院.' }),
  }),
});

builder.queryFields((t) => ({
  institutions: t.connection(
    {
      type: InstitutionNode,
      description: 'Institutions, filtered and ordered; `totalCount` is computed only when selected.',
      args: {
        filter: t.arg({ type: InstitutionFilterInput }),
        orderBy: t.arg({ type: ListOrder }),
      },
      resolve: (_root, args, ctx, info) => {
        const filter = args.filter ?? {};
        return keysetConnection<InstitutionRow>(filteredInstitutions(ctx.scoped, filter).$call((query) => selectNeeded(query, 'institution', connectionNodeNeeds(info))), {
          order: keysetOrder('institution', args.orderBy),
          idColumn: 'institution.id',
          args,
          count: () => countInstitutions(ctx.scoped, filter),
        });
      },
    },
    countedConnection('InstitutionConnection'),
  ),
  institutionByUscc: t.field({
    type: InstitutionNode,
    nullable: true,
    description: 'Look up an institution by its 统一社会信用代码.',
    args: { uscc: t.arg.string({ required: true }) },
    resolve: async (_root, { uscc }, ctx) => {
      const loader = ctx.loader<string, InstitutionRow | null>('institutionByUscc', async (codes) => {
        const rows = await findInstitutionsByUscc(ctx.scoped, codes);
        return codes.map((c) => rows.find((r) => r.uscc === c) ?? null);
      });
      return loader.load(uscc.trim().toUpperCase());
    },
  }),
}));
