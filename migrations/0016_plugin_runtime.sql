-- The plugin runtime's own state: where each stream of each plugin has read up to, every run,
-- and the records that could not be read. A batch of records, its checkpoint and the run's
-- counters are written in one transaction, so a crash at any point resumes without gaps or
-- duplicates.

CREATE TABLE plugin_run (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plugin text NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('SCHEDULE', 'ON_DEMAND', 'COMMAND_LINE')),
  status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'ABANDONED')),
  started_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at timestamptz,
  records_read integer NOT NULL DEFAULT 0,
  records_written integer NOT NULL DEFAULT 0,
  records_unchanged integer NOT NULL DEFAULT 0,
  records_quarantined integer NOT NULL DEFAULT 0,
  batches integer NOT NULL DEFAULT 0,
  -- The checkpoint of each stream reached by this run: { "<stream>": <checkpoint> }.
  checkpoint jsonb NOT NULL DEFAULT '{}',
  error_kind text CHECK (error_kind IN ('CONFIGURATION', 'TRANSIENT', 'BAD_BATCH', 'ABORTED', 'INTERNAL', 'ABANDONED')),
  error text,
  CHECK ((status = 'RUNNING') = (finished_at IS NULL))
);
CREATE INDEX plugin_run_plugin_idx ON plugin_run (plugin, id DESC);
-- A run whose process died stays RUNNING until the next run of that plugin takes its lock.
CREATE INDEX plugin_run_running_idx ON plugin_run (plugin) WHERE status = 'RUNNING';

CREATE TABLE plugin_checkpoint (
  plugin text NOT NULL,
  stream text NOT NULL,
  checkpoint jsonb NOT NULL,
  run_id bigint NOT NULL REFERENCES plugin_run (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plugin, stream)
);

-- A record a plugin sent that could not be read: kept with its raw payload (JSON as text: the
-- payload is shown as sent, even where jsonb would refuse it) and the reason, until an
-- administrator releases it (read again) or discards it.
CREATE TABLE quarantined_record (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plugin text NOT NULL,
  stream text NOT NULL,
  run_id bigint NOT NULL REFERENCES plugin_run (id),
  raw text NOT NULL,
  -- A record read again (sources overlap their pages) is quarantined once, however often it is
  -- read; once discarded it stays discarded.
  raw_hash text NOT NULL,
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'HELD' CHECK (status IN ('HELD', 'RELEASED', 'DISCARDED')),
  quarantined_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by text,
  resolution_note text,
  CHECK ((status = 'HELD') = (resolved_at IS NULL))
);
CREATE INDEX quarantined_record_plugin_idx ON quarantined_record (plugin, status, id);
CREATE UNIQUE INDEX quarantined_record_once_idx ON quarantined_record (plugin, stream, raw_hash);
