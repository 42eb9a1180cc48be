-- 多点执业: a practitioner holds at most one current registration at an institution.
CREATE UNIQUE INDEX practice_registration_one_per_institution_idx
  ON practice_registration (practitioner_id, institution_id) WHERE status = 'ACTIVE';
