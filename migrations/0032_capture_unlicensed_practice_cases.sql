-- Unlicensed-practice cases reach provincial systems through the snapshot and the change feed,
-- filed under the county where they happened.
SELECT capture_changes('unlicensed_practice_case', 'UnlicensedPracticeCase', 'SELECT r.region_code');
