import { sql } from 'kysely';
import type { ScopedDb } from '../../auth/scope.js';
import { findAllRuleSets } from '../scoring/scoring.queries.js';
import { scoreStatusesOfSubjects, type SubjectKind, type SubjectScoreStatus } from '../scoring/score-status.js';
import type { ComputedLines } from './export-types.js';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/**
 * 记分状态 lines: one per institution or practitioner with score events, computed (never stored)
 * by the scoring engine as the graph's `scoreStatus` is, as of the day it is read. Each carries
 * the current cycle under every rule family binding the subject; earlier cycles are in the graph.
 */
export function scoreStatusLines(type: string, kind: SubjectKind): ComputedLines {
  const subjectType = kind === 'INSTITUTION' ? 'Institution' : 'Practitioner';
  const column = kind === 'INSTITUTION' ? 'subject_institution_id' : 'subject_practitioner_id';
  return {
    rows: sql<boolean>`EXISTS (SELECT 1 FROM score_event AS e WHERE ${sql.ref(`e.${column}`)} = r.id)`,
    async lines(scoped: ScopedDb, ids: readonly string[], asOf: string) {
      const statuses = await scoreStatusesOfSubjects(scoped, kind, ids, asOf, await findAllRuleSets(scoped.db));
      const lines = new Map<string, string>();
      for (const [id, subjectStatuses] of statuses) {
        const record = { subjectId: globalId(subjectType, id), asOf, statuses: subjectStatuses.map(statusRecord) };
        lines.set(id, JSON.stringify({ type, id: globalId(type, id), record }));
      }
      return lines;
    },
  };
}

/** What a consumer needs of a standing, in the graph's names: thresholds by value, events by global id. */
export function statusRecord(status: SubjectScoreStatus) {
  const { ruleSet, windows, consequences } = status.current;
  return {
    ruleSetCode: ruleSet.code,
    ruleSetVersion: ruleSet.version,
    consequences,
    windows: windows.map((w) => ({
      kind: w.kind,
      years: w.years,
      start: w.start,
      end: w.end,
      resetAfter: w.resetAfter,
      points: w.points,
      eventIds: w.eventIds.map((e) => globalId('ScoreEvent', e)),
      thresholdsReached: w.reached.map((r) => ({
        basis: r.threshold.basis,
        points: r.threshold.points,
        description: r.threshold.description,
        consequences: r.threshold.consequences.map((c) => c.kind),
        triggeredBy: r.triggeredBy.map((e) => globalId('ScoreEvent', e)),
      })),
    })),
  };
}
