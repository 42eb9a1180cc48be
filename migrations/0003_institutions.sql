-- 医疗机构
CREATE TABLE institution (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  uscc text NOT NULL UNIQUE,
  region_code text NOT NULL REFERENCES region (code),
  category text NOT NULL,
  ownership text NOT NULL CHECK (ownership IN ('PUBLIC', 'PRIVATE')),
  profit_status text NOT NULL CHECK (profit_status IN ('NON_PROFIT', 'FOR_PROFIT')),
  grade text NOT NULL,
  status text NOT NULL DEFAULT 'OPERATING',
  legal_representative text,
  address text,
  bed_count integer CHECK (bed_count IS NULL OR bed_count >= 0),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX institution_region_idx ON institution (region_code, name, id);
CREATE INDEX institution_name_idx ON institution (name, id);
CREATE INDEX institution_updated_idx ON institution (updated_at, id);
-- Trigram index: substring search on Chinese names (人民医院) without a sequential scan.
CREATE INDEX institution_name_trgm_idx ON institution USING gin (name gin_trgm_ops);
