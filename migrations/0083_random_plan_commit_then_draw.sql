-- 双随机 that cannot be steered: commit, then draw. A plan is created with a seed the server makes
-- and a commitment to it (its SHA-256); the population and roster are frozen, and the targets
-- drawn, only later, and the seed is shown only then. Nobody who could shape the population knew
-- the seed, and anyone can check the seed against the commitment made before.
ALTER TABLE random_inspection_plan ADD COLUMN commitment text;
UPDATE random_inspection_plan SET commitment = encode(sha256(convert_to(seed, 'UTF8')), 'hex');
ALTER TABLE random_inspection_plan ALTER COLUMN commitment SET NOT NULL;
ALTER TABLE random_inspection_plan ADD CONSTRAINT random_inspection_plan_commitment_check CHECK (commitment ~ '^[0-9a-f]{64}$');

-- What the draw used exists only once it has been drawn. Plans made before this were drawn as
-- they were created (by their creator): their drawn_at equals created_at, as it happened.
ALTER TABLE random_inspection_plan ALTER COLUMN population DROP NOT NULL;
ALTER TABLE random_inspection_plan ALTER COLUMN roster DROP NOT NULL;
ALTER TABLE random_inspection_plan ALTER COLUMN sampling_ratios DROP NOT NULL;
ALTER TABLE random_inspection_plan ADD COLUMN drawn_at timestamptz;
ALTER TABLE random_inspection_plan ADD COLUMN drawn_by text;
UPDATE random_inspection_plan SET drawn_at = created_at, drawn_by = created_by;
ALTER TABLE random_inspection_plan ADD CONSTRAINT random_inspection_plan_draw_check CHECK (
  (drawn_at IS NULL) = (drawn_by IS NULL)
  AND (drawn_at IS NULL) = (population IS NULL)
  AND (drawn_at IS NULL) = (roster IS NULL)
  AND (drawn_at IS NULL) = (sampling_ratios IS NULL));

-- A plan given up is kept, with who gave it up and why: plans are never deleted.
ALTER TABLE random_inspection_plan ADD COLUMN abandoned_at timestamptz;
ALTER TABLE random_inspection_plan ADD COLUMN abandoned_by text;
ALTER TABLE random_inspection_plan ADD COLUMN abandon_reason text;
ALTER TABLE random_inspection_plan ADD CONSTRAINT random_inspection_plan_abandon_check CHECK (
  (abandoned_at IS NULL) = (abandoned_by IS NULL)
  AND (abandoned_at IS NULL) = (abandon_reason IS NULL));

-- One place that says what state a plan is in, so no reader derives it differently.
ALTER TABLE random_inspection_plan ADD COLUMN state text GENERATED ALWAYS AS (
  CASE WHEN abandoned_at IS NOT NULL THEN 'ABANDONED' WHEN drawn_at IS NOT NULL THEN 'DRAWN' ELSE 'CREATED' END) STORED;
