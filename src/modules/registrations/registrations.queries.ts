import type { ScopedDb } from '../../auth/scope.js';

export const findRegistrationsByIds = (scoped: ScopedDb, ids: readonly string[]) =>
  scoped.from('practice_registration').selectAll().where('id', 'in', ids as string[]).execute();
