import { writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/connect.js';
import { prepareDatabase } from '../../src/main.js';
import { quietLogger, TEST_POSTGRES_ADMIN_URL, postgresUrl } from './settings.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: the migrated template database's name. */
    templateDatabase: string;
    /** Embedded: path of the migrated data directory dump. */
    embeddedTemplate: string;
  }
}

/** Migrates one template per run (job queue included); each test file then clones it (a database or a data-dir dump). */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.TEST_DATABASE;
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  if (kind === 'postgres') {
    const name = `jianguan_template_${runId}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const database = await openDatabase({ url: postgresUrl(name), poolMax: 2, statementTimeoutMs: 0, connectionTimeoutMs: 10_000 }, quietLogger);
    await prepareDatabase(database, quietLogger);
    await database.close();
    project.provide('templateDatabase', name);
    project.provide('embeddedTemplate', '');
    return async () => {
      // Clones are dropped by their files; sweep any a crashed file left behind, then the template.
      const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`jianguan_t_${runId}%`]);
      for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const database = await openDatabase({ poolMax: 2, statementTimeoutMs: 0, connectionTimeoutMs: 10_000 }, quietLogger);
  await prepareDatabase(database, quietLogger);
  const dump = await database.dumpDataDir!();
  await database.close();
  const path = join(tmpdir(), `jianguan_template_${runId}.tar.gz`);
  await writeFile(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('templateDatabase', '');
  project.provide('embeddedTemplate', path);
  return () => rm(path, { force: true });
}
