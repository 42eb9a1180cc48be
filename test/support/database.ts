import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { postgresUrl, quietLogger, TEST_POSTGRES_ADMIN_URL } from './settings.js';

export type TestDatabaseKind = 'postgres' | 'embedded';
export const testDatabaseKind = (process.env.TEST_DATABASE ?? 'postgres') as TestDatabaseKind;

export interface TestDatabase extends Database {
  /** PostgreSQL only: the clone's URL, for tests that start a hub process on it. */
  url?: string;
  drop(): Promise<void>;
}

let clones = 0;

/** A fresh, migrated database for one test file: a clone of the run's template. */
export async function createTestDatabase(options: { poolMax?: number; connectionTimeoutMs?: number; reservedConnections?: number } = {}): Promise<TestDatabase> {
  const settings = {
    poolMax: options.poolMax ?? 5,
    reservedConnections: options.reservedConnections ?? 0,
    statementTimeoutMs: 0,
    connectionTimeoutMs: options.connectionTimeoutMs ?? 10_000,
  };
  if (testDatabaseKind === 'embedded') {
    const template = await readFile(inject('embeddedTemplate'));
    const database = await openDatabase({ ...settings, loadDataDir: new Blob([template]) }, quietLogger);
    return { ...database, drop: () => database.close() };
  }
  const template = inject('templateDatabase');
  const name = `${template.replace('jianguan_template_', 'jianguan_t_')}_${process.pid}_${++clones}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const url = postgresUrl(name);
  const database = await openDatabase({ ...settings, url }, quietLogger);
  return {
    ...database,
    url,
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * Embedded: a fresh data directory already holding the migrated template, for tests that start
 * `jianguan` processes on it without paying for the migrations in each.
 */
export async function createTestDataDir(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jianguan-data-'));
  const template = await readFile(inject('embeddedTemplate'));
  const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([template]), extensions: { pg_trgm } });
  await pglite.close();
  return dataDir;
}
