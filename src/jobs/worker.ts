import { Logger as WorkerLogger, run, runMigrations, type ParsedCronItem, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import type { Database } from '../db/connect.js';
import { workerPoolSize } from './pool-size.js';
import { scheduledJobs } from './schedule.js';
import { hubTasks } from './tasks/index.js';

/**
 * Background jobs run on graphile-worker, whose queue lives in the hub's own database: a job is
 * taken by exactly one worker (SKIP LOCKED), retried with back-off when it fails, and a schedule
 * fires once however many workers run. Workers may live in the hub process (`serve`) or in their
 * own (`jianguan worker`), against one database.
 */
export interface WorkerSettings {
  concurrency: number;
  pollIntervalMs: number;
  /** How long a stopping worker lets running jobs go on before asking them to abort. */
  shutdownGraceMs: number;
  /** Days the change feed keeps its entries. */
  changeFeedRetentionDays?: number;
}

export interface JobWorker {
  events: WorkerEvents;
  /** Takes no new jobs, lets running ones finish (or abort, after the grace period), then returns. */
  stop(): Promise<void>;
}

export { workerPoolSize } from './pool-size.js';

function workerLogger(logger: Logger) {
  const log = logger.child({ component: 'jobs' });
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fields = { ...scope, ...(meta as object | undefined) };
    if (level === 'error') log.error(fields, message);
    else if (level === 'warning') log.warn(fields, message);
    else if (level === 'info') log.info(fields, message);
    else log.debug(fields, message);
  });
}

/**
 * The embedded database shares one session among its connections: no prepared statements, and
 * no LISTEN/NOTIFY, so the worker finds new jobs by polling there.
 */
const sharedOptions = (database: Database) => ({ noPreparedStatements: database.kind === 'embedded' });

/** Creates or updates the job queue's tables (schema `graphile_worker`). */
export async function installJobQueue(database: Database, logger: Logger): Promise<void> {
  await runMigrations({ pgPool: database.pool, ...sharedOptions(database), logger: workerLogger(logger) });
}

export async function startWorker(
  database: Database,
  logger: Logger,
  settings: WorkerSettings,
  options: { extraTasks?: TaskList; extraSchedule?: ParsedCronItem[]; events?: WorkerEvents } = {},
): Promise<JobWorker> {
  const events: WorkerEvents = options.events ?? new EventEmitter();
  const pool = database.createPool(workerPoolSize(settings));
  const runner: Runner = await run({
    pgPool: pool,
    ...sharedOptions(database),
    taskList: { ...hubTasks({ db: database.db, logger, ...(settings.changeFeedRetentionDays ? { changeFeedRetentionDays: settings.changeFeedRetentionDays } : {}) }), ...options.extraTasks },
    parsedCronItems: [...scheduledJobs(), ...(options.extraSchedule ?? [])],
    concurrency: settings.concurrency,
    pollInterval: settings.pollIntervalMs,
    gracefulShutdownAbortTimeout: settings.shutdownGraceMs,
    noHandleSignals: true,
    // Completions and failures go through batchers (flushed at once), because a stopping worker
    // waits for its batchers but not for unbatched writes: without them a job could finish and
    // stay locked, to be run again hours later.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    logger: workerLogger(logger),
    events,
  });
  logger.info({ concurrency: settings.concurrency }, 'job worker started');
  let stopping: Promise<void> | undefined;
  return {
    events,
    stop: () =>
      (stopping ??= (async () => {
        logger.info('job worker stopping: finishing running jobs');
        // A runner that lost its database may have stopped itself already; stopping it is then done.
        await runner.stop().catch((error: unknown) => {
          if (!(error instanceof Error && /already stopped/i.test(error.message))) throw error;
        });
        await pool.end();
        logger.info('job worker stopped');
      })()),
  };
}
