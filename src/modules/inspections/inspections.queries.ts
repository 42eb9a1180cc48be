import type { ScopedDb } from '../../auth/scope.js';

export const findInspectionsByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('inspection').selectAll().where('id', 'in', ids as string[]).execute();

export const findInspectorsByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('inspector').selectAll().where('id', 'in', ids as string[]).execute();

/** The inspector ids of each inspection. */
export async function findInspectionInspectors(scoped: ScopedDb, inspectionIds: readonly string[]) {
  const rows = await scoped.db
    .selectFrom('inspection_inspector')
    .select(['inspection_id', 'inspector_id'])
    .where('inspection_id', 'in', inspectionIds as string[])
    .orderBy('inspector_id')
    .execute();
  return inspectionIds.map((id) => rows.filter((r) => r.inspection_id === id).map((r) => r.inspector_id));
}
