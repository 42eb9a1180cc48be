-- An identifier the issuing system really issued although its check fails (DOMAIN.md, 标识符):
-- a regulator may register it with an explicit override and a reason. The override is kept on the
-- record (who, when, why) and written to the audit log; a record without one passed every check.
ALTER TABLE institution ADD COLUMN identifier_override_reason text;
ALTER TABLE institution ADD COLUMN identifier_overridden_by text;
ALTER TABLE institution ADD COLUMN identifier_overridden_at timestamptz;
ALTER TABLE institution ADD CONSTRAINT institution_identifier_override_check CHECK (
  (identifier_override_reason IS NULL) = (identifier_overridden_by IS NULL)
  AND (identifier_override_reason IS NULL) = (identifier_overridden_at IS NULL));

ALTER TABLE license ADD COLUMN identifier_override_reason text;
ALTER TABLE license ADD COLUMN identifier_overridden_by text;
ALTER TABLE license ADD COLUMN identifier_overridden_at timestamptz;
ALTER TABLE license ADD CONSTRAINT license_identifier_override_check CHECK (
  (identifier_override_reason IS NULL) = (identifier_overridden_by IS NULL)
  AND (identifier_override_reason IS NULL) = (identifier_overridden_at IS NULL));
