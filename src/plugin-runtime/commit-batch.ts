import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.generated.js';
import type { Entities, EntityName, Json } from '../plugin-sdk/index.js';
import type { EntityWriter } from './writers/index.js';

export interface ReadRecord<E extends EntityName> {
  key: string;
  record: Entities[E];
  /** As the source sent it: what is quarantined if a reference does not resolve. */
  raw: unknown;
}

export interface Quarantined {
  raw: unknown;
  reason: string;
}

export interface BatchCounts {
  read: number;
  written: number;
  unchanged: number;
  quarantined: number;
}

/** The newest version of each key in a batch (a source may send a record twice in one page). */
function newestByKey<E extends EntityName>(records: ReadRecord<E>[]): ReadRecord<E>[] {
  const byKey = new Map<string, ReadRecord<E>>();
  for (const item of records) {
    const held = byKey.get(item.key);
    if (!held || Date.parse(held.record.sourceUpdatedAt) <= Date.parse(item.record.sourceUpdatedAt)) byKey.set(item.key, item);
  }
  return [...byKey.values()];
}

/** A raw payload as JSON text, whatever it holds (jsonb would refuse `\u0000`; text keeps it escaped). */
function rawText(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? 'null';
  } catch {
    return JSON.stringify(String(raw));
  }
}

/**
 * One batch in one transaction: its records, its quarantined records, the stream's checkpoint
 * and the run's counters. Either all of it is committed or none, so the checkpoint never moves
 * past a record that was not stored, and a record is never stored under an older checkpoint
 * without being read again (and found unchanged) on resume.
 */
export async function commitBatch<E extends EntityName>(
  db: Kysely<DB>,
  target: { plugin: string; stream: string; runId: string; writer: EntityWriter<Entities[E]> },
  batch: { records: ReadRecord<E>[]; quarantined: Quarantined[]; checkpoint: Json; read: number },
): Promise<BatchCounts> {
  return db.transaction().execute(async (trx) => {
    const distinct = newestByKey(batch.records);
    const unresolved = await target.writer.unknownReferences(trx, distinct.map((r) => r.record));
    const quarantined = [...batch.quarantined];
    const writable: ReadRecord<E>[] = [];
    distinct.forEach((item, i) => {
      const problem = unresolved[i];
      if (problem) quarantined.push({ raw: item.raw, reason: problem });
      else writable.push(item);
    });
    const receivedAt = new Date().toISOString();
    const { written, unchanged } = await target.writer.write(trx, target.plugin, writable.map((r) => r.record), receivedAt);
    if (quarantined.length > 0) {
      const raws = quarantined.map((q) => rawText(q.raw));
      await sql`INSERT INTO quarantined_record (plugin, stream, run_id, raw, raw_hash, reason)
        SELECT ${target.plugin}, ${target.stream}, ${target.runId}::bigint, raw, raw_hash, reason
        FROM unnest(${raws}::text[], ${raws.map((raw) => createHash('sha256').update(raw).digest('hex'))}::text[], ${quarantined.map((q) => q.reason)}::text[]) AS q (raw, raw_hash, reason)
        ON CONFLICT (plugin, stream, raw_hash) DO NOTHING`.execute(trx);
    }
    const checkpoint = JSON.stringify(batch.checkpoint);
    await sql`INSERT INTO plugin_checkpoint (plugin, stream, checkpoint, run_id) VALUES (${target.plugin}, ${target.stream}, ${checkpoint}::jsonb, ${target.runId}::bigint)
      ON CONFLICT (plugin, stream) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, run_id = EXCLUDED.run_id, updated_at = now()`.execute(trx);
    // Records read twice within the batch count as unchanged: the total always adds up to what was read.
    const counts = { read: batch.read, written, unchanged: unchanged + (batch.records.length - distinct.length), quarantined: quarantined.length };
    await sql`UPDATE plugin_run SET records_read = records_read + ${counts.read}, records_written = records_written + ${counts.written},
        records_unchanged = records_unchanged + ${counts.unchanged}, records_quarantined = records_quarantined + ${counts.quarantined},
        batches = batches + 1, checkpoint = checkpoint || jsonb_build_object(${target.stream}::text, ${checkpoint}::jsonb)
      WHERE id = ${target.runId}::bigint`.execute(trx);
    return counts;
  });
}
