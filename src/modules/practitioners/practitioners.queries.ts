import { sql } from 'kysely';
import type { ScopedDb } from '../../auth/scope.js';
import { countRows } from '../../db/count.js';
import { containsPattern } from '../../db/like.js';
import { regionCodeRange } from '../regions/regions.queries.js';
import { isAnyOf } from '../../db/any-of.js';

export const findPractitionersByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('practitioner').selectAll().where(isAnyOf('id', ids)).execute();

/** Practitioners holding the given certificate (license) numbers, with the number each holds. */
export const findPractitionersByCertificateNumbers = (scoped: ScopedDb, numbers: readonly string[]) =>
  scoped
    .from('practitioner')
    .innerJoin('license', 'practitioner.id', 'license.holder_practitioner_id')
    .selectAll('practitioner')
    .select('license.number as certificate_number')
    .where('license.number', 'in', numbers as string[])
    .execute();

export interface PractitionerFilter {
  /** Practises (active registration) at an institution in this region or below. */
  regionCode?: string | null;
  professions?: readonly string[] | null;
  /** Holds an active registration in one of these 执业类别. */
  practiceCategories?: readonly string[] | null;
  statuses?: readonly string[] | null;
  nameContains?: string | null;
}

export function filteredPractitioners(scoped: ScopedDb, filter: PractitionerFilter = {}) {
  let q = scoped.from('practitioner');
  if (filter.professions?.length) q = q.where('practitioner.profession', 'in', filter.professions as string[]);
  if (filter.statuses?.length) q = q.where('practitioner.status', 'in', filter.statuses as string[]);
  if (filter.nameContains) q = q.where('practitioner.name', 'like', containsPattern(filter.nameContains));
  if (filter.regionCode || filter.practiceCategories?.length) {
    q = q.where(({ exists, selectFrom }) => {
      let registrations = selectFrom('practice_registration')
        .select(sql`1`.as('one'))
        .whereRef('practice_registration.practitioner_id', '=', 'practitioner.id')
        .where('practice_registration.status', '=', 'ACTIVE');
      if (filter.practiceCategories?.length) {
        registrations = registrations.where('practice_registration.practice_category', 'in', filter.practiceCategories as string[]);
      }
      if (filter.regionCode) {
        const [low, high] = regionCodeRange(filter.regionCode);
        registrations = registrations
          .innerJoin('institution', 'institution.id', 'practice_registration.institution_id')
          .where('institution.region_code', '>=', low)
          .where('institution.region_code', '<=', high);
      }
      return exists(registrations);
    });
  }
  return q;
}

export const countPractitioners = (scoped: ScopedDb, filter: PractitionerFilter) => countRows(filteredPractitioners(scoped, filter));
