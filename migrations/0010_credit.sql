-- 信用分级分类: configurable schemes, evaluations with the inputs they used, red/black lists.
CREATE TABLE credit_scheme (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  title text NOT NULL,
  effective_from date NOT NULL,
  source text NOT NULL,
  definition jsonb NOT NULL,
  published_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, version)
);

-- One row per change: a recomputation that changes nothing writes nothing.
CREATE TABLE credit_evaluation (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id bigint NOT NULL REFERENCES institution (id),
  scheme_id bigint NOT NULL REFERENCES credit_scheme (id),
  as_of date NOT NULL,
  score numeric(5, 1) NOT NULL,
  grade text NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
  deductions jsonb NOT NULL,
  trigger text NOT NULL,
  evaluated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credit_evaluation_institution_idx ON credit_evaluation (institution_id, id);

CREATE TABLE credit_list_entry (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subject_institution_id bigint REFERENCES institution (id),
  subject_practitioner_id bigint REFERENCES practitioner (id),
  list text NOT NULL CHECK (list IN ('RED', 'BLACK', 'KEY_WATCH')),
  legal_basis text NOT NULL,
  reason text NOT NULL,
  decided_on date NOT NULL,
  expires_on date,
  authority_name text NOT NULL,
  removed_on date,
  removal_reason text CHECK (removal_reason IN ('REPAIR', 'REVOCATION')),
  removal_note text,
  recorded_by text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(subject_institution_id, subject_practitioner_id) = 1),
  -- 严重失信主体名单 needs a fixed term.
  CHECK (list <> 'BLACK' OR expires_on IS NOT NULL),
  CHECK (expires_on IS NULL OR expires_on > decided_on),
  CHECK ((removed_on IS NULL) = (removal_reason IS NULL)),
  CHECK (removed_on IS NULL OR removed_on >= decided_on)
);
CREATE INDEX credit_list_entry_institution_idx ON credit_list_entry (subject_institution_id) WHERE subject_institution_id IS NOT NULL;
CREATE INDEX credit_list_entry_practitioner_idx ON credit_list_entry (subject_practitioner_id) WHERE subject_practitioner_id IS NOT NULL;
