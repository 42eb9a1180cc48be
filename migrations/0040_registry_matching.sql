-- 上网比对: unlicensed-practice cases matched against registered practitioners and against each
-- other, across counties, provinces and sources.

-- Practitioners get the same keyed hash of the normalised ID number as cases. The key lives in
-- configuration only, so no migration can fill it: the matching job hashes the rows still
-- without one (practitioner_unhashed_idx finds them) before it matches anything.
ALTER TABLE practitioner ADD COLUMN id_number_hash text;
CREATE INDEX practitioner_id_hash_idx ON practitioner (id_number_hash) WHERE id_number_hash IS NOT NULL;
CREATE INDEX practitioner_unhashed_idx ON practitioner (id) WHERE id_number_hash IS NULL;

-- Cases recorded by regulators in the hub: the complaint that led to the case, who recorded it,
-- and a birth date for the weak match when the person has no readable ID number.
ALTER TABLE unlicensed_practice_case
  ADD COLUMN complaint_id bigint REFERENCES complaint (id),
  ADD COLUMN birth_date date,
  ADD COLUMN recorded_by text;

-- What of the ID number is known, as 18 characters with `*` where unknown: the whole number, a
-- masked one (15 characters read as the 18 they stand for, the check character unknown), or only
-- the birth date. The weak match compares it with other people of the same name.
ALTER TABLE unlicensed_practice_case ADD COLUMN id_pattern text GENERATED ALWAYS AS (
  CASE
    WHEN document_type = 'RESIDENT_ID' AND length(document_number) = 18 THEN upper(document_number)
    WHEN document_type = 'RESIDENT_ID' AND document_number_masked AND length(document_number) = 15
      THEN substr(upper(document_number), 1, 6) || '19' || substr(upper(document_number), 7) || '*'
    WHEN birth_date IS NOT NULL
      THEN '******' || lpad(extract(year FROM birth_date)::int::text, 4, '0') || lpad(extract(month FROM birth_date)::int::text, 2, '0')
        || lpad(extract(day FROM birth_date)::int::text, 2, '0') || '****'
  END
) STORED;
CREATE INDEX unlicensed_practice_case_person_name_idx ON unlicensed_practice_case (person_name);
-- Cases recorded while the hub had no key: the matching job hashes them once it has one.
CREATE INDEX unlicensed_practice_case_unhashed_idx ON unlicensed_practice_case (id)
  WHERE id_number_hash IS NULL AND document_type = 'RESIDENT_ID' AND NOT document_number_masked AND document_number IS NOT NULL;
CREATE INDEX unlicensed_practice_case_complaint_idx ON unlicensed_practice_case (complaint_id) WHERE complaint_id IS NOT NULL;

-- Two ID patterns are the same person's when no position known on both sides differs and at
-- least 8 positions (a birth date, or a region and the last digits) are known on both.
CREATE FUNCTION id_patterns_agree(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT length(a) = 18 AND length(b) = 18 AND NOT EXISTS (
      SELECT 1 FROM generate_series(1, 18) AS i
      WHERE substr(a, i, 1) <> '*' AND substr(b, i, 1) <> '*' AND substr(a, i, 1) <> substr(b, i, 1))
    AND (SELECT count(*) FROM generate_series(1, 18) AS i WHERE substr(a, i, 1) <> '*' AND substr(b, i, 1) <> '*') >= 8
$$;

-- A RegistryMatch alert: a case matched to a practitioner, or to another case (the lower id
-- first, so a pair is one row). Strong (keyed hash) and weak (name and what is known of the
-- number) matches of the same pair are separate rows and never merged.
CREATE TABLE registry_match (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('PRACTITIONER', 'CASE')),
  strength text NOT NULL CHECK (strength IN ('STRONG', 'WEAK')),
  case_id bigint NOT NULL REFERENCES unlicensed_practice_case (id),
  other_case_id bigint REFERENCES unlicensed_practice_case (id),
  practitioner_id bigint REFERENCES practitioner (id),
  status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'DISMISSED')),
  reviewed_by text,
  reviewed_at timestamptz,
  review_reason text,
  -- Set when the match stops holding (a case revoked, a number corrected); cleared if it holds again.
  withdrawn_at timestamptz,
  withdrawn_reason text CHECK (withdrawn_reason IN ('CASE_REVOKED', 'NO_LONGER_MATCHES')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'PRACTITIONER' OR (practitioner_id IS NOT NULL AND other_case_id IS NULL)),
  CHECK (kind <> 'CASE' OR (practitioner_id IS NULL AND other_case_id IS NOT NULL AND case_id < other_case_id)),
  CONSTRAINT registry_match_pair_key UNIQUE NULLS NOT DISTINCT (strength, case_id, other_case_id, practitioner_id)
);
CREATE INDEX registry_match_case_idx ON registry_match (case_id);
CREATE INDEX registry_match_other_case_idx ON registry_match (other_case_id) WHERE other_case_id IS NOT NULL;
CREATE INDEX registry_match_practitioner_idx ON registry_match (practitioner_id) WHERE practitioner_id IS NOT NULL;
CREATE INDEX registry_match_created_idx ON registry_match (created_at DESC, id DESC);

-- Every acknowledgement and dismissal, with its reason: the alert keeps only the latest.
CREATE TABLE registry_match_review (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  match_id bigint NOT NULL REFERENCES registry_match (id),
  decision text NOT NULL CHECK (decision IN ('ACKNOWLEDGED', 'DISMISSED')),
  reason text NOT NULL,
  actor text NOT NULL,
  jurisdictions text[] NOT NULL,
  reviewed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX registry_match_review_match_idx ON registry_match_review (match_id, id);

-- 情节严重: a case whose person had two or more earlier decided, not revoked penalties for
-- illegal practice anywhere. A row exists exactly while the case is flagged; the earlier cases
-- that count are listed.
CREATE TABLE police_transfer_flag (
  case_id bigint PRIMARY KEY REFERENCES unlicensed_practice_case (id),
  prior_case_ids bigint[] NOT NULL CHECK (cardinality(prior_case_ids) >= 2),
  flagged_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX police_transfer_flag_prior_idx ON police_transfer_flag USING gin (prior_case_ids);
