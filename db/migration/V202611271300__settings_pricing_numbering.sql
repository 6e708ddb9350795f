-- Pricing used by quotes and the shop, and how long a quote stays valid.
ALTER TABLE business_settings
    ADD COLUMN machine_hour_rate   NUMERIC(12, 4) NOT NULL DEFAULT 4.0000 CHECK (machine_hour_rate >= 0),
    ADD COLUMN setup_fee_cents     BIGINT         NOT NULL DEFAULT 500 CHECK (setup_fee_cents >= 0),
    ADD COLUMN minimum_order_cents BIGINT         NOT NULL DEFAULT 2000 CHECK (minimum_order_cents >= 0),
    ADD COLUMN markup_percent      NUMERIC(6, 2)  NOT NULL DEFAULT 20 CHECK (markup_percent BETWEEN 0 AND 1000),
    ADD COLUMN quote_validity_days INT            NOT NULL DEFAULT 30 CHECK (quote_validity_days BETWEEN 1 AND 365);

-- Gapless document numbers: one row per kind, incremented under its row lock inside the
-- transaction that issues the document, so a rollback gives the number back.
CREATE TABLE document_numbers
(
    kind        TEXT PRIMARY KEY CHECK (kind IN ('QUOTE', 'INVOICE', 'ADJUSTMENT')),
    prefix      TEXT   NOT NULL CHECK (prefix ~ '^[A-Z0-9-]{1,10}$'),
    next_number BIGINT NOT NULL CHECK (next_number BETWEEN 1 AND 999999)
);
INSERT INTO document_numbers (kind, prefix, next_number)
VALUES ('QUOTE', 'QT-', 1),
       ('INVOICE', 'INV-', 1),
       ('ADJUSTMENT', 'AN-', 1);
