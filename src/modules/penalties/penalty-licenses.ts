import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { PenaltyRow } from './penalties.schema.js';
import { todayInChina } from '../../domain/today.js';
import { changeLicenseStatus, endLapsedStatuses, statusOn } from '../licenses/license-status.js';

export interface AffectedLicense {
  licenseId: string;
  action: 'SUSPEND' | 'REVOKE';
  suspendedUntil?: string | null;
}

/**
 * 暂扣 / 吊销许可证件 take effect with the decision, in its transaction. A suspension lapses back to
 * the status the license had, the day after its last day; a revocation stands until the decision is revoked.
 */
export async function applyPenaltyToLicenses(trx: Transaction<DB>, penalty: PenaltyRow, affected: readonly AffectedLicense[], actor: string) {
  const today = todayInChina();
  for (const l of affected) {
    const suspendedUntil = l.action === 'SUSPEND' ? (l.suspendedUntil ?? penalty.valid_until) : null;
    await trx.insertInto('penalty_license').values({ penalty_id: penalty.id, license_id: l.licenseId, action: l.action, suspended_until: suspendedUntil }).execute();
    // An earlier suspension already past its end is settled first, so the one restored later is right.
    await endLapsedStatuses(trx, today, l.licenseId);
    const current = await trx.selectFrom('license').select(['status', 'status_until', 'status_after']).where('id', '=', l.licenseId).executeTakeFirstOrThrow();
    const before = statusOn(current, today);
    await changeLicenseStatus(trx, {
      licenseId: l.licenseId,
      to: l.action === 'REVOKE' ? 'REVOKED' : 'SUSPENDED',
      effectiveOn: penalty.decided_on,
      cause: l.action === 'REVOKE' ? 'PENALTY_REVOKED_LICENSE' : 'PENALTY_SUSPENDED',
      penaltyId: penalty.id,
      actor,
      // Suspended on top of another suspension: it lapses to what the earlier one would have.
      lapse: suspendedUntil ? { until: suspendedUntil, after: current.status === 'SUSPENDED' && current.status_after ? current.status_after : before } : null,
    });
  }
}
