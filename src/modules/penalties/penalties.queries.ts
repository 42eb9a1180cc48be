import type { ScopedDb } from '../../auth/scope.js';
import { regionCodeRange } from '../regions/regions.queries.js';
import { isAnyOf } from '../../db/any-of.js';

export const findPenaltiesByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('penalty').selectAll().where(isAnyOf('id', ids)).execute();

/** Licenses each penalty suspends or revokes, with the license rows. */
export async function findAffectedLicenses(scoped: ScopedDb, penaltyIds: readonly string[]) {
  const rows = await scoped
    .from('license')
    .innerJoin('penalty_license', 'penalty_license.license_id', 'license.id')
    .selectAll('license')
    .select(['penalty_license.penalty_id', 'penalty_license.action', 'penalty_license.suspended_until'])
    .where(isAnyOf('penalty_license.penalty_id', penaltyIds))
    .orderBy('license.id')
    .execute();
  return penaltyIds.map((id) => rows.filter((r) => r.penalty_id === id));
}

export interface PenaltyFilter {
  regionCode?: string | null;
  severities?: readonly string[] | null;
  statuses?: readonly string[] | null;
  decidedFrom?: string | null;
  decidedUntil?: string | null;
}

export function filteredPenalties(scoped: ScopedDb, filter: PenaltyFilter = {}) {
  let q = scoped.from('penalty');
  if (filter.severities?.length) q = q.where('penalty.severity', 'in', filter.severities as string[]);
  if (filter.statuses?.length) q = q.where('penalty.status', 'in', filter.statuses as string[]);
  if (filter.decidedFrom) q = q.where('penalty.decided_on', '>=', filter.decidedFrom);
  if (filter.decidedUntil) q = q.where('penalty.decided_on', '<=', filter.decidedUntil);
  if (filter.regionCode) {
    const [low, high] = regionCodeRange(filter.regionCode);
    q = q.where(({ or, exists, selectFrom }) =>
      or([
        exists(selectFrom('institution').select('institution.id').whereRef('institution.id', '=', 'penalty.subject_institution_id').where('institution.region_code', '>=', low).where('institution.region_code', '<=', high)),
        exists(selectFrom('practitioner').select('practitioner.id').whereRef('practitioner.id', '=', 'penalty.subject_practitioner_id').where('practitioner.region_code', '>=', low).where('practitioner.region_code', '<=', high)),
      ]),
    );
  }
  return q;
}
