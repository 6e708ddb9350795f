-- A shop order waiting for (or past) its payment: everything needed to build the invoice, the order
-- files and the jobs lives here, so Stripe's metadata carries only this row's ID. client_id, user_id,
-- payment_id and invoice_id are IDs of other modules' rows (no foreign keys across modules).
CREATE TABLE checkout_attempts
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id        BIGINT                   NOT NULL,
    user_id          BIGINT                   NOT NULL,
    contact_name     TEXT                     NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 200),
    contact_email    TEXT                     NOT NULL CHECK (length(contact_email) BETWEEN 3 AND 254),
    contact_phone    TEXT,
    delivery_method  TEXT                     NOT NULL CHECK (delivery_method IN ('PICKUP', 'SHIPPING')),
    delivery_street  TEXT,
    delivery_suburb  TEXT,
    delivery_state   TEXT CHECK (delivery_state IN ('ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA')),
    delivery_postcode TEXT CHECK (delivery_postcode ~ '^[0-9]{4}$'),
    -- the order as the server priced it: items with files and slices, the invoice lines, the totals
    priced_order     JSONB                    NOT NULL,
    total_cents      BIGINT                   NOT NULL CHECK (total_cents > 0),
    currency         TEXT                     NOT NULL,
    status           TEXT                     NOT NULL CHECK (status IN ('OPEN', 'PAID', 'FULFILLED', 'EXPIRED')),
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Stripe retries webhooks for 3 days: the attempt and its files outlive that
    retain_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    payment_id       BIGINT UNIQUE,
    invoice_id       BIGINT UNIQUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at          TIMESTAMP WITH TIME ZONE,
    fulfilled_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL DEFAULT 0,
    -- hash of what was asked for (items, delivery, contact) and its price: a second click on "Pay"
    -- finds the open attempt and so the same Checkout session
    fingerprint      TEXT                     NOT NULL,
    CONSTRAINT checkout_attempts_shipping_address CHECK (delivery_method = 'PICKUP' OR (delivery_street IS NOT NULL
        AND delivery_suburb IS NOT NULL AND delivery_state IS NOT NULL AND delivery_postcode IS NOT NULL)),
    CONSTRAINT checkout_attempts_paid CHECK (status IN ('OPEN', 'EXPIRED') OR payment_id IS NOT NULL),
    CONSTRAINT checkout_attempts_fulfilled CHECK (status <> 'FULFILLED' OR invoice_id IS NOT NULL),
    CONSTRAINT checkout_attempts_retained CHECK (retain_until >= created_at + INTERVAL '4 days')
);
CREATE INDEX checkout_attempts_client ON checkout_attempts (client_id, created_at DESC);
CREATE INDEX checkout_attempts_live ON checkout_attempts (status, retain_until);
CREATE INDEX checkout_attempts_reuse ON checkout_attempts (user_id, fingerprint) WHERE status = 'OPEN';

-- The uploads an attempt orders. The tmp cleaner keeps a tmp file while an attempt referring to it is
-- OPEN or PAID or still within its retention.
CREATE TABLE checkout_attempt_files
(
    attempt_id  BIGINT NOT NULL REFERENCES checkout_attempts (id) ON DELETE CASCADE,
    tmp_file_id BIGINT NOT NULL,
    PRIMARY KEY (attempt_id, tmp_file_id)
);
CREATE INDEX checkout_attempt_files_tmp ON checkout_attempt_files (tmp_file_id);
