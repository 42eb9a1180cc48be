import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';

/**
 * 上网比对 for some cases and practitioners: every pair that matches now is upserted as a
 * RegistryMatch alert (one row per pair and strength, so matching again never duplicates), and
 * every alert of these cases or practitioners that no longer matches is withdrawn.
 *
 * - Strong: the keyed hash of the normalised ID number is equal (both sides have one).
 * - Weak: at least one side has no hash (masked, absent, or the hub has no key); same name, and
 *   what both sides know of the number agrees (`id_patterns_agree`). A pair of two hashes never
 *   matches weakly: different hashes are different people.
 *
 * Revoked cases match nothing. Every join is on an index (hash or name): no scan per case.
 */
export async function matchPairs(trx: Kysely<DB> | Transaction<DB>, subjects: { caseIds?: readonly string[]; practitionerIds?: readonly string[] }) {
  const caseIds = [...(subjects.caseIds ?? [])];
  const practitionerIds = [...(subjects.practitionerIds ?? [])];
  if (caseIds.length === 0 && practitionerIds.length === 0) return;
  await sql`
    WITH subject_case AS (
      SELECT id, id_number_hash, id_pattern, person_name FROM unlicensed_practice_case
      WHERE id = ANY(${caseIds}::bigint[]) AND status <> 'REVOKED'
    ), subject_practitioner AS (
      SELECT id, id_number_hash, id_number, name FROM practitioner WHERE id = ANY(${practitionerIds}::bigint[])
    ), pairs (kind, strength, case_id, other_case_id, practitioner_id) AS (
      SELECT 'PRACTITIONER', 'STRONG', s.id, NULL::bigint, p.id
        FROM subject_case s JOIN practitioner p ON p.id_number_hash = s.id_number_hash
      UNION
      SELECT 'PRACTITIONER', 'WEAK', s.id, NULL::bigint, p.id
        FROM subject_case s JOIN practitioner p ON p.name = s.person_name
        WHERE (s.id_number_hash IS NULL OR p.id_number_hash IS NULL) AND id_patterns_agree(s.id_pattern, p.id_number)
      UNION
      SELECT 'PRACTITIONER', 'STRONG', c.id, NULL::bigint, p.id
        FROM subject_practitioner p JOIN unlicensed_practice_case c ON c.id_number_hash = p.id_number_hash AND c.status <> 'REVOKED'
      UNION
      SELECT 'PRACTITIONER', 'WEAK', c.id, NULL::bigint, p.id
        FROM subject_practitioner p JOIN unlicensed_practice_case c ON c.person_name = p.name AND c.status <> 'REVOKED'
        WHERE (c.id_number_hash IS NULL OR p.id_number_hash IS NULL) AND id_patterns_agree(c.id_pattern, p.id_number)
      UNION
      SELECT 'CASE', 'STRONG', least(s.id, o.id), greatest(s.id, o.id), NULL::bigint
        FROM subject_case s JOIN unlicensed_practice_case o ON o.id_number_hash = s.id_number_hash AND o.id <> s.id AND o.status <> 'REVOKED'
      UNION
      SELECT 'CASE', 'WEAK', least(s.id, o.id), greatest(s.id, o.id), NULL::bigint
        FROM subject_case s JOIN unlicensed_practice_case o ON o.person_name = s.person_name AND o.id <> s.id AND o.status <> 'REVOKED'
        WHERE (s.id_number_hash IS NULL OR o.id_number_hash IS NULL) AND id_patterns_agree(s.id_pattern, o.id_pattern)
    ), upserted AS (
      -- Runs whether or not anything reads it, as every data-modifying WITH does.
      INSERT INTO registry_match AS m (kind, strength, case_id, other_case_id, practitioner_id)
      SELECT kind, strength, case_id, other_case_id, practitioner_id FROM pairs
      ON CONFLICT ON CONSTRAINT registry_match_pair_key DO UPDATE
        SET withdrawn_at = NULL, withdrawn_reason = NULL, version = m.version + 1, updated_at = now()
        WHERE m.withdrawn_at IS NOT NULL
    )
    UPDATE registry_match AS m
    SET withdrawn_at = now(), version = m.version + 1, updated_at = now(),
      withdrawn_reason = CASE WHEN EXISTS (
          SELECT 1 FROM unlicensed_practice_case c WHERE c.id IN (m.case_id, m.other_case_id) AND c.status = 'REVOKED'
        ) THEN 'CASE_REVOKED' ELSE 'NO_LONGER_MATCHES' END
    WHERE m.withdrawn_at IS NULL
      AND (m.case_id = ANY(${caseIds}::bigint[]) OR m.other_case_id = ANY(${caseIds}::bigint[]) OR m.practitioner_id = ANY(${practitionerIds}::bigint[]))
      AND NOT EXISTS (
        SELECT 1 FROM pairs p WHERE p.strength = m.strength AND p.case_id = m.case_id
          AND p.other_case_id IS NOT DISTINCT FROM m.other_case_id AND p.practitioner_id IS NOT DISTINCT FROM m.practitioner_id)`.execute(trx);
}
