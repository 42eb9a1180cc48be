import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';

export const findRegistrationsByIds = (db: Kysely<DB>, ids: readonly string[]) =>
  db.selectFrom('practice_registration').selectAll().where('id', 'in', ids as string[]).execute();
