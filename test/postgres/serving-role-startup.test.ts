import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { relationsOwnedBy } from '../../src/db/roles.js';
import { ServingRoleError } from '../../src/db/serving.js';
import { startHub } from '../../src/main.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { quietLogger, TEST_POSTGRES_ADMIN_URL } from '../support/settings.js';

/** `serve` with MIGRATION_DATABASE_URL: migrates as the owner, serves as a role that owns nothing. */
const role = `jianguan_app_${process.pid}_${Date.now().toString(36)}`;
let clone: TestDatabase;
let admin: pg.Client;
const servingUrl = () => {
  const url = new URL(clone.url!);
  url.username = role;
  return url.toString();
};

beforeAll(async () => {
  admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE ROLE ${role} LOGIN`);
  clone = await createTestDatabase({ poolMax: 1 });
});
afterAll(async () => {
  await clone.drop();
  await admin.query(`DROP ROLE IF EXISTS ${role}`);
  await admin.end();
});

describe('serve with a migration URL', () => {
  it('grants the serving role what the hub needs, and nothing that reaches the audit log', async () => {
    const hub = await startHub(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: servingUrl(), MIGRATION_DATABASE_URL: clone.url!, JIANGUAN_WORKER: 'on' }), quietLogger);
    try {
      const answer = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ institutions(first: 1) { edges { cursor } } }' }) }).then((r) => r.json());
      expect(answer).toEqual({ data: { institutions: { edges: [] } } });
      expect((await hub.database.pool.query('SELECT current_user AS role')).rows[0].role).toBe(role);
      expect(await relationsOwnedBy(clone.db, role)).toBe(0);
      await expect(hub.database.pool.query('ALTER TABLE audit_log DISABLE TRIGGER ALL')).rejects.toMatchObject({ code: '42501' });
      await expect(hub.database.pool.query('DELETE FROM audit_log')).rejects.toMatchObject({ code: '42501' });
      await hub.database.pool.query(`SELECT graphile_worker.add_job('recompute-aged-credit', '{"asOf": "2026-11-23"}')`);
    } finally {
      await hub.shutdown();
    }
  });

  it('refuses to start when both URLs log in as the same role', async () => {
    await expect(startHub(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: clone.url!, MIGRATION_DATABASE_URL: clone.url!, JIANGUAN_WORKER: 'off' }), quietLogger)).rejects.toBeInstanceOf(ServingRoleError);
  });
});
