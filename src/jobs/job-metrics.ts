import type { WorkerEvents } from 'graphile-worker';
import { sql } from 'kysely';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Database } from '../db/connect.js';

const STATES = ['ready', 'scheduled', 'running', 'failed'] as const;

/**
 * Queue depth read from the database at each scrape, so any hub process shows the whole
 * cluster's queue: jobs ready to run, scheduled for later (retries wait here), running, and
 * failed for good.
 */
export function registerJobQueueMetrics(registry: Registry, database: Database) {
  new Gauge({
    name: 'jianguan_jobs',
    help: 'Jobs in the queue by task and state (ready, scheduled, running, failed).',
    labelNames: ['task', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await sql<{ task: string; ready: string; scheduled: string; running: string; failed: string }>`
        SELECT task_identifier AS task,
          count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND run_at <= now()) AS ready,
          count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND run_at > now()) AS scheduled,
          count(*) FILTER (WHERE locked_at IS NOT NULL) AS running,
          count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts) AS failed
        FROM graphile_worker.jobs
        GROUP BY task_identifier`
        .execute(database.db)
        .then((result) => result.rows)
        // Before the queue is installed there is nothing to count.
        .catch(() => []);
      for (const row of rows) for (const state of STATES) this.set({ task: row.task, state }, Number(row[state]));
    },
  });
}

/** Runs and their durations, counted in the process that ran them. */
export function instrumentWorker(registry: Registry, events: WorkerEvents) {
  const runs = new Counter({
    name: 'jianguan_job_runs_total',
    help: 'Job attempts by task and outcome: success, error (to be retried) or failed (no attempts left).',
    labelNames: ['task', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'jianguan_job_duration_seconds',
    help: 'How long job attempts took, by task.',
    labelNames: ['task'],
    buckets: [0.05, 0.25, 1, 5, 15, 60, 300, 900],
    registers: [registry],
  });
  const started = new Map<string, number>();
  events.on('job:start', ({ job }) => started.set(job.id, performance.now()));
  events.on('job:success', ({ job }) => runs.inc({ task: job.task_identifier, outcome: 'success' }));
  events.on('job:error', ({ job }) => {
    // job:failed follows when no attempts are left; count each attempt once.
    if (job.attempts < job.max_attempts) runs.inc({ task: job.task_identifier, outcome: 'error' });
  });
  events.on('job:failed', ({ job }) => runs.inc({ task: job.task_identifier, outcome: 'failed' }));
  events.on('job:complete', ({ job }) => {
    const at = started.get(job.id);
    started.delete(job.id);
    if (at !== undefined) duration.observe({ task: job.task_identifier }, (performance.now() - at) / 1000);
  });
}
