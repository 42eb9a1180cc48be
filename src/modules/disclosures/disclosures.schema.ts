import { countRows } from '../../db/count.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { connectionNodeNeeds, reads, selectNeeded } from '../../graphql/selected-columns.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { InstitutionNode, RegionNode } from '../../graphql/nodes.js';
import { keysetConnection } from '../../graphql/pagination.js';
import { loadSubject, RegulatedSubject } from '../../graphql/subject.js';
import type { ScopedDb } from '../../auth/scope.js';
import { regionCodeRange } from '../regions/regions.queries.js';
import type { DisclosureRow } from './disclosure-service.js';
import { isAnyOf } from '../../db/any-of.js';

export const DisclosureKind = builder.enumType('DisclosureKind', {
  values: {
    LICENSE_DECISION: { description: '行政许可决定' },
    PENALTY: { description: '行政处罚决定' },
    RANDOM_INSPECTION_RESULT: { description: '双随机抽查结果' },
    SCORE_PUBLICATION: { description: '不良执业行为记分公示' },
    CREDIT_LIST_ENTRY: { description: '红黑名单' },
    COMMITMENT_LETTER: { description: '依法执业承诺书' },
    ANNUAL_SELF_DISCLOSURE: { description: '医疗机构年度信息公开（服务项目、收费、人员、资质）' },
  } as const,
});

const DisclosureStatus = builder.enumType('DisclosureStatus', {
  values: {
    PENDING: { description: '待公示' },
    PUBLISHED: { description: '公示中' },
    EXPIRED: { description: '公示期满' },
    WITHDRAWN: { description: '已撤回' },
  } as const,
});

export function disclosureStatus(d: DisclosureRow, today = todayInChina()) {
  if (d.withdrawn_on) return 'WITHDRAWN' as const;
  if (!d.published_on || d.published_on > today) return 'PENDING' as const;
  if (d.public_until && d.public_until < today) return 'EXPIRED' as const;
  return 'PUBLISHED' as const;
}

export const DisclosureNode = builder.loadableNodeRef<DisclosureRow, string, string>('Disclosure', {
  id: { resolve: (d) => d.id },
  load: (ids: string[], ctx) => ctx.scoped.from('disclosure').selectAll().where(isAnyOf('id', ids)).execute(),
  sort: (d) => d.id,
});

DisclosureNode.implement({
  description: '信息公开: what the public may read about a decision or record, and for how long. The public sees it from publication to the end of its period, unless withdrawn.',
  fields: (t) => ({
    kind: t.field({ ...reads('kind'), type: DisclosureKind, resolve: (d) => d.kind as 'PENALTY' }),
    title: t.exposeString('title'),
    region: t.field({ ...reads('region_code'), type: RegionNode, resolve: (d) => d.region_code }),
    subject: t.field({ ...reads('subject_institution_id', 'subject_practitioner_id'),
      type: RegulatedSubject,
      nullable: true,
      resolve: (d, _a, ctx) => (d.subject_institution_id || d.subject_practitioner_id ? loadSubject(ctx, d) : null),
    }),
    content: t.field({ ...reads('content'), type: 'JSON', description: 'The published text, as a snapshot; never personal information.', resolve: (d) => d.content }),
    decidedOn: t.field({ ...reads('decided_on'), type: 'Date', resolve: (d) => d.decided_on }),
    dueBy: t.field({ ...reads('due_by'), type: 'Date', nullable: true, description: 'Publication deadline (7 working days after the decision); null when the decision is not published by default (2026 rule: minor, 轻微) — never overdue.', resolve: (d) => d.due_by }),
    dueByBeyondCalendar: t.boolean({ ...reads('due_by_beyond_calendar'),
      description:
        'The deadline falls past the last year of the working-day calendar, whose holidays are not yet loaded: it was counted with weekends only and is not to be relied on until the year is added.',
      resolve: (d) => d.due_by_beyond_calendar,
    }),
    publishedOn: t.field({ ...reads('published_on'), type: 'Date', nullable: true, resolve: (d) => d.published_on }),
    publicUntil: t.field({ ...reads('public_until'), type: 'Date', nullable: true, description: 'Last day of the publication period, counted from the decision date (not from publication); null: no end (长期公示, e.g. 承诺书).', resolve: (d) => d.public_until }),
    earliestRepairOn: t.field({ ...reads('earliest_repair_on'), type: 'Date', nullable: true, description: 'From this day credit repair (信用修复) may end publication early.', resolve: (d) => d.earliest_repair_on }),
    withdrawnOn: t.field({ ...reads('withdrawn_on'), type: 'Date', nullable: true, resolve: (d) => d.withdrawn_on }),
    withdrawalReason: t.exposeString('withdrawal_reason', { nullable: true, description: 'DECISION_REVOKED (决定撤销) or CREDIT_REPAIR (信用修复)' }),
    status: t.field({ ...reads('withdrawn_on', 'published_on', 'public_until'), type: DisclosureStatus, resolve: (d) => disclosureStatus(d) }),
    late: t.boolean({ ...reads('due_by', 'published_on'),
      description: 'Published after its deadline, or still unpublished past it.',
      resolve: (d) => Boolean(d.due_by && (d.published_on ? d.published_on > d.due_by : d.due_by < todayInChina())),
    }),
    version: t.exposeInt('version'),
  }),
});

const DisclosureFilter = builder.inputType('DisclosureFilter', {
  fields: (t) => ({
    regionCode: t.string(),
    kinds: t.field({ type: [DisclosureKind] }),
    institutionId: t.id(),
  }),
});

function filteredDisclosures(scoped: ScopedDb, filter: { regionCode?: string | null; kinds?: readonly string[] | null; institutionId?: string | null }) {
  let q = scoped.from('disclosure');
  if (filter.regionCode) {
    const [low, high] = regionCodeRange(filter.regionCode);
    q = q.where('disclosure.region_code', '>=', low).where('disclosure.region_code', '<=', high);
  }
  if (filter.kinds?.length) q = q.where('disclosure.kind', 'in', filter.kinds as string[]);
  if (filter.institutionId) {
    const institution = decodeGlobalId(filter.institutionId);
    q = q.where('disclosure.subject_institution_id', '=', institution?.typename === 'Institution' ? institution.id : '0');
  }
  return q;
}

builder.queryFields((t) => ({
  disclosures: t.connection(
    {
      type: DisclosureNode,
      description: '信息公开 / 双公示: what is disclosed. The public sees only what is published and in its period.',
      args: { filter: t.arg({ type: DisclosureFilter }) },
      resolve: (_root, args, ctx, info) => {
        const filter = args.filter ?? {};
        return keysetConnection<DisclosureRow>(filteredDisclosures(ctx.scoped, filter).$call((query) => selectNeeded(query, 'disclosure', connectionNodeNeeds(info))), {
          order: { column: 'disclosure.decided_on', kind: 'date', direction: 'desc' },
          idColumn: 'disclosure.id',
          args,
          count: () => countRows(filteredDisclosures(ctx.scoped, filter)),
        });
      },
    },
    countedConnection('DisclosureConnection'),
  ),
  overdueDisclosures: t.field({
    type: [DisclosureNode],
    description: 'License and penalty decisions not published within 7 working days: still pending past the deadline, or published late.',
    authScopes: { regulator: true, administrator: true },
    args: { regionCode: t.arg.string() },
    resolve: (_root, args, ctx) =>
      filteredDisclosures(ctx.scoped, { regionCode: args.regionCode })
        .selectAll('disclosure')
        .where('disclosure.due_by', 'is not', null)
        .where('disclosure.withdrawn_on', 'is', null)
        .where(({ or, and, eb }) =>
          or([and([eb('disclosure.published_on', 'is', null), eb('disclosure.due_by', '<', todayInChina())]), eb('disclosure.published_on', '>', eb.ref('disclosure.due_by'))]),
        )
        .orderBy('disclosure.due_by')
        .orderBy('disclosure.id')
        .limit(500)
        .execute(),
  }),
}));

builder.objectFields(InstitutionNode, (t) => ({
  disclosures: t.field({
    ...reads(),
    type: [DisclosureNode],
    description: 'Disclosures about this institution (the public sees those in their period).',
    resolve: (i, _a, ctx) =>
      ctx
        .loader<string, DisclosureRow[]>('institutionDisclosures', async (ids) => {
          const rows = await ctx.scoped.from('disclosure').selectAll().where(isAnyOf('subject_institution_id', ids)).orderBy('decided_on', 'desc').orderBy('id', 'desc').execute();
          return ids.map((id) => rows.filter((r) => r.subject_institution_id === id));
        })
        .load(i.id),
  }),
}));
