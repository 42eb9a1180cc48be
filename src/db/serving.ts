import { sql } from 'kysely';
import type { Logger } from 'pino';
import { openDatabase, type Database } from './connect.js';
import { currentRole, grantServingPrivileges, relationsOwnedBy } from './roles.js';

/** The role the embedded database serves as, taken with SET ROLE once migrations are done. */
export const EMBEDDED_SERVING_ROLE = 'jianguan_serving';

export class ServingRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServingRoleError';
  }
}

/**
 * Brings the database up to date as its owner, then leaves `database` serving as a role that
 * owns nothing (see roles.ts):
 *
 * - PostgreSQL with MIGRATION_DATABASE_URL: migrations run through that URL (the owner), which
 *   then grants DATABASE_URL's role what the hub needs. Start-up stops if both log in as the same
 *   role, or if the serving role owns any table.
 * - PostgreSQL with DATABASE_URL only: migrations and serving share one role, as before; a
 *   warning says the hub could disable the audit log's trigger.
 * - Embedded: its one user migrates, then the shared session switches to EMBEDDED_SERVING_ROLE,
 *   so every statement the hub issues runs without ownership.
 */
export async function prepareServingDatabase(
  database: Database,
  options: { migrationUrl: string | undefined; connectionTimeoutMs: number; migrate: (owner: Database) => Promise<string[]> },
  logger: Logger,
): Promise<string[]> {
  if (database.kind === 'embedded') {
    const applied = await options.migrate(database);
    const exists = await sql<{ n: number }>`SELECT 1 AS n FROM pg_roles WHERE rolname = ${EMBEDDED_SERVING_ROLE}`.execute(database.db);
    if (exists.rows.length === 0) await sql`CREATE ROLE ${sql.id(EMBEDDED_SERVING_ROLE)} NOLOGIN`.execute(database.db);
    await grantServingPrivileges(database.db, EMBEDDED_SERVING_ROLE);
    // Every connection to the embedded database shares one session, so this applies to all of them.
    await sql`SET ROLE ${sql.id(EMBEDDED_SERVING_ROLE)}`.execute(database.db);
    return applied;
  }
  const serving = await currentRole(database.db);
  if (!options.migrationUrl) {
    const applied = await options.migrate(database);
    logger.warn({ role: serving }, 'serving as the role that owns the tables: set MIGRATION_DATABASE_URL to migrate as the owner and serve with less privilege');
    return applied;
  }
  const owner = await openDatabase({ url: options.migrationUrl, poolMax: 2, statementTimeoutMs: 0, connectionTimeoutMs: options.connectionTimeoutMs }, logger);
  try {
    const applied = await options.migrate(owner);
    if ((await currentRole(owner.db)) === serving) {
      throw new ServingRoleError(`MIGRATION_DATABASE_URL and DATABASE_URL both log in as ${serving}: serve as a role that owns nothing`);
    }
    await grantServingPrivileges(owner.db, serving);
    const owned = await relationsOwnedBy(owner.db, serving);
    if (owned > 0) throw new ServingRoleError(`DATABASE_URL's role ${serving} owns ${owned} tables or sequences: serve as a role that owns nothing`);
    return applied;
  } finally {
    await owner.close();
  }
}
