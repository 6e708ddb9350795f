-- Stripe Checkout sessions opened for a payable. One row per generation: a new generation is opened
-- when the amount changes or the previous session expired. The row (amount, currency, expiry) is
-- written before Stripe is called, so a retry with the same idempotency key sends the same request.
CREATE TABLE checkout_sessions
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payable_type      TEXT                     NOT NULL CHECK (payable_type IN ('INVOICE', 'CHECKOUT_ATTEMPT')),
    payable_id        BIGINT                   NOT NULL,
    generation        INTEGER                  NOT NULL CHECK (generation > 0),
    -- NULL until Stripe has answered the create call
    stripe_session_id TEXT UNIQUE,
    url               TEXT,
    amount_cents      BIGINT                   NOT NULL CHECK (amount_cents > 0),
    currency          TEXT                     NOT NULL,
    status            TEXT                     NOT NULL CHECK (status IN ('OPEN', 'COMPLETE', 'EXPIRED')),
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT checkout_sessions_generation_unique UNIQUE (payable_type, payable_id, generation)
);

-- Stripe event IDs already handled, inserted in the transaction of their effect: a redelivery finds
-- its ID here and changes nothing.
CREATE TABLE stripe_events
(
    event_id    TEXT PRIMARY KEY,
    type        TEXT                     NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
