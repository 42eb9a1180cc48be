import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { storedCases, comparableCase, sortedByCaseNumber } from '../support/case-rows.js';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.js';
import { TEST_ID_HASH_KEY } from '../support/plugins.js';
import { startCommand } from '../support/process.js';
import { quietLogger } from '../support/settings.js';
import { generateZhejiangDays, publishGeneratedDays, startZhejiangEmulator, type ZhejiangEmulator } from '../emulators/registry-zhejiang/index.js';
import { expectedCases } from '../plugins/zhejiang-expected.js';

let clone: TestDatabase | undefined;
let workDir: string;
let emulator: ZhejiangEmulator;
let env: Record<string, string>;
let unreadableRows = 0;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'jianguan-sync-'));
  if (testDatabaseKind === 'postgres') {
    clone = await createTestDatabase({ poolMax: 1 });
    await clone.close();
  }
  emulator = await startZhejiangEmulator({ seed: 11 });
  const days = generateZhejiangDays({ days: 14, casesPerDay: 80, seed: 11, hostile: true, startDate: '2024-03-01' });
  unreadableRows = days.reduce((n, day) => n + day.unreadable.length, 0);
  publishGeneratedDays(emulator, days);
  // Every answer comes a little late, so the run lasts long enough to be killed in the middle.
  emulator.setFaults({ stall: { probability: 1, ms: 120 } });
  const pluginsFile = join(workDir, 'plugins.json');
  await writeFile(pluginsFile, JSON.stringify({ plugins: { 'registry-zhejiang': { config: { baseUrl: emulator.baseUrl, token: '${ZJ_TOKEN}' } } } }));
  env = {
    LOG_LEVEL: 'info',
    JIANGUAN_PLUGINS_FILE: pluginsFile,
    ZJ_TOKEN: emulator.token,
    ID_NUMBER_HASH_KEY: TEST_ID_HASH_KEY,
    ...(clone ? { DATABASE_URL: clone.url! } : { JIANGUAN_DATA_DIR: join(workDir, 'data') }),
  };
});
afterAll(async () => {
  await emulator?.close();
  await clone?.drop().catch(() => undefined);
  await rm(workDir, { recursive: true, force: true });
});

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase({ ...(clone ? { url: clone.url! } : { dataDir: join(workDir, 'data') }), poolMax: 2, statementTimeoutMs: 0, connectionTimeoutMs: 10_000 }, quietLogger);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

describe('jianguan sync', () => {
  it('killed with SIGKILL in the middle of runs, resumes to exactly the source’s records, each quarantined row once', async () => {
    // Two runs killed at random points in the middle (after a random number of files begun), then one to the end.
    for (const killAtFile of [2 + Math.floor(Math.random() * 4), 2 + Math.floor(Math.random() * 3)]) {
      const sync = startCommand(['sync', 'registry-zhejiang'], env);
      try {
        for (let i = 0; i < 600 && sync.lines.filter((l) => l.msg === 'reading a day file').length < killAtFile; i++) await new Promise((r) => setTimeout(r, 50));
        expect(sync.child.exitCode, sync.stderr()).toBe(null);
        sync.child.kill('SIGKILL');
        expect(await sync.exited).toBe(null);
      } finally {
        await sync.stop();
      }
    }
    const finish = startCommand(['sync', 'registry-zhejiang'], env);
    try {
      expect(await finish.exited, finish.stderr()).toBe(0);
      expect(finish.text.join('\n')).toMatch(/registry-zhejiang run \d+ succeeded: \d+ read/);
    } finally {
      await finish.stop();
    }

    await withDatabase(async ({ db }) => {
      expect(await storedCases(db, 'registry-zhejiang')).toEqual(sortedByCaseNumber(expectedCases(emulator).map(comparableCase)));
      const quarantined = await db.selectFrom('quarantined_record').select('reason').where('plugin', '=', 'registry-zhejiang').execute();
      expect(quarantined).toHaveLength(unreadableRows);
      const runs = await db.selectFrom('plugin_run').select(['status', 'error_kind']).where('plugin', '=', 'registry-zhejiang').orderBy('id').execute();
      expect(runs.map((r) => r.status)).toEqual(['ABANDONED', 'ABANDONED', 'SUCCEEDED']);
    });
  });
});
