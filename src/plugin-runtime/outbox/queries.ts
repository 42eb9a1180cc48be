import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';

export interface DeliveryRow {
  record_id: string;
  kind: string;
  license_id: string | null;
  penalty_id: string | null;
  status: string;
  pending: boolean;
  held_reason: string | null;
  rejection_errors: { field: string; message: string }[] | null;
  in_doubt: unknown;
  attempts: number;
  last_error: string | null;
  last_attempt_at: Date | null;
  delivered_at: Date | null;
  pending_since: Date | null;
}

const COLUMNS = sql`record_id, kind, license_id::text, penalty_id::text, status, pending, held_reason, rejection_errors, in_doubt, attempts, last_error,
  last_attempt_at, delivered_at, pending_since`;

export async function deliveriesByLicense(db: Kysely<DB>, ids: readonly string[]): Promise<DeliveryRow[]> {
  return (await sql<DeliveryRow>`SELECT ${COLUMNS} FROM credit_delivery WHERE license_id = ANY(${ids}::bigint[])`.execute(db)).rows;
}

export async function deliveriesByPenalty(db: Kysely<DB>, ids: readonly string[]): Promise<DeliveryRow[]> {
  return (await sql<DeliveryRow>`SELECT ${COLUMNS} FROM credit_delivery WHERE penalty_id = ANY(${ids}::bigint[])`.execute(db)).rows;
}

export async function deliveryByRecordId(db: Kysely<DB>, recordId: string): Promise<DeliveryRow | undefined> {
  return (await sql<DeliveryRow>`SELECT ${COLUMNS} FROM credit_delivery WHERE record_id = ${recordId}`.execute(db)).rows[0];
}

/** Records needing a person: rejected by the platform or held for missing data, oldest first. */
export async function failedDeliveries(db: Kysely<DB>, limit: number): Promise<DeliveryRow[]> {
  return (await sql<DeliveryRow>`SELECT ${COLUMNS} FROM credit_delivery WHERE status IN ('REJECTED', 'HELD') ORDER BY updated_at, record_id LIMIT ${limit}`.execute(db)).rows;
}

export interface OutboxSummary {
  depth: number;
  in_doubt: number;
  oldest_pending_since: Date | null;
  by_status: Record<string, number>;
}

/** Depth (pending records), records in doubt, the oldest pending cause, and records by delivery state. */
export async function outboxSummary(db: Kysely<DB>): Promise<OutboxSummary> {
  const { rows } = await sql<{ status: string; n: string; pending: string; in_doubt: string; oldest: Date | null }>`
    SELECT status, count(*) AS n, count(*) FILTER (WHERE pending) AS pending, count(*) FILTER (WHERE in_doubt IS NOT NULL) AS in_doubt,
      min(pending_since) FILTER (WHERE pending) AS oldest
    FROM credit_delivery GROUP BY status`.execute(db);
  const oldest = rows.map((r) => r.oldest).filter((d): d is Date => d !== null).sort((a, b) => +new Date(a) - +new Date(b))[0] ?? null;
  return {
    depth: rows.reduce((sum, r) => sum + Number(r.pending), 0),
    in_doubt: rows.reduce((sum, r) => sum + Number(r.in_doubt), 0),
    oldest_pending_since: oldest ? new Date(oldest) : null,
    by_status: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])),
  };
}

/** Plugins whose last run was refused for its configuration (credentials, address, clock): nothing moves until a person fixes it. */
export async function deliveryAlerts(db: Kysely<DB>): Promise<{ plugin: string; error: string; at: Date }[]> {
  const { rows } = await sql<{ plugin: string; error: string; at: Date; error_kind: string | null }>`
    SELECT DISTINCT ON (plugin) plugin, error, finished_at AS at, error_kind FROM plugin_run
    WHERE status <> 'RUNNING'
    ORDER BY plugin, id DESC`.execute(db);
  return rows.filter((r) => r.error_kind === 'CONFIGURATION').map(({ plugin, error, at }) => ({ plugin, error, at }));
}

/** Whether anything waits for a sink: a record pending, or sent without an answer. */
export async function outboxHasWork(db: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{ work: boolean }>`
    SELECT EXISTS (SELECT FROM credit_delivery WHERE pending) OR EXISTS (SELECT FROM credit_delivery WHERE in_doubt IS NOT NULL) AS work`.execute(db);
  return rows[0]!.work;
}
