import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';

export const findLicensesByIds = (db: Kysely<DB>, ids: readonly string[]) =>
  db.selectFrom('license').selectAll().where('id', 'in', ids as string[]).execute();

export const findLicensesByNumbers = (db: Kysely<DB>, numbers: readonly string[]) =>
  db.selectFrom('license').selectAll().where('number', 'in', numbers as string[]).execute();

/** Validations of each license, oldest first. */
export async function findValidationsByLicenseIds(db: Kysely<DB>, licenseIds: readonly string[]) {
  const rows = await db
    .selectFrom('license_validation')
    .selectAll()
    .where('license_id', 'in', licenseIds as string[])
    .orderBy('validated_on')
    .orderBy('id')
    .execute();
  return licenseIds.map((id) => rows.filter((r) => r.license_id === id));
}
