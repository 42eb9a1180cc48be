-- 双随机、一公开: a plan records its seed, the population and roster it drew from (so the draw can
-- be re-run by anyone), and the targets with their inspectors.
CREATE TABLE random_inspection_plan (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  region_code text NOT NULL REFERENCES region (code),
  planned_on date NOT NULL,
  seed text NOT NULL CHECK (length(seed) BETWEEN 8 AND 200),
  categories text[] NOT NULL DEFAULT '{}',
  inspectors_per_target integer NOT NULL CHECK (inspectors_per_target BETWEEN 2 AND 5),
  sampling_ratios jsonb NOT NULL,
  population jsonb NOT NULL,
  roster jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX random_inspection_plan_region_idx ON random_inspection_plan (region_code, planned_on);

CREATE TABLE random_inspection_target (
  plan_id bigint NOT NULL REFERENCES random_inspection_plan (id),
  institution_id bigint NOT NULL REFERENCES institution (id),
  grade text NOT NULL,
  inspector_ids bigint[] NOT NULL,
  PRIMARY KEY (plan_id, institution_id)
);

ALTER TABLE inspection ADD CONSTRAINT inspection_plan_fk FOREIGN KEY (plan_id) REFERENCES random_inspection_plan (id);
