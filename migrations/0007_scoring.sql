-- 不良执业行为记分. Rule sets are data, versioned per code; a new version never changes an old one.
-- jurisdiction_code 000000 stands for the whole country (national rules).
CREATE TABLE score_rule_set (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  title text NOT NULL,
  jurisdiction_code text NOT NULL CHECK (jurisdiction_code ~ '^[0-9]{6}$'),
  subject_kind text NOT NULL CHECK (subject_kind IN ('INSTITUTION', 'PRACTITIONER')),
  effective_from date NOT NULL,
  source text NOT NULL,
  definition jsonb NOT NULL,
  published_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, version)
);

CREATE TABLE score_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rule_set_id bigint NOT NULL REFERENCES score_rule_set (id),
  rule_code text NOT NULL,
  subject_institution_id bigint REFERENCES institution (id),
  subject_practitioner_id bigint REFERENCES practitioner (id),
  item_code text NOT NULL,
  units integer NOT NULL DEFAULT 1 CHECK (units >= 1),
  points integer NOT NULL CHECK (points >= 1),
  occurred_on date NOT NULL,
  source_kind text NOT NULL CHECK (source_kind IN ('INSPECTION', 'PENALTY', 'COMPLAINT', 'OTHER')),
  source_reference text,
  -- 陈述申辩: an upheld appeal reverses the points.
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'APPEALED', 'APPEAL_UPHELD', 'APPEAL_REJECTED')),
  appeal_reason text,
  appeal_filed_on date,
  appeal_decided_on date,
  appeal_decision_note text,
  recorded_by text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(subject_institution_id, subject_practitioner_id) = 1),
  CHECK (appeal_decided_on IS NULL OR appeal_decided_on >= appeal_filed_on)
);
CREATE INDEX score_event_institution_idx ON score_event (subject_institution_id, occurred_on) WHERE subject_institution_id IS NOT NULL;
CREATE INDEX score_event_practitioner_idx ON score_event (subject_practitioner_id, occurred_on) WHERE subject_practitioner_id IS NOT NULL;
