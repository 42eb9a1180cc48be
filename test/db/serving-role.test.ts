import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../src/auth/audit.js';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { grantServingPrivileges, relationsOwnedBy } from '../../src/db/roles.js';
import { createHub } from '../../src/server/create-hub.js';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.js';
import { TEST_JWT_SECRET } from '../support/hub.js';
import { quietLogger, TEST_POSTGRES_ADMIN_URL } from '../support/settings.js';

/**
 * The role the hub serves as owns nothing and may only append to and read the audit log: no
 * route — UPDATE, DELETE, TRUNCATE, disabling or dropping the trigger, replica mode, taking
 * ownership — changes or deletes an audit row. On PostgreSQL the role logs in on its own; on
 * the embedded database (one shared session) it is taken with SET ROLE.
 */
const role = `jianguan_serving_${process.pid}_${Date.now().toString(36)}`;
let owner: TestDatabase;
let serving: Database;
let query: (text: string) => Promise<unknown>;
let release: () => Promise<void>;

beforeAll(async () => {
  owner = await createTestDatabase();
  await owner.pool.query(`CREATE ROLE ${role} ${owner.kind === 'postgres' ? 'LOGIN' : ''}`);
  await grantServingPrivileges(owner.db, role);
  await writeAudit(owner.db, { viewer: { kind: 'ADMINISTRATOR', subject: 'root' } as never, requestId: 'r1' }, { operation: 'EXPORT' });
  if (owner.kind === 'postgres') {
    const url = new URL(owner.url!);
    url.username = role;
    serving = await openDatabase({ url: url.toString(), poolMax: 3, statementTimeoutMs: 0, connectionTimeoutMs: 10_000 }, quietLogger);
    query = (text) => serving.pool.query(text);
    release = () => serving.close();
  } else {
    // Every connection to the embedded database shares one session: SET ROLE applies to all.
    await owner.pool.query(`SET ROLE ${role}`);
    serving = owner;
    query = (text) => owner.pool.query(text);
    release = async () => void (await owner.pool.query('RESET ROLE'));
  }
});

afterAll(async () => {
  await release();
  await owner.drop();
  if (owner.kind === 'postgres') {
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  }
});

const auditRows = async () => (await owner.pool.query('SELECT * FROM audit_log ORDER BY id')).rows;

const ATTACKS: Record<string, string> = {
  update: `UPDATE audit_log SET actor = 'someone else'`,
  delete: 'DELETE FROM audit_log',
  truncate: 'TRUNCATE audit_log',
  'disable the trigger': 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete',
  'disable every trigger': 'ALTER TABLE audit_log DISABLE TRIGGER ALL',
  'drop the trigger': 'DROP TRIGGER audit_log_no_update_or_delete ON audit_log',
  'replace the trigger function': `CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`,
  'replica mode': 'SET session_replication_role = replica',
  'take ownership': `ALTER TABLE audit_log OWNER TO ${role}`,
  'drop the table': 'DROP TABLE audit_log',
  'rename the table': 'ALTER TABLE audit_log RENAME TO audit_log_old',
  'create a table': 'CREATE TABLE public.shadow (id int)',
  'rewrite migration history': 'DELETE FROM kysely_migration',
};

describe('the serving role', () => {
  it('owns nothing', async () => {
    expect(await relationsOwnedBy(owner.db, role)).toBe(0);
  });

  it.each(Object.entries(ATTACKS))('cannot %s', async (_name, statement) => {
    const before = await auditRows();
    await expect(query(statement)).rejects.toMatchObject({ code: expect.stringMatching(/^(42501|42P01)$/) });
    expect(await auditRows()).toEqual(before);
  });

  it('cannot grant itself what it lacks', async () => {
    await query(`GRANT UPDATE, DELETE ON audit_log TO ${role}`).catch(() => undefined);
    await expect(query(`DELETE FROM audit_log`)).rejects.toMatchObject({ code: '42501' });
  });

  it('reads and appends to the audit log, and serves the hub: writes, audited reads and jobs', async () => {
    const hub = createHub({ config: { JIANGUAN_PROFILE: 'development', JWT_SECRET: TEST_JWT_SECRET }, database: serving, logger: quietLogger });
    const before = (await auditRows()).length;
    const { mintToken } = await import('../../src/auth/tokens.js');
    const { institutionIdentifiers, newIdNumber } = await import('../support/fixtures.js');
    const token = await mintToken(TEST_JWT_SECRET, { sub: 'r', role: 'regulator', jurisdictions: ['320000'] });
    const post = async (q: string, variables: unknown) =>
      (await hub.fetch('http://hub.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: q, variables }) })).json();
    const institution = await post('mutation($i: RegisterInstitutionInput!) { registerInstitution(input: $i) { __typename } }', {
      i: { name: '崇川区人民医院', uscc: institutionIdentifiers().uscc, regionCode: '320613', category: 'CLINIC', ownership: 'PRIVATE', profitStatus: 'FOR_PROFIT' },
    });
    expect(institution).toEqual({ data: { registerInstitution: { __typename: 'RegisterInstitutionSuccess' } } });
    const practitioner = await post('mutation($i: RegisterPractitionerInput!) { registerPractitioner(input: $i) { ... on RegisterPractitionerSuccess { data { id } } } }', {
      i: { name: '张伟', idNumber: newIdNumber(), profession: 'NURSE', regionCode: '320613' },
    });
    const read = await post('query($id: ID!) { node(id: $id) { ... on Practitioner { idNumber } } }', { id: practitioner.data.registerPractitioner.data.id });
    expect(read.errors).toBeUndefined();
    expect((await auditRows()).length).toBe(before + 1);
    await query(`SELECT graphile_worker.add_job('recompute-aged-credit', '{"asOf": "2026-11-23"}')`);
  });

  it('runs plugins: runs, checkpoints, cases and quarantined records', async () => {
    const { memorySource, rawCase, testPluginRuntime } = await import('../support/plugins.js');
    const runtime = testPluginRuntime(serving, [memorySource('role-check', { records: [rawCase(1), rawCase(2, { documentNumber: 'not an ID number' })], batchSize: 10 })]);
    const run = await runtime.run('role-check', 'COMMAND_LINE');
    expect(run.counts).toEqual({ read: 2, written: 1, unchanged: 0, quarantined: 1 });
    const again = await runtime.run('role-check', 'COMMAND_LINE');
    expect(again.status).toBe('SUCCEEDED');
  });
});
