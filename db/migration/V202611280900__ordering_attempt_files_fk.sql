-- An upload an attempt orders cannot be deleted under it: the tmp cleaner's delete and a checkout that
-- takes the same upload serialise on this key (both rows are the ordering module's own).
ALTER TABLE checkout_attempt_files
    ADD CONSTRAINT checkout_attempt_files_tmp_file FOREIGN KEY (tmp_file_id) REFERENCES tmp_files (id);
