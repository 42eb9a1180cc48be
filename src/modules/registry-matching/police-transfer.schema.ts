import type { Selectable } from 'kysely';
import { countRows } from '../../db/count.js';
import type { DB } from '../../db/schema.generated.js';
import { builder } from '../../graphql/builder.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { RegionNode } from '../../graphql/nodes.js';
import { keysetConnection } from '../../graphql/pagination.js';
import type { ScopedDb } from '../../auth/scope.js';
import type { RequestContext } from '../../server/context.js';
import { UnlicensedPracticeCaseNode, type CaseRow } from '../unlicensed-practice/cases.schema.js';
import { regionCodeRange } from '../regions/regions.queries.js';
import { RegistryMatchNode } from './registry-matching.schema.js';
import { isAnyOf } from '../../db/any-of.js';

type FlagRow = Selectable<DB['police_transfer_flag']>;
interface PriorPenaltyRow {
  id: string;
  plugin: string;
  region_code: string;
  decided_on: string;
  decision_number: string | null;
}

const flagLoader = (ctx: RequestContext) =>
  ctx.loader<string, FlagRow | null>('policeTransferFlag', async (caseIds) => {
    const rows = await ctx.db.selectFrom('police_transfer_flag').selectAll().where(isAnyOf('case_id', caseIds)).execute();
    const byCase = new Map(rows.map((r) => [r.case_id, r]));
    return caseIds.map((id) => byCase.get(id) ?? null);
  });

/**
 * The earlier penalties that count, read past the viewer's scope: transferring a case to the
 * police needs them whatever county or province decided them. Only what identifies the decision
 * is given; the case itself (and the person's number) stays within its own county's scope.
 */
const priorPenaltiesLoader = (ctx: RequestContext) =>
  ctx.loader<string, PriorPenaltyRow>('policeTransferPriors', async (ids) => {
    const rows = await ctx.db
      .selectFrom('unlicensed_practice_case')
      .select(['id', 'plugin', 'region_code', 'decided_on', 'decision_number'])
      .where(isAnyOf('id', ids))
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r as PriorPenaltyRow]));
    return ids.map((id) => byId.get(id)!);
  });

const PriorPenalty = builder.objectRef<PriorPenaltyRow>('PriorPenalty').implement({
  description: '一次在先的非法行医行政处罚 counted towards 情节严重: decided, not revoked, before this case was opened.',
  fields: (t) => ({
    case: t.field({ type: UnlicensedPracticeCaseNode, nullable: true, description: 'The case itself; null outside your scope.', resolve: (p) => p.id }),
    source: t.exposeString('plugin', { description: 'The source plugin, or `hub`.' }),
    region: t.field({ type: RegionNode, description: 'Where it was decided.', resolve: (p) => p.region_code }),
    decidedOn: t.field({ type: 'Date', resolve: (p) => p.decided_on }),
    decisionNumber: t.exposeString('decision_number', { nullable: true, description: '处罚文号' }),
  }),
});

builder.objectFields(UnlicensedPracticeCaseNode, (t) => ({
  seriousCircumstances: t.boolean({
    description: '情节严重: the person had two or more earlier decided, not revoked penalties for illegal practice (any county, province or source): the case must be transferred to the police (移送公安机关).',
    resolve: async (c, _args, ctx) => (await flagLoader(ctx).load(c.id)) !== null,
  }),
  awaitingPoliceTransfer: t.boolean({
    description: '情节严重 but not transferred to the police (as the source reports it): the case that should have been transferred and was not.',
    resolve: async (c, _args, ctx) => !c.transferred_to_police && (await flagLoader(ctx).load(c.id)) !== null,
  }),
  priorPenalties: t.field({
    type: [PriorPenalty],
    description: 'The earlier penalties that make the case 情节严重, oldest first; empty when it is not.',
    resolve: async (c, _args, ctx) => {
      const flag = await flagLoader(ctx).load(c.id);
      return flag ? Promise.all(flag.prior_case_ids.map((id) => priorPenaltiesLoader(ctx).load(String(id)))) : [];
    },
  }),
  registryMatches: t.field({
    type: [RegistryMatchNode],
    description: '上网比对 alerts this case is in (withdrawn ones left out).',
    resolve: (c, _args, ctx) => matchesOfCaseLoader(ctx).load(c.id),
  }),
}));

const matchesOfCaseLoader = (ctx: RequestContext) =>
  ctx.loader<string, Selectable<DB['registry_match']>[]>('registryMatchesOfCase', async (caseIds) => {
    const rows = await ctx.scoped
      .from('registry_match')
      .selectAll()
      .where((eb) => eb.or([eb('case_id', 'in', caseIds as string[]), eb('other_case_id', 'in', caseIds as string[])]))
      .where('withdrawn_at', 'is', null)
      .orderBy('id')
      .execute();
    return caseIds.map((id) => rows.filter((r) => r.case_id === id || r.other_case_id === id));
  });

function seriousCasesIn(scoped: ScopedDb, regionCode: string) {
  const [low, high] = regionCodeRange(regionCode);
  return scoped
    .from('unlicensed_practice_case')
    .innerJoin('police_transfer_flag', 'police_transfer_flag.case_id', 'unlicensed_practice_case.id')
    .where('unlicensed_practice_case.region_code', '>=', low)
    .where('unlicensed_practice_case.region_code', '<=', high)
    .where('unlicensed_practice_case.transferred_to_police', '=', false)
    .where('unlicensed_practice_case.status', '<>', 'REVOKED');
}

builder.queryFields((t) => ({
  seriousCases: t.connection(
    {
      type: UnlicensedPracticeCaseNode,
      authScopes: { regulator: true, administrator: true },
      description: '情节严重 cases of a region (sub-regions included) not yet transferred to the police, most recently flagged first: for its regulators.',
      args: { regionCode: t.arg.string({ required: true }) },
      resolve: (_root, args, ctx) =>
        keysetConnection<CaseRow>(seriousCasesIn(ctx.scoped, args.regionCode).selectAll('unlicensed_practice_case'), {
          order: { column: 'police_transfer_flag.flagged_at', kind: 'timestamptz', direction: 'desc' },
          idColumn: 'unlicensed_practice_case.id',
          args,
          count: () => countRows(seriousCasesIn(ctx.scoped, args.regionCode)),
        }),
    },
    countedConnection('SeriousCaseConnection'),
  ),
}));
