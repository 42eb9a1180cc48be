import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';

/** Earlier penalties that make a new case 情节严重 (移送公安机关). */
export const PRIOR_PENALTIES_FOR_TRANSFER = 2;

/**
 * Recomputes the 情节严重 flag of every case these cases can affect: themselves, every case of
 * the same person (by the keyed hash), and every case that counted one of them before (its
 * number may have been corrected, or it revoked). A case is flagged when its person had at least
 * two earlier (decided before this case was opened), decided, not revoked cases, in any county,
 * province or source. Only strong identity counts: a transfer to the police is not made on a
 * weak match.
 */
export async function recomputePoliceTransferFlags(trx: Kysely<DB> | Transaction<DB>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return;
  const ids = [...caseIds];
  await sql`
    WITH persons AS (
      SELECT DISTINCT id_number_hash FROM unlicensed_practice_case WHERE id = ANY(${ids}::bigint[]) AND id_number_hash IS NOT NULL
    ), affected AS (
      SELECT unnest(${ids}::bigint[]) AS id
      UNION SELECT c.id FROM unlicensed_practice_case c JOIN persons USING (id_number_hash)
      UNION SELECT f.case_id FROM police_transfer_flag f WHERE f.prior_case_ids && ${ids}::bigint[]
    ), computed AS (
      SELECT c.id AS case_id, array_agg(p.id ORDER BY p.decided_on, p.id) AS prior_case_ids
      FROM unlicensed_practice_case c
      JOIN unlicensed_practice_case p ON p.id_number_hash = c.id_number_hash AND p.id <> c.id
        AND p.status <> 'REVOKED' AND p.decided_on IS NOT NULL AND p.decided_on < c.opened_on
      WHERE c.id IN (SELECT id FROM affected) AND c.status <> 'REVOKED'
      GROUP BY c.id
      HAVING count(*) >= ${PRIOR_PENALTIES_FOR_TRANSFER}
    ), cleared AS (
      DELETE FROM police_transfer_flag f
      WHERE f.case_id IN (SELECT id FROM affected) AND f.case_id NOT IN (SELECT case_id FROM computed)
    )
    INSERT INTO police_transfer_flag AS f (case_id, prior_case_ids)
    SELECT case_id, prior_case_ids FROM computed
    ON CONFLICT (case_id) DO UPDATE SET prior_case_ids = EXCLUDED.prior_case_ids, updated_at = now()
      WHERE f.prior_case_ids <> EXCLUDED.prior_case_ids`.execute(trx);
}
