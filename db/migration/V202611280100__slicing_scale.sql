-- The client may accept a unit change before pricing (a model drawn in metres or inches): the worker
-- multiplies every coordinate by this factor. The facts (volume, area, size) stay as uploaded.
ALTER TABLE slice_results
    ADD COLUMN scale NUMERIC(12, 6) NOT NULL DEFAULT 1 CHECK (scale > 0 AND scale <= 1000);
