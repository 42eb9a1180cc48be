import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ poolMax: 1 });
});
afterAll(() => database.drop());

const preparedTexts = async () =>
  (await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(database.db)).rows.map((r) => r.statement);

describe('read statements prepared once per connection', () => {
  it('a repeated read runs as one prepared statement whatever the number of ids', async () => {
    const read = (ids: string[]) => database.db.selectFrom('region').select('code').where(sql<boolean>`code = ANY(${ids}::text[])`).execute();
    await read(['320000']);
    await read(['320000', '330000', '110000']);
    const texts = (await preparedTexts()).filter((t) => t.includes('from "region"'));
    expect(texts).toHaveLength(1);
    expect((await read(['330000', '110000'])).map((r) => r.code).sort()).toEqual(['110000', '330000']);
  });

  it('a prepared read of a table that a migration changed is prepared again and answers', async () => {
    await sql`CREATE TABLE scratch (id bigint PRIMARY KEY, name text)`.execute(database.db);
    await sql`INSERT INTO scratch VALUES (1, 'a')`.execute(database.db);
    const read = () => database.db.selectFrom('scratch' as never).selectAll().where(sql<boolean>`id = ANY(${[1]}::bigint[])`).execute();
    expect(await read()).toEqual([{ id: '1', name: 'a' }]);
    await sql`ALTER TABLE scratch ADD COLUMN note text DEFAULT 'n'`.execute(database.db);
    expect(await read()).toEqual([{ id: '1', name: 'a', note: 'n' }]);
  });

  it("a read filtered by a range is not prepared: it is planned for each execution's values", async () => {
    // A generic plan cannot see how narrow a range of region codes is; PostgreSQL would switch
    // to one after five executions if it looked no costlier on average.
    const read = (low: string, high: string) =>
      database.db.selectFrom('region').select('code').where('code', '>=', low).where('code', '<=', high).orderBy('name').limit(5).execute();
    for (let i = 0; i < 8; i++) await read('320000', '329999');
    const codes = (await read('320100', '320199')).map((r) => r.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code.startsWith('3201'))).toBe(true);
    expect((await preparedTexts()).filter((t) => t.includes('from "region" where "code" >='))).toEqual([]);
  });

  it('writes are not prepared', async () => {
    await database.db.updateTable('region').set({ name: sql`name` }).where('code', '=', '320000').execute();
    expect((await preparedTexts()).some((t) => t.startsWith('update'))).toBe(false);
  });
});
