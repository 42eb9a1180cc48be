-- 医务人员. id_number and phone are sensitive personal information: never public.
CREATE TABLE practitioner (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  id_number text NOT NULL UNIQUE,
  phone text,
  profession text NOT NULL,
  -- 注册地: the region of the authority that registered the practitioner; its regulators see him
  -- even while he practises nowhere.
  region_code text NOT NULL REFERENCES region (code),
  status text NOT NULL DEFAULT 'ACTIVE',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX practitioner_name_idx ON practitioner (name, id);
CREATE INDEX practitioner_updated_idx ON practitioner (updated_at, id);
CREATE INDEX practitioner_profession_idx ON practitioner (profession);
CREATE INDEX practitioner_region_idx ON practitioner (region_code);
CREATE INDEX practitioner_name_trgm_idx ON practitioner USING gin (name gin_trgm_ops);

-- 执业注册: where a practitioner practises. One active primary site (主要执业机构) at a time;
-- any number of additional sites (多点执业).
CREATE TABLE practice_registration (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  practitioner_id bigint NOT NULL REFERENCES practitioner (id),
  institution_id bigint NOT NULL REFERENCES institution (id),
  site_kind text NOT NULL CHECK (site_kind IN ('PRIMARY', 'ADDITIONAL')),
  practice_category text,
  practice_scope text,
  valid_from date NOT NULL,
  valid_until date,
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ENDED')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE UNIQUE INDEX practice_registration_one_primary_idx
  ON practice_registration (practitioner_id) WHERE site_kind = 'PRIMARY' AND status = 'ACTIVE';
CREATE INDEX practice_registration_practitioner_idx ON practice_registration (practitioner_id, id);
CREATE INDEX practice_registration_institution_idx ON practice_registration (institution_id, id);
CREATE INDEX practice_registration_category_idx ON practice_registration (practice_category, practitioner_id);
