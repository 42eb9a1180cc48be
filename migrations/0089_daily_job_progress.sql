-- The last day a daily job finished for, so that a job which compares one day with the next
-- (`emit-aged-score-statuses`) can compare across every day the hub was stopped, however many:
-- the job queue only makes up the runs of the last two days. One row per job, written once a
-- run has finished; a run for a day at or before it does nothing.
CREATE TABLE daily_job_progress (
  task text PRIMARY KEY,
  completed_for date NOT NULL,
  completed_at timestamptz NOT NULL DEFAULT now()
);
