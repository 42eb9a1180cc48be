-- Delivery of 行政许可 (XK) and 行政处罚 (CF) records to the national credit-sharing platform (双公示).

-- The 许可机关's 统一社会信用代码 (XK_XKJGDM): required by the platform, unknown for licenses
-- registered before it was asked for (those are held until it is filled in).
ALTER TABLE license ADD COLUMN issuing_authority_uscc text;

-- Runs started because the outbox has work.
ALTER TABLE plugin_run DROP CONSTRAINT plugin_run_trigger_check;
ALTER TABLE plugin_run ADD CONSTRAINT plugin_run_trigger_check CHECK (trigger IN ('SCHEDULE', 'ON_DEMAND', 'COMMAND_LINE', 'OUTBOX'));

-- The outbox: one row per platform record, for ever (its `record_id` is the record's `ID` on the
-- platform). A cause (decision, edit, revocation, repair, end of period) marks the row pending in
-- its own transaction; the deliverer derives the record's content and withdrawal from the hub's
-- current data, so an edit before delivery coalesces into one send of the latest content.
CREATE TABLE credit_delivery (
  record_id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('XK', 'CF')),
  license_id bigint REFERENCES license (id),
  penalty_id bigint REFERENCES penalty (id),
  -- Something changed since the deliverer last looked: it must look again.
  pending boolean NOT NULL DEFAULT true,
  pending_since timestamptz DEFAULT clock_timestamp(),
  -- Bumped by every cause: an answer only clears `pending` if nothing happened meanwhile.
  change_seq bigint NOT NULL DEFAULT 1,
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'ACCEPTED', 'UPDATED', 'REJECTED', 'WITHDRAWN', 'HELD')),
  -- Why the record cannot be mapped (HELD).
  held_reason text,
  -- The platform's field errors for the last REJECTED send.
  rejection_errors jsonb,
  -- Content hash of what the platform holds (as far as the hub knows), and of what it rejected.
  delivered_hash text,
  rejected_hash text,
  -- The withdrawal the platform applied (`reason|date`), and one it rejected.
  delivered_withdrawal text,
  rejected_withdrawal text,
  -- Written and committed before a send: what is on its way. A process that dies before the
  -- answer leaves it here, and the next run asks the platform instead of sending blindly.
  in_doubt jsonb,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  last_attempt_at timestamptz,
  delivered_at timestamptz,
  -- When the first still-undelivered cause happened: delivery lag is measured from here.
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'XK') = (license_id IS NOT NULL)),
  CHECK ((kind = 'CF') = (penalty_id IS NOT NULL))
);
CREATE INDEX credit_delivery_pending_idx ON credit_delivery (pending_since, record_id) WHERE pending;
CREATE INDEX credit_delivery_in_doubt_idx ON credit_delivery (record_id) WHERE in_doubt IS NOT NULL;
CREATE INDEX credit_delivery_status_idx ON credit_delivery (status);
CREATE UNIQUE INDEX credit_delivery_license_idx ON credit_delivery (license_id) WHERE license_id IS NOT NULL;
CREATE UNIQUE INDEX credit_delivery_penalty_idx ON credit_delivery (penalty_id) WHERE penalty_id IS NOT NULL;
