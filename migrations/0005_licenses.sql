-- 许可证: an institution's 医疗机构执业许可证 or a practitioner's 执业证书.
CREATE TABLE license (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  number text NOT NULL UNIQUE,
  holder_institution_id bigint REFERENCES institution (id),
  holder_practitioner_id bigint REFERENCES practitioner (id),
  issuing_authority text NOT NULL,
  valid_from date NOT NULL,
  valid_until date,
  status text NOT NULL DEFAULT 'VALID',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(holder_institution_id, holder_practitioner_id) = 1),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX license_institution_idx ON license (holder_institution_id, id) WHERE holder_institution_id IS NOT NULL;
CREATE INDEX license_practitioner_idx ON license (holder_practitioner_id, id) WHERE holder_practitioner_id IS NOT NULL;
CREATE INDEX license_valid_until_idx ON license (valid_until);

-- 校验: periodic validation of an institution license.
CREATE TABLE license_validation (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  license_id bigint NOT NULL REFERENCES license (id),
  validated_on date NOT NULL,
  result text NOT NULL CHECK (result IN ('PASSED', 'DEFERRED', 'FAILED')),
  deferral_months integer,
  rectification_deadline date,
  remarks text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((result = 'DEFERRED') = (deferral_months IS NOT NULL)),
  CHECK (deferral_months IS NULL OR deferral_months BETWEEN 1 AND 6),
  CHECK (rectification_deadline IS NULL OR rectification_deadline >= validated_on)
);
CREATE INDEX license_validation_license_idx ON license_validation (license_id, validated_on, id);
