-- Per-key request and record budgets of provincial systems, shared by every hub process.
-- The layout is rate-limiter-flexible's own for PostgreSQL (key, points used, expiry in epoch ms).
CREATE TABLE rate_limit (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
