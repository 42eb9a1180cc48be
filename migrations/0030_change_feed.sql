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
-- licenses and supervision records with their holder or subject.
CREATE FUNCTION institution_regions(institution_id bigint) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT array(SELECT region_code FROM institution WHERE id = $1)
$$;

CREATE FUNCTION practice_regions(practitioner_id bigint) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT array(SELECT DISTINCT i.region_code FROM practice_registration r JOIN institution i ON i.id = r.institution_id WHERE r.practitioner_id = $1)
$$;

CREATE FUNCTION practitioner_regions(practitioner_id bigint) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT array(SELECT region_code FROM practitioner WHERE id = $1) || practice_regions($1)
$$;

CREATE FUNCTION subject_regions(institution_id bigint, practitioner_id bigint) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN $1 IS NULL THEN '{}'::text[] ELSE institution_regions($1) END
      || CASE WHEN $2 IS NULL THEN '{}'::text[] ELSE practitioner_regions($2) END
$$;

CREATE FUNCTION license_regions(license_id bigint) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT subject_regions(holder_institution_id, holder_practitioner_id) FROM license WHERE id = $1), '{}')
$$;

-- The current regions of a row that depends on another (used when that other row moves).
CREATE FUNCTION entity_regions(entity_type text, entity_id bigint) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT CASE $1
    WHEN 'Practitioner' THEN practitioner_regions($2)
    WHEN 'PracticeRegistration' THEN (SELECT institution_regions(institution_id) FROM practice_registration WHERE id = $2)
    WHEN 'License' THEN license_regions($2)
    WHEN 'LicenseValidation' THEN (SELECT license_regions(license_id) FROM license_validation WHERE id = $2)
    WHEN 'CreditEvaluation' THEN (SELECT institution_regions(institution_id) FROM credit_evaluation WHERE id = $2)
    WHEN 'Inspection' THEN (SELECT subject_regions(subject_institution_id, subject_practitioner_id) FROM inspection WHERE id = $2)
    WHEN 'Penalty' THEN (SELECT subject_regions(subject_institution_id, subject_practitioner_id) FROM penalty WHERE id = $2)
    WHEN 'ScoreEvent' THEN (SELECT subject_regions(subject_institution_id, subject_practitioner_id) FROM score_event WHERE id = $2)
    WHEN 'CreditListEntry' THEN (SELECT subject_regions(subject_institution_id, subject_practitioner_id) FROM credit_list_entry WHERE id = $2)
  END
$$;

-- Entries for rows that depend on moved rows: their current regions plus the region they left.
CREATE FUNCTION record_dependent_changes(entity_types text[], entity_ids bigint[], left_regions text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO change_log AS c (xid, entity_type, entity_id, regions)
  SELECT pg_current_xact_id(), t, i,
    array(SELECT DISTINCT g FROM unnest(coalesce(entity_regions(t, i), '{}') || array_agg(l)) g WHERE g IS NOT NULL ORDER BY g)
  FROM unnest(entity_types, entity_ids, left_regions) AS d(t, i, l)
  GROUP BY t, i
  ON CONFLICT (xid, entity_type, entity_id) DO UPDATE
    SET regions = array(SELECT DISTINCT g FROM unnest(c.regions || excluded.regions) g ORDER BY g)
$$;

-- What is seen through a practitioner: his licenses, their validations, records about him.
CREATE FUNCTION practitioner_dependents(practitioner_ids bigint[], left_regions text[])
RETURNS TABLE (entity_type text, entity_id bigint, left_region text) LANGUAGE sql STABLE AS $$
  WITH p(id, left_region) AS (SELECT * FROM unnest($1, $2))
  SELECT 'Practitioner', p.id, p.left_region FROM p
  UNION ALL SELECT 'License', l.id, p.left_region FROM license l JOIN p ON p.id = l.holder_practitioner_id
  UNION ALL SELECT 'LicenseValidation', v.id, p.left_region FROM license_validation v JOIN license l ON l.id = v.license_id JOIN p ON p.id = l.holder_practitioner_id
  UNION ALL SELECT 'Inspection', x.id, p.left_region FROM inspection x JOIN p ON p.id = x.subject_practitioner_id
  UNION ALL SELECT 'Penalty', x.id, p.left_region FROM penalty x JOIN p ON p.id = x.subject_practitioner_id
  UNION ALL SELECT 'ScoreEvent', x.id, p.left_region FROM score_event x JOIN p ON p.id = x.subject_practitioner_id
  UNION ALL SELECT 'CreditListEntry', x.id, p.left_region FROM credit_list_entry x JOIN p ON p.id = x.subject_practitioner_id
$$;

-- What is seen through an institution, practitioners who practise there included.
CREATE FUNCTION institution_dependents(institution_ids bigint[], left_regions text[])
RETURNS TABLE (entity_type text, entity_id bigint, left_region text) LANGUAGE sql STABLE AS $$
  WITH i(id, left_region) AS (SELECT * FROM unnest($1, $2)),
  staff AS (SELECT DISTINCT r.practitioner_id AS id, i.left_region FROM practice_registration r JOIN i ON i.id = r.institution_id)
  SELECT 'PracticeRegistration', r.id, i.left_region FROM practice_registration r JOIN i ON i.id = r.institution_id
  UNION ALL SELECT 'License', l.id, i.left_region FROM license l JOIN i ON i.id = l.holder_institution_id
  UNION ALL SELECT 'LicenseValidation', v.id, i.left_region FROM license_validation v JOIN license l ON l.id = v.license_id JOIN i ON i.id = l.holder_institution_id
  UNION ALL SELECT 'CreditEvaluation', e.id, i.left_region FROM credit_evaluation e JOIN i ON i.id = e.institution_id
  UNION ALL SELECT 'Inspection', x.id, i.left_region FROM inspection x JOIN i ON i.id = x.subject_institution_id
  UNION ALL SELECT 'Penalty', x.id, i.left_region FROM penalty x JOIN i ON i.id = x.subject_institution_id
  UNION ALL SELECT 'ScoreEvent', x.id, i.left_region FROM score_event x JOIN i ON i.id = x.subject_institution_id
  UNION ALL SELECT 'CreditListEntry', x.id, i.left_region FROM credit_list_entry x JOIN i ON i.id = x.subject_institution_id
  UNION ALL SELECT d.* FROM (SELECT array_agg(id) AS ids, array_agg(left_region) AS lefts FROM staff) s, practitioner_dependents(s.ids, s.lefts) d
$$;

-- The entry for each changed row itself. TG_ARGV[0] is the exported type; TG_ARGV[1] an SQL
-- expression over the row `r` giving its regions, evaluated on the old row and on the new one.
CREATE FUNCTION record_row_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'new_rows'
    WHEN 'DELETE' THEN 'old_rows'
    ELSE '(SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows)' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO change_log AS c (xid, entity_type, entity_id, regions)
    SELECT pg_current_xact_id(), %L, r.id, array(SELECT DISTINCT g FROM unnest(array_agg(region)) g WHERE g IS NOT NULL ORDER BY g)
    FROM %s AS r LEFT JOIN LATERAL unnest(%s) AS region ON true
    GROUP BY r.id
    ON CONFLICT (xid, entity_type, entity_id) DO UPDATE
      SET regions = array(SELECT DISTINCT g FROM unnest(c.regions || excluded.regions) g ORDER BY g)
  $sql$, TG_ARGV[0], source, TG_ARGV[1]);
  RETURN NULL;
END;
$$;

-- Installs change capture on an exported table: one statement-level trigger per event (transition
-- tables allow only one event per trigger). A type whose rows carry their own region column needs
-- only this, e.g. SELECT capture_changes('complaint', 'Complaint', 'ARRAY[r.region_code]').
CREATE FUNCTION capture_changes(table_name text, entity_type text, regions_expression text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_row_changes(%L, %L)',
    table_name || '_capture_insert', table_name, entity_type, regions_expression);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_row_changes(%L, %L)',
    table_name || '_capture_update', table_name, entity_type, regions_expression);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION record_row_changes(%L, %L)',
    table_name || '_capture_delete', table_name, entity_type, regions_expression);
END;
$$;

SELECT capture_changes('institution', 'Institution', 'ARRAY[r.region_code]');
SELECT capture_changes('practitioner', 'Practitioner', 'ARRAY[r.region_code] || practice_regions(r.id)');
SELECT capture_changes('practice_registration', 'PracticeRegistration', 'institution_regions(r.institution_id)');
SELECT capture_changes('license', 'License', 'subject_regions(r.holder_institution_id, r.holder_practitioner_id)');
SELECT capture_changes('license_validation', 'LicenseValidation', 'license_regions(r.license_id)');
SELECT capture_changes('inspection', 'Inspection', 'subject_regions(r.subject_institution_id, r.subject_practitioner_id)');
SELECT capture_changes('penalty', 'Penalty', 'subject_regions(r.subject_institution_id, r.subject_practitioner_id)');
SELECT capture_changes('score_event', 'ScoreEvent', 'subject_regions(r.subject_institution_id, r.subject_practitioner_id)');
SELECT capture_changes('credit_evaluation', 'CreditEvaluation', 'institution_regions(r.institution_id)');
SELECT capture_changes('credit_list_entry', 'CreditListEntry', 'subject_regions(r.subject_institution_id, r.subject_practitioner_id)');
SELECT capture_changes('disclosure', 'Disclosure', 'ARRAY[r.region_code]');

-- Moves: a row whose region changes takes along every row seen through it, each recorded with
-- the region it left so that region's consumers receive a tombstone.
CREATE FUNCTION record_institution_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_dependent_changes(array_agg(d.entity_type), array_agg(d.entity_id), array_agg(d.left_region))
  FROM (SELECT array_agg(n.id) AS ids, array_agg(o.region_code) AS lefts
        FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.region_code <> o.region_code HAVING count(*) > 0) m,
       institution_dependents(m.ids, m.lefts) d;
  RETURN NULL;
END;
$$;
CREATE TRIGGER institution_capture_moves AFTER UPDATE ON institution REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_institution_moves();

CREATE FUNCTION record_practitioner_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_dependent_changes(array_agg(d.entity_type), array_agg(d.entity_id), array_agg(d.left_region))
  FROM (SELECT array_agg(n.id) AS ids, array_agg(o.region_code) AS lefts
        FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.region_code <> o.region_code HAVING count(*) > 0) m,
       practitioner_dependents(m.ids, m.lefts) d;
  RETURN NULL;
END;
$$;
CREATE TRIGGER practitioner_capture_moves AFTER UPDATE ON practitioner REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_practitioner_moves();

-- A registration puts a practitioner (and what is seen through him) in its institution's region;
-- one that ends elsewhere, changes institution or is deleted may take him out of the old one.
-- A new registration in a region where he was already seen changes nothing for anyone.
CREATE FUNCTION record_registration_reach() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM record_dependent_changes(array_agg(d.entity_type), array_agg(d.entity_id), array_agg(d.left_region))
    FROM (SELECT array_agg(DISTINCT n.practitioner_id) AS ids
          FROM new_rows n JOIN institution i ON i.id = n.institution_id
          WHERE NOT EXISTS (SELECT 1 FROM practitioner p WHERE p.id = n.practitioner_id AND p.region_code = i.region_code)
            AND NOT EXISTS (SELECT 1 FROM practice_registration r JOIN institution ri ON ri.id = r.institution_id
                            WHERE r.practitioner_id = n.practitioner_id AND ri.region_code = i.region_code
                              AND r.id NOT IN (SELECT id FROM new_rows))
          HAVING count(*) > 0) m,
         practitioner_dependents(m.ids, array_fill(NULL::text, ARRAY[cardinality(m.ids)])) d;
  ELSE
    PERFORM record_dependent_changes(array_agg(d.entity_type), array_agg(d.entity_id), array_agg(d.left_region))
    FROM (SELECT array_agg(o.practitioner_id) AS ids, array_agg(i.region_code) AS lefts
          FROM old_rows o JOIN institution i ON i.id = o.institution_id
          WHERE TG_OP = 'DELETE' OR EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id
            AND (n.institution_id <> o.institution_id OR n.practitioner_id <> o.practitioner_id))
          HAVING count(*) > 0) m,
         practitioner_dependents(m.ids, m.lefts) d;
    IF TG_OP = 'UPDATE' THEN
      PERFORM record_dependent_changes(array_agg(d.entity_type), array_agg(d.entity_id), array_agg(d.left_region))
      FROM (SELECT array_agg(n.practitioner_id) AS ids, array_agg(NULL::text) AS lefts
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.institution_id <> o.institution_id OR n.practitioner_id <> o.practitioner_id
            HAVING count(*) > 0) m,
           practitioner_dependents(m.ids, m.lefts) d;
    END IF;
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
CREATE FUNCTION record_license_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_dependent_changes(array_agg('LicenseValidation'::text), array_agg(v.id), array_agg(g))
  FROM new_rows n JOIN old_rows o ON o.id = n.id
    JOIN license_validation v ON v.license_id = n.id
    LEFT JOIN LATERAL unnest(subject_regions(o.holder_institution_id, o.holder_practitioner_id)) g ON true
  WHERE n.holder_institution_id IS DISTINCT FROM o.holder_institution_id OR n.holder_practitioner_id IS DISTINCT FROM o.holder_practitioner_id
  HAVING count(*) > 0;
  RETURN NULL;
END;
$$;
CREATE TRIGGER license_capture_moves AFTER UPDATE ON license REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_license_moves();
