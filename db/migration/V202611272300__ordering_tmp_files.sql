-- An accepted upload of the quick-order shop, waiting in the tmp bucket to be priced and ordered.
-- owner_user_id and client_id are IDs of other modules' rows (no foreign keys across modules); every
-- read is scoped by them. The analysis figures are kept so pricing never reads the model again.
CREATE TABLE tmp_files
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_user_id     BIGINT                   NOT NULL,
    client_id         BIGINT                   NOT NULL,
    storage_key       TEXT                     NOT NULL UNIQUE,
    -- the normalised binary STLs the slicer reads, one per printable object
    mesh_keys         TEXT[]                   NOT NULL CHECK (cardinality(mesh_keys) > 0),
    original_name     TEXT                     NOT NULL,
    size_bytes        BIGINT                   NOT NULL CHECK (size_bytes > 0),
    sha256            TEXT                     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    status            TEXT                     NOT NULL CHECK (status IN ('UPLOADED')),
    format            TEXT                     NOT NULL CHECK (format IN ('STL_BINARY', 'STL_ASCII', 'THREE_MF')),
    triangles         BIGINT                   NOT NULL CHECK (triangles > 0),
    objects           INTEGER                  NOT NULL CHECK (objects > 0),
    size_x_mm         DOUBLE PRECISION         NOT NULL,
    size_y_mm         DOUBLE PRECISION         NOT NULL,
    size_z_mm         DOUBLE PRECISION         NOT NULL,
    volume_mm3        DOUBLE PRECISION         NOT NULL,
    surface_area_mm2  DOUBLE PRECISION         NOT NULL,
    watertight        BOOLEAN                  NOT NULL,
    warnings          TEXT[]                   NOT NULL,
    -- "the model looks drawn in metres" and its offers as "metres=1000"; null when the size is plausible
    unit_reason       TEXT,
    unit_scales       TEXT[],
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX tmp_files_owner ON tmp_files (owner_user_id, created_at);
CREATE INDEX tmp_files_client ON tmp_files (client_id);
