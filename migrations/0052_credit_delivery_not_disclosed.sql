-- 不公示: a penalty the rule in force does not publish by default (2026 rule: minor, 轻微) and no
-- regulator has published is not sent: the platform receives what is disclosed.
ALTER TABLE credit_delivery DROP CONSTRAINT credit_delivery_status_check;
ALTER TABLE credit_delivery ADD CONSTRAINT credit_delivery_status_check
  CHECK (status IN ('PENDING', 'SENT', 'ACCEPTED', 'UPDATED', 'REJECTED', 'WITHDRAWN', 'HELD', 'NOT_DISCLOSED'));
