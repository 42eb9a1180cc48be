import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';
import { runCommand, PROCESS_TEST_TIMEOUT } from '../support/process.js';

const seedSmall = (env: Record<string, string>, ...extra: string[]) => runCommand(['seed', '--institutions', '3', '--practitioners', '5', ...extra], env);

describe('seeding PostgreSQL', { timeout: PROCESS_TEST_TIMEOUT }, () => {
  it('a database that holds data is refused in one line that says to seed an empty database', async () => {
    const clone = await createTestDatabase({ poolMax: 1 });
    try {
      await clone.close();
      const env = { LOG_LEVEL: 'warn', DATABASE_URL: clone.url! };
      expect((await seedSmall(env)).code).toBe(0);
      const again = await seedSmall(env);
      expect(again.code).toBe(2);
      expect(again.stderr.trim().split('\n')).toEqual([expect.stringContaining('seed into a new, empty database')]);
    } finally {
      await clone.drop();
    }
  });
});
