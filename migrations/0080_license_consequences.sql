-- Consequences that change a license's status are applied, and each change is kept with its cause,
-- so a change can be undone exactly (a suspension ends, a penalty is revoked, a deferral ends with a pass).
CREATE TABLE license_status_change (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  license_id bigint NOT NULL REFERENCES license (id),
  from_status text NOT NULL,
  to_status text NOT NULL,
  effective_on date NOT NULL,
  cause text NOT NULL CHECK (cause IN (
    'VALIDATION_DEFERRED', 'VALIDATION_FAILED', 'VALIDATION_PASSED',
    'PENALTY_SUSPENDED', 'PENALTY_REVOKED_LICENSE', 'SUSPENSION_ENDED', 'PENALTY_WITHDRAWN')),
  penalty_id bigint REFERENCES penalty (id),
  validation_id bigint,
  note text,
  recorded_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX license_status_change_license_idx ON license_status_change (license_id, effective_on, id);
-- A suspension ends once, however often the job runs.
CREATE UNIQUE INDEX license_status_change_suspension_end_key ON license_status_change (license_id, penalty_id) WHERE cause = 'SUSPENSION_ENDED';

-- A status that lapses by itself (暂扣 ends on its last day): what it becomes, and from which day on.
ALTER TABLE license ADD COLUMN status_until date;
ALTER TABLE license ADD COLUMN status_after text;
ALTER TABLE license ADD COLUMN status_penalty_id bigint REFERENCES penalty (id);
ALTER TABLE license ADD CONSTRAINT license_status_lapse_check CHECK ((status_until IS NULL) = (status_after IS NULL));
CREATE INDEX license_status_until_idx ON license (status_until) WHERE status_until IS NOT NULL;

-- 暂扣期限: the last day a license is suspended by a penalty.
ALTER TABLE penalty_license ADD COLUMN suspended_until date;

-- A pass recorded although the score status called for 暂缓校验: the regulator's reason, audited.
ALTER TABLE license_validation ADD COLUMN override_reason text;
ALTER TABLE license_validation ADD COLUMN overridden_by text;
ALTER TABLE license_validation ADD CONSTRAINT license_validation_override_check CHECK ((override_reason IS NULL) = (overridden_by IS NULL));
