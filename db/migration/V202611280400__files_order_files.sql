-- The files of a paid order (the client's models and the bureau's G-code), copied out of the tmp bucket
-- into order-files. client_id and invoice_id are IDs of other modules' rows (no foreign keys across
-- modules). source_ref names what the file was claimed from (an upload, a slice), so a redelivered
-- claim finds its row instead of copying again.
CREATE TABLE order_files
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id     BIGINT                   NOT NULL,
    invoice_id    BIGINT                   NOT NULL,
    kind          TEXT                     NOT NULL CHECK (kind IN ('MODEL', 'GCODE')),
    storage_key   TEXT                     NOT NULL UNIQUE,
    original_name TEXT                     NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255),
    size_bytes    BIGINT                   NOT NULL CHECK (size_bytes >= 0),
    sha256        TEXT                     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content_type  TEXT                     NOT NULL,
    source_ref    TEXT                     NOT NULL CHECK (length(source_ref) BETWEEN 1 AND 200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT order_files_invoice_source UNIQUE (invoice_id, source_ref)
);
