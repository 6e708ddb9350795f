-- Print jobs: one per printable invoice line. Client, invoice, material and printer are other modules'
-- rows, referred to by ID (with the names people read, as they were when the job was created).
CREATE TABLE print_jobs
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id         BIGINT                   NOT NULL,
    client_name       TEXT                     NOT NULL,
    invoice_id        BIGINT                   NOT NULL,
    invoice_number    TEXT                     NOT NULL,
    -- the line's position on the (immutable, issued) invoice
    line_position     INT                      NOT NULL,
    description       TEXT                     NOT NULL,
    quantity          NUMERIC(12, 3)           NOT NULL CHECK (quantity > 0),
    material_id       BIGINT,
    material_name     TEXT,
    printer_id        BIGINT,
    status            TEXT                     NOT NULL CHECK (status IN ('PRE_PROCESSING', 'QUEUED', 'PRINTING',
        'POST_PROCESSING', 'READY', 'DELIVERED', 'ON_HOLD', 'CANCELLED')),
    held_from_status  TEXT,
    status_reason     TEXT,
    -- 1 = most urgent … 9 = least
    priority          INT                      NOT NULL DEFAULT 5 CHECK (priority BETWEEN 1 AND 9),
    due_date          DATE,
    estimated_minutes INT CHECK (estimated_minutes >= 0),
    estimated_grams   NUMERIC(12, 2) CHECK (estimated_grams >= 0),
    actual_minutes    INT CHECK (actual_minutes >= 0),
    actual_grams      NUMERIC(12, 2) CHECK (actual_grams >= 0),
    notes             TEXT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at      TIMESTAMP WITH TIME ZONE,
    version           BIGINT                   NOT NULL DEFAULT 0,
    -- an invoice event delivered again never makes a second job for the same line
    CONSTRAINT print_jobs_one_per_line UNIQUE (invoice_id, line_position),
    CONSTRAINT print_jobs_hold_remembers CHECK ((status = 'ON_HOLD') = (held_from_status IS NOT NULL))
);
CREATE INDEX print_jobs_board_idx ON print_jobs (status, printer_id, priority, due_date);
CREATE INDEX print_jobs_client_idx ON print_jobs (client_id, created_at DESC);
CREATE INDEX print_jobs_list_idx ON print_jobs (created_at DESC, id DESC);

-- The files a job prints (filled by the shop in step 5).
CREATE TABLE print_job_files
(
    job_id        BIGINT NOT NULL REFERENCES print_jobs (id) ON DELETE CASCADE,
    storage_key   TEXT   NOT NULL,
    original_name TEXT   NOT NULL,
    PRIMARY KEY (job_id, storage_key)
);

CREATE TABLE job_status_history
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id      BIGINT                   NOT NULL REFERENCES print_jobs (id) ON DELETE CASCADE,
    from_status TEXT,
    to_status   TEXT                     NOT NULL,
    reason      TEXT,
    actor       TEXT                     NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX job_status_history_job_idx ON job_status_history (job_id, occurred_at, id);

-- Events from other modules already acted on (void, refund, dispute), so a redelivery changes nothing.
CREATE TABLE job_handled_events
(
    event_id   UUID PRIMARY KEY,
    handled_at TIMESTAMP WITH TIME ZONE NOT NULL
);
