import { parseCronItems, type ParsedCronItem, type Task } from 'graphile-worker';
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.generated.js';
import { failureKindOf } from '../plugin-sdk/errors.js';
import type { CheckResult, Plugin } from '../plugin-sdk/index.js';
import { pluginContext } from './context.js';
import type { PluginInstance } from './instances.js';
import { discardQuarantined, releaseQuarantined, type QuarantineOutcome } from './quarantine.js';
import { DELIVER_TASK } from './outbox/enqueue.js';
import { OUTBOX_SWEEP_TASK, outboxSweepCronItems, outboxSweepTask, queueOutboxSweep } from './outbox-sweep.js';
import { runSource, type RunOutcome, type RunTrigger, type RuntimeDeps } from './run.js';
import { runSink } from './run-sink.js';

export const PLUGIN_SYNC_TASK = 'plugin-sync';

/** Each plugin has its own job queue: graphile-worker runs a queue's jobs one at a time. */
const queueOf = (plugin: string) => `plugin:${plugin}`;
/** One pending run per plugin: a trigger while one is pending merges into it; while one runs, it waits behind it. */
const jobKeyOf = (plugin: string) => `${PLUGIN_SYNC_TASK}:${plugin}`;
const MAX_ATTEMPTS = 5;

export class UnknownPluginError extends Error {
  constructor(
    readonly plugin: string,
    installed: boolean,
  ) {
    super(installed ? `plugin ${plugin} is installed but not configured (add it to JIANGUAN_PLUGINS_FILE)` : `no plugin is named ${plugin}`);
    this.name = 'UnknownPluginError';
  }
}

const payloadSchema = z.object({ plugin: z.string(), trigger: z.enum(['SCHEDULE', 'ON_DEMAND']).default('SCHEDULE') });

/** The installed plugins, the configured instances, and how they run: on a schedule, on demand, or in the foreground. */
export interface PluginRuntime {
  installed: readonly Plugin[];
  instances: ReadonlyMap<string, PluginInstance>;
  /** Runs a plugin now, in this process. Throws UnknownPluginError or PluginBusyError. */
  run(plugin: string, trigger: RunTrigger, options?: Parameters<typeof runSource>[3]): Promise<RunOutcome>;
  check(plugin: string): Promise<CheckResult>;
  /** Queues a run on the job engine, inside `db` (a transaction, if the caller has one). Returns the job id. */
  enqueue(db: Kysely<DB> | Transaction<DB>, plugin: string): Promise<string>;
  tasks(): Record<string, Task>;
  cronItems(): ParsedCronItem[];
  /** Queues a sweep of the outbox now, if a sink is configured: for a worker that starts. */
  queueOutboxSweep(db: Kysely<DB>): Promise<void>;
  releaseQuarantined(id: string, actor: string): Promise<QuarantineOutcome>;
  discardQuarantined(id: string, actor: string, note: string): Promise<QuarantineOutcome>;
}

export function createPluginRuntime(deps: RuntimeDeps, installed: readonly Plugin[], instances: ReadonlyMap<string, PluginInstance>): PluginRuntime {
  const instanceOf = (plugin: string) => {
    const instance = instances.get(plugin);
    if (!instance) throw new UnknownPluginError(plugin, installed.some((p) => p.name === plugin));
    return instance;
  };
  const sinks = [...instances.values()].filter((instance) => instance.plugin.kind === 'sink').map((instance) => instance.plugin.name);
  const runtime: PluginRuntime = {
    installed,
    instances,
    run: (plugin, trigger, options) => {
      const instance = instanceOf(plugin);
      return instance.plugin.kind === 'sink' ? runSink(deps, instance, trigger, options) : runSource(deps, instance, trigger, options);
    },
    releaseQuarantined: (id, actor) => releaseQuarantined(deps.db, installed, deps.writers, id, actor),
    discardQuarantined: (id, actor, note) => discardQuarantined(deps.db, id, actor, note),
    async check(plugin) {
      const instance = instanceOf(plugin);
      const controller = new AbortController();
      try {
        return await instance.plugin.check(instance.config, pluginContext(deps.logger.child({ plugin, check: true }), controller.signal, deps.http));
      } catch (error) {
        // `check` must answer, not throw; a plugin that throws anyway still gets a typed answer.
        const failure = failureKindOf(error) === 'CONFIGURATION' ? 'CONFIGURATION' : 'TRANSIENT';
        return { ok: false, failure, message: error instanceof Error ? error.message : String(error) };
      } finally {
        controller.abort();
      }
    },
    async enqueue(db, plugin) {
      instanceOf(plugin);
      const { rows } = await sql<{ id: string }>`SELECT id FROM graphile_worker.add_job(${PLUGIN_SYNC_TASK}, ${JSON.stringify({ plugin, trigger: 'ON_DEMAND' })}::json,
          queue_name := ${queueOf(plugin)}, job_key := ${jobKeyOf(plugin)}, max_attempts := ${MAX_ATTEMPTS})`.execute(db);
      return String(rows[0]!.id);
    },
    tasks: () => ({
      [PLUGIN_SYNC_TASK]: async (payload, helpers) => {
        const { plugin, trigger } = payloadSchema.parse(payload);
        if (!instances.has(plugin)) {
          // Configured once, not any more: nothing to run, and nothing to retry.
          helpers.logger.warn(`plugin ${plugin} is not configured in this process; run skipped`);
          return;
        }
        // Busy (another process runs it) throws: the failed attempt makes the job engine try again later.
        const outcome = await runtime.run(plugin, trigger, { signal: helpers.abortSignal });
        // A transient failure is tried again by the job engine, with back-off; a configuration
        // error or a bad batch waits for a person, so retrying would only repeat it.
        if (outcome.status === 'FAILED' && (outcome.errorKind === 'TRANSIENT' || outcome.errorKind === 'ABORTED')) {
          throw new Error(`run ${outcome.runId} failed: ${outcome.error}`);
        }
      },
      // The outbox has work (queued in the transaction of its cause): every configured sink delivers it.
      [DELIVER_TASK]: async (_payload, helpers) => {
        for (const sink of sinks) {
          const outcome = await runtime.run(sink, 'OUTBOX', { signal: helpers.abortSignal });
          if (outcome.status === 'FAILED' && (outcome.errorKind === 'TRANSIENT' || outcome.errorKind === 'ABORTED' || outcome.errorKind === 'INTERNAL')) {
            throw new Error(`run ${outcome.runId} failed: ${outcome.error}`);
          }
        }
      },
      [OUTBOX_SWEEP_TASK]: outboxSweepTask(deps, sinks, (plugin, trigger, options) => runtime.run(plugin, trigger, options)),
    }),
    queueOutboxSweep: (db) => queueOutboxSweep(db, sinks),
    cronItems: () => [
      ...outboxSweepCronItems(sinks),
      ...parseCronItems(
        [...instances.values()]
          .filter((instance) => instance.schedule)
          .map((instance) => ({
            task: PLUGIN_SYNC_TASK,
            match: instance.schedule!,
            identifier: jobKeyOf(instance.plugin.name),
            payload: { plugin: instance.plugin.name, trigger: 'SCHEDULE' },
            options: { queueName: queueOf(instance.plugin.name), jobKey: jobKeyOf(instance.plugin.name), maxAttempts: MAX_ATTEMPTS },
          })),
      ),
    ],
  };
  return runtime;
}
