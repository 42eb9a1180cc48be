import { addYears, monthsBetween } from './dates.js';
import type { Consequence, RuleSetDefinition, ScoreThreshold, ScoreWindow } from './rule-set.js';

/** A scored event as the engine sees it: its date, its points, and whether an appeal reversed it. */
export interface ScoredEvent {
  id: string;
  occurredOn: string;
  points: number;
  reversed: boolean;
}

/** Facts about the subject that place its windows. */
export interface SubjectFacts {
  /** Date of the license that anchors license and validation windows; null: none on record. */
  licenseDate: string | null;
  /** 1 or 3 years between 校验 (institutions); null for practitioners. */
  validationPeriodYears: 1 | 3 | null;
  /** Dates of passed 校验, any order. */
  passedValidations: readonly string[];
}

export interface WindowStatus {
  kind: ScoreWindow['kind'];
  years: number;
  start: string;
  /** Exclusive. */
  end: string;
  /** Counting starts after this passed 校验, if one reset the window. */
  resetAfter: string | null;
  points: number;
  eventIds: string[];
  reached: { threshold: ScoreThreshold; triggeredBy: string[] }[];
}

/** The window of `kind` and `years` that contains `asOf`. */
export function windowContaining(window: Pick<ScoreWindow, 'kind' | 'years'>, asOf: string, facts: SubjectFacts, epochYear: number) {
  if (window.kind === 'CALENDAR_YEAR' || !facts.licenseDate) {
    const year = Number(asOf.slice(0, 4));
    const first = year - ((((year - epochYear) % window.years) + window.years) % window.years);
    return { start: `${first}-01-01`, end: `${first + window.years}-01-01` };
  }
  const periodMonths = window.years * 12;
  const elapsed = monthsBetween(facts.licenseDate, asOf);
  const k = Math.floor(elapsed / periodMonths);
  const start = addYears(facts.licenseDate, k * window.years);
  return { start, end: addYears(start, window.years) };
}

function appliesTo(window: ScoreWindow, facts: SubjectFacts) {
  return window.appliesToValidationPeriod === undefined || window.appliesToValidationPeriod === facts.validationPeriodYears;
}

/** Points, thresholds reached and their triggering events, in each applicable window containing `asOf`. */
export function evaluateWindows(definition: RuleSetDefinition, events: readonly ScoredEvent[], asOf: string, facts: SubjectFacts, epochYear: number): WindowStatus[] {
  return definition.windows.filter((w) => appliesTo(w, facts)).map((window) => evaluateWindow(window, events, asOf, facts, epochYear));
}

export function evaluateWindow(window: ScoreWindow, events: readonly ScoredEvent[], asOf: string, facts: SubjectFacts, epochYear: number): WindowStatus {
  const { start, end } = windowContaining(window, asOf, facts, epochYear);
  const resetAfter = window.resetOnValidationPass
    ? ([...facts.passedValidations].filter((d) => d >= start && d < end && d <= asOf).sort().at(-1) ?? null)
    : null;
  const counted = events
    .filter((e) => !e.reversed && e.occurredOn >= start && e.occurredOn < end && e.occurredOn <= asOf)
    .filter((e) => resetAfter === null || e.occurredOn > resetAfter)
    .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
  const points = counted.reduce((sum, e) => sum + e.points, 0);
  const reached = window.thresholds.flatMap((threshold) => {
    if (threshold.basis === 'SINGLE_EVENT') {
      const triggeredBy = counted.filter((e) => e.points >= threshold.points).map((e) => e.id);
      return triggeredBy.length ? [{ threshold, triggeredBy }] : [];
    }
    if (points < threshold.points) return [];
    // The event that carried the total over the threshold.
    let running = 0;
    const crossing = counted.find((e) => (running += e.points) >= threshold.points)!;
    return [{ threshold, triggeredBy: [crossing.id] }];
  });
  return { kind: window.kind, years: window.years, start, end, resetAfter, points, eventIds: counted.map((e) => e.id), reached };
}

/** Every consequence reached across windows, once each. */
export function consequencesOf(windows: readonly WindowStatus[]): Consequence[] {
  return [...new Set(windows.flatMap((w) => w.reached.flatMap((r) => r.threshold.consequences.map((c) => c.kind))))];
}
