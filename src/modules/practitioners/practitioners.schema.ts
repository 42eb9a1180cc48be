import { PRACTICE_CATEGORIES, PRACTITIONER_STATUSES, PROFESSIONS } from '../../domain/catalog.js';
import type { PractitionerRow } from '../../db/rows.js';
import { builder } from '../../graphql/builder.js';
import { connectionNodeNeeds, reads, selectNeeded } from '../../graphql/selected-columns.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { enumFromCatalog } from '../../graphql/enums.js';
import { keysetOrder, ListOrder } from '../../graphql/list-args.js';
import { PractitionerNode, RegionNode } from '../../graphql/nodes.js';
import { keysetConnection } from '../../graphql/pagination.js';
import { personalInformationLoader } from './personal-information.js';
import { countPractitioners, filteredPractitioners, findPractitionersByCertificateNumbers } from './practitioners.queries.js';

export const Profession = enumFromCatalog('Profession', PROFESSIONS, '医务人员类别');
export const PractitionerStatus = enumFromCatalog('PractitionerStatus', PRACTITIONER_STATUSES, '执业状态');
export const PracticeCategory = enumFromCatalog('PracticeCategory', PRACTICE_CATEGORIES, '执业类别');

PractitionerNode.implement({
  description:
    '医务人员: a physician, nurse, pharmacist or other registered practitioner. ' +
    'Sensitive personal information (身份证号码, phone) is given only to regulators, inside their jurisdiction, and every read is audited.',
  fields: (t) => ({
    name: t.exposeString('name', { description: '姓名' }),
    profession: t.field({ ...reads('profession'), type: Profession, resolve: (p) => p.profession as keyof typeof PROFESSIONS }),
    registeredIn: t.field({ ...reads('region_code'), type: RegionNode, description: '注册地: region of the registering authority', resolve: (p) => p.region_code }),
    status: t.field({ ...reads('status'), type: PractitionerStatus, resolve: (p) => p.status as keyof typeof PRACTITIONER_STATUSES }),
    idNumber: t.string({ ...reads(),
      nullable: true,
      description: '居民身份证号码 — sensitive personal information: regulators only, inside their jurisdiction; each read is audited.',
      authScopes: { regulator: true },
      resolve: async (p, _args, ctx) => (await personalInformationLoader(ctx).load(p.id))?.id_number ?? null,
    }),
    phone: t.string({ ...reads(),
      nullable: true,
      description: '联系电话 — sensitive personal information: regulators only, inside their jurisdiction; each read is audited.',
      authScopes: { regulator: true },
      resolve: async (p, _args, ctx) => (await personalInformationLoader(ctx).load(p.id))?.phone ?? null,
    }),
    version: t.exposeInt('version'),
    createdAt: t.field({ ...reads('created_at'), type: 'DateTime', resolve: (p) => p.created_at }),
    updatedAt: t.field({ ...reads('updated_at'), type: 'DateTime', resolve: (p) => p.updated_at }),
  }),
});

const PractitionerFilterInput = builder.inputType('PractitionerFilter', {
  description: 'All given conditions must hold.',
  fields: (t) => ({
    regionCode: t.string({ description: 'Practises at an institution in this region (sub-regions included).' }),
    professions: t.field({ type: [Profession] }),
    practiceCategories: t.field({ type: [PracticeCategory], description: 'Holds an active registration in one of these 执业类别.' }),
    statuses: t.field({ type: [PractitionerStatus] }),
    nameContains: t.string({ description: 'Part of the name.' }),
  }),
});

builder.queryFields((t) => ({
  practitioners: t.connection(
    {
      type: PractitionerNode,
      description: 'Practitioners, filtered and ordered; `totalCount` is computed only when selected.',
      args: { filter: t.arg({ type: PractitionerFilterInput }), orderBy: t.arg({ type: ListOrder }) },
      resolve: (_root, args, ctx, info) => {
        const filter = args.filter ?? {};
        return keysetConnection<PractitionerRow>(filteredPractitioners(ctx.scoped, filter).$call((query) => selectNeeded(query, 'practitioner', connectionNodeNeeds(info))), {
          order: keysetOrder('practitioner', args.orderBy),
          idColumn: 'practitioner.id',
          args,
          count: () => countPractitioners(ctx.scoped, filter),
        });
      },
    },
    countedConnection('PractitionerConnection'),
  ),
  practitionerByCertificateNumber: t.field({
    type: PractitionerNode,
    nullable: true,
    description: 'Look up a practitioner by a 医师执业证书编码 or 护士执业证书编号.',
    args: { number: t.arg.string({ required: true }) },
    resolve: (_root, { number }, ctx) =>
      ctx
        .loader<string, PractitionerRow | null>('practitionerByCertificate', async (numbers) => {
          const rows = await findPractitionersByCertificateNumbers(ctx.scoped, numbers);
          return numbers.map((n) => rows.find((r) => r.certificate_number === n) ?? null);
        })
        .load(number.trim()),
  }),
}));
