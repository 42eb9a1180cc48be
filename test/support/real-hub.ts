import { rm } from 'node:fs/promises';
import { loadConfig } from '../../src/config/env.js';
import { startHub, type RunningHub } from '../../src/main.js';
import { createTestDatabase, createTestDataDir, testDatabaseKind, type TestDatabase } from './database.js';
import { quietLogger } from './settings.js';

/**
 * A hub on a real socket, started as `serve` starts it: on a PostgreSQL clone, or on an embedded
 * database in a fresh data directory holding the migrated template.
 */
export async function startRealHub(env: Record<string, string> = {}): Promise<RunningHub & { cleanup(): Promise<void>; env: Record<string, string> }> {
  let clone: TestDatabase | undefined;
  let dataDir: string | undefined;
  const databaseEnv: Record<string, string> = {};
  if (testDatabaseKind === 'postgres') {
    clone = await createTestDatabase({ poolMax: 1 });
    await clone.close();
    databaseEnv.DATABASE_URL = clone.url!;
  } else {
    dataDir = await createTestDataDir();
    databaseEnv.JIANGUAN_DATA_DIR = dataDir;
  }
  const fullEnv = { PORT: '0', LOG_LEVEL: 'silent', ...databaseEnv, ...env };
  const hub = await startHub(loadConfig(fullEnv), quietLogger);
  return {
    ...hub,
    env: fullEnv,
    async cleanup() {
      await hub.shutdown();
      if (clone) await clone.drop().catch(() => undefined);
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
