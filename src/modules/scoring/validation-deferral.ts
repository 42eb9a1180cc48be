import type { Transaction } from 'kysely';
import { scopedDb } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import type { DB } from '../../db/schema.generated.js';
import type { ScoredEvent } from '../../domain/scoring/evaluate.js';
import { scoreStatus } from '../../domain/scoring/status.js';
import { familiesFor } from './score-status.js';
import { findAllRuleSets, institutionFacts } from './scoring.queries.js';

/**
 * The rule sets whose score status on `asOf` calls for 暂缓校验 (a VALIDATION_DEFERRED consequence
 * reached in the window containing that day), by title. Read inside the writing transaction so a
 * validation is judged on the same records it is written beside.
 */
export async function rulesCallingForDeferral(trx: Transaction<DB>, viewer: Viewer, institutionId: string, asOf: string): Promise<string[]> {
  const institution = await trx.selectFrom('institution').select('region_code').where('id', '=', institutionId).executeTakeFirst();
  if (!institution) return [];
  const [ruleSets, events, [facts]] = await Promise.all([
    findAllRuleSets(trx),
    trx.selectFrom('score_event').selectAll().where('subject_institution_id', '=', institutionId).execute(),
    institutionFacts(scopedDb(trx, viewer), [institutionId]),
  ]);
  const calling: string[] = [];
  for (const [code, versions] of familiesFor(ruleSets, 'INSTITUTION', institution.region_code)) {
    const scored: ScoredEvent[] = events
      .filter((e) => e.rule_code === code && e.occurred_on <= asOf)
      .map((e) => ({ id: e.id, occurredOn: e.occurred_on, points: e.points, reversed: e.status === 'APPEAL_UPHELD' }));
    const { current } = scoreStatus(versions.map((v) => v.versionData), scored, asOf, facts!);
    if (current?.consequences.includes('VALIDATION_DEFERRED')) calling.push(versions.at(-1)!.title);
  }
  return calling;
}
