import type { ScopedDb } from '../../auth/scope.js';

export const findLicensesByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('license').selectAll().where('id', 'in', ids as string[]).execute();

export const findLicensesByNumbers = (scoped: ScopedDb, numbers: readonly string[]) =>
  scoped.from('license').selectAll().where('number', 'in', numbers as string[]).execute();

/** Validations of each license, oldest first. */
export async function findValidationsByLicenseIds(scoped: ScopedDb, licenseIds: readonly string[]) {
  const rows = await scoped
    .from('license_validation')
    .selectAll()
    .where('license_id', 'in', licenseIds as string[])
    .orderBy('validated_on')
    .orderBy('id')
    .execute();
  return licenseIds.map((id) => rows.filter((r) => r.license_id === id));
}
