-- 非法行医监测哨点: village clinics, pharmacies, communities, schools… that watch for illegal
-- practice and report clues (线索), each with a contact person (personal information).
CREATE TABLE sentinel_point (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  region_code text NOT NULL REFERENCES region (code),
  kind text NOT NULL CHECK (kind IN ('VILLAGE_CLINIC', 'PHARMACY', 'COMMUNITY', 'SCHOOL', 'HEALTH_CENTRE', 'OTHER')),
  address text,
  contact_name text NOT NULL,
  -- Personal information: regulators of the region only, each read audited.
  contact_phone text,
  active_from date NOT NULL,
  active_until date,
  recorded_by text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (active_until IS NULL OR active_until >= active_from)
);
CREATE INDEX sentinel_point_region_idx ON sentinel_point (region_code, id);

-- A clue reported by a point: received, investigated, answered with feedback (反馈), and linked
-- to the case or complaint it became.
CREATE TABLE sentinel_clue (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  point_id bigint NOT NULL REFERENCES sentinel_point (id),
  received_on date NOT NULL,
  observed text NOT NULL,
  place text NOT NULL,
  status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'INVESTIGATING', 'FEEDBACK_GIVEN')),
  investigation text,
  feedback text,
  feedback_on date,
  case_id bigint REFERENCES unlicensed_practice_case (id),
  complaint_id bigint REFERENCES complaint (id),
  recorded_by text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (feedback_on IS NULL OR feedback_on >= received_on),
  CHECK (status <> 'FEEDBACK_GIVEN' OR (feedback IS NOT NULL AND feedback_on IS NOT NULL))
);
CREATE INDEX sentinel_clue_point_idx ON sentinel_clue (point_id, received_on DESC, id DESC);

-- A scoring sheet (考核评分表) kept as data: items with their points, the total, the pass mark
-- and the mark for 示范哨点.
CREATE TABLE sentinel_scoring_sheet (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  region_code text NOT NULL REFERENCES region (code),
  items jsonb NOT NULL,
  total_points numeric(6, 1) NOT NULL,
  pass_mark numeric(6, 1) NOT NULL,
  model_mark numeric(6, 1) NOT NULL,
  CHECK (pass_mark <= model_mark AND model_mark <= total_points)
);

-- The yearly assessment of a point against a sheet, recorded by a regulator.
CREATE TABLE sentinel_assessment (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  point_id bigint NOT NULL REFERENCES sentinel_point (id),
  sheet_id bigint NOT NULL REFERENCES sentinel_scoring_sheet (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  scores jsonb NOT NULL,
  total numeric(6, 1) NOT NULL,
  passed boolean NOT NULL,
  model_point boolean NOT NULL,
  assessed_on date NOT NULL,
  assessed_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (point_id, year)
);

-- 南通市非法行医监测示范哨点考核评分表 (通卫监督〔2013〕10号, 附件). The attachment's own table is not
-- in the published text; these items follow the duties the plan sets for points (二(二), 三(二)).
INSERT INTO sentinel_scoring_sheet (code, name, region_code, items, total_points, pass_mark, model_mark) VALUES (
  'nantong-2013',
  '南通市非法行医监测示范哨点考核评分表 (2013)',
  '320600',
  '[
    {"code": "1", "text": "确定哨点单位, 有专职或兼职联系人", "points": 10},
    {"code": "2", "text": "制定哨点工作职责、工作制度, 明确信息报告处置流程", "points": 15},
    {"code": "3", "text": "对辖区内非法行医情况进行监测, 有监测记录", "points": 20},
    {"code": "4", "text": "及时报告非法行医线索, 有报告记录", "points": 20},
    {"code": "5", "text": "积极配合查处非法行医案件, 有查处反馈信息记录", "points": 20},
    {"code": "6", "text": "参加业务培训和指导", "points": 10},
    {"code": "7", "text": "开展宣传, 引导群众正确就医", "points": 5}
  ]'::jsonb,
  100, 60, 85
);
