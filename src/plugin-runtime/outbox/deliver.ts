import { sql, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../../db/schema.generated.js';
import type { CreditRecordKind, PluginContext, SinkBatch, SinkPlugin } from '../../plugin-sdk/index.js';
import { TransientError } from '../../plugin-sdk/index.js';
import type { BatchCounts } from '../commit-batch.js';
import { deriveDesired } from './derive.js';
import { afterAnswer, afterReconcile, planFor, type Action } from './plan.js';
import { applyChanges, markInDoubt, noteFailure, selectInDoubt, selectPending, type InDoubt, type StateChange, type StateRow } from './state.js';

export interface SinkTarget {
  db: Kysely<DB>;
  plugin: SinkPlugin;
  config: unknown;
  ctx: PluginContext;
  runId: string;
  logger: Logger;
  onBatch: (counts: BatchCounts) => void;
}

/** Sends of one record within one run beyond which the platform is taken not to be storing it. */
const MAX_SENDS_PER_RUN = 3;

function batchOf(kind: CreditRecordKind, doubts: InDoubt[]): SinkBatch {
  return doubts[0]!.op === 'UPSERT'
    ? { kind, operation: 'UPSERT', records: doubts.map((d) => (d as Extract<InDoubt, { op: 'UPSERT' }>).record) }
    : { kind, operation: 'WITHDRAW', withdrawals: doubts.map((d) => (d as Extract<InDoubt, { op: 'WITHDRAW' }>).withdrawal) };
}

const idOf = (doubt: InDoubt) => (doubt.op === 'UPSERT' ? doubt.record.id : doubt.withdrawal.id);

async function recordCounts(target: SinkTarget, counts: BatchCounts, batches: number) {
  await sql`UPDATE plugin_run SET records_read = records_read + ${counts.read}, records_written = records_written + ${counts.written},
      records_unchanged = records_unchanged + ${counts.unchanged}, records_quarantined = records_quarantined + ${counts.quarantined}, batches = batches + ${batches}
    WHERE id = ${target.runId}::bigint`.execute(target.db);
  target.onBatch(counts);
}

function tally(changes: StateChange[], read: number): BatchCounts {
  const counts: BatchCounts = { read, written: 0, unchanged: 0, quarantined: 0 };
  for (const c of changes) {
    if (c.delivered) counts.written++;
    else if (c.status === 'HELD' || c.status === 'REJECTED') counts.quarantined++;
    else counts.unchanged++;
  }
  return counts;
}

/** Asks the platform about sends whose answer never came, by kind and operation, and settles them. */
async function reconcile(target: SinkTarget, rows: StateRow[]): Promise<BatchCounts> {
  const groups = new Map<string, StateRow[]>();
  for (const row of rows) {
    const key = `${row.kind}/${row.in_doubt!.op}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const changes: StateChange[] = [];
  for (const group of groups.values()) {
    const doubts = group.map((r) => r.in_doubt!);
    const found = await target.plugin.reconcile(target.config, batchOf(group[0]!.kind, doubts), target.ctx);
    const byId = new Map(found.map((f) => [f.id, f]));
    for (const row of group) {
      const result = byId.get(row.record_id);
      if (!result) throw new TransientError(`the platform's copy of ${row.record_id} could not be read`);
      changes.push(afterReconcile(row, row.in_doubt!, result));
    }
  }
  await applyChanges(target.db, changes);
  target.logger.info({ records: rows.length, delivered: changes.filter((c) => c.delivered).length }, 'records in doubt reconciled with the platform');
  return tally(changes, rows.length);
}

/** Sends one batch: in doubt first (committed), then the send, then each record's answer. */
async function send(target: SinkTarget, kind: CreditRecordKind, rows: Map<string, StateRow>, doubts: InDoubt[]): Promise<StateChange[]> {
  await markInDoubt(target.db, doubts.map((doubt) => ({ recordId: idOf(doubt), doubt })));
  let results;
  try {
    results = await target.plugin.deliver(target.config, batchOf(kind, doubts), target.ctx);
  } catch (error) {
    // The batch stays in doubt: the next run asks the platform what it stored before sending again.
    await noteFailure(target.db, doubts.map(idOf), (error as Error).message ?? String(error));
    throw error;
  }
  const byId = new Map(results.map((r) => [r.id, r]));
  const answered = doubts.filter((d) => byId.has(idOf(d)));
  const changes = answered.map((doubt) => afterAnswer(rows.get(idOf(doubt))!, doubt, byId.get(idOf(doubt))!));
  await applyChanges(target.db, changes);
  return changes;
}

/**
 * Delivers the outbox until it is empty: records in doubt are reconciled first; then pending
 * records are derived from the hub's data in batches, settled when there is nothing to send
 * (held, unchanged, rejected as is, withdrawn), and sent by kind and operation otherwise.
 */
export async function deliverOutbox(target: SinkTarget, signal: AbortSignal): Promise<BatchCounts> {
  const totals: BatchCounts = { read: 0, written: 0, unchanged: 0, quarantined: 0 };
  const add = (counts: BatchCounts) => {
    for (const key of Object.keys(totals) as (keyof BatchCounts)[]) totals[key] += counts[key];
  };
  const sends = new Map<string, number>();
  const size = target.plugin.maxBatchSize;
  for (;;) {
    signal.throwIfAborted();
    const doubtful = await selectInDoubt(target.db, size);
    if (doubtful.length > 0) {
      const counts = await reconcile(target, doubtful);
      add(counts);
      await recordCounts(target, counts, 0);
      continue;
    }
    // A record the platform keeps not storing waits for the next run rather than looping here.
    const exhausted = [...sends].filter(([, n]) => n >= MAX_SENDS_PER_RUN).map(([id]) => id);
    const pending = await selectPending(target.db, size, exhausted);
    if (pending.length === 0) {
      if (exhausted.length > 0) throw new TransientError(`the platform did not store ${exhausted.length} record(s) after ${MAX_SENDS_PER_RUN} sends (first: ${exhausted[0]})`);
      return totals;
    }
    const desired = await deriveDesired(target.db, pending);
    const actions = pending.map((row) => [row, planFor(row, desired.get(row.record_id)!)] as const);
    const settled = actions.filter((a): a is readonly [StateRow, Extract<Action, { type: 'SETTLE' }>] => a[1].type === 'SETTLE').map(([, a]) => a.change);
    await applyChanges(target.db, settled);
    const changes = [...settled];
    const groups = new Map<string, { kind: CreditRecordKind; doubts: InDoubt[] }>();
    for (const [row, action] of actions) {
      if (action.type !== 'SEND') continue;
      const key = `${action.kind}/${action.doubt.op}`;
      if (!groups.has(key)) groups.set(key, { kind: action.kind, doubts: [] });
      groups.get(key)!.doubts.push(action.doubt);
      sends.set(row.record_id, (sends.get(row.record_id) ?? 0) + 1);
    }
    const rows = new Map(pending.map((r) => [r.record_id, r]));
    for (const group of groups.values()) changes.push(...(await send(target, group.kind, rows, group.doubts)));
    const counts = tally(changes, pending.length);
    add(counts);
    await recordCounts(target, counts, groups.size);
  }
}
