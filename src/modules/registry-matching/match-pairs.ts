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
export async function matchPairs(trx: Kysely<DB> | Transaction<DB>, subjects: MatchSubjects) {
  if ((subjects.caseIds ?? []).length === 0 && (subjects.practitionerIds ?? []).length === 0) return;
  await matchPairsStatement(subjects).execute(trx);
}

export interface MatchSubjects {
  caseIds?: readonly string[];
  practitionerIds?: readonly string[];
}

/** The one statement that matches, apart so the benchmark can EXPLAIN it. */
export function matchPairsStatement(subjects: MatchSubjects) {
  const caseIds = [...(subjects.caseIds ?? [])];
  const practitionerIds = [...(subjects.practitionerIds ?? [])];
  return sql`
    WITH subject_case AS (
      SELECT id, id_number_hash, id_pattern, person_name FROM unlicensed_practice_case
      WHERE id = ANY(${caseIds}::bigint[]) AND status <> 'REVOKED'
    ), subject_practitioner AS (
      SELECT id, id_number_hash, id_number, name FROM practitioner WHERE id = ANY(${practitionerIds}::bigint[])
    ), pairs (kind, strength, case_id, other_case_id, practitioner_id) AS (
      -- Each subject looks up its partners by index (LATERAL; OFFSET 0 keeps the planner from
      -- turning the look-up into a hash join over a whole table): no scan per case or per chunk.
      SELECT 'PRACTITIONER', 'STRONG', s.id, NULL::bigint, p.id FROM subject_case s
        CROSS JOIN LATERAL (SELECT id FROM practitioner WHERE id_number_hash = s.id_number_hash OFFSET 0) p
      UNION
      SELECT 'PRACTITIONER', 'WEAK', s.id, NULL::bigint, p.id FROM subject_case s
        CROSS JOIN LATERAL (SELECT id, id_number FROM practitioner WHERE name = s.person_name OFFSET 0) p
        WHERE s.id_number_hash IS NULL AND id_patterns_agree(s.id_pattern, p.id_number)
      UNION
      SELECT 'PRACTITIONER', 'WEAK', s.id, NULL::bigint, p.id FROM subject_case s
        CROSS JOIN LATERAL (SELECT id, id_number FROM practitioner WHERE name = s.person_name AND id_number_hash IS NULL OFFSET 0) p
        WHERE s.id_number_hash IS NOT NULL AND id_patterns_agree(s.id_pattern, p.id_number)
      UNION
      SELECT 'PRACTITIONER', 'STRONG', c.id, NULL::bigint, p.id FROM subject_practitioner p
        CROSS JOIN LATERAL (SELECT id FROM unlicensed_practice_case WHERE id_number_hash = p.id_number_hash AND status <> 'REVOKED' OFFSET 0) c
      UNION
      SELECT 'PRACTITIONER', 'WEAK', c.id, NULL::bigint, p.id FROM subject_practitioner p
        CROSS JOIN LATERAL (SELECT id, id_pattern FROM unlicensed_practice_case WHERE person_name = p.name AND status <> 'REVOKED' OFFSET 0) c
        WHERE p.id_number_hash IS NULL AND id_patterns_agree(c.id_pattern, p.id_number)
      UNION
      SELECT 'PRACTITIONER', 'WEAK', c.id, NULL::bigint, p.id FROM subject_practitioner p
        CROSS JOIN LATERAL (
          SELECT id, id_pattern FROM unlicensed_practice_case WHERE person_name = p.name AND id_number_hash IS NULL AND status <> 'REVOKED' OFFSET 0
        ) c
        WHERE p.id_number_hash IS NOT NULL AND id_patterns_agree(c.id_pattern, p.id_number)
      UNION
      SELECT 'CASE', 'STRONG', least(s.id, o.id), greatest(s.id, o.id), NULL::bigint FROM subject_case s
        CROSS JOIN LATERAL (SELECT id FROM unlicensed_practice_case WHERE id_number_hash = s.id_number_hash AND id <> s.id AND status <> 'REVOKED' OFFSET 0) o
      UNION
      SELECT 'CASE', 'WEAK', least(s.id, o.id), greatest(s.id, o.id), NULL::bigint FROM subject_case s
        CROSS JOIN LATERAL (
          SELECT id, id_pattern FROM unlicensed_practice_case WHERE person_name = s.person_name AND id <> s.id AND status <> 'REVOKED' OFFSET 0
        ) o
        WHERE s.id_number_hash IS NULL AND id_patterns_agree(s.id_pattern, o.id_pattern)
      UNION
      SELECT 'CASE', 'WEAK', least(s.id, o.id), greatest(s.id, o.id), NULL::bigint FROM subject_case s
        CROSS JOIN LATERAL (
          SELECT id, id_pattern FROM unlicensed_practice_case
          WHERE person_name = s.person_name AND id_number_hash IS NULL AND id <> s.id AND status <> 'REVOKED' OFFSET 0
        ) o
        WHERE s.id_number_hash IS NOT NULL AND id_patterns_agree(s.id_pattern, o.id_pattern)
    ), upserted AS (
      -- Runs whether or not anything reads it, as every data-modifying WITH does.
      INSERT INTO registry_match AS m (kind, strength, case_id, other_case_id, practitioner_id)
      SELECT kind, strength, case_id, other_case_id, practitioner_id FROM pairs
      ON CONFLICT ON CONSTRAINT registry_match_pair_key DO UPDATE
        SET withdrawn_at = NULL, withdrawn_reason = NULL, version = m.version + 1, updated_at = now()
        WHERE m.withdrawn_at IS NOT NULL
    ), held (id, strength, case_id, other_case_id, practitioner_id) AS (
      -- The alerts in force that these subjects are in, each found by index.
      SELECT x.* FROM unnest(${caseIds}::bigint[]) AS u (id) CROSS JOIN LATERAL (
        SELECT id, strength, case_id, other_case_id, practitioner_id FROM registry_match WHERE case_id = u.id AND withdrawn_at IS NULL OFFSET 0) x
      UNION
      SELECT x.* FROM unnest(${caseIds}::bigint[]) AS u (id) CROSS JOIN LATERAL (
        SELECT id, strength, case_id, other_case_id, practitioner_id FROM registry_match WHERE other_case_id = u.id AND withdrawn_at IS NULL OFFSET 0) x
      UNION
      SELECT x.* FROM unnest(${practitionerIds}::bigint[]) AS u (id) CROSS JOIN LATERAL (
        SELECT id, strength, case_id, other_case_id, practitioner_id FROM registry_match WHERE practitioner_id = u.id AND withdrawn_at IS NULL OFFSET 0) x
    ), stale AS (
      SELECT h.id FROM held h WHERE NOT EXISTS (
        SELECT 1 FROM pairs p WHERE p.strength = h.strength AND p.case_id = h.case_id
          AND p.other_case_id IS NOT DISTINCT FROM h.other_case_id AND p.practitioner_id IS NOT DISTINCT FROM h.practitioner_id)
    )
    UPDATE registry_match AS m
    SET withdrawn_at = now(), version = m.version + 1, updated_at = now(),
      withdrawn_reason = CASE WHEN EXISTS (
          SELECT 1 FROM unlicensed_practice_case c WHERE c.id IN (m.case_id, m.other_case_id) AND c.status = 'REVOKED'
        ) THEN 'CASE_REVOKED' ELSE 'NO_LONGER_MATCHES' END
    WHERE m.id = ANY(ARRAY(SELECT id FROM stale))`;
}
