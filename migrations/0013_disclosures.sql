-- 信息公开 / 双公示. A disclosure is what the public may read about a record, for a period.

-- The working-day calendar: public holidays and adjusted working days (调休), loaded from data.
CREATE TABLE calendar_day (
  day date PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
  note text
);

CREATE TABLE disclosure (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('LICENSE_DECISION', 'PENALTY', 'RANDOM_INSPECTION_RESULT', 'SCORE_PUBLICATION', 'CREDIT_LIST_ENTRY', 'COMMITMENT_LETTER', 'ANNUAL_SELF_DISCLOSURE')),
  region_code text NOT NULL REFERENCES region (code),
  subject_institution_id bigint REFERENCES institution (id),
  subject_practitioner_id bigint REFERENCES practitioner (id),
  penalty_id bigint REFERENCES penalty (id),
  license_id bigint REFERENCES license (id),
  plan_id bigint REFERENCES random_inspection_plan (id),
  credit_list_entry_id bigint REFERENCES credit_list_entry (id),
  commitment_letter_id bigint REFERENCES commitment_letter (id),
  title text NOT NULL,
  -- What the public reads: a snapshot taken when the disclosure is made, never personal information.
  content jsonb NOT NULL,
  decided_on date NOT NULL,
  -- 7 working days after a license or penalty decision.
  due_by date,
  published_on date,
  public_until date,
  earliest_repair_on date,
  withdrawn_on date,
  withdrawal_reason text CHECK (withdrawal_reason IN ('DECISION_REVOKED', 'CREDIT_REPAIR')),
  withdrawal_note text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(subject_institution_id, subject_practitioner_id) <= 1),
  CHECK (public_until IS NULL OR published_on IS NOT NULL),
  CHECK (public_until IS NULL OR public_until >= published_on),
  CHECK ((withdrawn_on IS NULL) = (withdrawal_reason IS NULL))
);
CREATE INDEX disclosure_region_idx ON disclosure (region_code, published_on);
CREATE INDEX disclosure_institution_idx ON disclosure (subject_institution_id) WHERE subject_institution_id IS NOT NULL;
CREATE INDEX disclosure_penalty_idx ON disclosure (penalty_id) WHERE penalty_id IS NOT NULL;
CREATE INDEX disclosure_pending_idx ON disclosure (due_by) WHERE published_on IS NULL;

-- Outbox of publication events for the credit-platform sink: every publication and withdrawal.
CREATE TABLE disclosure_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  disclosure_id bigint NOT NULL REFERENCES disclosure (id),
  kind text NOT NULL CHECK (kind IN ('PUBLISHED', 'WITHDRAWN')),
  reason text,
  occurred_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX disclosure_event_undelivered_idx ON disclosure_event (id) WHERE delivered_at IS NULL;
