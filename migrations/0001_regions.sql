-- 行政区划 (GB/T 2260): the jurisdiction tree. Codes change over the years, so each row carries
-- its validity; rows are loaded from a maintained package by the next migration.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE region (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY')),
  parent_code text REFERENCES region (code),
  valid_from date NOT NULL DEFAULT DATE '1980-01-01',
  valid_until date,
  CHECK (valid_until IS NULL OR valid_until > valid_from)
);
CREATE INDEX region_parent_idx ON region (parent_code);
