import type { Kysely } from 'kysely';
import type { ScopedDb } from '../../auth/scope.js';
import type { PractitionerRow } from '../../db/rows.js';
import type { DB } from '../../db/schema.generated.js';
import { isAnyOf } from '../../db/any-of.js';

export const findRegistrationsByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('practice_registration').selectAll().where(isAnyOf('id', ids)).execute();

/**
 * The practitioners of registrations the viewer has already been shown, in the order of `ids`.
 * Unscoped on purpose: seeing a registration implies seeing its practitioner (see `scope.ts`).
 */
export async function findPractitionersOfVisibleRegistrations(db: Kysely<DB>, ids: readonly string[]): Promise<(PractitionerRow | Error)[]> {
  const rows = await db.selectFrom('practitioner').selectAll().where(isAnyOf('id', ids)).execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? new Error(`practitioner ${id} not found`));
}
