-- The bureau's own details: one row (id = 1).
CREATE TABLE business_settings
(
    id                     INT PRIMARY KEY CHECK (id = 1),
    business_name          TEXT    NOT NULL,
    abn                    TEXT CHECK (abn ~ '^[0-9]{11}$'),
    address                TEXT,
    phone                  TEXT,
    email                  TEXT,
    bank_name              TEXT,
    bank_bsb               TEXT CHECK (bank_bsb ~ '^[0-9]{6}$'),
    bank_account_number    TEXT,
    logo_key               TEXT,
    logo_content_type      TEXT,
    gst_registered         BOOLEAN NOT NULL,
    time_zone              TEXT    NOT NULL,
    payment_terms_days     INT     NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 365),
    job_creation_policy    TEXT    NOT NULL CHECK (job_creation_policy IN ('ON_INVOICE', 'ON_PAYMENT')),
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT  NOT NULL DEFAULT 0
);
INSERT INTO business_settings (id, business_name, gst_registered, time_zone, payment_terms_days, job_creation_policy,
                               updated_at)
VALUES (1, 'PrintDesk', TRUE, 'Australia/Sydney', 14, 'ON_PAYMENT', now());
