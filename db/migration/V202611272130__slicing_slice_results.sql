-- One slice of one uploaded file (by content hash) on one printer with one set of slicer settings.
-- The unique key is the cache: the same file + settings + printer is sliced once, later requests get
-- this row. settings_hash covers what changes the G-code (layer, infill, supports, style, threshold,
-- the printer's profile and build volume) and whether it is a real slice or a geometric estimate.
CREATE TABLE slice_results
(
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_sha256        TEXT                     NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    printer_id         BIGINT                   NOT NULL,
    settings_hash      TEXT                     NOT NULL,
    layer_height       NUMERIC(3, 2)            NOT NULL CHECK (layer_height BETWEEN 0.10 AND 0.30),
    infill_percent     INTEGER                  NOT NULL CHECK (infill_percent BETWEEN 0 AND 100),
    supports           BOOLEAN                  NOT NULL,
    support_style      TEXT                     NOT NULL CHECK (support_style IN ('GRID', 'SNUG')),
    overhang_threshold INTEGER                  NOT NULL CHECK (overhang_threshold BETWEEN 0 AND 89),
    -- what the worker reads: the upload's tmp key (the G-code goes beside it) and the normalised STLs
    tmp_file_key       TEXT                     NOT NULL,
    mesh_keys          TEXT[]                   NOT NULL,
    volume_mm3         DOUBLE PRECISION         NOT NULL,
    surface_area_mm2   DOUBLE PRECISION         NOT NULL,
    size_x_mm          DOUBLE PRECISION         NOT NULL,
    size_y_mm          DOUBLE PRECISION         NOT NULL,
    size_z_mm          DOUBLE PRECISION         NOT NULL,
    state              TEXT                     NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    failure_reason     TEXT,
    -- a crash may not recur: the next request for this key queues it again (timeouts and misfits do not)
    failure_worth_retrying BOOLEAN              NOT NULL DEFAULT FALSE,
    estimate           BOOLEAN                  NOT NULL,
    print_seconds      BIGINT CHECK (print_seconds >= 0),
    filament_mm        NUMERIC(14, 2) CHECK (filament_mm >= 0),
    filament_cm3       NUMERIC(14, 3) CHECK (filament_cm3 >= 0),
    gcode_key          TEXT,
    slicer_version     TEXT,
    attempts           INTEGER                  NOT NULL DEFAULT 0,
    -- the slicing worker that ran it last (pid@host/slicing-…), for operations
    worker             TEXT,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE,
    finished_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT slice_results_cache_key UNIQUE (file_sha256, printer_id, settings_hash),
    CONSTRAINT slice_results_failure_has_reason CHECK (state <> 'FAILED' OR failure_reason IS NOT NULL),
    CONSTRAINT slice_results_completed_has_figures
        CHECK (state <> 'COMPLETED' OR (print_seconds IS NOT NULL AND filament_cm3 IS NOT NULL))
);
