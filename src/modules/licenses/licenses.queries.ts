import type { Kysely, Selectable } from 'kysely';
import type { ScopedDb } from '../../auth/scope.js';
import type { DB } from '../../db/schema.generated.js';
import { addDays } from '../../domain/scoring/dates.js';
import { todayInChina } from '../../domain/today.js';
import { statusOn } from './license-status.js';
import { isAnyOf } from '../../db/any-of.js';
import { selectNeeded, withColumns, type RowNeeds } from '../../graphql/selected-columns.js';

export const findLicensesByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('license').selectAll().where(isAnyOf('id', ids)).execute();

export const findLicensesByNumbers = (scoped: ScopedDb, numbers: readonly string[]) =>
  scoped.from('license').selectAll().where('number', 'in', numbers as string[]).execute();

/**
 * Validations of each license the viewer already sees, oldest first, with the columns `needs`
 * asks for (a license's visibility proves its validations', see `scope.ts`).
 */
export async function findValidationsOfVisibleLicenses(scoped: ScopedDb, licenseIds: readonly string[], needs: RowNeeds) {
  const rows: { license_id: string }[] = await selectNeeded(scoped.childrenOf('license_validation', 'license_id'), 'license_validation', withColumns(needs, 'license_id'))
    .where(isAnyOf('license_validation.license_id', licenseIds))
    .orderBy('license_validation.validated_on')
    .orderBy('license_validation.id')
    .execute();
  const byLicense = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byLicense.get(row.license_id) ?? [];
    list.push(row);
    byLicense.set(row.license_id, list);
  }
  return licenseIds.map((id) => byLicense.get(id) ?? []);
}

export type LicenseStatusChangeView = Pick<
  Selectable<DB['license_status_change']>,
  'from_status' | 'to_status' | 'effective_on' | 'cause' | 'penalty_id' | 'note' | 'recorded_by'
>;

/**
 * Status changes of each license, oldest first. Reached only through a license the viewer may see.
 * A suspension whose last day is past but not yet ended by the daily job is shown as ended, as
 * `License.status` shows it.
 */
export async function findStatusChangesByLicenseIds(db: Kysely<DB>, licenseIds: readonly string[]): Promise<LicenseStatusChangeView[][]> {
  const [rows, licenses] = await Promise.all([
    db.selectFrom('license_status_change').selectAll().where(isAnyOf('license_id', licenseIds)).orderBy('effective_on').orderBy('id').execute(),
    db.selectFrom('license').select(['id', 'status', 'status_until', 'status_after', 'status_penalty_id']).where(isAnyOf('id', licenseIds)).execute(),
  ]);
  const today = todayInChina();
  return licenseIds.map((id) => {
    const changes: LicenseStatusChangeView[] = rows.filter((r) => r.license_id === id);
    const license = licenses.find((l) => l.id === id);
    if (license?.status_until && statusOn(license, today) !== license.status) {
      changes.push({
        from_status: license.status,
        to_status: license.status_after!,
        effective_on: addDays(license.status_until, 1),
        cause: 'SUSPENSION_ENDED',
        penalty_id: license.status_penalty_id,
        note: null,
        recorded_by: 'system',
      });
    }
    return changes;
  });
}
