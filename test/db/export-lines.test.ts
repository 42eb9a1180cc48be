import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXPORT_TYPES, lineOf, type RowExportType } from '../../src/modules/export/export-types.js';
import { globalIdSql } from '../../src/modules/export/line-sql.js';
import { seedDataset } from '../../src/seed/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/**
 * Snapshot lines are concatenated text; they must stay byte for byte what row_to_json writes for
 * the same fields (what consumers have always been sent), escapes and nulls included.
 */
let database: TestDatabase;

/** The reference: the record and the line built by row_to_json over subselects. */
function rowToJsonLine(type: string, fields: Record<string, RawBuilder<unknown>>) {
  const columns = Object.entries(fields).map(([name, value]) => sql`${value} AS ${sql.id(name)}`);
  const record = sql`(SELECT row_to_json(f) FROM (SELECT ${sql.join(columns)}) AS f)`;
  return sql<string>`(SELECT row_to_json(l) FROM (SELECT ${sql.lit(type)} AS "type", ${globalIdSql(type, sql.ref('r.id'))} AS "id", ${record} AS "record") AS l)::text`;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDataset(database.db, { institutions: 40, practitioners: 120, seed: 11, batchSize: 1_000 });
  // Text that needs escaping, and nulls, where consumers will meet them.
  await database.pool.query(`UPDATE institution SET name = E'引号"反斜杠\\\\换行\\n制表\\t😀', address = NULL, bed_count = NULL WHERE id = (SELECT min(id) FROM institution)`);
  await database.pool.query(`UPDATE penalty SET facts = E'"\\u0001"', confiscated_yuan = 12.5 WHERE id = (SELECT min(id) FROM penalty)`);
  await database.pool.query(`INSERT INTO credit_evaluation (institution_id, scheme_id, as_of, score, grade, deductions, trigger) SELECT min(id), (SELECT min(id) FROM credit_scheme), '2025-01-01', 87.5, 'B', '[{"reason": "处罚", "points": -12.75}]', 'AGING' FROM institution`);
});

afterAll(async () => {
  await database?.drop();
});

it('writes every exported type’s lines exactly as row_to_json does', async () => {
  const rowTypes = EXPORT_TYPES.filter((t): t is RowExportType => 'fields' in t);
  for (const exportType of rowTypes) {
    const { rows } = await sql<{ line: string; reference: string }>`
      SELECT ${lineOf(exportType)} AS line, ${rowToJsonLine(exportType.type, exportType.fields)} AS reference FROM ${sql.table(exportType.table)} AS r`.execute(database.db);
    for (const row of rows) expect(row.line).toBe(row.reference);
  }
  const { rows } = await sql<{ line: string }>`SELECT ${lineOf(rowTypes[0]!)} AS line FROM institution AS r ORDER BY r.id LIMIT 1`.execute(database.db);
  expect(JSON.parse(rows[0]!.line).record).toMatchObject({ name: '引号"反斜杠\\换行\n制表\t😀', address: null, bedCount: null });
});
