import { Logger, runOnce } from 'graphile-worker';
import { sql } from 'kysely';
import type { Database } from '../../src/db/connect.js';
import { REGISTRY_MATCH_TASK, registryMatchTasks } from '../../src/modules/registry-matching/matching-job.js';
import { quietLogger } from './settings.js';
import { TEST_ID_HASH_KEY } from './plugins.js';

const silent = new Logger(() => () => undefined);

/**
 * Works every queued matching job to the end, as a worker would right after the change. One
 * `runOnce` takes a single job from a named queue (the queue stays locked until it completes),
 * so it is repeated until none is left.
 */
export async function runQueuedMatching(database: Database, key: string | undefined = TEST_ID_HASH_KEY): Promise<void> {
  const taskList = registryMatchTasks({ db: database.db, logger: quietLogger, idNumberHashKey: key });
  for (let round = 0; round < 100; round++) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = ${REGISTRY_MATCH_TASK} AND attempts < max_attempts`.execute(database.db);
    if (rows[0]!.n === 0) return;
    await runOnce({ pgPool: database.pool, noPreparedStatements: database.kind === 'embedded', taskList, logger: silent });
  }
  throw new Error('matching jobs are still queued after 100 rounds');
}
