import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleInBulk, visibleTo, type ScopedTable } from '../../src/auth/scope.js';
import type { Viewer } from '../../src/auth/viewer.js';
import { seedDataset } from '../../src/seed/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/**
 * The bulk form of the scope (joins over region ranges, for snapshots) must show every viewer
 * exactly the rows the row form shows, on a seeded country where practitioners practise in
 * other provinces than they were registered in (多点执业).
 */
let database: TestDatabase;

const TABLES: ScopedTable[] = [
  'institution', 'practitioner', 'practice_registration', 'license', 'license_validation', 'inspection', 'penalty',
  'score_event', 'credit_evaluation', 'credit_list_entry', 'self_inspection', 'commitment_letter', 'disclosure', 'unlicensed_practice_case',
];

async function idsSeen(table: ScopedTable, condition: ReturnType<typeof visibleTo>) {
  const { rows } = await sql<{ id: string }>`SELECT r.id::text AS id FROM ${sql.table(table)} AS r WHERE ${condition} ORDER BY r.id`.execute(database.db);
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDataset(database.db, { institutions: 120, practitioners: 600, seed: 7, batchSize: 1_000 });
  // Practitioners of other provinces who also practise at a site in Guangdong.
  await database.pool.query(`INSERT INTO practice_registration (practitioner_id, institution_id, site_kind, valid_from)
    SELECT id, (SELECT id FROM institution WHERE region_code LIKE '44%' ORDER BY id LIMIT 1), 'ADDITIONAL', '2024-01-01'
    FROM practitioner WHERE id % 7 = 0 AND region_code NOT LIKE '44%'`);
  // Records about practitioners, which the seed does not make: one per ten practitioners.
  await database.pool.query(`INSERT INTO inspection (subject_practitioner_id, kind, inspected_on, findings, result, recorded_by)
    SELECT id, 'ROUTINE', '2025-03-01', '未发现违法违规行为', 'COMPLIANT', 'test' FROM practitioner WHERE id % 10 = 0`);
  await database.pool.query(`INSERT INTO credit_list_entry (subject_practitioner_id, list, legal_basis, reason, decided_on, authority_name, recorded_by)
    SELECT id, 'KEY_WATCH', '《医师法》', '测试', '2025-03-01', '测试卫生健康委员会', 'test' FROM practitioner WHERE id % 25 = 0`);
});

afterAll(async () => {
  await database?.drop();
});

describe('the bulk form of the scope', () => {
  const viewers: [string, Viewer][] = [
    ['a provincial system', { kind: 'PROVINCIAL_SYSTEM', apiKeyId: '1', name: '省级平台', province: '440000' }],
    ['a regulator of a city and a province', { kind: 'REGULATOR', subject: 'r', jurisdictions: ['320600', '330000'] }],
    ['a county regulator', { kind: 'REGULATOR', subject: 'c', jurisdictions: ['110108'] }],
    ['an administrator', { kind: 'ADMINISTRATOR', subject: 'a' }],
  ];

  it.each(viewers)('shows %s exactly the rows the row form shows, in every exported table', async (_name, viewer) => {
    for (const table of TABLES) {
      const rowForm = await idsSeen(table, visibleTo(viewer, table, 'r'));
      expect({ table, ids: await idsSeen(table, visibleInBulk(viewer, table, 'r')) }).toEqual({ table, ids: rowForm });
    }
  });

  it('is tested on data where it matters: practitioners seen only through a site in another province', async () => {
    const viewer: Viewer = { kind: 'PROVINCIAL_SYSTEM', apiKeyId: '1', name: '省级平台', province: '440000' };
    const seen = await idsSeen('practitioner', visibleInBulk(viewer, 'practitioner', 'r'));
    const { rows } = await database.pool.query(`SELECT id::text FROM practitioner WHERE id::text = ANY($1) AND left(region_code, 2) <> '44'`, [seen]);
    expect(rows.length).toBeGreaterThan(0);
    expect((await idsSeen('license_validation', visibleInBulk(viewer, 'license_validation', 'r'))).length).toBeGreaterThan(0);
  });
});
