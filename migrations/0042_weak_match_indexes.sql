-- A person with a hash is weakly matched only with people without one: these find them by name
-- without reading every hashed namesake (common names repeat thousands of times in a province).
CREATE INDEX practitioner_unhashed_name_idx ON practitioner (name) WHERE id_number_hash IS NULL;
CREATE INDEX unlicensed_practice_case_unhashed_name_idx ON unlicensed_practice_case (person_name) WHERE id_number_hash IS NULL;
