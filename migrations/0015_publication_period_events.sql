-- A disclosure's publication period ends once; the job that records it may run many times.
CREATE UNIQUE INDEX disclosure_event_period_ended_idx ON disclosure_event (disclosure_id) WHERE reason = 'PERIOD_ENDED';
-- The job looks for published disclosures past their period that are still shown.
CREATE INDEX disclosure_public_until_idx ON disclosure (public_until) WHERE published_on IS NOT NULL AND withdrawn_on IS NULL;
