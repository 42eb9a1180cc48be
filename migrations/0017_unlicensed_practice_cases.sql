-- 非法行医 cases, from provincial registries (by source plugin) and, later, recorded in the hub.
-- The person's ID number is personal information; matching uses a keyed hash of the normalised
-- number (the key lives in configuration, never here). A masked number has no hash.
CREATE TABLE unlicensed_practice_case (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plugin text NOT NULL,
  case_number text NOT NULL,
  person_name text,
  sex text NOT NULL CHECK (sex IN ('MALE', 'FEMALE', 'UNKNOWN')),
  document_type text CHECK (document_type IN ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'OTHER')),
  document_number text,
  document_number_masked boolean NOT NULL DEFAULT false,
  id_number_hash text,
  region_code text NOT NULL REFERENCES region (code),
  place text,
  kind text CHECK (kind IN ('UNLICENSED_PRACTICE', 'NON_PHYSICIAN_PRACTICE', 'BEYOND_SCOPE', 'ILLEGAL_BLOOD_COLLECTION', 'ILLEGAL_COSMETIC_MEDICINE')),
  opened_on date,
  decided_on date,
  decision_number text,
  content text,
  fine_yuan numeric(14, 2) CHECK (fine_yuan IS NULL OR fine_yuan >= 0),
  confiscated_yuan numeric(14, 2) CHECK (confiscated_yuan IS NULL OR confiscated_yuan >= 0),
  transferred_to_police boolean NOT NULL,
  status text NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'REVOKED')),
  source_updated_at timestamptz NOT NULL,
  -- Of the normalised record: a record received again unchanged writes nothing.
  content_hash text NOT NULL,
  first_received_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plugin, case_number),
  CHECK (NOT (document_number_masked AND id_number_hash IS NOT NULL))
);
CREATE INDEX unlicensed_practice_case_region_idx ON unlicensed_practice_case (region_code, id);
CREATE INDEX unlicensed_practice_case_decided_idx ON unlicensed_practice_case (decided_on DESC, id DESC);
CREATE INDEX unlicensed_practice_case_id_hash_idx ON unlicensed_practice_case (id_number_hash) WHERE id_number_hash IS NOT NULL;
CREATE INDEX unlicensed_practice_case_name_trgm_idx ON unlicensed_practice_case USING gin (person_name gin_trgm_ops);

-- When each case was last received, changed or not. Kept beside the case, not in it: a case
-- received again unchanged is not a change of the case (nor an entry in the change feed).
CREATE TABLE unlicensed_practice_case_receipt (
  case_id bigint PRIMARY KEY REFERENCES unlicensed_practice_case (id) ON DELETE CASCADE,
  last_received_at timestamptz NOT NULL
);
