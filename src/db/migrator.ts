import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import { projectPath } from '../project-files.js';

export const MIGRATIONS_DIR = projectPath('migrations');

/**
 * Migrations are plain SQL files, or TypeScript modules where data has to be computed
 * (regions from their package). Names sort in the order they apply. Compiled (bin/build.js), the
 * TypeScript ones are JavaScript modules of the same name beside the copied SQL files.
 */
export class FolderMigrationProvider implements MigrationProvider {
  constructor(private readonly folder = MIGRATIONS_DIR) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(this.folder)).filter((f) => /\.(sql|ts|js)$/.test(f) && !f.endsWith('.d.ts'));
    const migrations: Record<string, Migration> = {};
    for (const file of files.sort()) {
      const name = file.replace(/\.(sql|ts|js)$/, '');
      const path = join(this.folder, file);
      if (file.endsWith('.sql')) {
        const text = await readFile(path, 'utf8');
        // No parameters: pg sends it as one simple query, so a file may hold many statements.
        migrations[name] = { up: async (db) => void (await sql.raw(text).execute(db)) };
      } else {
        // Imported only when it runs: an up-to-date database loads none of them at start-up.
        const load = async () => (await import(pathToFileURL(path).href)) as Migration;
        migrations[name] = { up: async (db) => (await load()).up(db), down: async (db) => (await load()).down?.(db) };
      }
    }
    return migrations;
  }
}

export class MigrationError extends Error {
  constructor(migration: string | undefined, cause: unknown) {
    super(`Migration ${migration ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'MigrationError';
  }
}

/**
 * True when every migration in the folder is recorded as applied, and nothing else is. Two
 * statements, where Kysely's migrator takes a lock and checks its tables in a dozen: most starts
 * find nothing to do.
 */
async function isUpToDate(db: Kysely<any>, provider: MigrationProvider): Promise<boolean> {
  const names = Object.keys(await provider.getMigrations());
  const table = await sql<{ present: string | null }>`SELECT to_regclass('kysely_migration')::text AS present`.execute(db);
  if (!table.rows[0]?.present) return false;
  const applied = new Set((await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db)).rows.map((r) => r.name));
  return applied.size === names.length && names.every((name) => applied.has(name));
}

/**
 * Applies every pending migration; Kysely takes an advisory lock, so concurrent hubs are safe.
 * Migrations apply in name order and a database refuses one named before any it has applied, so
 * a new migration is always numbered after the highest already released.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const provider = new FolderMigrationProvider();
  if (await isUpToDate(db, provider)) return [];
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationError(failed?.migrationName, error);
  }
  return results ?? [];
}
