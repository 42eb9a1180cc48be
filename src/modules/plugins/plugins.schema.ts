import { actorOf } from '../../auth/viewer.js';
import { countRows } from '../../db/count.js';
import { builder } from '../../graphql/builder.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { InvalidInputError, NotFoundError, UPDATE_ERRORS, WRITE_ERRORS } from '../../graphql/errors.js';
import { parseDatabaseId } from '../../graphql/global-id.js';
import { parseInput } from '../../graphql/validate.js';
import { freeText } from '../../domain/text.js';
import { keysetConnection } from '../../graphql/pagination.js';
import type { PluginInstance } from '../../plugin-runtime/instances.js';
import type { QuarantineOutcome } from '../../plugin-runtime/quarantine.js';
import { nextFireTime } from '../../plugin-runtime/schedule.js';
import type { Plugin } from '../../plugin-sdk/index.js';
import type { RequestContext } from '../../server/context.js';
import { checkpointsOf, heldQuarantineCounts, latestRuns, type RunRow } from './plugins.queries.js';
import { PluginRunRef, PluginRunStatus, QuarantinedRecordRef, QuarantineStatus, type QuarantinedRow } from './plugins.types.js';

interface PluginView {
  plugin: Plugin;
  instance: PluginInstance | undefined;
  last: RunRow | undefined;
  lastSuccess: RunRow | undefined;
  held: number;
}

const StreamCheckpoint = builder.objectRef<{ stream: string; checkpoint: unknown; updated_at: Date }>('StreamCheckpoint').implement({
  description: 'Where a stream has read up to: the plugin’s own checkpoint, committed with the last batch.',
  fields: (t) => ({
    stream: t.exposeString('stream'),
    checkpoint: t.field({ type: 'JSON', resolve: (c) => c.checkpoint }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updated_at }),
  }),
});

const PluginRef = builder.objectRef<PluginView>('Plugin').implement({
  description: 'An installed plugin: a source that brings records in, or a sink that sends them out; and its state here.',
  fields: (t) => ({
    name: t.string({ resolve: (v) => v.plugin.name }),
    version: t.string({ resolve: (v) => v.plugin.version }),
    description: t.string({ resolve: (v) => v.plugin.description }),
    kind: t.string({ description: '`source` or `sink`', resolve: (v) => v.plugin.kind }),
    configured: t.boolean({ description: 'Listed in the plugins file: only configured plugins run.', resolve: (v) => v.instance !== undefined }),
    schedule: t.string({ nullable: true, description: 'Cron expression in UTC; null: on demand only.', resolve: (v) => v.instance?.schedule ?? null }),
    nextRunAt: t.field({ type: 'DateTime', nullable: true, resolve: (v) => (v.instance?.schedule ? nextFireTime(v.instance.schedule, new Date()) : null) }),
    running: t.boolean({ resolve: (v) => v.last?.status === 'RUNNING' }),
    lastRun: t.field({ type: PluginRunRef, nullable: true, resolve: (v) => v.last ?? null }),
    lastSuccessfulRun: t.field({ type: PluginRunRef, nullable: true, resolve: (v) => v.lastSuccess ?? null }),
    heldQuarantinedRecords: t.int({ description: 'Records waiting in quarantine.', resolve: (v) => v.held }),
    checkpoints: t.field({ type: [StreamCheckpoint], resolve: (v, _args, ctx) => checkpointsOf(ctx.db, v.plugin.name) }),
  }),
});

async function pluginViews(ctx: RequestContext): Promise<PluginView[]> {
  const installed = ctx.plugins?.installed ?? [];
  const [runs, held] = await Promise.all([latestRuns(ctx.db, installed.map((p) => p.name)), heldQuarantineCounts(ctx.db)]);
  return installed.map((plugin) => ({
    plugin,
    instance: ctx.plugins?.instances.get(plugin.name),
    last: runs.get(plugin.name)?.last,
    lastSuccess: runs.get(plugin.name)?.lastSuccess,
    held: held.get(plugin.name) ?? 0,
  }));
}

builder.queryFields((t) => ({
  plugins: t.field({
    type: [PluginRef],
    authScopes: { administrator: true },
    description: 'Installed plugins with their configuration state, last and next run (administrators).',
    resolve: (_root, _args, ctx) => pluginViews(ctx),
  }),
  pluginRuns: t.connection(
    {
      type: PluginRunRef,
      authScopes: { administrator: true },
      description: 'Runs of plugins, newest first (administrators).',
      args: { plugin: t.arg.string(), statuses: t.arg({ type: [PluginRunStatus] }) },
      resolve: (_root, args, ctx) => {
        let q = ctx.db.selectFrom('plugin_run');
        if (args.plugin) q = q.where('plugin_run.plugin', '=', args.plugin);
        if (args.statuses?.length) q = q.where('plugin_run.status', 'in', args.statuses);
        return keysetConnection<RunRow>(q.selectAll('plugin_run') as never, {
          order: { column: 'plugin_run.started_at', kind: 'timestamptz', direction: 'desc' },
          idColumn: 'plugin_run.id',
          args,
          count: () => countRows(q),
        });
      },
    },
    countedConnection('PluginRunConnection'),
  ),
  quarantinedRecords: t.connection(
    {
      type: QuarantinedRecordRef,
      authScopes: { administrator: true },
      description: 'Records plugins sent that could not be read, newest first (administrators).',
      args: { plugin: t.arg.string(), status: t.arg({ type: QuarantineStatus }) },
      resolve: (_root, args, ctx) => {
        let q = ctx.db.selectFrom('quarantined_record');
        if (args.plugin) q = q.where('quarantined_record.plugin', '=', args.plugin);
        if (args.status) q = q.where('quarantined_record.status', '=', args.status);
        return keysetConnection<QuarantinedRow>(q.selectAll('quarantined_record'), {
          order: { column: 'quarantined_record.quarantined_at', kind: 'timestamptz', direction: 'desc' },
          idColumn: 'quarantined_record.id',
          args,
          count: () => countRows(q),
        });
      },
    },
    countedConnection('QuarantinedRecordConnection'),
  ),
}));

const TriggeredRun = builder.objectRef<{ plugin: string; jobId: string }>('TriggeredPluginRun').implement({
  description: 'A run queued on the job engine: it starts when a worker is free and no other run of the plugin is going.',
  fields: (t) => ({ plugin: t.exposeString('plugin'), jobId: t.exposeID('jobId') }),
});

/** A quarantine outcome as the mutation's answer: the record, or the typed error. */
async function resolved(ctx: RequestContext, id: string, outcome: QuarantineOutcome): Promise<QuarantinedRow> {
  if (!outcome.ok) {
    if (outcome.code === 'NOT_FOUND') throw new NotFoundError(id);
    throw new InvalidInputError([{ field: 'id', code: outcome.code, message: outcome.message }]);
  }
  return ctx.db.selectFrom('quarantined_record').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

const localQuarantineId = (id: string) => {
  if (parseDatabaseId(id) === null) throw new InvalidInputError([{ field: 'id', code: 'INVALID_ID', message: 'id must be a quarantined record’s id' }]);
  return id;
};

builder.mutationFields((t) => ({
  triggerPluginRun: t.field({
    type: TriggeredRun,
    authScopes: { administrator: true },
    description: 'Queues a run of a configured plugin now (administrators). A second trigger while one is queued merges into it; while one runs, it waits behind it.',
    errors: { types: WRITE_ERRORS, result: { name: 'TriggerPluginRunSuccess' }, union: { name: 'TriggerPluginRunResult' } },
    args: { plugin: t.arg.string({ required: true }) },
    resolve: async (_root, { plugin }, ctx) => {
      if (!ctx.plugins?.instances.has(plugin)) {
        throw new InvalidInputError([{ field: 'plugin', code: 'NOT_CONFIGURED', message: `no configured plugin is named ${plugin}` }]);
      }
      return { plugin, jobId: await ctx.plugins.enqueue(ctx.db, plugin) };
    },
  }),
  releaseQuarantinedRecord: t.field({
    type: QuarantinedRecordRef,
    authScopes: { administrator: true },
    description: 'Reads a quarantined record again and stores it if it now reads (administrators); otherwise it stays held and the error says why.',
    errors: { types: UPDATE_ERRORS, result: { name: 'ReleaseQuarantinedRecordSuccess' }, union: { name: 'ReleaseQuarantinedRecordResult' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = localQuarantineId(String(args.id));
      if (!ctx.plugins) throw new NotFoundError(id);
      return resolved(ctx, id, await ctx.plugins.releaseQuarantined(id, actorOf(ctx.viewer)));
    },
  }),
  discardQuarantinedRecord: t.field({
    type: QuarantinedRecordRef,
    authScopes: { administrator: true },
    description: 'Drops a quarantined record for good, with a note saying why (administrators).',
    errors: { types: UPDATE_ERRORS, result: { name: 'DiscardQuarantinedRecordSuccess' }, union: { name: 'DiscardQuarantinedRecordResult' } },
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = localQuarantineId(String(args.id));
      const note = parseInput(freeText(2000), args.note, 'note');
      if (!ctx.plugins) throw new NotFoundError(id);
      return resolved(ctx, id, await ctx.plugins.discardQuarantined(id, actorOf(ctx.viewer), note));
    },
  }),
}));
