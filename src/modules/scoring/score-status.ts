import type { ScoredEvent, SubjectFacts } from '../../domain/scoring/evaluate.js';
import { scoreStatus } from '../../domain/scoring/status.js';
import type { ScopedDb } from '../../auth/scope.js';
import type { RequestContext } from '../../server/context.js';
import {
  bindsRegion,
  findAllRuleSets,
  findScoreEventsBySubjects,
  institutionFacts,
  practitionerFacts,
  type RuleSetRow,
  type SubjectColumn,
} from './scoring.queries.js';

export type SubjectKind = 'INSTITUTION' | 'PRACTITIONER';
type ScoreEventRow = Awaited<ReturnType<typeof findScoreEventsBySubjects>>[number];
const COLUMN: Record<SubjectKind, SubjectColumn> = { INSTITUTION: 'subject_institution_id', PRACTITIONER: 'subject_practitioner_id' };

/** All rule sets, read once per request. */
export const ruleSetsOf = (ctx: RequestContext) =>
  ctx.loader<'all', RuleSetRow[]>('scoreRuleSets', async (keys) => {
    const all = await findAllRuleSets(ctx.db);
    return keys.map(() => all);
  }).load('all');

/** A subject's score events, batched across the subjects of a page. */
export const scoreEventsOf = (ctx: RequestContext, kind: SubjectKind, subjectId: string) =>
  ctx
    .loader<string, Awaited<ReturnType<typeof findScoreEventsBySubjects>>>(`scoreEvents:${kind}`, async (ids) => {
      const rows = await findScoreEventsBySubjects(ctx.scoped, COLUMN[kind], ids);
      return ids.map((id) => rows.filter((r) => String(r[COLUMN[kind]]) === id));
    })
    .load(subjectId);

const factsOf = (ctx: RequestContext, kind: SubjectKind, subjectId: string) =>
  ctx
    .loader<string, SubjectFacts>(`scoreFacts:${kind}`, (ids): Promise<SubjectFacts[]> =>
      kind === 'INSTITUTION' ? institutionFacts(ctx.scoped, ids) : practitionerFacts(ctx.scoped, ids),
    )
    .load(subjectId);

/** The rule families (codes) that bind a subject of `kind` located in `regionCode`. */
export function familiesFor(ruleSets: RuleSetRow[], kind: SubjectKind, regionCode: string): Map<string, RuleSetRow[]> {
  const families = new Map<string, RuleSetRow[]>();
  for (const r of ruleSets) {
    if (r.subjectKind !== kind || !bindsRegion(r.jurisdictionCode, regionCode)) continue;
    families.set(r.code, [...(families.get(r.code) ?? []), r]);
  }
  return families;
}

/** Where a subject stands under each rule family that binds it, on `asOf`. */
export async function scoreStatusesOf(ctx: RequestContext, kind: SubjectKind, subject: { id: string; regionCode: string }, asOf: string) {
  const [ruleSets, events, facts] = await Promise.all([ruleSetsOf(ctx), scoreEventsOf(ctx, kind, subject.id), factsOf(ctx, kind, subject.id)]);
  return statusesFor(ruleSets, kind, subject.regionCode, events, facts, asOf);
}

export type SubjectScoreStatus = ReturnType<typeof statusesFor>[number];

/** The standing under each rule family binding a subject of `kind` in `regionCode`, from its events and facts. */
export function statusesFor(ruleSets: RuleSetRow[], kind: SubjectKind, regionCode: string, events: readonly ScoreEventRow[], facts: SubjectFacts, asOf: string) {
  const byId = new Map(ruleSets.map((r) => [r.id, r]));
  const statuses = [];
  for (const [code, versions] of familiesFor(ruleSets, kind, regionCode)) {
    const scored: ScoredEvent[] = events
      .filter((e) => e.rule_code === code)
      .map((e) => ({ id: e.id, occurredOn: e.occurred_on, points: e.points, reversed: e.status === 'APPEAL_UPHELD' }));
    const { current, history } = scoreStatus(versions.map((v) => v.versionData), scored, asOf, facts);
    if (!current) continue; // no version in force yet
    const withRow = (cycle: typeof current) => ({ ...cycle, ruleSet: byId.get(cycle.ruleSetVersion.id)! });
    statuses.push({ asOf, current: withRow(current), history: history.map(withRow) });
  }
  return statuses;
}

/**
 * The standing of many subjects at once (exports and the daily ageing run): their rows, events
 * and facts read through `scoped` in a few statements. Subjects `scoped` cannot see are absent.
 */
export async function scoreStatusesOfSubjects(scoped: ScopedDb, kind: SubjectKind, ids: readonly string[], asOf: string, ruleSets: RuleSetRow[]) {
  if (ids.length === 0) return new Map<string, SubjectScoreStatus[]>();
  const [subjects, events, facts] = await Promise.all([
    scoped.from(kind === 'INSTITUTION' ? 'institution' : 'practitioner').select(['id', 'region_code']).where('id', 'in', ids as string[]).execute(),
    findScoreEventsBySubjects(scoped, COLUMN[kind], ids),
    kind === 'INSTITUTION' ? institutionFacts(scoped, ids) : practitionerFacts(scoped, ids),
  ]);
  const eventsOf = new Map<string, ScoreEventRow[]>();
  for (const event of events) {
    const subject = String(event[COLUMN[kind]]);
    eventsOf.set(subject, [...(eventsOf.get(subject) ?? []), event]);
  }
  const factsOf = new Map(ids.map((id, index) => [id, facts[index]!]));
  return new Map(subjects.map((s) => [s.id, statusesFor(ruleSets, kind, s.region_code, eventsOf.get(s.id) ?? [], factsOf.get(s.id)!, asOf)]));
}
