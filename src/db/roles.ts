import { sql, type Kysely } from 'kysely';

/**
 * Least privilege in the database. Migrations run as an owner role; the hub serves as a separate
 * role that owns nothing, so it cannot alter tables, drop or disable triggers
 * (`ALTER TABLE … DISABLE TRIGGER` needs ownership, `session_replication_role` a superuser),
 * and may only insert into and read the audit log: the append-only trigger is a second wall, not
 * the only one.
 *
 * The owner runs `grantServingPrivileges` after every migration, so tables added later are
 * granted too.
 */

/** Tables the serving role may read and append to, never change: privileges, not only a trigger. */
const APPEND_ONLY = ['audit_log'] as const;

/** The migrator's bookkeeping: the owner's alone. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'] as const;

export async function grantServingPrivileges(db: Kysely<any>, role: string): Promise<void> {
  const grantee = sql.id(role);
  const statements = [
    sql`GRANT USAGE ON SCHEMA public TO ${grantee}`,
    sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${grantee}`,
    sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${grantee}`,
    ...APPEND_ONLY.flatMap((table) => [sql`REVOKE ALL ON ${sql.table(table)} FROM ${grantee}`, sql`GRANT SELECT, INSERT ON ${sql.table(table)} TO ${grantee}`]),
    ...MIGRATION_TABLES.map((table) => sql`REVOKE ALL ON ${sql.table(table)} FROM ${grantee}`),
    // The job queue: the hub adds, takes and completes jobs through graphile-worker's functions.
    sql`GRANT USAGE ON SCHEMA graphile_worker TO ${grantee}`,
    sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO ${grantee}`,
    sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO ${grantee}`,
    sql`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO ${grantee}`,
  ];
  for (const statement of statements) await statement.execute(db);
  await admitToJobQueueRows(db, role);
}

/**
 * graphile-worker keeps row-level security on its private tables, which only their owner
 * bypasses; the serving role gets a policy on each admitting every row, so it can work jobs
 * without owning (or bypassing RLS on) anything.
 */
async function admitToJobQueueRows(db: Kysely<any>, role: string): Promise<void> {
  const policy = `serving_${role}`.slice(0, 63);
  const { rows } = await sql<{ table: string; admitted: boolean }>`
    SELECT c.relname AS table, EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = 'graphile_worker' AND p.tablename = c.relname AND p.policyname = ${policy}) AS admitted
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity`.execute(db);
  for (const { table } of rows.filter((r) => !r.admitted)) {
    await sql`CREATE POLICY ${sql.id(policy)} ON ${sql.id('graphile_worker', table)} TO ${sql.id(role)} USING (true) WITH CHECK (true)`.execute(db);
  }
}

/** The role a connection runs as. */
export async function currentRole(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ role: string }>`SELECT current_user AS role`.execute(db);
  return rows[0]!.role;
}

/** Relations (tables, sequences, views) in the hub's schemas that `role` owns. */
export async function relationsOwnedBy(db: Kysely<any>, role: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = ${role}) AND n.nspname IN ('public', 'graphile_worker')`.execute(db);
  return Number(rows[0]!.n);
}
