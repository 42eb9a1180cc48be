import { once } from 'node:events';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentWorker, registerJobQueueMetrics } from '../../src/jobs/job-metrics.js';
import { SCHEDULE } from '../../src/jobs/schedule.js';
import { startWorker, type JobWorker } from '../../src/jobs/worker.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { quietLogger } from '../support/settings.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ reservedConnections: 4 });
});
afterAll(() => database.drop());

const settings = { concurrency: 1, pollIntervalMs: 100, shutdownGraceMs: 5_000 };

async function addJob(task: string, payload: object, maxAttempts = 5) {
  await database.pool.query(`SELECT graphile_worker.add_job($1, $2::json, max_attempts := $3)`, [task, JSON.stringify(payload), maxAttempts]);
}

async function metricValue(registry: Registry, name: string, labels: Record<string, string>) {
  const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  const values = (metric?.values ?? []) as { labels: Record<string, string | number>; value: number }[];
  return values.find((v) => Object.entries(labels).every(([k, want]) => v.labels[k] === want))?.value ?? 0;
}

/** Resolves when `count` jobs have completed (successfully or not). */
function completions(worker: JobWorker, count: number) {
  let seen = 0;
  return new Promise<void>((resolve) => {
    worker.events.on('job:complete', () => {
      if (++seen === count) resolve();
    });
  });
}

describe('the job worker', () => {
  it('runs queued jobs once, and the metrics show the queue before and the runs after', async () => {
    const registry = new Registry();
    registerJobQueueMetrics(registry, database);
    await addJob('end-publication-periods', { asOf: '2025-06-01' });
    await addJob('recompute-aged-credit', { asOf: 'not a date' }, 1);
    expect(await metricValue(registry, 'jianguan_jobs', { task: 'end-publication-periods', state: 'ready' })).toBe(1);

    const worker = await startWorker(database, quietLogger, settings);
    instrumentWorker(registry, worker.events);
    await completions(worker, 2);
    await worker.stop();

    expect(await metricValue(registry, 'jianguan_job_runs_total', { task: 'end-publication-periods', outcome: 'success' })).toBe(1);
    // A payload that names a bad date fails for good, with the reason kept on the job.
    expect(await metricValue(registry, 'jianguan_job_runs_total', { task: 'recompute-aged-credit', outcome: 'failed' })).toBe(1);
    expect(await metricValue(registry, 'jianguan_jobs', { task: 'recompute-aged-credit', state: 'failed' })).toBe(1);
    expect(await metricValue(registry, 'jianguan_jobs', { task: 'end-publication-periods', state: 'ready' })).toBe(0);
    const failed = await database.pool.query(`SELECT last_error FROM graphile_worker.jobs WHERE task_identifier = 'recompute-aged-credit'`);
    expect(failed.rows[0].last_error).toContain('bad payload: asOf');
    await database.pool.query(`DELETE FROM graphile_worker._private_jobs`);
  });

  it('registers the schedule, so each run happens once however many workers start', async () => {
    const workers = [await startWorker(database, quietLogger, settings), await startWorker(database, quietLogger, settings)];
    await Promise.all(workers.map((w) => w.stop()));
    const known = await database.pool.query(`SELECT identifier FROM graphile_worker._private_known_crontabs ORDER BY identifier`);
    expect(known.rows.map((r) => r.identifier)).toEqual(SCHEDULE.map((s) => s.task).sort());
  });

  it('lets a running job finish before it stops', async () => {
    const finished: string[] = [];
    let release: () => void = () => undefined;
    const slow = async (payload: unknown) => {
      await new Promise<void>((resolve) => (release = resolve));
      finished.push((payload as { name: string }).name);
    };
    const worker = await startWorker(database, quietLogger, settings, { extraTasks: { slow } });
    const started = once(worker.events, 'job:start');
    await addJob('slow', { name: 'in flight at shutdown' });
    await started;
    const stopped = worker.stop();
    setTimeout(() => release(), 300);
    await stopped;
    expect(finished).toEqual(['in flight at shutdown']);
    const left = await database.pool.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'slow'`);
    expect(left.rows[0].n).toBe(0); // completed, not released for another worker to repeat
  });
});
