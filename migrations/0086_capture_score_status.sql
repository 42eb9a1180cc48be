-- 记分状态 (score status) in the change feed. A status is computed, never stored, so no row of its
-- own changes: its entries (InstitutionScoreStatus / PractitionerScoreStatus, keyed by the
-- subject's id) are recorded when something it is computed from changes, and the feed serves the
-- status recomputed when read — or a tombstone once the subject has no score events or has left
-- the reader's scope. What it is computed from: the subject's score events; its licenses' dates
-- and passed 校验 (which place and reset its windows); an institution's beds (1- or 3-year 校验
-- period); its region (which rule sets bind it; moves are recorded through the views below); the
-- rule sets. Time alone changes it too, as events age out of a cycle: that is recorded each day
-- by the `emit-aged-score-statuses` job through record_score_status_changes() below.

-- A status is seen where its subject is, and moves with it.
CREATE OR REPLACE VIEW practitioner_dependent AS
  SELECT id AS practitioner_id, 'Practitioner'::text AS entity_type, id AS entity_id FROM practitioner
  UNION ALL SELECT holder_practitioner_id, 'License', id FROM license WHERE holder_practitioner_id IS NOT NULL
  UNION ALL SELECT l.holder_practitioner_id, 'LicenseValidation', v.id FROM license_validation v JOIN license l ON l.id = v.license_id WHERE l.holder_practitioner_id IS NOT NULL
  UNION ALL SELECT subject_practitioner_id, 'Inspection', id FROM inspection WHERE subject_practitioner_id IS NOT NULL
  UNION ALL SELECT subject_practitioner_id, 'Penalty', id FROM penalty WHERE subject_practitioner_id IS NOT NULL
  UNION ALL SELECT subject_practitioner_id, 'ScoreEvent', id FROM score_event WHERE subject_practitioner_id IS NOT NULL
  UNION ALL SELECT subject_practitioner_id, 'CreditListEntry', id FROM credit_list_entry WHERE subject_practitioner_id IS NOT NULL
  UNION ALL SELECT DISTINCT subject_practitioner_id, 'PractitionerScoreStatus', subject_practitioner_id FROM score_event WHERE subject_practitioner_id IS NOT NULL;

CREATE OR REPLACE VIEW institution_dependent AS
  SELECT institution_id, 'PracticeRegistration'::text AS entity_type, id AS entity_id FROM practice_registration
  UNION ALL SELECT holder_institution_id, 'License', id FROM license WHERE holder_institution_id IS NOT NULL
  UNION ALL SELECT l.holder_institution_id, 'LicenseValidation', v.id FROM license_validation v JOIN license l ON l.id = v.license_id WHERE l.holder_institution_id IS NOT NULL
  UNION ALL SELECT institution_id, 'CreditEvaluation', id FROM credit_evaluation
  UNION ALL SELECT subject_institution_id, 'Inspection', id FROM inspection WHERE subject_institution_id IS NOT NULL
  UNION ALL SELECT subject_institution_id, 'Penalty', id FROM penalty WHERE subject_institution_id IS NOT NULL
  UNION ALL SELECT subject_institution_id, 'ScoreEvent', id FROM score_event WHERE subject_institution_id IS NOT NULL
  UNION ALL SELECT subject_institution_id, 'CreditListEntry', id FROM credit_list_entry WHERE subject_institution_id IS NOT NULL
  UNION ALL SELECT DISTINCT r.institution_id, d.entity_type, d.entity_id FROM practice_registration r JOIN practitioner_dependent d ON d.practitioner_id = r.practitioner_id
  UNION ALL SELECT DISTINCT subject_institution_id, 'InstitutionScoreStatus', subject_institution_id FROM score_event WHERE subject_institution_id IS NOT NULL;

-- Regions of the status entries, for the statement that records dependents (as in 0030, two
-- branches added).
CREATE OR REPLACE FUNCTION dependent_changes_sql(source text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
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
        UNION ALL SELECT region_code FROM institution WHERE d.t = 'InstitutionScoreStatus' AND id = d.i
        UNION ALL SELECT region_code FROM practitioner_region WHERE d.t = 'PractitionerScoreStatus' AND practitioner_id = d.i
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

-- The status entries of the subjects listed by TG_ARGV[0], a query giving (entity_type, subject id,
-- NULL) in which %1$s stands for the changed rows (the transition tables are readable there too).
CREATE FUNCTION record_score_status_changes() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'new_rows'
    WHEN 'DELETE' THEN 'old_rows'
    ELSE '(SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows)' END;
BEGIN
  EXECUTE dependent_changes_sql(format(TG_ARGV[0], source));
  RETURN NULL;
END;
$$;

-- Installs it on a table for the given events, each with its transition tables.
CREATE FUNCTION capture_score_status(table_name text, events text[], subjects_query text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  event text;
BEGIN
  FOREACH event IN ARRAY events LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION record_score_status_changes(%L)',
      table_name || '_capture_score_status_' || lower(event), event, table_name,
      CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows' ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
      subjects_query);
  END LOOP;
END;
$$;

-- A score event's subject, whatever happened to the event (its last one deleted: a tombstone).
SELECT capture_score_status('score_event', ARRAY['INSERT', 'UPDATE', 'DELETE'], $q$
  SELECT DISTINCT CASE WHEN x.subject_institution_id IS NOT NULL THEN 'InstitutionScoreStatus' ELSE 'PractitionerScoreStatus' END,
    coalesce(x.subject_institution_id, x.subject_practitioner_id), NULL::text FROM %1$s AS x
$q$);

-- A license's holder with score events: the license date places license and validation windows.
SELECT capture_score_status('license', ARRAY['INSERT', 'UPDATE', 'DELETE'], $q$
  SELECT DISTINCT 'InstitutionScoreStatus', x.holder_institution_id, NULL::text FROM %1$s AS x
  WHERE EXISTS (SELECT 1 FROM score_event e WHERE e.subject_institution_id = x.holder_institution_id)
  UNION
  SELECT DISTINCT 'PractitionerScoreStatus', x.holder_practitioner_id, NULL::text FROM %1$s AS x
  WHERE EXISTS (SELECT 1 FROM score_event e WHERE e.subject_practitioner_id = x.holder_practitioner_id)
$q$);

-- A passed 校验 resets an institution's windows.
SELECT capture_score_status('license_validation', ARRAY['INSERT', 'UPDATE', 'DELETE'], $q$
  SELECT DISTINCT 'InstitutionScoreStatus', l.holder_institution_id, NULL::text FROM %1$s AS x JOIN license l ON l.id = x.license_id
  WHERE EXISTS (SELECT 1 FROM score_event e WHERE e.subject_institution_id = l.holder_institution_id)
$q$);

-- An institution's beds set its 校验 period (changes of region are moves, recorded above).
SELECT capture_score_status('institution', ARRAY['UPDATE'], $q$
  SELECT 'InstitutionScoreStatus', n.id, NULL::text FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE n.bed_count IS DISTINCT FROM o.bed_count AND EXISTS (SELECT 1 FROM score_event e WHERE e.subject_institution_id = n.id)
$q$);

-- A new rule set version may bind, or score differently, every subject of its kind.
SELECT capture_score_status('score_rule_set', ARRAY['INSERT', 'UPDATE'], $q$
  SELECT DISTINCT CASE WHEN e.subject_institution_id IS NOT NULL THEN 'InstitutionScoreStatus' ELSE 'PractitionerScoreStatus' END,
    coalesce(e.subject_institution_id, e.subject_practitioner_id), NULL::text
  FROM score_event e
  WHERE (e.subject_institution_id IS NOT NULL AND EXISTS (SELECT 1 FROM %1$s AS x WHERE x.subject_kind = 'INSTITUTION'))
     OR (e.subject_practitioner_id IS NOT NULL AND EXISTS (SELECT 1 FROM %1$s AS x WHERE x.subject_kind = 'PRACTITIONER'))
$q$);

-- The entries of statuses that changed with time alone, recorded by the daily ageing job.
CREATE FUNCTION record_score_status_changes(entity_type text, subject_ids bigint[]) RETURNS void LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  EXECUTE dependent_changes_sql(format('SELECT %L::text, unnest(%L::bigint[]), NULL::text', entity_type, subject_ids));
END;
$$;
