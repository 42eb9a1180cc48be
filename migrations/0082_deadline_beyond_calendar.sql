-- A deadline counted past the calendar's last published year knows no holidays there: it is
-- flagged, not silently taken as exact, until that year's notice is loaded and it is recounted.
ALTER TABLE disclosure ADD COLUMN due_by_beyond_calendar boolean NOT NULL DEFAULT false;
