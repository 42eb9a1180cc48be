import type { ScopedDb } from '../../auth/scope.js';
import { isAnyOf } from '../../db/any-of.js';

export const findInspectionsByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('inspection').selectAll().where(isAnyOf('id', ids)).execute();

export const findInspectorsByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('inspector').selectAll().where(isAnyOf('id', ids)).execute();

/** The inspector ids of each inspection. */
export async function findInspectionInspectors(scoped: ScopedDb, inspectionIds: readonly string[]) {
  const rows = await scoped.db
    .selectFrom('inspection_inspector')
    .select(['inspection_id', 'inspector_id'])
    .where(isAnyOf('inspection_id', inspectionIds))
    .orderBy('inspector_id')
    .execute();
  return inspectionIds.map((id) => rows.filter((r) => r.inspection_id === id).map((r) => r.inspector_id));
}
