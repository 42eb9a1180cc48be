import { sql } from 'kysely';
import type { InstitutionRow } from '../../db/rows.js';
import { addDays, addMonths } from '../../domain/scoring/dates.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { InstitutionNode } from '../../graphql/nodes.js';
import type { RequestContext } from '../../server/context.js';
import { regionCodeRange } from '../regions/regions.queries.js';
import { scoreStatusesOf } from '../scoring/score-status.js';

/**
 * 风险预警: institutions that are close to trouble, ranked by the weight of their reasons. Each
 * reason is computed from records the viewer may see.
 */
const WEIGHTS = { NEAR_SCORE_THRESHOLD: 3, RISING_COMPLAINTS: 2, REPEATED_FINDINGS: 2, LAPSING_LICENSE: 1 } as const;
type ReasonKind = keyof typeof WEIGHTS;
/** Share of the next threshold at which a score counts as near it. */
export const NEAR_THRESHOLD_SHARE = 0.75;

interface Reason {
  kind: ReasonKind;
  detail: string;
}

async function candidates(ctx: RequestContext, regionCode: string | null, asOf: string) {
  const inRegion = (column: string) => {
    if (!regionCode) return sql<boolean>`true`;
    const [low, high] = regionCodeRange(regionCode);
    return sql<boolean>`${sql.ref(column)} BETWEEN ${low} AND ${high}`;
  };
  const institutions = () => ctx.scoped.from('institution').select('institution.id').where(inRegion('institution.region_code'));
  const [scored, complained, findings, lapsing] = await Promise.all([
    institutions().where(({ exists, selectFrom }) => exists(selectFrom('score_event').select('score_event.id').whereRef('score_event.subject_institution_id', '=', 'institution.id').where('score_event.occurred_on', '>', addMonths(asOf, -36)))).execute(),
    ctx.scoped.from('complaint').select(['subject_institution_id', 'received_on']).where('subject_institution_id', 'is not', null).where('received_on', '>', addDays(asOf, -180)).where('received_on', '<=', asOf).where(inRegion('complaint.region_code')).execute(),
    ctx.scoped.from('inspection').select(['subject_institution_id']).where('subject_institution_id', 'is not', null).where('result', '<>', 'COMPLIANT').where('inspected_on', '>', addMonths(asOf, -12)).where('inspected_on', '<=', asOf).execute(),
    ctx.scoped
      .from('license')
      .leftJoin('license_validation', 'license_validation.license_id', 'license.id')
      .select(['license.holder_institution_id', 'license.valid_until', 'license_validation.result', 'license_validation.validated_on'])
      .where('license.kind', '=', 'INSTITUTION_PRACTICE')
      .where(({ or, and, eb }) =>
        or([
          and([eb('license.valid_until', '<=', addDays(asOf, 90)), eb('license.status', '=', 'VALID')]),
          and([eb('license_validation.result', 'in', ['DEFERRED', 'FAILED']), eb('license_validation.validated_on', '>', addMonths(asOf, -12))]),
        ]),
      )
      .execute(),
  ]);
  return { scored: scored.map((r) => r.id), complained, findings, lapsing };
}

export async function riskWatchlist(ctx: RequestContext, regionCode: string | null, asOf: string, first: number) {
  const found = await candidates(ctx, regionCode, asOf);
  const reasons = new Map<string, Reason[]>();
  const add = (id: string | null, reason: Reason) => id && reasons.set(id, [...(reasons.get(id) ?? []), reason]);

  const recent = addDays(asOf, -90);
  const complaintsBy = new Map<string, { recent: number; before: number }>();
  for (const c of found.complained) {
    const tally = complaintsBy.get(c.subject_institution_id!) ?? { recent: 0, before: 0 };
    if (c.received_on > recent) tally.recent++;
    else tally.before++;
    complaintsBy.set(c.subject_institution_id!, tally);
  }
  for (const [id, t] of complaintsBy) {
    if (t.recent >= 2 && t.recent > t.before) add(id, { kind: 'RISING_COMPLAINTS', detail: `${t.recent} complaints in 90 days, ${t.before} in the 90 before` });
  }
  const findingsBy = new Map<string, number>();
  for (const f of found.findings) findingsBy.set(f.subject_institution_id!, (findingsBy.get(f.subject_institution_id!) ?? 0) + 1);
  for (const [id, n] of findingsBy) if (n >= 2) add(id, { kind: 'REPEATED_FINDINGS', detail: `${n} inspections with findings in 12 months` });
  const lapsingIds = new Set<string>();
  for (const l of found.lapsing) {
    if (lapsingIds.has(l.holder_institution_id!)) continue;
    lapsingIds.add(l.holder_institution_id!);
    const detail = l.valid_until && l.valid_until <= addDays(asOf, 90) ? `license valid until ${l.valid_until}` : `校验 ${l.result} on ${l.validated_on}`;
    add(l.holder_institution_id, { kind: 'LAPSING_LICENSE', detail });
  }

  const ids = [...new Set([...found.scored, ...reasons.keys()])];
  const rows = (await InstitutionNode.getDataloader(ctx).loadMany(ids)).filter((r): r is InstitutionRow => !!r && !(r instanceof Error));
  // All candidates at once: their score events and facts are loaded in one batch, not one by one.
  const scored = rows.filter((r) => found.scored.includes(r.id));
  const statuses = await Promise.all(scored.map((row) => scoreStatusesOf(ctx, 'INSTITUTION', { id: row.id, regionCode: row.region_code }, asOf)));
  for (const [index, row] of scored.entries()) {
    for (const status of statuses[index]!) {
      for (const window of status.current.windows) {
        const reachedPoints = new Set(window.reached.map((r) => r.threshold.points));
        const upcoming = status.current.ruleSet.versionData.definition.windows
          .flatMap((w) => (w.kind === window.kind && w.years === window.years ? w.thresholds : []))
          .filter((t) => t.basis === 'CUMULATIVE' && !reachedPoints.has(t.points) && t.points > window.points)
          .sort((a, b) => a.points - b.points)[0];
        if (upcoming && window.points >= upcoming.points * NEAR_THRESHOLD_SHARE) {
          add(row.id, { kind: 'NEAR_SCORE_THRESHOLD', detail: `${window.points} of ${upcoming.points} points (${status.current.ruleSet.code}: ${upcoming.description})` });
        }
      }
    }
  }
  return rows
    .filter((r) => reasons.has(r.id))
    .map((institution) => {
      const list = reasons.get(institution.id)!;
      return { institution, reasons: list, weight: list.reduce((sum, r) => sum + WEIGHTS[r.kind], 0) };
    })
    .sort((a, b) => b.weight - a.weight || (a.institution.name < b.institution.name ? -1 : 1))
    .slice(0, first);
}

const RiskReasonKind = builder.enumType('RiskReasonKind', {
  values: {
    NEAR_SCORE_THRESHOLD: { description: '记分接近阈值' },
    RISING_COMPLAINTS: { description: '投诉举报上升' },
    REPEATED_FINDINGS: { description: '多次检查发现问题' },
    LAPSING_LICENSE: { description: '许可证即将到期或校验未通过' },
  } as const,
});

const RiskReason = builder.objectRef<Reason>('RiskReason').implement({
  fields: (t) => ({ kind: t.field({ type: RiskReasonKind, resolve: (r) => r.kind }), detail: t.exposeString('detail') }),
});

const RiskWatchItem = builder.objectRef<{ institution: InstitutionRow; reasons: Reason[]; weight: number }>('RiskWatchItem').implement({
  fields: (t) => ({
    institution: t.field({ type: InstitutionNode, resolve: (i) => i.institution }),
    weight: t.exposeInt('weight', { description: 'Sum of the reasons’ weights; the list is ranked by it.' }),
    reasons: t.field({ type: [RiskReason], resolve: (i) => i.reasons }),
  }),
});

builder.queryFields((t) => ({
  riskWatchlist: t.field({
    type: [RiskWatchItem],
    description: '风险预警: institutions near a score threshold, with rising complaints, repeated findings or a lapsing license — ranked, with reasons.',
    authScopes: { regulator: true, administrator: true },
    args: {
      regionCode: t.arg.string(),
      asOf: t.arg({ type: 'Date' }),
      first: t.arg.int({ defaultValue: 50 }),
    },
    resolve: (_root, args, ctx) => riskWatchlist(ctx, args.regionCode ?? null, args.asOf ?? todayInChina(), Math.min(Math.max(args.first ?? 50, 1), 200)),
  }),
}));
