import { addMonths } from '../scoring/dates.js';
import type { CreditGrade, CreditSchemeDefinition } from './scheme.js';

/** What the scheme reads about one institution. Dates are yyyy-MM-dd. */
export interface CreditInputs {
  penalties: { id: string; decidedOn: string; severity: 'MINOR' | 'GENERAL' | 'SERIOUS'; revoked: boolean }[];
  scoreEvents: { id: string; occurredOn: string; points: number; reversed: boolean }[];
  complaints: { id: string; closedOn: string | null; substantiated: boolean | null }[];
  selfInspections: { id: string; inspectedOn: string }[];
  commitmentBreaches: { id: string; breachedOn: string }[];
  /** 严重失信主体名单 entries, whatever their state; those in force on `asOf` decide the grade. */
  blackListEntries?: BlackListEntry[];
}

export interface BlackListEntry {
  id: string;
  decidedOn: string;
  expiresOn: string | null;
  removedOn: string | null;
}

/** In force on `date`: decided, not yet past its last day, not removed (repair or revocation) by then. */
export const inForceOn = (e: BlackListEntry, date: string) => e.decidedOn <= date && (e.expiresOn === null || e.expiresOn >= date) && (e.removedOn === null || e.removedOn > date);

export interface Deduction {
  /** PENALTY, SCORE_POINTS, COMPLAINTS, NO_SELF_INSPECTION, COMMITMENT_BREACH, BLACK_LIST (no points: it sets grade D) */
  kind: string;
  points: number;
  recordIds: string[];
  detail: string;
}

export interface CreditResult {
  score: number;
  grade: CreditGrade;
  deductions: Deduction[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Evaluates an institution's credit on `asOf`; the deductions say exactly which records counted. */
export function evaluateCredit(scheme: CreditSchemeDefinition, inputs: CreditInputs, asOf: string): CreditResult {
  const since = (months: number) => addMonths(asOf, -months);
  const within = (date: string | null, months: number) => date !== null && date > since(months) && date <= asOf;
  const deductions: Deduction[] = [];

  for (const p of inputs.penalties.filter((p) => !p.revoked && within(p.decidedOn, scheme.penalties.lookbackMonths))) {
    deductions.push({ kind: 'PENALTY', points: scheme.penalties.deduction[p.severity], recordIds: [p.id], detail: `${p.severity} penalty on ${p.decidedOn}` });
  }
  const scored = inputs.scoreEvents.filter((e) => !e.reversed && within(e.occurredOn, scheme.scorePoints.lookbackMonths));
  const points = scored.reduce((sum, e) => sum + e.points, 0);
  if (points > 0) {
    deductions.push({
      kind: 'SCORE_POINTS',
      points: Math.min(scheme.scorePoints.cap, points * scheme.scorePoints.deductionPerPoint),
      recordIds: scored.map((e) => e.id),
      detail: `${points} adverse-practice points`,
    });
  }
  const complaints = inputs.complaints.filter((c) => c.substantiated === true && within(c.closedOn, scheme.complaints.lookbackMonths));
  if (complaints.length > 0) {
    deductions.push({
      kind: 'COMPLAINTS',
      points: Math.min(scheme.complaints.cap, complaints.length * scheme.complaints.deductionEach),
      recordIds: complaints.map((c) => c.id),
      detail: `${complaints.length} substantiated complaints`,
    });
  }
  if (!inputs.selfInspections.some((s) => within(s.inspectedOn, scheme.selfInspection.lookbackMonths))) {
    deductions.push({ kind: 'NO_SELF_INSPECTION', points: scheme.selfInspection.deductionIfNone, recordIds: [], detail: `no self-inspection in ${scheme.selfInspection.lookbackMonths} months` });
  }
  for (const b of inputs.commitmentBreaches.filter((b) => within(b.breachedOn, scheme.commitments.lookbackMonths))) {
    deductions.push({ kind: 'COMMITMENT_BREACH', points: scheme.commitments.deductionPerBreach, recordIds: [b.id], detail: `commitment broken on ${b.breachedOn}` });
  }
  const score = Math.max(0, round1(scheme.base - deductions.reduce((sum, d) => sum + d.points, 0)));
  // A black-list entry in force puts the subject at D whatever its score (严重失信).
  const listed = (inputs.blackListEntries ?? []).filter((e) => inForceOn(e, asOf));
  if (listed.length > 0) {
    deductions.push({ kind: 'BLACK_LIST', points: 0, recordIds: listed.map((e) => e.id), detail: '严重失信主体名单 in force: grade D whatever the score' });
  }
  const grade = listed.length > 0 ? 'D' : (scheme.grades.find((g) => score >= g.minimum)?.grade ?? 'D');
  return { score, grade, deductions: deductions.map((d) => ({ ...d, points: round1(d.points) })) };
}
