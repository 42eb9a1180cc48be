import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberProblem } from '../../src/domain/identifiers/id-number.js';
import { isNurseCertificateNumber, isPhysicianCertificateNumber, licenseRegistrationNumberProblem } from '../../src/domain/identifiers/license-number.js';
import { usccProblem } from '../../src/domain/identifiers/uscc.js';
import { SeedRefusedError, seedDataset } from '../../src/seed/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const options = { institutions: 120, practitioners: 900, seed: 42, batchSize: 50 };
let first: TestDatabase;
let second: TestDatabase;

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await first.drop();
  await second.drop();
});

/** Everything the seed wrote, minus generated timestamps, as one comparable text. */
async function contents(database: TestDatabase) {
  const tables = {
    institution: 'id, name, uscc, region_code, category, ownership, profit_status, grade, legal_representative, address, bed_count',
    practitioner: 'id, name, id_number, phone, profession',
    practice_registration: 'id, practitioner_id, institution_id, site_kind, practice_category, practice_scope, valid_from',
    license: 'id, kind, number, holder_institution_id, holder_practitioner_id, valid_from, valid_until',
    license_validation: 'id, license_id, validated_on, result, deferral_months, rectification_deadline',
    inspection: 'id, subject_institution_id, kind, inspected_on, result',
    penalty: 'id, decision_number, subject_institution_id, fine_yuan, decided_on, severity, categories',
    score_event: 'id, rule_code, subject_institution_id, item_code, points, occurred_on',
    disclosure: 'id, kind, penalty_id, published_on, public_until',
  };
  const parts: string[] = [];
  for (const [table, columns] of Object.entries(tables)) {
    const { rows } = await database.pool.query(`SELECT ${columns} FROM ${table} ORDER BY id`);
    parts.push(JSON.stringify(rows));
  }
  return parts.join('\n');
}

describe('seed', () => {
  it('loads the requested scale and the same seed gives the same rows', async () => {
    const summary = await seedDataset(first.db, options);
    await seedDataset(second.db, options);
    expect(summary).toMatchObject({ institutions: 120, practitioners: 900 });
    expect(summary.registrations).toBeGreaterThan(900); // some practise at a second site (多点执业)
    expect(summary.validations).toBeGreaterThan(0);
    expect(summary.records!.inspections).toBeGreaterThan(0);
    expect(summary.records!.penalties).toBeGreaterThan(0);
    expect(summary.records!.disclosures).toBe(summary.records!.penalties);
    expect(await contents(first)).toBe(await contents(second));
  });

  it('writes only valid identifiers', async () => {
    const institutions = await first.pool.query('SELECT uscc FROM institution');
    expect(institutions.rows.filter((r) => usccProblem(r.uscc) !== null)).toEqual([]);
    const people = await first.pool.query('SELECT id_number FROM practitioner');
    expect(people.rows.filter((r) => idNumberProblem(r.id_number) !== null)).toEqual([]);
    const licenses = await first.pool.query('SELECT kind, number FROM license');
    const invalid = licenses.rows.filter((r) =>
      r.kind === 'INSTITUTION_PRACTICE' ? licenseRegistrationNumberProblem(r.number) !== null : r.kind === 'PHYSICIAN_PRACTICE' ? !isPhysicianCertificateNumber(r.number) : !isNurseCertificateNumber(r.number),
    );
    expect(invalid).toEqual([]);
  });

  it('spreads institutions over categories, ownerships and provinces', async () => {
    const { rows } = await first.pool.query(
      `SELECT count(DISTINCT category) AS categories, count(DISTINCT ownership) AS ownerships, count(DISTINCT left(region_code, 2)) AS provinces,
              count(DISTINCT grade) AS grades FROM institution`,
    );
    expect(Number(rows[0].categories)).toBeGreaterThanOrEqual(10);
    expect(Number(rows[0].ownerships)).toBe(2);
    expect(Number(rows[0].provinces)).toBeGreaterThanOrEqual(20);
    expect(Number(rows[0].grades)).toBeGreaterThanOrEqual(4);
  });

  it('refuses to load into a database that already holds institutions', async () => {
    await expect(seedDataset(first.db, options)).rejects.toBeInstanceOf(SeedRefusedError);
  });
});
