import { sql, type Selectable, type Transaction } from 'kysely';
import { ownedBy, visibleTo } from '../auth/scope.js';
import type { Viewer } from '../auth/viewer.js';
import type { DB } from '../db/schema.generated.js';
import { InvalidInputError, NotFoundError, VersionConflictError } from './errors.js';

type VersionedTable = 'institution' | 'practitioner' | 'practice_registration' | 'license' | 'penalty' | 'inspection' | 'complaint';

/**
 * Only rows the viewer owns (auth/scope.ts `ownedBy`) can be changed. Rows he cannot see answer
 * NotFound, like missing rows; rows he sees but another jurisdiction keeps answer OUT_OF_JURISDICTION.
 * Optimistic concurrency: the update applies only if the row is still at the version the client
 * read; otherwise the caller gets a typed conflict (or not-found) and nothing changes.
 */
export async function updateVersioned<T extends VersionedTable>(
  trx: Transaction<DB>,
  viewer: Viewer,
  table: T,
  target: { id: string; globalId: string; version: number },
  changes: Record<string, unknown>,
): Promise<Selectable<DB[T]>> {
  const updated = await trx
    .updateTable(table as VersionedTable)
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` } as any)
    .where('id', '=', target.id)
    .where(ownedBy(viewer, table))
    .where('version', '=', target.version)
    .returningAll()
    .executeTakeFirst();
  if (updated) return updated as unknown as Selectable<DB[T]>;
  const current = await trx
    .selectFrom(table as VersionedTable)
    .select(['version', sql<boolean>`${ownedBy(viewer, table)}`.as('owned')])
    .where('id', '=', target.id)
    .where(visibleTo(viewer, table))
    .executeTakeFirst();
  if (!current) throw new NotFoundError(target.globalId);
  if (!current.owned) throw new InvalidInputError([{ field: 'input.id', code: 'OUT_OF_JURISDICTION', message: 'this record is kept by another jurisdiction' }]);
  throw new VersionConflictError(target.version, current.version);
}
