-- Corrections reach the national credit platform by themselves (双公示).
--
-- A record the deliverer held (data missing: an institution without a 法定代表人, an authority
-- without its USCC) or the platform rejected waits for its data to be corrected. Whoever corrects
-- it — a GraphQL mutation, a plugin's ingest, a job, a person at a SQL prompt — writes one of the
-- tables the record is derived from, so triggers on those tables re-queue every delivery whose
-- inputs changed, in the transaction of the edit: a committed correction is never forgotten, a
-- rolled-back one re-queues nothing. Delivered and in-flight records are re-queued too: the
-- deliverer derives the record again and sends only content the platform neither holds nor
-- rejected, so an edit that leaves the record as it was sends nothing, and a record rejected
-- again with the same content is not sent again (no loop; an administrator's retry still can).
--
-- The triggers never create a delivery: decisions enter the outbox where they are made
-- (enqueueCreditDelivery); these only mark existing ones pending.

-- Which penalties name a license (CF_NR_ZKDX), looked up when a license's kind or number changes.
CREATE INDEX penalty_license_license_idx ON penalty_license (license_id);

-- The delivery job, merged into the pending one (job key) or added behind a running one. The
-- one definition of it: the hub's code (queueDeliveryJob) calls this too. plpgsql, so that the
-- job queue's schema (installed after the migrations) need not exist when this is created.
CREATE FUNCTION queue_credit_delivery_job() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM graphile_worker.add_job('plugin-deliver', json_build_object('outbox', 'credit-record'),
    queue_name := 'plugin-outbox:credit-record', job_key := 'plugin-deliver:credit-record', max_attempts := 10);
END;
$$;

-- Marks the deliveries of these licenses and penalties pending (a new cause: change_seq moves, so
-- an answer to an older send does not settle them) and queues the delivery job if any was found.
-- The rejected hash is kept: content the platform refused is not sent again unchanged.
CREATE FUNCTION requeue_credit_deliveries(license_ids bigint[], penalty_ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  requeued bigint;
BEGIN
  IF cardinality(license_ids) = 0 AND cardinality(penalty_ids) = 0 THEN
    RETURN;
  END IF;
  UPDATE credit_delivery d SET
    pending = true,
    pending_since = coalesce(d.pending_since, clock_timestamp()),
    change_seq = d.change_seq + 1,
    updated_at = now()
  WHERE d.license_id = ANY(license_ids) OR d.penalty_id = ANY(penalty_ids);
  GET DIAGNOSTICS requeued = ROW_COUNT;
  -- A database loaded before its job queue was installed has nothing to queue the job on; the
  -- worker's outbox sweep finds the pending records once it runs.
  IF requeued > 0 AND to_regproc('graphile_worker.add_job') IS NOT NULL THEN
    PERFORM queue_credit_delivery_job();
  END IF;
END;
$$;

-- Each trigger compares exactly the columns the record is derived from
-- (src/plugin-runtime/outbox/derive.ts): an edit of anything else re-queues nothing.

-- 行政相对人: an institution's name, USCC and 法定代表人, in its licenses' and penalties' records.
CREATE FUNCTION requeue_credit_deliveries_of_institutions() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  changed bigint[] := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.name, n.uscc, n.legal_representative) IS DISTINCT FROM (o.name, o.uscc, o.legal_representative));
BEGIN
  IF cardinality(changed) > 0 THEN
    PERFORM requeue_credit_deliveries(
      ARRAY(SELECT id FROM license WHERE holder_institution_id = ANY(changed)),
      ARRAY(SELECT id FROM penalty WHERE subject_institution_id = ANY(changed)));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER institution_requeue_credit_deliveries AFTER UPDATE ON institution REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION requeue_credit_deliveries_of_institutions();

-- A practitioner's name and ID number (*_ZJHM), in his certificates' and penalties' records.
CREATE FUNCTION requeue_credit_deliveries_of_practitioners() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  changed bigint[] := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.name, n.id_number) IS DISTINCT FROM (o.name, o.id_number));
BEGIN
  IF cardinality(changed) > 0 THEN
    PERFORM requeue_credit_deliveries(
      ARRAY(SELECT id FROM license WHERE holder_practitioner_id = ANY(changed)),
      ARRAY(SELECT id FROM penalty WHERE subject_practitioner_id = ANY(changed)));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER practitioner_requeue_credit_deliveries AFTER UPDATE ON practitioner REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION requeue_credit_deliveries_of_practitioners();

-- A license's own record (XK), and the penalties that name it by kind and number (CF_NR_ZKDX).
CREATE FUNCTION requeue_credit_deliveries_of_licenses() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  changed bigint[] := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.kind, n.number, n.holder_institution_id, n.holder_practitioner_id, n.issuing_authority, n.issuing_authority_uscc, n.valid_from, n.valid_until, n.status)
      IS DISTINCT FROM (o.kind, o.number, o.holder_institution_id, o.holder_practitioner_id, o.issuing_authority, o.issuing_authority_uscc, o.valid_from, o.valid_until, o.status));
  renamed bigint[] := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.kind, n.number) IS DISTINCT FROM (o.kind, o.number));
BEGIN
  IF cardinality(changed) > 0 THEN
    PERFORM requeue_credit_deliveries(changed, ARRAY(SELECT DISTINCT penalty_id FROM penalty_license WHERE license_id = ANY(renamed)));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER license_requeue_credit_deliveries AFTER UPDATE ON license REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION requeue_credit_deliveries_of_licenses();

-- A penalty's own record (CF): its content, subject, severity (the publication period) and revocation.
CREATE FUNCTION requeue_credit_deliveries_of_penalties() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  PERFORM requeue_credit_deliveries('{}', ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.decision_number, n.subject_institution_id, n.subject_practitioner_id, n.violation_type, n.facts, n.legal_basis, n.categories, n.content,
        n.fine_yuan, n.confiscated_yuan, n.decided_on, n.valid_until, n.authority_name, n.authority_uscc, n.severity, n.status, n.revoked_on)
      IS DISTINCT FROM (o.decision_number, o.subject_institution_id, o.subject_practitioner_id, o.violation_type, o.facts, o.legal_basis, o.categories, o.content,
        o.fine_yuan, o.confiscated_yuan, o.decided_on, o.valid_until, o.authority_name, o.authority_uscc, o.severity, o.status, o.revoked_on)));
  RETURN NULL;
END;
$$;
CREATE TRIGGER penalty_requeue_credit_deliveries AFTER UPDATE ON penalty REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION requeue_credit_deliveries_of_penalties();

-- The licenses a penalty suspends or revokes (CF_NR_ZKDX), added or removed.
CREATE FUNCTION requeue_credit_deliveries_of_penalty_licenses() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM requeue_credit_deliveries('{}', ARRAY(SELECT DISTINCT penalty_id FROM new_rows));
  ELSE
    PERFORM requeue_credit_deliveries('{}', ARRAY(SELECT DISTINCT penalty_id FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER penalty_license_requeue_credit_deliveries_insert AFTER INSERT ON penalty_license REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION requeue_credit_deliveries_of_penalty_licenses();
CREATE TRIGGER penalty_license_requeue_credit_deliveries_delete AFTER DELETE ON penalty_license REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION requeue_credit_deliveries_of_penalty_licenses();

-- Publication and withdrawal of a decision's disclosure: the platform receives what is disclosed,
-- so a minor penalty (2026 rule) a regulator chooses to publish goes once it is published, and
-- credit repair withdraws.
CREATE FUNCTION requeue_credit_deliveries_of_disclosures() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  PERFORM requeue_credit_deliveries(
    ARRAY(SELECT n.license_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.license_id IS NOT NULL AND (n.published_on, n.withdrawn_on, n.withdrawal_reason) IS DISTINCT FROM (o.published_on, o.withdrawn_on, o.withdrawal_reason)),
    ARRAY(SELECT n.penalty_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.penalty_id IS NOT NULL AND (n.published_on, n.withdrawn_on, n.withdrawal_reason) IS DISTINCT FROM (o.published_on, o.withdrawn_on, o.withdrawal_reason)));
  RETURN NULL;
END;
$$;
CREATE TRIGGER disclosure_requeue_credit_deliveries AFTER UPDATE ON disclosure REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION requeue_credit_deliveries_of_disclosures();
