import type { ScopedDb } from '../../auth/scope.js';
import { containsPattern } from '../../db/like.js';
import { regionCodeRange } from '../regions/regions.queries.js';
import { isAnyOf } from '../../db/any-of.js';

export const findCasesByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('unlicensed_practice_case').selectAll().where(isAnyOf('id', ids)).execute();

export interface CaseFilter {
  regionCode?: string | null;
  kinds?: readonly string[] | null;
  statuses?: readonly string[] | null;
  plugins?: readonly string[] | null;
  decidedFrom?: string | null;
  decidedUntil?: string | null;
  nameContains?: string | null;
}

export function filteredCases(scoped: ScopedDb, filter: CaseFilter = {}) {
  let q = scoped.from('unlicensed_practice_case');
  if (filter.regionCode) {
    const [low, high] = regionCodeRange(filter.regionCode);
    q = q.where('unlicensed_practice_case.region_code', '>=', low).where('unlicensed_practice_case.region_code', '<=', high);
  }
  if (filter.kinds?.length) q = q.where('unlicensed_practice_case.kind', 'in', filter.kinds as string[]);
  if (filter.statuses?.length) q = q.where('unlicensed_practice_case.status', 'in', filter.statuses as string[]);
  if (filter.plugins?.length) q = q.where('unlicensed_practice_case.plugin', 'in', filter.plugins as string[]);
  if (filter.decidedFrom) q = q.where('unlicensed_practice_case.decided_on', '>=', filter.decidedFrom);
  if (filter.decidedUntil) q = q.where('unlicensed_practice_case.decided_on', '<=', filter.decidedUntil);
  if (filter.nameContains?.trim()) q = q.where('unlicensed_practice_case.person_name', 'like', containsPattern(filter.nameContains.trim()));
  return q;
}
