import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { CreditRecord, CreditWithdrawal, FieldProblem } from '../../plugin-sdk/index.js';
import type { OutboxRow } from './derive.js';

export type DeliveryStatus = 'PENDING' | 'SENT' | 'ACCEPTED' | 'UPDATED' | 'REJECTED' | 'WITHDRAWN' | 'HELD' | 'NOT_DISCLOSED';

/** What is on its way for a record, committed before the send: enough to ask the platform about it later. */
export type InDoubt =
  | { op: 'UPSERT'; seq: string; hash: string; record: CreditRecord; withdrawalWanted: boolean }
  | { op: 'WITHDRAW'; seq: string; withdrawal: CreditWithdrawal };

export interface StateRow extends OutboxRow {
  change_seq: string;
  status: DeliveryStatus;
  held_reason: string | null;
  rejection_errors: FieldProblem[] | null;
  delivered_hash: string | null;
  rejected_hash: string | null;
  delivered_withdrawal: string | null;
  rejected_withdrawal: string | null;
  in_doubt: InDoubt | null;
}

const COLUMNS = sql`record_id, kind, license_id::text, penalty_id::text, change_seq::text, status, held_reason, rejection_errors, delivered_hash, rejected_hash,
  delivered_withdrawal, rejected_withdrawal, in_doubt`;

/** Records whose last send has no answer yet: these are asked about before anything else is sent. */
export async function selectInDoubt(db: Kysely<DB>, limit: number): Promise<StateRow[]> {
  const { rows } = await sql<StateRow>`SELECT ${COLUMNS} FROM credit_delivery WHERE in_doubt IS NOT NULL ORDER BY record_id LIMIT ${limit}`.execute(db);
  return rows;
}

/** The oldest pending records (a record kept pending for its withdrawal stays first in line). */
export async function selectPending(db: Kysely<DB>, limit: number, skip: readonly string[]): Promise<StateRow[]> {
  const { rows } = await sql<StateRow>`SELECT ${COLUMNS} FROM credit_delivery
    WHERE pending AND in_doubt IS NULL AND NOT (record_id = ANY(${skip}::text[]))
    ORDER BY pending_since, record_id LIMIT ${limit}`.execute(db);
  return rows;
}

/** Persists what is about to be sent, and commits it, before the send. */
export async function markInDoubt(db: Kysely<DB>, doubts: { recordId: string; doubt: InDoubt }[]): Promise<void> {
  await sql`UPDATE credit_delivery d SET in_doubt = c.doubt, status = 'SENT', attempts = d.attempts + 1, last_attempt_at = clock_timestamp()
    FROM unnest(${doubts.map((d) => d.recordId)}::text[], ${doubts.map((d) => JSON.stringify(d.doubt))}::jsonb[]) AS c (record_id, doubt)
    WHERE d.record_id = c.record_id`.execute(db);
}

export async function noteFailure(db: Kysely<DB>, recordIds: string[], error: string): Promise<void> {
  await sql`UPDATE credit_delivery SET last_error = ${error} WHERE record_id = ANY(${recordIds}::text[])`.execute(db);
}

/** A record's state after an answer, a reconciliation or a look that found nothing to send. */
export interface StateChange {
  record_id: string;
  /** The change_seq the deliverer acted on: a cause since then keeps the record pending. */
  seen_seq: string;
  /** More to do for this record whatever happens meanwhile (a withdrawal after its record). */
  more: boolean;
  status: DeliveryStatus;
  held_reason: string | null;
  rejection_errors: FieldProblem[] | null;
  delivered_hash: string | null;
  rejected_hash: string | null;
  delivered_withdrawal: string | null;
  rejected_withdrawal: string | null;
  delivered: boolean;
  last_error: string | null;
}

export function unchangedState(row: StateRow): StateChange {
  return {
    record_id: row.record_id, seen_seq: row.change_seq, more: false, status: row.status, held_reason: row.held_reason, rejection_errors: row.rejection_errors,
    delivered_hash: row.delivered_hash, rejected_hash: row.rejected_hash, delivered_withdrawal: row.delivered_withdrawal, rejected_withdrawal: row.rejected_withdrawal,
    delivered: false, last_error: null,
  };
}

/** Writes the changes in one statement; clears `in_doubt`; a record stays pending only if a cause came meanwhile or more is to be done. */
export async function applyChanges(db: Kysely<DB>, changes: StateChange[]): Promise<void> {
  if (changes.length === 0) return;
  await sql`
    UPDATE credit_delivery d SET
      in_doubt = NULL,
      pending = c.more OR d.change_seq <> c.seen_seq,
      pending_since = CASE WHEN c.more OR d.change_seq <> c.seen_seq THEN d.pending_since ELSE NULL END,
      status = c.status, held_reason = c.held_reason, rejection_errors = c.rejection_errors,
      delivered_hash = c.delivered_hash, rejected_hash = c.rejected_hash,
      delivered_withdrawal = c.delivered_withdrawal, rejected_withdrawal = c.rejected_withdrawal,
      delivered_at = CASE WHEN c.delivered THEN clock_timestamp() ELSE d.delivered_at END,
      last_error = c.last_error, updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS c (
      record_id text, seen_seq bigint, more boolean, status text, held_reason text, rejection_errors jsonb, delivered_hash text, rejected_hash text,
      delivered_withdrawal text, rejected_withdrawal text, delivered boolean, last_error text)
    WHERE d.record_id = c.record_id`.execute(db);
}
