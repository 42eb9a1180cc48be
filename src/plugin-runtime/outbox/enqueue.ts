import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { licenseRecordId } from '../../domain/credit-platform/license-record.js';
import { penaltyRecordId } from '../../domain/credit-platform/penalty-record.js';

/**
 * The job that delivers the credit-record outbox: one pending job at a time, in its own queue
 * (`plugin-outbox:credit-record`, job key `plugin-deliver:credit-record`; see queueDeliveryJob).
 */
export const DELIVER_TASK = 'plugin-deliver';

export interface CreditCause {
  /** Licenses decided, edited or whose status or publication changed. */
  licenseIds?: readonly string[];
  /** Penalties decided, revoked, repaired or whose publication period ended. */
  penaltyIds?: readonly string[];
  /** An administrator's retry: the record goes again even if the platform rejected this very content. */
  retry?: boolean;
}

/**
 * The only way to put work in the credit platform's outbox. Call it inside the transaction that
 * makes the change: the records are marked pending and a delivery job is queued on the job
 * engine in that same transaction, so a committed decision is never lost and a rolled-back one
 * is never sent. What is sent is derived at delivery time from the data as it then stands, so
 * several changes before a delivery coalesce into one send of the latest content.
 */
export async function enqueueCreditDelivery(trx: Transaction<DB> | Kysely<DB>, cause: CreditCause): Promise<void> {
  const licenseIds = [...new Set(cause.licenseIds ?? [])];
  const penaltyIds = [...new Set(cause.penaltyIds ?? [])];
  if (licenseIds.length === 0 && penaltyIds.length === 0) return;
  const retry = cause.retry === true;
  await sql`
    INSERT INTO credit_delivery AS d (record_id, kind, license_id, penalty_id)
    SELECT ${sql.lit(licenseRecordId(''))} || id, 'XK', id, NULL FROM unnest(${licenseIds}::bigint[]) AS id
    UNION ALL
    SELECT ${sql.lit(penaltyRecordId(''))} || id, 'CF', NULL, id FROM unnest(${penaltyIds}::bigint[]) AS id
    ON CONFLICT (record_id) DO UPDATE SET
      pending = true,
      pending_since = coalesce(d.pending_since, clock_timestamp()),
      change_seq = d.change_seq + 1,
      rejected_hash = CASE WHEN ${retry} THEN NULL ELSE d.rejected_hash END,
      rejected_withdrawal = CASE WHEN ${retry} THEN NULL ELSE d.rejected_withdrawal END,
      updated_at = now()`.execute(trx);
  await queueDeliveryJob(trx);
}

/**
 * Every license and penalty into the outbox, in one statement each: for data loaded in bulk
 * (the seed, or a hub that had decisions before it had the outbox).
 */
export async function enqueueAllCreditRecords(trx: Transaction<DB> | Kysely<DB>): Promise<number> {
  const result = await sql`
    INSERT INTO credit_delivery (record_id, kind, license_id, penalty_id)
    SELECT 'XK-' || id, 'XK', id, NULL FROM license
    UNION ALL
    SELECT 'CF-' || id, 'CF', NULL, id FROM penalty
    ON CONFLICT (record_id) DO NOTHING`.execute(trx);
  // A database loaded before the job queue is installed (a benchmark dataset) gets its job from the first sync.
  const { rows } = await sql<{ installed: boolean }>`SELECT to_regproc('graphile_worker.add_job') IS NOT NULL AS installed`.execute(trx);
  if (rows[0]?.installed) await queueDeliveryJob(trx);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Merges into the pending delivery job if there is one (the job key), else adds one. The job is
 * defined once, in the database (queue_credit_delivery_job, migrations/0051), because the
 * triggers that re-queue corrected records queue it too.
 */
export async function queueDeliveryJob(trx: Transaction<DB> | Kysely<DB>): Promise<void> {
  await sql`SELECT queue_credit_delivery_job()`.execute(trx);
}
