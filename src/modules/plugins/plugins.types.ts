import type { Selectable } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { builder } from '../../graphql/builder.js';
import type { RunRow } from './plugins.queries.js';

export type QuarantinedRow = Selectable<DB['quarantined_record']>;

export const PluginRunStatus = builder.enumType('PluginRunStatus', {
  values: {
    RUNNING: { description: 'In progress (or its process died; the next run marks it ABANDONED).' },
    SUCCEEDED: { description: 'Read everything there was.' },
    FAILED: { description: 'Stopped with an error; what it committed stays, and the next run resumes from its checkpoint.' },
    ABANDONED: { description: 'Its process stopped before it finished; the next run resumed from its last committed batch.' },
  } as const,
});

export const PluginRunTrigger = builder.enumType('PluginRunTrigger', {
  values: { SCHEDULE: { description: 'Its schedule' }, ON_DEMAND: { description: 'Asked for through the graph' }, COMMAND_LINE: { description: '`jianguan sync`' } } as const,
});

export const PluginFailureKind = builder.enumType('PluginFailureKind', {
  values: {
    CONFIGURATION: { description: 'Settings or credentials are wrong: fix the plugins file; retrying will not help.' },
    TRANSIENT: { description: 'The far side was unavailable after retries; the next run resumes.' },
    BAD_BATCH: { description: 'Most records of a batch could not be read; nothing of it was stored.' },
    ABORTED: { description: 'Stopped (shutdown or cancellation); the next run resumes.' },
    INTERNAL: { description: 'A fault in the plugin or the hub.' },
    ABANDONED: { description: 'Its process died.' },
  } as const,
});

export const QuarantineStatus = builder.enumType('QuarantineStatus', {
  values: { HELD: { description: 'Waiting for an administrator' }, RELEASED: { description: 'Read again and stored' }, DISCARDED: { description: 'Dropped for good' } } as const,
});

export const PluginRunRef = builder.objectRef<RunRow>('PluginRun').implement({
  description: 'One run of a plugin, with what it did.',
  fields: (t) => ({
    id: t.exposeID('id'),
    plugin: t.exposeString('plugin'),
    trigger: t.field({ type: PluginRunTrigger, resolve: (r) => r.trigger as 'SCHEDULE' }),
    status: t.field({ type: PluginRunStatus, resolve: (r) => r.status as 'RUNNING' }),
    startedAt: t.field({ type: 'DateTime', resolve: (r) => r.started_at }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.finished_at }),
    recordsRead: t.exposeInt('records_read'),
    recordsWritten: t.exposeInt('records_written', { description: 'New records, or newer versions of stored ones.' }),
    recordsUnchanged: t.exposeInt('records_unchanged', { description: 'Received again as stored (or older than stored).' }),
    recordsQuarantined: t.exposeInt('records_quarantined'),
    batches: t.exposeInt('batches'),
    checkpoint: t.field({ type: 'JSON', description: 'Per stream, the checkpoint this run reached.', resolve: (r) => r.checkpoint }),
    errorKind: t.field({ type: PluginFailureKind, nullable: true, resolve: (r) => r.error_kind as 'TRANSIENT' | null }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

export const QuarantinedRecordRef = builder.objectRef<QuarantinedRow>('QuarantinedRecord').implement({
  description: 'A record a plugin sent that could not be read, kept with its raw payload and the reason.',
  fields: (t) => ({
    id: t.exposeID('id'),
    plugin: t.exposeString('plugin'),
    stream: t.exposeString('stream'),
    runId: t.exposeID('run_id'),
    raw: t.field({ type: 'JSON', description: 'The record exactly as the source sent it.', resolve: (q) => JSON.parse(q.raw) as unknown }),
    reason: t.exposeString('reason'),
    status: t.field({ type: QuarantineStatus, resolve: (q) => q.status as 'HELD' }),
    quarantinedAt: t.field({ type: 'DateTime', resolve: (q) => q.quarantined_at }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, resolve: (q) => q.resolved_at }),
    resolvedBy: t.exposeString('resolved_by', { nullable: true }),
    resolutionNote: t.exposeString('resolution_note', { nullable: true }),
  }),
});
