-- The catalog: materials, printers (with the materials they can print) and product templates.
-- Entries are deactivated, never deleted: quotes, invoices and jobs refer to them by ID.

CREATE TABLE materials
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           TEXT                     NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    type           TEXT                     NOT NULL
        CHECK (type IN ('PLA', 'PETG', 'ABS', 'ASA', 'TPU', 'NYLON', 'RESIN', 'OTHER')),
    colour         TEXT CHECK (length(colour) <= 40),
    -- g/cm³; grams = cm³ × density
    density        NUMERIC(4, 3)            NOT NULL CHECK (density BETWEEN 0.5 AND 3.0),
    -- dollars per gram, four decimals (the Rate type)
    price_per_gram NUMERIC(12, 4)           NOT NULL CHECK (price_per_gram >= 0),
    active         BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL DEFAULT 0
);

CREATE TABLE printers
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           TEXT                     NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    model          TEXT                     NOT NULL CHECK (length(model) BETWEEN 1 AND 120),
    build_x_mm     INT                      NOT NULL CHECK (build_x_mm > 0),
    build_y_mm     INT                      NOT NULL CHECK (build_y_mm > 0),
    build_z_mm     INT                      NOT NULL CHECK (build_z_mm > 0),
    nozzle_mm      NUMERIC(3, 2)            NOT NULL CHECK (nozzle_mm > 0),
    -- a file name (without .ini) under slicer/ on the classpath; checked by the application, since
    -- the shipped profiles change with the build, not with the data
    slicer_profile TEXT                     NOT NULL CHECK (length(slicer_profile) BETWEEN 1 AND 120),
    -- PRINTING is not stored: it is derived from the print jobs
    status         TEXT                     NOT NULL CHECK (status IN ('IDLE', 'MAINTENANCE', 'OFFLINE')),
    active         BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX printers_name_key ON printers (lower(name));

CREATE TABLE printer_materials
(
    printer_id  BIGINT NOT NULL REFERENCES printers (id) ON DELETE CASCADE,
    material_id BIGINT NOT NULL REFERENCES materials (id),
    PRIMARY KEY (printer_id, material_id)
);
CREATE INDEX printer_materials_material_idx ON printer_materials (material_id);

CREATE TABLE product_templates
(
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                TEXT                     NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    description         TEXT CHECK (length(description) <= 2000),
    pricing_mode        TEXT                     NOT NULL CHECK (pricing_mode IN ('FIXED', 'BY_MATERIAL')),
    unit_price_cents    BIGINT CHECK (unit_price_cents > 0),
    material_id         BIGINT REFERENCES materials (id),
    default_grams       NUMERIC(10, 2) CHECK (default_grams > 0),
    default_print_hours NUMERIC(8, 2) CHECK (default_print_hours >= 0),
    layer_height_mm     NUMERIC(3, 2)            NOT NULL CHECK (layer_height_mm BETWEEN 0.05 AND 0.6),
    infill_percent      INT                      NOT NULL CHECK (infill_percent BETWEEN 0 AND 100),
    supports            BOOLEAN                  NOT NULL,
    active              BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL DEFAULT 0,
    -- exactly the fields of the pricing mode, so no reader has to guess which ones count
    CONSTRAINT product_templates_pricing CHECK (
        (pricing_mode = 'FIXED' AND unit_price_cents IS NOT NULL AND material_id IS NULL
            AND default_grams IS NULL AND default_print_hours IS NULL)
        OR (pricing_mode = 'BY_MATERIAL' AND unit_price_cents IS NULL AND material_id IS NOT NULL
            AND default_grams IS NOT NULL AND default_print_hours IS NOT NULL))
);
CREATE INDEX product_templates_material_idx ON product_templates (material_id);

-- The bureau's starting materials (densities are typical datasheet values).
INSERT INTO materials (name, type, colour, density, price_per_gram, created_at, updated_at)
VALUES ('PLA', 'PLA', 'Black', 1.24, 0.0500, now(), now()),
       ('PETG', 'PETG', 'Clear', 1.27, 0.0600, now(), now()),
       ('ABS', 'ABS', 'White', 1.04, 0.0550, now(), now()),
       ('ASA', 'ASA', 'Grey', 1.07, 0.0700, now(), now()),
       ('TPU', 'TPU', 'Black', 1.21, 0.0900, now(), now());
