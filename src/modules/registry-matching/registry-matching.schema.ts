import { sql, type Selectable } from 'kysely';
import { countRows } from '../../db/count.js';
import type { DB } from '../../db/schema.generated.js';
import { builder } from '../../graphql/builder.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { PractitionerNode, RegionNode } from '../../graphql/nodes.js';
import { keysetConnection } from '../../graphql/pagination.js';
import type { ScopedDb } from '../../auth/scope.js';
import type { RequestContext } from '../../server/context.js';
import { UnlicensedPracticeCaseNode } from '../unlicensed-practice/cases.schema.js';
import { regionCodeRange } from '../regions/regions.queries.js';
import { isAnyOf } from '../../db/any-of.js';

export type RegistryMatchRow = Selectable<DB['registry_match']>;
type ReviewRow = Selectable<DB['registry_match_review']>;

export const RegistryMatchKind = builder.enumType('RegistryMatchKind', {
  values: {
    PRACTITIONER: { description: '当事人是注册医务人员 (e.g. 超范围执业, or a revoked physician practising): the most urgent kind' },
    CASE: { description: '当事人另有非法行医案件, in any county, province or source' },
  } as const,
});

export const MatchStrength = builder.enumType('MatchStrength', {
  values: {
    STRONG: { description: '证件号码一致: the keyed hashes of the normalised ID numbers are equal' },
    WEAK: { description: '疑似: same name, and what both sides know of the ID number (birth date, or region and last digits) agrees; the number is masked or absent on one side' },
  } as const,
});

export const RegistryMatchStatus = builder.enumType('RegistryMatchStatus', {
  values: { OPEN: { description: '待处理' }, ACKNOWLEDGED: { description: '已确认' }, DISMISSED: { description: '已排除' } } as const,
});

const WithdrawnReason = builder.enumType('RegistryMatchWithdrawnReason', {
  values: {
    CASE_REVOKED: { description: 'A case of the pair was revoked (已撤销) and no longer counts.' },
    NO_LONGER_MATCHES: { description: 'A correction (number, name, birth date) means the pair no longer matches.' },
  } as const,
});

/** Alerts are ordered most urgent first: a practitioner turning up in a case before case-to-case matches. */
export const priorityOf = (kind: string) => (kind === 'PRACTITIONER' ? 'URGENT' : 'NORMAL');
const Priority = builder.enumType('RegistryMatchPriority', {
  values: { URGENT: { description: '紧急: a registered practitioner' }, NORMAL: { description: 'another case' } } as const,
});

export const RegistryMatchNode = builder.loadableNodeRef<RegistryMatchRow, string, string>('RegistryMatch', {
  id: { resolve: (m) => m.id },
  load: (ids: string[], ctx) => ctx.scoped.from('registry_match').selectAll().where(isAnyOf('id', ids)).execute(),
  sort: (m) => m.id,
});

/** The jurisdictions an alert involves, read past the viewer's scope: each party must know who else is concerned. */
const jurisdictionsLoader = (ctx: RequestContext) =>
  ctx.loader<string, string[]>('registryMatch:jurisdictions', async (ids) => {
    const rows = await sql<{ id: string; codes: string[] }>`
      SELECT m.id::text AS id, array_remove(ARRAY[c.region_code, o.region_code, p.region_code], NULL) AS codes
      FROM registry_match m
      JOIN unlicensed_practice_case c ON c.id = m.case_id
      LEFT JOIN unlicensed_practice_case o ON o.id = m.other_case_id
      LEFT JOIN practitioner p ON p.id = m.practitioner_id
      WHERE m.id = ANY(${[...ids]}::bigint[])`.execute(ctx.db);
    const byId = new Map(rows.rows.map((r) => [r.id, [...new Set(r.codes)]]));
    return ids.map((id) => byId.get(id) ?? []);
  });

const reviewsLoader = (ctx: RequestContext) =>
  ctx.loader<string, ReviewRow[]>('registryMatch:reviews', async (ids) => {
    const rows = await ctx.db.selectFrom('registry_match_review').selectAll().where(isAnyOf('match_id', ids)).orderBy('id').execute();
    return ids.map((id) => rows.filter((r) => r.match_id === id));
  });

const RegistryMatchReview = builder.objectRef<ReviewRow>('RegistryMatchReview').implement({
  description: 'One acknowledgement or dismissal of an alert, with its reason (kept for the audit).',
  fields: (t) => ({
    decision: t.field({ type: RegistryMatchStatus, resolve: (r) => r.decision as 'ACKNOWLEDGED' }),
    reason: t.exposeString('reason'),
    reviewedBy: t.exposeString('actor'),
    jurisdictions: t.exposeStringList('jurisdictions', { description: 'The reviewer’s jurisdictions when he reviewed it.' }),
    reviewedAt: t.field({ type: 'DateTime', resolve: (r) => r.reviewed_at }),
  }),
});

RegistryMatchNode.implement({
  description:
    '上网比对 alert: an unlicensed-practice case whose person matches a registered practitioner or another case. ' +
    'Seen by the regulators of every jurisdiction involved and nobody else; each sees the cases and practitioner his own scope allows (others are null).',
  fields: (t) => ({
    kind: t.field({ type: RegistryMatchKind, resolve: (m) => m.kind as 'CASE' }),
    strength: t.field({ type: MatchStrength, resolve: (m) => m.strength as 'STRONG' }),
    priority: t.field({ type: Priority, resolve: (m) => priorityOf(m.kind) as 'URGENT' }),
    case: t.field({ type: UnlicensedPracticeCaseNode, nullable: true, description: 'The case (the earlier-recorded one of a pair of cases); null outside your scope.', resolve: (m) => m.case_id }),
    otherCase: t.field({ type: UnlicensedPracticeCaseNode, nullable: true, description: 'The other case of a case-to-case match; null outside your scope.', resolve: (m) => m.other_case_id }),
    practitioner: t.field({ type: PractitionerNode, nullable: true, description: 'The registered practitioner matched; null outside your scope.', resolve: (m) => m.practitioner_id }),
    jurisdictions: t.field({
      type: [RegionNode],
      description: 'Every jurisdiction involved: the county of each case, the practitioner’s 注册地.',
      resolve: (m, _args, ctx) => jurisdictionsLoader(ctx).load(m.id),
    }),
    status: t.field({ type: RegistryMatchStatus, resolve: (m) => m.status as 'OPEN' }),
    reviewReason: t.exposeString('review_reason', { nullable: true }),
    reviewedBy: t.exposeString('reviewed_by', { nullable: true }),
    reviewedAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.reviewed_at }),
    reviews: t.field({ type: [RegistryMatchReview], resolve: (m, _args, ctx) => reviewsLoader(ctx).load(m.id) }),
    withdrawnAt: t.field({ type: 'DateTime', nullable: true, description: 'When the match stopped holding; null while it holds.', resolve: (m) => m.withdrawn_at }),
    withdrawnReason: t.field({ type: WithdrawnReason, nullable: true, resolve: (m) => m.withdrawn_reason as 'CASE_REVOKED' | null }),
    createdAt: t.field({ type: 'DateTime', resolve: (m) => m.created_at }),
    version: t.exposeInt('version'),
  }),
});

const RegistryMatchFilter = builder.inputType('RegistryMatchFilter', {
  description: 'All given conditions must hold. Withdrawn alerts are left out unless asked for.',
  fields: (t) => ({
    kinds: t.field({ type: [RegistryMatchKind] }),
    strengths: t.field({ type: [MatchStrength] }),
    statuses: t.field({ type: [RegistryMatchStatus] }),
    regionCode: t.string({ description: 'Alerts whose case (either case) is in this region, sub-regions included.' }),
    includeWithdrawn: t.boolean({ defaultValue: false }),
  }),
});

interface MatchFilter {
  kinds?: readonly string[] | null;
  strengths?: readonly string[] | null;
  statuses?: readonly string[] | null;
  regionCode?: string | null;
  includeWithdrawn?: boolean | null;
}

export function filteredMatches(scoped: ScopedDb, filter: MatchFilter) {
  let q = scoped.from('registry_match');
  if (filter.kinds?.length) q = q.where('registry_match.kind', 'in', filter.kinds as string[]);
  if (filter.strengths?.length) q = q.where('registry_match.strength', 'in', filter.strengths as string[]);
  if (filter.statuses?.length) q = q.where('registry_match.status', 'in', filter.statuses as string[]);
  if (!filter.includeWithdrawn) q = q.where('registry_match.withdrawn_at', 'is', null);
  if (filter.regionCode) {
    const [low, high] = regionCodeRange(filter.regionCode);
    q = q.where(sql<boolean>`EXISTS (SELECT 1 FROM unlicensed_practice_case AS f WHERE f.id IN (registry_match.case_id, registry_match.other_case_id)
      AND f.region_code BETWEEN ${low} AND ${high})`);
  }
  return q;
}

builder.queryFields((t) => ({
  registryMatches: t.connection(
    {
      type: RegistryMatchNode,
      description: '上网比对 alerts for the viewer’s jurisdictions (regulators; administrators see all), newest first. Filter `kinds: [PRACTITIONER]` for the most urgent.',
      args: { filter: t.arg({ type: RegistryMatchFilter }) },
      resolve: (_root, args, ctx) => {
        const filter = args.filter ?? {};
        return keysetConnection<RegistryMatchRow>(filteredMatches(ctx.scoped, filter).selectAll('registry_match'), {
          order: { column: 'registry_match.created_at', kind: 'timestamptz', direction: 'desc' },
          idColumn: 'registry_match.id',
          args,
          count: () => countRows(filteredMatches(ctx.scoped, filter)),
        });
      },
    },
    countedConnection('RegistryMatchConnection'),
  ),
}));

const MatchingStatus = builder.objectRef<{ byIdNumber: boolean }>('RegistryMatchingStatus').implement({
  description: 'Whether this hub can match (上网比对) by ID number.',
  fields: (t) => ({
    byIdNumber: t.exposeBoolean('byIdNumber', { description: 'ID_NUMBER_HASH_KEY is configured: cases and practitioners are matched by the keyed hash of their ID numbers.' }),
    note: t.string({
      resolve: (s) =>
        s.byIdNumber
          ? 'Matching by the keyed hash of the normalised ID number; masked or absent numbers are matched weakly by name and birth date.'
          : 'ID_NUMBER_HASH_KEY is not set: this hub cannot match by ID number. Only weak matches (name and what is known of the number) are made; numbers recorded now are hashed once the key is configured.',
    }),
  }),
});

builder.queryFields((t) => ({
  registryMatchingStatus: t.field({
    type: MatchingStatus,
    authScopes: { regulator: true, administrator: true },
    resolve: (_root, _args, ctx) => ({ byIdNumber: ctx.idNumberHashKey !== null }),
  }),
}));
