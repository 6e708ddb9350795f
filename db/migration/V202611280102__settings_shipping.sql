-- Shop orders sent by post pay a flat shipping fee, waived from an optional order value.
ALTER TABLE business_settings
    ADD COLUMN shipping_fee_cents            BIGINT NOT NULL DEFAULT 1200 CHECK (shipping_fee_cents >= 0),
    ADD COLUMN free_shipping_threshold_cents BIGINT CHECK (free_shipping_threshold_cents >= 0);
