import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/**
 * Migrations are plain SQL files, or TypeScript modules where data has to be computed
 * (regions from their package). Names sort in the order they apply.
 */
export class FolderMigrationProvider implements MigrationProvider {
  constructor(private readonly folder = MIGRATIONS_DIR) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(this.folder)).filter((f) => /\.(sql|ts)$/.test(f) && !f.endsWith('.d.ts'));
    const migrations: Record<string, Migration> = {};
    for (const file of files.sort()) {
      const name = file.replace(/\.(sql|ts)$/, '');
      const path = join(this.folder, file);
      if (file.endsWith('.sql')) {
        const text = await readFile(path, 'utf8');
        // No parameters: pg sends it as one simple query, so a file may hold many statements.
        migrations[name] = { up: async (db) => void (await sql.raw(text).execute(db)) };
      } else {
        migrations[name] = (await import(pathToFileURL(path).href)) as Migration;
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

/** Applies every pending migration; Kysely takes an advisory lock, so concurrent hubs are safe. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: new FolderMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationError(failed?.migrationName, error);
  }
  return results ?? [];
}
