-- 一公开 names the drawn targets that were not inspected: a regulator records why (a reason code
-- and his explanation), once per target, and never for a target with an inspection recorded.
ALTER TABLE random_inspection_target ADD COLUMN not_inspected_reason text
  CHECK (not_inspected_reason IN ('CLOSED', 'NOT_FOUND', 'OTHER'));
ALTER TABLE random_inspection_target ADD COLUMN not_inspected_note text;
ALTER TABLE random_inspection_target ADD COLUMN not_inspected_by text;
ALTER TABLE random_inspection_target ADD COLUMN not_inspected_at timestamptz;
ALTER TABLE random_inspection_target ADD CONSTRAINT random_inspection_target_not_inspected_check CHECK (
  (not_inspected_reason IS NULL) = (not_inspected_note IS NULL)
  AND (not_inspected_reason IS NULL) = (not_inspected_by IS NULL)
  AND (not_inspected_reason IS NULL) = (not_inspected_at IS NULL));
