-- 监督检查, 行政处罚, 投诉举报, 依法执业自查, 依法执业承诺书.

-- 执法人员名录: the inspectors a random draw picks from.
CREATE TABLE inspector (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  badge_number text NOT NULL UNIQUE,
  region_code text NOT NULL REFERENCES region (code),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspector_region_idx ON inspector (region_code);

-- Recorded conflicts of interest: an inspector is never drawn for these institutions.
CREATE TABLE inspector_conflict (
  inspector_id bigint NOT NULL REFERENCES inspector (id),
  institution_id bigint NOT NULL REFERENCES institution (id),
  reason text NOT NULL,
  PRIMARY KEY (inspector_id, institution_id)
);

CREATE TABLE inspection (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subject_institution_id bigint REFERENCES institution (id),
  subject_practitioner_id bigint REFERENCES practitioner (id),
  kind text NOT NULL CHECK (kind IN ('ROUTINE', 'SPECIAL', 'RANDOM')),
  campaign text,
  plan_id bigint,
  inspected_on date NOT NULL,
  findings text NOT NULL DEFAULT '',
  result text NOT NULL CHECK (result IN ('COMPLIANT', 'RECTIFICATION_REQUIRED', 'VIOLATION_FOUND')),
  rectification_deadline date,
  reinspected_on date,
  reinspection_result text CHECK (reinspection_result IN ('RECTIFIED', 'NOT_RECTIFIED')),
  recorded_by text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(subject_institution_id, subject_practitioner_id) = 1),
  CHECK (kind <> 'SPECIAL' OR campaign IS NOT NULL),
  CHECK (rectification_deadline IS NULL OR rectification_deadline >= inspected_on),
  CHECK (reinspected_on IS NULL OR reinspected_on >= inspected_on),
  CHECK ((reinspected_on IS NULL) = (reinspection_result IS NULL))
);
CREATE INDEX inspection_institution_idx ON inspection (subject_institution_id, inspected_on) WHERE subject_institution_id IS NOT NULL;
CREATE INDEX inspection_practitioner_idx ON inspection (subject_practitioner_id, inspected_on) WHERE subject_practitioner_id IS NOT NULL;

CREATE TABLE inspection_inspector (
  inspection_id bigint NOT NULL REFERENCES inspection (id),
  inspector_id bigint NOT NULL REFERENCES inspector (id),
  PRIMARY KEY (inspection_id, inspector_id)
);

CREATE TABLE penalty (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  decision_number text NOT NULL UNIQUE,
  subject_institution_id bigint REFERENCES institution (id),
  subject_practitioner_id bigint REFERENCES practitioner (id),
  violation_type text NOT NULL,
  facts text NOT NULL,
  legal_basis text NOT NULL,
  categories text[] NOT NULL CHECK (cardinality(categories) >= 1),
  content text NOT NULL,
  -- Exact amounts in yuan; the national platform's 万元 are derived from them.
  fine_yuan numeric(14, 2) CHECK (fine_yuan IS NULL OR fine_yuan > 0),
  confiscated_yuan numeric(14, 2) CHECK (confiscated_yuan IS NULL OR confiscated_yuan > 0),
  decided_on date NOT NULL,
  valid_until date,
  authority_name text NOT NULL,
  authority_uscc text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('MINOR', 'GENERAL', 'SERIOUS')),
  inspection_id bigint REFERENCES inspection (id),
  status text NOT NULL DEFAULT 'EFFECTIVE' CHECK (status IN ('EFFECTIVE', 'REVOKED')),
  revoked_on date,
  revocation_reason text,
  recorded_by text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(subject_institution_id, subject_practitioner_id) = 1),
  CHECK (valid_until IS NULL OR valid_until >= decided_on),
  CHECK ((status = 'REVOKED') = (revoked_on IS NOT NULL))
);
CREATE INDEX penalty_institution_idx ON penalty (subject_institution_id, decided_on) WHERE subject_institution_id IS NOT NULL;
CREATE INDEX penalty_practitioner_idx ON penalty (subject_practitioner_id, decided_on) WHERE subject_practitioner_id IS NOT NULL;

-- Certificates a penalty suspends (暂扣) or revokes (吊销).
CREATE TABLE penalty_license (
  penalty_id bigint NOT NULL REFERENCES penalty (id),
  license_id bigint NOT NULL REFERENCES license (id),
  action text NOT NULL CHECK (action IN ('SUSPEND', 'REVOKE')),
  PRIMARY KEY (penalty_id, license_id)
);

CREATE TABLE complaint (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('HOTLINE_12320', 'WEB', 'WECHAT', 'LETTER', 'VISIT')),
  received_on date NOT NULL,
  region_code text NOT NULL REFERENCES region (code),
  category text NOT NULL,
  summary text NOT NULL,
  subject_institution_id bigint REFERENCES institution (id),
  subject_practitioner_id bigint REFERENCES practitioner (id),
  status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'TRANSFERRED', 'INVESTIGATING', 'CLOSED')),
  transferred_to text,
  outcome text,
  substantiated boolean,
  closed_on date,
  inspection_id bigint REFERENCES inspection (id),
  penalty_id bigint REFERENCES penalty (id),
  recorded_by text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(subject_institution_id, subject_practitioner_id) <= 1),
  CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
  CHECK (status <> 'CLOSED' OR (outcome IS NOT NULL AND substantiated IS NOT NULL)),
  CHECK (status <> 'TRANSFERRED' OR transferred_to IS NOT NULL),
  CHECK (closed_on IS NULL OR closed_on >= received_on)
);
CREATE INDEX complaint_region_idx ON complaint (region_code, received_on);
CREATE INDEX complaint_institution_idx ON complaint (subject_institution_id, received_on) WHERE subject_institution_id IS NOT NULL;

CREATE TABLE self_inspection (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id bigint NOT NULL REFERENCES institution (id),
  kind text NOT NULL CHECK (kind IN ('COMPREHENSIVE', 'SPECIAL', 'DAILY')),
  inspected_on date NOT NULL,
  findings text NOT NULL,
  problems_found integer NOT NULL CHECK (problems_found >= 0),
  problems_rectified integer NOT NULL CHECK (problems_rectified >= 0),
  recorded_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (problems_rectified <= problems_found)
);
CREATE INDEX self_inspection_institution_idx ON self_inspection (institution_id, inspected_on);

CREATE TABLE commitment_letter (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_id bigint NOT NULL REFERENCES institution (id),
  signed_on date NOT NULL,
  signatory text NOT NULL,
  content text NOT NULL,
  -- Set when the institution is found to have broken its commitment (履约情况).
  breached_on date,
  breach_note text,
  recorded_by text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (breached_on IS NULL OR breached_on >= signed_on),
  CHECK ((breached_on IS NULL) = (breach_note IS NULL))
);
CREATE INDEX commitment_letter_institution_idx ON commitment_letter (institution_id, signed_on);
