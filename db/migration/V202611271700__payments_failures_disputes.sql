-- Payment attempts that failed (declined card, failed BECS debit): one row per Stripe event, so a
-- card declined twice shows twice and a redelivered event never does. Nothing was received.
CREATE TABLE payment_failures
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stripe_event_id  TEXT                     NOT NULL UNIQUE,
    stripe_object_id TEXT                     NOT NULL,
    payable_type     TEXT,
    payable_id       BIGINT,
    amount_cents     BIGINT,
    currency         TEXT,
    reason           TEXT                     NOT NULL,
    failed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_failures_failed_at_idx ON payment_failures (failed_at DESC);

-- Disputes (chargebacks) of Stripe payments, keyed by the dispute ID (dp_...); created and closed
-- events may arrive in either order, so closing upserts too.
CREATE TABLE disputes
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stripe_dispute_id TEXT                     NOT NULL UNIQUE,
    payment_id        BIGINT                   NOT NULL REFERENCES payments (id),
    amount_cents      BIGINT                   NOT NULL,
    reason            TEXT                     NOT NULL,
    status            TEXT                     NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX disputes_opened_at_idx ON disputes (opened_at DESC);
