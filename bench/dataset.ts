import pg from 'pg';
import pino from 'pino';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrator.js';
import { seedDataset } from '../src/seed/seed.js';

/**
 * The benchmark database: a real PostgreSQL seeded at the requested scale. A database already
 * holding exactly that scale is reused, so repeated runs skip the minute of seeding.
 */
export async function prepareDataset(url: string, scale: { institutions: number; practitioners: number }, log: (line: string) => void) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  if (exists && (await holdsScale(url, scale))) {
    log(`reusing ${name}: it holds ${scale.institutions} institutions and ${scale.practitioners} practitioners`);
    await admin.end();
    return;
  }
  if (exists) await admin.query(`DROP DATABASE ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await admin.end();

  const database = await openDatabase({ url, poolMax: 2, statementTimeoutMs: 0, connectionTimeoutMs: 10_000 }, pino({ level: 'silent' }));
  try {
    await migrateToLatest(database.db);
    const started = performance.now();
    let lastReport = 0;
    const summary = await seedDataset(database.db, {
      ...scale,
      seed: 20261122,
      batchSize: 5_000,
      onProgress: (stage, done, total) => {
        if (performance.now() - lastReport > 5_000 || done === total) {
          lastReport = performance.now();
          log(`seeding ${stage}: ${done}/${total}`);
        }
      },
    });
    // As autovacuum would leave a loaded database: statistics, and a visibility map that lets
    // index-only scans skip the heap (a fresh load has none set).
    await database.pool.query('VACUUM ANALYZE');
    log(`seeded ${JSON.stringify(summary)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
}

async function holdsScale(url: string, scale: { institutions: number; practitioners: number }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT (SELECT count(*) FROM institution) AS i, (SELECT count(*) FROM practitioner) AS p');
    return Number(rows[0].i) === scale.institutions && Number(rows[0].p) === scale.practitioners;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}
