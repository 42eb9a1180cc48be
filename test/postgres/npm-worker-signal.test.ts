import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startProgram, PROCESS_TEST_TIMEOUT } from '../support/process.js';

/** `jianguan worker` needs PostgreSQL: on the embedded database, jobs run inside `serve`. */
let clone: TestDatabase;
beforeAll(async () => {
  clone = await createTestDatabase({ poolMax: 1 });
  await clone.close();
});
afterAll(() => clone?.drop().catch(() => undefined));

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('jianguan worker under npm', { timeout: PROCESS_TEST_TIMEOUT }, () => {
  it('SIGTERM to `npm run jianguan -- worker` reaches the worker; the whole process tree exits 0', async () => {
    const npm = startProgram('npm', ['run', '--silent', 'jianguan', '--', 'worker'], { PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: clone.url! });
    await npm.waitFor('worker running');
    process.kill(npm.child.pid!, 'SIGTERM');
    expect(await npm.exited).toBe(0);
    expect(npm.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['signal received', 'shut down']));
    expect(groupAlive(npm.child.pid!)).toBe(false);
  });
});
