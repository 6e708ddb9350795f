-- Money received, of every method, for a payable (an invoice or a shop checkout attempt) known by
-- type and ID only: payments never reads the invoice or order it pays.
CREATE TABLE payments
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payable_type  TEXT                     NOT NULL CHECK (payable_type IN ('INVOICE', 'CHECKOUT_ATTEMPT')),
    payable_id    BIGINT                   NOT NULL,
    method        TEXT                     NOT NULL CHECK (method IN ('STRIPE', 'BANK_TRANSFER', 'CASH', 'OTHER')),
    amount_cents  BIGINT                   NOT NULL CHECK (amount_cents > 0),
    currency      TEXT                     NOT NULL DEFAULT 'AUD',
    paid_on       DATE                     NOT NULL,
    reference     TEXT,
    note          TEXT,
    -- 'stripe' and the PaymentIntent ID for Stripe money, so webhook, success page and
    -- reconciliation converge on one row
    processor     TEXT,
    processor_id  TEXT,
    status        TEXT                     NOT NULL CHECK (status IN ('RECORDED', 'DELETED')),
    deleted_reason TEXT,
    flagged       BOOLEAN                  NOT NULL DEFAULT FALSE,
    flag_reason   TEXT,
    recorded_by   TEXT                     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payments_processor_unique UNIQUE (processor, processor_id),
    CONSTRAINT payments_deleted_reason CHECK (status <> 'DELETED' OR deleted_reason IS NOT NULL)
);
CREATE INDEX payments_payable_idx ON payments (payable_type, payable_id);
CREATE INDEX payments_created_idx ON payments (created_at DESC, id DESC);
