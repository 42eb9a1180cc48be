import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { LicenseRow } from '../../db/rows.js';

/**
 * A license's status is changed only here, so every change is applied and kept with its cause
 * (`license_status_change`), and can be undone exactly: a suspension ends, a penalty is revoked,
 * a deferral ends with a pass.
 */
export type LicenseStatusCause =
  | 'VALIDATION_DEFERRED'
  | 'VALIDATION_FAILED'
  | 'VALIDATION_PASSED'
  | 'PENALTY_SUSPENDED'
  | 'PENALTY_REVOKED_LICENSE'
  | 'SUSPENSION_ENDED'
  | 'PENALTY_WITHDRAWN';

/** The system itself, when a status lapses by the calendar. */
export const SYSTEM_ACTOR = 'system';

/**
 * The status on `today`: a status that lapses (暂扣 until its last day) has already become the
 * next one when its last day is past, whether or not the daily job has run yet.
 */
export function statusOn(license: Pick<LicenseRow, 'status' | 'status_until' | 'status_after'>, today: string): string {
  return license.status_until && license.status_until < today && license.status_after ? license.status_after : license.status;
}

/**
 * 暂扣期满: every license whose lapsing status ended before `today` takes its next status, with a
 * history entry dated the first day after the suspension. Runs for all licenses (the daily job) or
 * for one (before a write reads its status). Each suspension ends once (a unique index).
 */
export async function endLapsedStatuses(db: Kysely<DB> | Transaction<DB>, today: string, licenseId?: string): Promise<number> {
  const onlyOne = licenseId ? sql`AND id = ${licenseId}` : sql``;
  const result = await sql`
    WITH due AS (
      SELECT id, status, status_until, status_after, status_penalty_id FROM license
      WHERE status_until < ${today}::date ${onlyOne}
      FOR UPDATE
    ), changed AS (
      UPDATE license l
      SET status = due.status_after, status_until = NULL, status_after = NULL, status_penalty_id = NULL,
          version = l.version + 1, updated_at = now()
      FROM due WHERE l.id = due.id
      RETURNING l.id
    )
    INSERT INTO license_status_change (license_id, from_status, to_status, effective_on, cause, penalty_id, recorded_by)
    SELECT due.id, due.status, due.status_after, due.status_until + 1, 'SUSPENSION_ENDED', due.status_penalty_id, ${SYSTEM_ACTOR}
    FROM due JOIN changed ON changed.id = due.id
    ON CONFLICT (license_id, penalty_id) WHERE cause = 'SUSPENSION_ENDED' DO NOTHING`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export interface StatusChange {
  licenseId: string;
  to: string;
  effectiveOn: string;
  cause: LicenseStatusCause;
  actor: string;
  penaltyId?: string | null;
  validationId?: string | null;
  note?: string | null;
  /** The status lapses into `after` once `until` (its last day) is past. */
  lapse?: { until: string; after: string } | null;
}

/** Applies one change and records it; returns the status the license had before. */
export async function changeLicenseStatus(trx: Transaction<DB>, change: StatusChange): Promise<string> {
  const current = await trx.selectFrom('license').select('status').where('id', '=', change.licenseId).forUpdate().executeTakeFirstOrThrow();
  await trx
    .updateTable('license')
    .set({
      status: change.to,
      status_until: change.lapse?.until ?? null,
      status_after: change.lapse?.after ?? null,
      status_penalty_id: change.lapse ? (change.penaltyId ?? null) : null,
      version: (eb) => eb('version', '+', 1),
      updated_at: new Date(),
    })
    .where('id', '=', change.licenseId)
    .execute();
  await trx
    .insertInto('license_status_change')
    .values({
      license_id: change.licenseId,
      from_status: current.status,
      to_status: change.to,
      effective_on: change.effectiveOn,
      cause: change.cause,
      penalty_id: change.penaltyId ?? null,
      validation_id: change.validationId ?? null,
      note: change.note ?? null,
      recorded_by: change.actor,
    })
    .execute();
  return current.status;
}

/**
 * 撤销处罚: each license the penalty suspended or revoked goes back to the status it had before,
 * when it still holds the status the penalty gave it (a suspension that already ended, or a later
 * decision, is left as it stands).
 */
export async function restoreLicensesOfPenalty(trx: Transaction<DB>, penaltyId: string, revokedOn: string, today: string, reason: string, actor: string) {
  const applied = await trx
    .selectFrom('license_status_change')
    .select(['license_id', 'from_status', 'to_status'])
    .where('penalty_id', '=', penaltyId)
    .where('cause', 'in', ['PENALTY_SUSPENDED', 'PENALTY_REVOKED_LICENSE'])
    .orderBy('id')
    .execute();
  for (const change of applied) {
    await endLapsedStatuses(trx, today, change.license_id);
    const license = await trx.selectFrom('license').select(['status', 'status_penalty_id']).where('id', '=', change.license_id).executeTakeFirstOrThrow();
    const stillFromThisPenalty = license.status === change.to_status && (change.to_status !== 'SUSPENDED' || license.status_penalty_id === penaltyId);
    if (!stillFromThisPenalty) continue;
    await changeLicenseStatus(trx, {
      licenseId: change.license_id,
      to: change.from_status,
      effectiveOn: revokedOn,
      cause: 'PENALTY_WITHDRAWN',
      penaltyId,
      actor,
      note: reason,
    });
  }
}

const VALIDATION_STATUSES = ['VALIDATION_DEFERRED', 'VALIDATION_FAILED'];
/** Statuses a validation result may replace: a suspended or revoked license stays so. */
const VALIDATION_MAY_CHANGE = ['VALID', ...VALIDATION_STATUSES];

/**
 * 校验 changes the status: deferred or failed takes the license out of VALID; a later pass gives back
 * the status it had before the first deferral or failure.
 */
export async function applyValidationResult(
  trx: Transaction<DB>,
  validation: { id: string; license_id: string; result: string; validated_on: string },
  today: string,
  actor: string,
) {
  await endLapsedStatuses(trx, today, validation.license_id);
  const license = await trx.selectFrom('license').select('status').where('id', '=', validation.license_id).executeTakeFirstOrThrow();
  if (!VALIDATION_MAY_CHANGE.includes(license.status)) return;
  const base = { licenseId: validation.license_id, effectiveOn: validation.validated_on, validationId: validation.id, actor };
  if (validation.result !== 'PASSED') {
    const to = validation.result === 'DEFERRED' ? 'VALIDATION_DEFERRED' : 'VALIDATION_FAILED';
    if (license.status !== to) await changeLicenseStatus(trx, { ...base, to, cause: to === 'VALIDATION_DEFERRED' ? 'VALIDATION_DEFERRED' : 'VALIDATION_FAILED' });
    return;
  }
  if (!VALIDATION_STATUSES.includes(license.status)) return;
  const before = await trx
    .selectFrom('license_status_change')
    .select('from_status')
    .where('license_id', '=', validation.license_id)
    .where('cause', 'in', ['VALIDATION_DEFERRED', 'VALIDATION_FAILED'])
    .where('from_status', 'not in', VALIDATION_STATUSES)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  await changeLicenseStatus(trx, { ...base, to: before?.from_status ?? 'VALID', cause: 'VALIDATION_PASSED' });
}
