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
const WEIGHTS = {
  BLACK_LISTED: 6,
  PAST_SCORE_THRESHOLD: 5,
  SUSPENDED_LICENSE: 4,
  SERIOUS_PENALTY: 4,
  LOW_CREDIT_GRADE: 3,
  NEAR_SCORE_THRESHOLD: 3,
  RISING_COMPLAINTS: 2,
  REPEATED_FINDINGS: 2,
  LAPSING_LICENSE: 1,
} as const;
type ReasonKind = keyof typeof WEIGHTS;
/** Share of the next threshold at which a score counts as near it. */
export const NEAR_THRESHOLD_SHARE = 0.75;

interface Reason {
  kind: ReasonKind;
  detail: string;
  /** Added to the kind's weight: two per further threshold reached, so the worst cases rank first. */
  extraWeight?: number;
}

async function candidates(ctx: RequestContext, regionCode: string | null, asOf: string) {
  const inRegion = (column: string, through?: 'institution') => {
    if (!regionCode) return sql<boolean>`true`;
    const [low, high] = regionCodeRange(regionCode);
    if (through) return sql<boolean>`EXISTS (SELECT 1 FROM institution AS w_i WHERE w_i.id = ${sql.ref(column)} AND w_i.region_code BETWEEN ${low} AND ${high})`;
    return sql<boolean>`${sql.ref(column)} BETWEEN ${low} AND ${high}`;
  };
  const institutions = () => ctx.scoped.from('institution').select('institution.id').where(inRegion('institution.region_code'));
  const [scored, complained, findings, expiring, validations, blackListed, grades, serious, suspended] = await Promise.all([
    institutions().where(({ exists, selectFrom }) => exists(selectFrom('score_event').select('score_event.id').whereRef('score_event.subject_institution_id', '=', 'institution.id').where('score_event.occurred_on', '>', addMonths(asOf, -36)))).execute(),
    ctx.scoped.from('complaint').select(['subject_institution_id', 'received_on']).where('subject_institution_id', 'is not', null).where('received_on', '>', addDays(asOf, -180)).where('received_on', '<=', asOf).where(inRegion('complaint.region_code')).execute(),
    ctx.scoped.from('inspection').select(['subject_institution_id']).where('subject_institution_id', 'is not', null).where('result', '<>', 'COMPLIANT').where('inspected_on', '>', addMonths(asOf, -12)).where('inspected_on', '<=', asOf).execute(),
    ctx.scoped
      .from('license')
      .select(['license.id', 'license.holder_institution_id', 'license.valid_until'])
      .where('license.kind', '=', 'INSTITUTION_PRACTICE')
      .where('license.valid_until', '<=', addDays(asOf, 90))
      .where('license.valid_until', '>=', asOf)
      .where('license.status', '=', 'VALID')
      .where(inRegion('license.holder_institution_id', 'institution'))
      .execute(),
    // The latest 校验 on or before the day asked for: a later result is not yet known on that day.
    ctx.scoped
      .from('license_validation')
      .innerJoin('license', 'license.id', 'license_validation.license_id')
      .distinctOn('license_validation.license_id')
      .select(['license.holder_institution_id', 'license_validation.result', 'license_validation.validated_on'])
      .where('license_validation.validated_on', '<=', asOf)
      .where('license_validation.validated_on', '>', addMonths(asOf, -12))
      .orderBy('license_validation.license_id')
      .orderBy('license_validation.validated_on', 'desc')
      .orderBy('license_validation.id', 'desc')
      .execute(),
    ctx.scoped
      .from('credit_list_entry')
      .select(['subject_institution_id', 'expires_on'])
      .where('list', '=', 'BLACK')
      .where('subject_institution_id', 'is not', null)
      .where('decided_on', '<=', asOf)
      .where(({ or, eb }) => or([eb('expires_on', 'is', null), eb('expires_on', '>=', asOf)]))
      .where(({ or, eb }) => or([eb('removed_on', 'is', null), eb('removed_on', '>', asOf)]))
      .execute(),
    ctx.scoped
      .from('credit_evaluation')
      .distinctOn('institution_id')
      .select(['institution_id', 'grade', 'as_of'])
      .where('as_of', '<=', asOf)
      .orderBy('institution_id')
      .orderBy('as_of', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    ctx.scoped
      .from('penalty')
      .select(['subject_institution_id', 'decision_number', 'decided_on'])
      .where('subject_institution_id', 'is not', null)
      .where('severity', '=', 'SERIOUS')
      .where('decided_on', '>', addMonths(asOf, -12))
      .where('decided_on', '<=', asOf)
      .where(({ or, eb }) => or([eb('status', '=', 'EFFECTIVE'), eb('revoked_on', '>', asOf)]))
      .execute(),
    // 暂扣 in force on the day asked for, by the penalties that suspend (a revoked one no longer does).
    ctx.scoped
      .from('penalty')
      .innerJoin('penalty_license', 'penalty_license.penalty_id', 'penalty.id')
      .select(['penalty.subject_institution_id', 'penalty_license.suspended_until'])
      .where('penalty.subject_institution_id', 'is not', null)
      .where('penalty_license.action', '=', 'SUSPEND')
      .where('penalty.decided_on', '<=', asOf)
      .where('penalty_license.suspended_until', '>=', asOf)
      .where(({ or, eb }) => or([eb('penalty.status', '=', 'EFFECTIVE'), eb('penalty.revoked_on', '>', asOf)]))
      .execute(),
  ]);
  return { scored: scored.map((r) => r.id), complained, findings, expiring, validations, blackListed, grades, serious, suspended };
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
  for (const l of found.expiring) {
    if (lapsingIds.has(l.holder_institution_id!)) continue;
    lapsingIds.add(l.holder_institution_id!);
    add(l.holder_institution_id, { kind: 'LAPSING_LICENSE', detail: `license valid until ${l.valid_until}` });
  }
  for (const v of found.validations) {
    if (v.result === 'PASSED' || lapsingIds.has(v.holder_institution_id!)) continue;
    lapsingIds.add(v.holder_institution_id!);
    add(v.holder_institution_id, { kind: 'LAPSING_LICENSE', detail: `校验 ${v.result} on ${v.validated_on}` });
  }
  for (const e of found.blackListed) add(e.subject_institution_id, { kind: 'BLACK_LISTED', detail: `严重失信主体名单 until ${e.expires_on ?? '—'}` });
  for (const g of found.grades) if (g.grade === 'C' || g.grade === 'D') add(g.institution_id, { kind: 'LOW_CREDIT_GRADE', detail: `credit grade ${g.grade} as of ${g.as_of}` });
  for (const p of found.serious) add(p.subject_institution_id, { kind: 'SERIOUS_PENALTY', detail: `serious penalty ${p.decision_number} on ${p.decided_on}` });
  for (const p of found.suspended) add(p.subject_institution_id, { kind: 'SUSPENDED_LICENSE', detail: `license suspended until ${p.suspended_until}` });

  const ids = [...new Set([...found.scored, ...reasons.keys()])];
  const [low, high] = regionCode ? regionCodeRange(regionCode) : ['', '\uffff'];
  const rows = (await InstitutionNode.getDataloader(ctx).loadMany(ids)).filter(
    (r): r is InstitutionRow => !!r && !(r instanceof Error) && r.region_code >= low && r.region_code <= high,
  );
  // All candidates at once: their score events and facts are loaded in one batch, not one by one.
  const scored = rows.filter((r) => found.scored.includes(r.id));
  const statuses = await Promise.all(scored.map((row) => scoreStatusesOf(ctx, 'INSTITUTION', { id: row.id, regionCode: row.region_code }, asOf)));
  for (const [index, row] of scored.entries()) {
    for (const status of statuses[index]!) {
      for (const window of status.current.windows) {
        const reachedPoints = new Set(window.reached.map((r) => r.threshold.points));
        // Past a threshold: always listed, the more thresholds reached the higher.
        const highest = [...window.reached].sort((a, b) => b.threshold.points - a.threshold.points)[0];
        if (highest) {
          add(row.id, {
            kind: 'PAST_SCORE_THRESHOLD',
            detail: `${window.points} points, past ${highest.threshold.points} (${status.current.ruleSet.code}: ${highest.threshold.description})`,
            extraWeight: 2 * (window.reached.length - 1),
          });
        }
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
      return { institution, reasons: list, weight: list.reduce((sum, r) => sum + WEIGHTS[r.kind] + (r.extraWeight ?? 0), 0) };
    })
    .sort((a, b) => b.weight - a.weight || (a.institution.name < b.institution.name ? -1 : 1))
    .slice(0, first);
}

const RiskReasonKind = builder.enumType('RiskReasonKind', {
  values: {
    BLACK_LISTED: { description: '列入严重失信主体名单' },
    PAST_SCORE_THRESHOLD: { description: '记分已达阈值' },
    SUSPENDED_LICENSE: { description: '许可证被暂扣' },
    SERIOUS_PENALTY: { description: '12个月内受到情节严重的行政处罚' },
    LOW_CREDIT_GRADE: { description: '信用等级 C 或 D' },
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
    description:
      '风险预警 as of a date: institutions black-listed, past or near a score threshold, at credit grade C or D, with a serious penalty or a suspended license, rising complaints, repeated findings or a lapsing license (the latest 校验 on or before that date) — worst first, with reasons.',
    authScopes: { regulator: true, administrator: true },
    args: {
      regionCode: t.arg.string(),
      asOf: t.arg({ type: 'Date' }),
      first: t.arg.int({ defaultValue: 50 }),
    },
    resolve: (_root, args, ctx) => riskWatchlist(ctx, args.regionCode ?? null, args.asOf ?? todayInChina(), Math.min(Math.max(args.first ?? 50, 1), 200)),
  }),
}));
