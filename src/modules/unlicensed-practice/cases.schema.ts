import type { Selectable } from 'kysely';
import { auditedPersonalInformation } from '../../auth/personal-information.js';
import { countRows } from '../../db/count.js';
import type { DB } from '../../db/schema.generated.js';
import { builder } from '../../graphql/builder.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { RegionNode } from '../../graphql/nodes.js';
import { keysetConnection } from '../../graphql/pagination.js';
import { CASE_KINDS, CASE_STATUSES, DOCUMENT_TYPES, SEXES } from '../../plugin-sdk/index.js';
import { ComplaintNode } from '../complaints/complaints.schema.js';
import { filteredCases, findCasesByIds } from './cases.queries.js';
import { isAnyOf } from '../../db/any-of.js';

export type CaseRow = Selectable<DB['unlicensed_practice_case']>;

const fromLabels = <T extends Record<string, string>>(name: string, catalog: T, description: string) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(Object.entries(catalog).map(([key, label]) => [key, { value: key, description: label }])) as {
      [K in keyof T & string]: { value: K; description: string };
    },
  });

export const UnlicensedPracticeKind = fromLabels('UnlicensedPracticeKind', CASE_KINDS, '违法类型');
export const UnlicensedPracticeCaseStatus = fromLabels('UnlicensedPracticeCaseStatus', CASE_STATUSES, '案件状态; 已撤销: the decision was withdrawn and the case no longer counts');
export const DocumentTypeEnum = fromLabels('PersonDocumentType', DOCUMENT_TYPES, '证件类型');
export const SexEnum = fromLabels('Sex', SEXES, '性别');

/** Where the case came from: a source plugin, or `hub` for a case recorded by a regulator in the hub itself. */
export const HUB_SOURCE = 'hub';

export const UnlicensedPracticeCaseNode = builder.loadableNodeRef<CaseRow, string, string>('UnlicensedPracticeCase', {
  id: { resolve: (c) => c.id },
  load: (ids: string[], ctx) => findCasesByIds(ctx.scoped, ids),
  sort: (c) => c.id,
});

const personalInformation = (ctx: Parameters<typeof auditedPersonalInformation>[0]) =>
  auditedPersonalInformation(ctx, { table: 'unlicensed_practice_case', entityType: 'UnlicensedPracticeCase', columns: ['document_number'] as const });

UnlicensedPracticeCaseNode.implement({
  description:
    '非法行医案件: an unlicensed-practice case from a provincial registry (无证行医查询系统) or recorded in the hub. ' +
    'Seen by the regulators of its county and by its province’s system, never by the public; the person’s document number only by regulators, and each read is audited.',
  fields: (t) => ({
    source: t.exposeString('plugin', { description: 'The source plugin it came from, or `hub` when recorded here.' }),
    caseNumber: t.exposeString('case_number', { description: '案件编号, unique per source' }),
    personName: t.exposeString('person_name', { nullable: true, description: '当事人姓名 (null when the source does not give it)' }),
    sex: t.field({ type: SexEnum, resolve: (c) => c.sex as 'MALE' }),
    documentType: t.field({ type: DocumentTypeEnum, nullable: true, resolve: (c) => c.document_type as 'RESIDENT_ID' | null }),
    documentNumber: t.string({
      nullable: true,
      description: '证件号码 — sensitive personal information: regulators only, inside their jurisdiction; each read is audited. A masked number stays masked.',
      authScopes: { regulator: true },
      resolve: async (c, _args, ctx) => (await personalInformation(ctx).load(c.id))?.document_number ?? null,
    }),
    documentNumberMasked: t.exposeBoolean('document_number_masked', { description: 'The source sent the number masked (e.g. 3206021980****1234): it cannot be matched exactly.' }),
    region: t.field({ type: RegionNode, description: '行政区划: the county where it happened', resolve: (c) => c.region_code }),
    place: t.exposeString('place', { nullable: true, description: '违法地点' }),
    kind: t.field({ type: UnlicensedPracticeKind, nullable: true, resolve: (c) => c.kind as 'UNLICENSED_PRACTICE' | null }),
    openedOn: t.field({ type: 'Date', nullable: true, description: '立案日期', resolve: (c) => c.opened_on }),
    decidedOn: t.field({ type: 'Date', nullable: true, description: '处罚决定日期', resolve: (c) => c.decided_on }),
    decisionNumber: t.exposeString('decision_number', { nullable: true, description: '处罚文号' }),
    content: t.exposeString('content', { nullable: true, description: '处罚内容' }),
    fineYuan: t.field({ type: 'Decimal', nullable: true, description: '罚款金额 (元)', resolve: (c) => c.fine_yuan }),
    confiscatedYuan: t.field({ type: 'Decimal', nullable: true, description: '没收违法所得 (元)', resolve: (c) => c.confiscated_yuan }),
    transferredToPolice: t.exposeBoolean('transferred_to_police', { description: '移送公安机关, as the source reports it' }),
    status: t.field({ type: UnlicensedPracticeCaseStatus, resolve: (c) => c.status as 'OPEN' }),
    sourceUpdatedAt: t.field({ type: 'DateTime', description: '更新时间 at the source: it decides which version is newer', resolve: (c) => c.source_updated_at }),
    firstReceivedAt: t.field({ type: 'DateTime', description: 'When the hub first received the case.', resolve: (c) => c.first_received_at }),
    lastReceivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the hub last received the case from its source, changed or not (null for a case recorded in the hub).',
      resolve: (c, _args, ctx) =>
        ctx
          .loader<string, Date | null>('caseReceipt', async (ids) => {
            const rows = await ctx.db.selectFrom('unlicensed_practice_case_receipt').select(['case_id', 'last_received_at']).where(isAnyOf('case_id', ids)).execute();
            const byId = new Map(rows.map((r) => [r.case_id, r.last_received_at]));
            return ids.map((id) => byId.get(id) ?? null);
          })
          .load(c.id),
    }),
    complaint: t.field({ type: ComplaintNode, nullable: true, description: '投诉举报 the case came from (cases recorded in the hub).', resolve: (c) => c.complaint_id }),
    birthDate: t.field({ type: 'Date', nullable: true, description: '出生日期 as recorded, for the weak match when no readable ID number is known.', resolve: (c) => c.birth_date }),
    recordedBy: t.exposeString('recorded_by', { nullable: true, description: 'The regulator who recorded it in the hub.' }),
    version: t.exposeInt('version'),
  }),
});

const CaseFilter = builder.inputType('UnlicensedPracticeCaseFilter', {
  description: 'All given conditions must hold.',
  fields: (t) => ({
    regionCode: t.string({ description: 'Cases in this region (sub-regions included).' }),
    kinds: t.field({ type: [UnlicensedPracticeKind] }),
    statuses: t.field({ type: [UnlicensedPracticeCaseStatus] }),
    sources: t.stringList({ description: 'Source plugins (or `hub`).' }),
    decidedFrom: t.field({ type: 'Date' }),
    decidedUntil: t.field({ type: 'Date' }),
    nameContains: t.string({ description: 'Part of the person’s name.' }),
  }),
});

builder.queryFields((t) => ({
  unlicensedPracticeCases: t.connection(
    {
      type: UnlicensedPracticeCaseNode,
      description: '非法行医 cases visible to the viewer (regulators: their jurisdictions; provincial systems: their province), most recently updated at the source first.',
      args: { filter: t.arg({ type: CaseFilter }) },
      resolve: (_root, args, ctx) => {
        const { sources, ...rest } = args.filter ?? {};
        const filter = { ...rest, plugins: sources ?? null };
        return keysetConnection<CaseRow>(filteredCases(ctx.scoped, filter).selectAll('unlicensed_practice_case'), {
          order: { column: 'unlicensed_practice_case.source_updated_at', kind: 'timestamptz', direction: 'desc' },
          idColumn: 'unlicensed_practice_case.id',
          args,
          count: () => countRows(filteredCases(ctx.scoped, filter)),
        });
      },
    },
    countedConnection('UnlicensedPracticeCaseConnection'),
  ),
}));
