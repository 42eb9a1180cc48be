import { addDays } from './dates.js';
import { consequencesOf, evaluateWindows, type ScoredEvent, type SubjectFacts, type WindowStatus } from './evaluate.js';
import type { Consequence, RuleSetDefinition } from './rule-set.js';

export interface RuleSetVersion {
  id: string;
  version: number;
  effectiveFrom: string;
  definition: RuleSetDefinition;
}

/** The version in force on `date`: the latest whose effective date is not after it. */
export function versionInForce<V extends { effectiveFrom: string; version: number }>(versions: readonly V[], date: string): V | null {
  return (
    [...versions]
      .filter((v) => v.effectiveFrom <= date)
      .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.version - a.version : a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0] ?? null
  );
}

/** Points an item carries for `units`, under one version; null if the version has no such item. */
export function pointsFor(definition: RuleSetDefinition, itemCode: string, units: number): number | null {
  const item = definition.items.find((i) => i.code === itemCode);
  if (!item) return null;
  return item.perUnit ? item.points * units : item.points;
}

export interface CycleStatus {
  ruleSetVersion: RuleSetVersion;
  windows: WindowStatus[];
  consequences: Consequence[];
}

/**
 * Where a subject stands on `asOf` under one rule family: the windows containing that date, under
 * the version then in force (each event keeps the points of the version in force on its own date),
 * and the earlier windows back to the first event.
 */
export function scoreStatus(versions: readonly RuleSetVersion[], events: readonly ScoredEvent[], asOf: string, facts: SubjectFacts) {
  const at = (date: string): CycleStatus | null => {
    const version = versionInForce(versions, date);
    if (!version) return null;
    const epochYear = version.definition.epochYear ?? Number(version.effectiveFrom.slice(0, 4));
    const windows = evaluateWindows(version.definition, events, date, facts, epochYear);
    return { ruleSetVersion: version, windows, consequences: consequencesOf(windows) };
  };
  const current = at(asOf);
  const history: CycleStatus[] = [];
  const earliest = [...events].map((e) => e.occurredOn).sort()[0];
  let cursor = current;
  // Walk back window by window (by the first window's start) while events remain earlier.
  for (let guard = 0; cursor && earliest && guard < 50; guard++) {
    const start = cursor.windows.map((w) => w.start).sort()[0];
    if (!start || start <= earliest) break;
    const previous = at(addDays(start, -1));
    if (!previous) break;
    history.push(previous);
    cursor = previous;
  }
  return { current, history };
}
