import { sql } from 'kysely';
import type { ScopedDb } from '../../auth/scope.js';
import { countRows } from '../../db/count.js';
import { containsPattern } from '../../db/like.js';
import { regionCodeRange } from '../regions/regions.queries.js';
import { isAnyOf } from '../../db/any-of.js';

export const findInstitutionsByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('institution').selectAll().where(isAnyOf('id', ids)).execute();

export const findInstitutionsByUscc = (scoped: ScopedDb, codes: readonly string[]) =>
  scoped.from('institution').selectAll().where('uscc', 'in', codes as string[]).execute();

export interface InstitutionFilter {
  regionCode?: string | null;
  categories?: readonly string[] | null;
  ownerships?: readonly string[] | null;
  profitStatuses?: readonly string[] | null;
  grades?: readonly string[] | null;
  statuses?: readonly string[] | null;
  /** Institutions holding a license that ends before this date (yyyy-MM-dd). */
  licenseExpiringBefore?: string | null;
  /** Substring of the name; works for Chinese (人民医院) through the trigram index. */
  nameContains?: string | null;
}

/** Institutions matching `filter`, as a query that callers page or count. */
export function filteredInstitutions(scoped: ScopedDb, filter: InstitutionFilter = {}) {
  let q = scoped.from('institution');
  if (filter.regionCode) {
    const [low, high] = regionCodeRange(filter.regionCode);
    q = q.where('institution.region_code', '>=', low).where('institution.region_code', '<=', high);
  }
  if (filter.categories?.length) q = q.where('institution.category', 'in', filter.categories as string[]);
  if (filter.ownerships?.length) q = q.where('institution.ownership', 'in', filter.ownerships as string[]);
  if (filter.profitStatuses?.length) q = q.where('institution.profit_status', 'in', filter.profitStatuses as string[]);
  if (filter.grades?.length) q = q.where('institution.grade', 'in', filter.grades as string[]);
  if (filter.statuses?.length) q = q.where('institution.status', 'in', filter.statuses as string[]);
  if (filter.nameContains) q = q.where('institution.name', 'like', containsPattern(filter.nameContains));
  if (filter.licenseExpiringBefore) {
    const before = filter.licenseExpiringBefore;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('license')
          .select(sql`1`.as('one'))
          .whereRef('license.holder_institution_id', '=', 'institution.id')
          .where('license.valid_until', '<', before),
      ),
    );
  }
  return q;
}

export const countInstitutions = (scoped: ScopedDb, filter: InstitutionFilter) => countRows(filteredInstitutions(scoped, filter));
