-- The change feed that provincial systems (省级平台) follow after a snapshot.
--
-- Why it never skips: every write to an exported table records, from a trigger, one entry per
-- changed row stamped with the writing transaction's id (pg_current_xact_id(), 64-bit, never
-- wraps). The feed is ordered by (xid, entity_type, entity_id) and serves only entries whose xid
-- is below the oldest transaction still running (pg_snapshot_xmin(pg_current_snapshot())). Every
-- transaction below that point has finished, and every transaction still running or yet to start
-- has an xid at or above it, so an entry can never appear behind a position a consumer has
-- already read, however late its transaction commits. (Ordering by a sequence instead would not
-- do: a transaction holding an older xid can take a later sequence number and commit after a
-- consumer read past it.)
--
-- Why ordering by xid is enough for content: an entry says only "this row changed"; the feed
-- serves the row as it is when the entry is read (or a tombstone if the reader may no longer see
-- it), so two transactions touching one row in either order still leave the consumer with the
-- row's latest state.
--
-- Routing: `regions` holds every region (county code) the row belonged to before and after the
-- change, so a row that moves out of a province reaches it as a tombstone. It only decides which
-- consumers an entry concerns; what they receive is decided by the scope (auth/scope.ts) when the
-- entry is read.
CREATE TABLE change_log (
  xid xid8 NOT NULL,
  entity_type text NOT NULL,
  entity_id bigint NOT NULL,
  regions text[] NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- One entry per row per transaction: the feed's order and its cursor.
  PRIMARY KEY (xid, entity_type, entity_id)
);
CREATE INDEX change_log_recorded_idx ON change_log (recorded_at);

-- Entries with an xid below `pruned_before` were removed by retention: a cursor before it may
-- have missed some and must start again from a snapshot.
CREATE TABLE change_log_retention (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  pruned_before xid8 NOT NULL
);
INSERT INTO change_log_retention (pruned_before) VALUES ('0');

-- Where rows are seen, as the scope sees them for regulators and provincial systems: an
-- institution in its region; a practitioner where he was registered and wherever he practises;
-- licenses and supervision records with their holder or subject. Views, not functions, so that
-- the triggers below read them as joins planned once per statement rather than calls per row.
CREATE VIEW practitioner_region AS
  SELECT id AS practitioner_id, region_code FROM practitioner
  UNION ALL
  SELECT r.practitioner_id, i.region_code FROM practice_registration r JOIN institution i ON i.id = r.institution_id;

CREATE VIEW license_region AS
  SELECT l.id AS license_id, i.region_code FROM license l JOIN institution i ON i.id = l.holder_institution_id
  UNION ALL
  SELECT l.id, p.region_code FROM license l JOIN practitioner_region p ON p.practitioner_id = l.holder_practitioner_id;

-- What is seen through a practitioner: himself, his licenses and their validations, the records
-- about him; and through an institution: its registrations, licenses, validations, evaluations and
-- records, and everything seen through the practitioners who practise there.
CREATE VIEW practitioner_dependent AS
  SELECT id AS practitioner_id, 'Practitioner'::text AS entity_type, id AS entity_id FROM practitioner
  UNION ALL SELECT holder_practitioner_id, 'License', id FROM license WHERE holder_practitioner_id IS NOT NULL
  UNION ALL SELECT l.holder_practitioner_id, 'LicenseValidation', v.id FROM license_validation v JOIN license l ON l.id = v.license_id WHERE l.holder_practitioner_id IS NOT NULL
  UNION ALL SELECT subject_practitioner_id, 'Inspection', id FROM inspection WHERE subject_practitioner_id IS NOT NULL
  UNION ALL SELECT subject_practitioner_id, 'Penalty', id FROM penalty WHERE subject_practitioner_id IS NOT NULL
  UNION ALL SELECT subject_practitioner_id, 'ScoreEvent', id FROM score_event WHERE subject_practitioner_id IS NOT NULL
  UNION ALL SELECT subject_practitioner_id, 'CreditListEntry', id FROM credit_list_entry WHERE subject_practitioner_id IS NOT NULL;

CREATE VIEW institution_dependent AS
  SELECT institution_id, 'PracticeRegistration'::text AS entity_type, id AS entity_id FROM practice_registration
  UNION ALL SELECT holder_institution_id, 'License', id FROM license WHERE holder_institution_id IS NOT NULL
  UNION ALL SELECT l.holder_institution_id, 'LicenseValidation', v.id FROM license_validation v JOIN license l ON l.id = v.license_id WHERE l.holder_institution_id IS NOT NULL
  UNION ALL SELECT institution_id, 'CreditEvaluation', id FROM credit_evaluation
  UNION ALL SELECT subject_institution_id, 'Inspection', id FROM inspection WHERE subject_institution_id IS NOT NULL
  UNION ALL SELECT subject_institution_id, 'Penalty', id FROM penalty WHERE subject_institution_id IS NOT NULL
  UNION ALL SELECT subject_institution_id, 'ScoreEvent', id FROM score_event WHERE subject_institution_id IS NOT NULL
  UNION ALL SELECT subject_institution_id, 'CreditListEntry', id FROM credit_list_entry WHERE subject_institution_id IS NOT NULL
  UNION ALL SELECT DISTINCT r.institution_id, d.entity_type, d.entity_id FROM practice_registration r JOIN practitioner_dependent d ON d.practitioner_id = r.practitioner_id;

-- The statement that records rows seen through moved rows. `source` is a query giving
-- (entity_type, entity_id, left_region): each row is recorded with its current regions plus the
-- region it left, so that region's consumers receive a tombstone. The trigger runs it itself (only
-- the trigger function sees its transition tables). One statement of joins, never a subquery per
-- row: transition tables have no index.
CREATE FUNCTION dependent_changes_sql(source text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format($sql$
    WITH dependent (t, i, l) AS MATERIALIZED (%s),
    region AS (
      SELECT t, i, l AS code FROM dependent
      UNION ALL
      -- Each row's current regions, looked up by id for its type (the other branches are skipped).
      SELECT d.t, d.i, now_in.code FROM (SELECT DISTINCT t, i FROM dependent) d CROSS JOIN LATERAL (
        SELECT region_code FROM practitioner_region WHERE d.t = 'Practitioner' AND practitioner_id = d.i
        UNION ALL SELECT i.region_code FROM practice_registration x JOIN institution i ON i.id = x.institution_id WHERE d.t = 'PracticeRegistration' AND x.id = d.i
        UNION ALL SELECT region_code FROM license_region WHERE d.t = 'License' AND license_id = d.i
        UNION ALL SELECT l.region_code FROM license_validation v JOIN license_region l ON l.license_id = v.license_id WHERE d.t = 'LicenseValidation' AND v.id = d.i
        UNION ALL SELECT i.region_code FROM credit_evaluation e JOIN institution i ON i.id = e.institution_id WHERE d.t = 'CreditEvaluation' AND e.id = d.i
        UNION ALL SELECT s.code FROM (
          SELECT subject_institution_id, subject_practitioner_id FROM inspection WHERE d.t = 'Inspection' AND id = d.i
          UNION ALL SELECT subject_institution_id, subject_practitioner_id FROM penalty WHERE d.t = 'Penalty' AND id = d.i
          UNION ALL SELECT subject_institution_id, subject_practitioner_id FROM score_event WHERE d.t = 'ScoreEvent' AND id = d.i
          UNION ALL SELECT subject_institution_id, subject_practitioner_id FROM credit_list_entry WHERE d.t = 'CreditListEntry' AND id = d.i
        ) x CROSS JOIN LATERAL (
          SELECT region_code FROM institution WHERE id = x.subject_institution_id
          UNION ALL SELECT region_code FROM practitioner_region WHERE practitioner_id = x.subject_practitioner_id
        ) AS s(code)
      ) AS now_in(code)
    )
    INSERT INTO change_log AS c (xid, entity_type, entity_id, regions)
    SELECT pg_current_xact_id(), t, i, coalesce(array_agg(DISTINCT code ORDER BY code) FILTER (WHERE code IS NOT NULL), '{}')
    FROM region GROUP BY t, i
    ON CONFLICT (xid, entity_type, entity_id) DO UPDATE
      SET regions = array(SELECT DISTINCT g FROM unnest(c.regions || excluded.regions) g ORDER BY g)
      WHERE NOT c.regions @> excluded.regions
  $sql$, source)
$$;

-- The entry for each changed row itself. TG_ARGV[0] is the exported type; TG_ARGV[1] a query over
-- the row `r` listing its regions, run on the old row and on the new one.
-- The capture functions run without JIT: their plans are large and cheap to execute, and
-- compiling them would cost bulk writes seconds per statement.
CREATE FUNCTION record_row_changes() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'new_rows'
    WHEN 'DELETE' THEN 'old_rows'
    ELSE '(SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows)' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO change_log AS c (xid, entity_type, entity_id, regions)
    SELECT pg_current_xact_id(), %L, r.id, coalesce(array_agg(DISTINCT region.code ORDER BY region.code) FILTER (WHERE region.code IS NOT NULL), '{}')
    FROM %s AS r LEFT JOIN LATERAL (%s) AS region(code) ON true
    GROUP BY r.id
    ON CONFLICT (xid, entity_type, entity_id) DO UPDATE
      SET regions = array(SELECT DISTINCT g FROM unnest(c.regions || excluded.regions) g ORDER BY g)
      WHERE NOT c.regions @> excluded.regions
  $sql$, TG_ARGV[0], source, TG_ARGV[1]);
  RETURN NULL;
END;
$$;

-- Installs change capture on an exported table: one statement-level trigger per event (transition
-- tables allow only one event per trigger). A type whose rows carry their own region column needs
-- only this, e.g. SELECT capture_changes('complaint', 'Complaint', 'SELECT r.region_code').
CREATE FUNCTION capture_changes(table_name text, entity_type text, regions_query text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_row_changes(%L, %L)',
    table_name || '_capture_insert', table_name, entity_type, regions_query);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_row_changes(%L, %L)',
    table_name || '_capture_update', table_name, entity_type, regions_query);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION record_row_changes(%L, %L)',
    table_name || '_capture_delete', table_name, entity_type, regions_query);
END;
$$;

SELECT capture_changes('institution', 'Institution', 'SELECT r.region_code');
SELECT capture_changes('practitioner', 'Practitioner',
  'SELECT r.region_code UNION ALL SELECT i.region_code FROM practice_registration p JOIN institution i ON i.id = p.institution_id WHERE p.practitioner_id = r.id');
SELECT capture_changes('practice_registration', 'PracticeRegistration', 'SELECT region_code FROM institution WHERE id = r.institution_id');
SELECT capture_changes('license', 'License',
  'SELECT region_code FROM institution WHERE id = r.holder_institution_id UNION ALL SELECT region_code FROM practitioner_region WHERE practitioner_id = r.holder_practitioner_id');
SELECT capture_changes('license_validation', 'LicenseValidation', 'SELECT region_code FROM license_region WHERE license_id = r.license_id');
SELECT capture_changes(t, e,
  'SELECT region_code FROM institution WHERE id = r.subject_institution_id UNION ALL SELECT region_code FROM practitioner_region WHERE practitioner_id = r.subject_practitioner_id')
FROM (VALUES ('inspection', 'Inspection'), ('penalty', 'Penalty'), ('score_event', 'ScoreEvent'), ('credit_list_entry', 'CreditListEntry')) AS subject_records(t, e);
SELECT capture_changes('credit_evaluation', 'CreditEvaluation', 'SELECT region_code FROM institution WHERE id = r.institution_id');
SELECT capture_changes('disclosure', 'Disclosure', 'SELECT r.region_code');

-- Moves: a row whose region changes takes along every row seen through it, each recorded with
-- the region it left so that region's consumers receive a tombstone.
CREATE FUNCTION record_institution_moves() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  EXECUTE dependent_changes_sql($sql$
    SELECT d.entity_type, d.entity_id, o.region_code
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN institution_dependent d ON d.institution_id = n.id
    WHERE n.region_code <> o.region_code
  $sql$);
  RETURN NULL;
END;
$$;
CREATE TRIGGER institution_capture_moves AFTER UPDATE ON institution REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_institution_moves();

CREATE FUNCTION record_practitioner_moves() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  EXECUTE dependent_changes_sql($sql$
    SELECT d.entity_type, d.entity_id, o.region_code
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN practitioner_dependent d ON d.practitioner_id = n.id
    WHERE n.region_code <> o.region_code
  $sql$);
  RETURN NULL;
END;
$$;
CREATE TRIGGER practitioner_capture_moves AFTER UPDATE ON practitioner REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_practitioner_moves();

-- A registration puts a practitioner (and what is seen through him) in its institution's region;
-- one that changes institution or practitioner, or is deleted, may take him out of the old one.
-- A new registration in a region where he was already seen changes nothing for anyone.
CREATE FUNCTION record_registration_reach() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- Regions a practitioner newly reaches: his new registrations' regions, less his own region
    -- and those of his other registrations.
    EXECUTE dependent_changes_sql($sql$
      WITH reached AS (
        SELECT n.practitioner_id AS id, i.region_code FROM new_rows n JOIN institution i ON i.id = n.institution_id
        EXCEPT
        SELECT p.id, p.region_code FROM practitioner p WHERE p.id IN (SELECT practitioner_id FROM new_rows)
        EXCEPT
        SELECT r.practitioner_id, i.region_code FROM practice_registration r
          JOIN institution i ON i.id = r.institution_id
          LEFT JOIN new_rows own ON own.id = r.id
        WHERE own.id IS NULL AND r.practitioner_id IN (SELECT practitioner_id FROM new_rows)
      )
      SELECT d.entity_type, d.entity_id, NULL::text FROM (SELECT DISTINCT id FROM reached) p JOIN practitioner_dependent d ON d.practitioner_id = p.id
    $sql$);
  ELSIF TG_OP = 'UPDATE' THEN
    -- A registration moved to another institution or practitioner (rare): the old practitioner
    -- may leave the old region, the new one reach the new region.
    EXECUTE dependent_changes_sql($sql$
      WITH moved AS (
        SELECT o.practitioner_id AS id, i.region_code AS left_region
        FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN institution i ON i.id = o.institution_id
        WHERE n.institution_id <> o.institution_id OR n.practitioner_id <> o.practitioner_id
        UNION ALL
        SELECT n.practitioner_id, NULL
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE n.institution_id <> o.institution_id OR n.practitioner_id <> o.practitioner_id
      )
      SELECT d.entity_type, d.entity_id, m.left_region FROM moved m JOIN practitioner_dependent d ON d.practitioner_id = m.id
    $sql$);
  ELSE
    EXECUTE dependent_changes_sql($sql$
      SELECT d.entity_type, d.entity_id, i.region_code
      FROM old_rows o JOIN institution i ON i.id = o.institution_id JOIN practitioner_dependent d ON d.practitioner_id = o.practitioner_id
    $sql$);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER practice_registration_capture_reach_insert AFTER INSERT ON practice_registration REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_registration_reach();
CREATE TRIGGER practice_registration_capture_reach_update AFTER UPDATE ON practice_registration REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_registration_reach();
CREATE TRIGGER practice_registration_capture_reach_delete AFTER DELETE ON practice_registration REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_registration_reach();

-- A license that changes holder takes its validations along.
CREATE FUNCTION record_license_moves() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  EXECUTE dependent_changes_sql($sql$
    SELECT 'LicenseValidation'::text, v.id, g.code
    FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN license_validation v ON v.license_id = n.id
      LEFT JOIN LATERAL (SELECT region_code FROM institution WHERE id = o.holder_institution_id
        UNION ALL SELECT region_code FROM practitioner_region WHERE practitioner_id = o.holder_practitioner_id) AS g(code) ON true
    WHERE n.holder_institution_id IS DISTINCT FROM o.holder_institution_id OR n.holder_practitioner_id IS DISTINCT FROM o.holder_practitioner_id
  $sql$);
  RETURN NULL;
END;
$$;
CREATE TRIGGER license_capture_moves AFTER UPDATE ON license REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_license_moves();
