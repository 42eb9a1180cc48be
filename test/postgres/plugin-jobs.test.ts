import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/jobs/worker.js';
import { TransientError } from '../../src/plugin-sdk/index.js';
import type { PluginRuntime } from '../../src/plugin-runtime/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newIdNumber } from '../support/fixtures.js';
import { memorySource, rawCase, testPluginRuntime, type RawCase } from '../support/plugins.js';
import { quietLogger } from '../support/settings.js';

let database: TestDatabase;
let runtime: PluginRuntime;
const flaky = { records: [] as RawCase[], batchSize: 2, failAfter: undefined as number | undefined, throwInRead: new TransientError('registry unavailable') as Error | undefined };
const steady = { records: [] as RawCase[], batchSize: 5 };

beforeAll(async () => {
  database = await createTestDatabase({ reservedConnections: 4 });
  runtime = testPluginRuntime(database, [memorySource('flaky', flaky), memorySource('steady', steady)], { schedules: { steady: '*/30 * * * *' } });
});
afterAll(() => database.drop());

/*
 * PostgreSQL only: on the embedded database a plugin run beside the matching jobs it queues can
 * meet the shared session's unnamed-statement collision (pglite-socket: one backend session for every
 * connection), which this test
 * would report as an internal failure instead of the transient one it is about.
 */
const runsOf = (plugin: string) => database.db.selectFrom('plugin_run').select(['status', 'trigger', 'error_kind']).where('plugin', '=', plugin).orderBy('id').execute();

describe('plugin runs on the job engine', () => {
  it('schedules each configured plugin by its own cron expression, on its own queue', () => {
    const items = runtime.cronItems();
    expect(items.map((i) => ({ task: i.task, identifier: i.identifier, payload: i.payload, queue: i.options.queueName, key: i.options.jobKey }))).toEqual([
      { task: 'plugin-sync', identifier: 'plugin-sync:steady', payload: { plugin: 'steady', trigger: 'SCHEDULE' }, queue: 'plugin:steady', key: 'plugin-sync:steady' },
    ]);
  });

  it('runs a triggered sync in a worker, and tries a transiently failed run again until it succeeds', async () => {
    steady.records = [rawCase(1, { documentNumber: newIdNumber('320613') })];
    flaky.records = Array.from({ length: 4 }, (_, i) => rawCase(10 + i, { documentNumber: newIdNumber('320613') }));
    flaky.failAfter = 1;
    await runtime.enqueue(database.db, 'steady');
    await runtime.enqueue(database.db, 'flaky');
    const worker = await startWorker(database, quietLogger, { concurrency: 2, pollIntervalMs: 100, shutdownGraceMs: 5_000 }, { extraTasks: runtime.tasks() });
    try {
      await expect.poll(() => runsOf('steady'), { timeout: 20_000 }).toEqual([{ status: 'SUCCEEDED', trigger: 'ON_DEMAND', error_kind: null }]);
      await expect.poll(() => runsOf('flaky'), { timeout: 20_000 }).toEqual([{ status: 'FAILED', trigger: 'ON_DEMAND', error_kind: 'TRANSIENT' }]);
      // The far side comes back; the job engine's retry resumes after the committed batch.
      flaky.failAfter = undefined;
      await database.pool.query(`SELECT graphile_worker.reschedule_jobs(array_agg(id), run_at := now()) FROM graphile_worker.jobs WHERE task_identifier = 'plugin-sync'`);
      await expect.poll(async () => (await runsOf('flaky')).map((r) => r.status), { timeout: 20_000 }).toEqual(['FAILED', 'SUCCEEDED']);
      // Nothing of the plugin runs is left queued once they succeeded.
      await expect.poll(async () => (await database.pool.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'plugin-sync'`)).rows[0].n, { timeout: 20_000 }).toBe(0);
    } finally {
      await worker.stop();
    }
    const stored = await database.db.selectFrom('unlicensed_practice_case').select('case_number').where('plugin', '=', 'flaky').execute();
    expect(stored).toHaveLength(4);
  });
});
